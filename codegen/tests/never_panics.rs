//! The generator never panics: 1,000 arbitrary WIT packages from `wit-smith`
//! (async functions, futures, streams, `error-context`, fixed-length lists
//! and world `include`s included), every world of each expanded under one of
//! five option sets, and each either yields bindings or errors.
//! `cargo xtask fuzz-macro [N]` runs N packages (`WIT_GUEST_FUZZ_PACKAGES`).

mod common;

use wit_guest_codegen::{Bindings, Options, Ownership};

fn option_set(n: usize) -> Options {
    match n % 5 {
        0 => Options::default(),
        1 => Options { ownership: Ownership::Borrowing { duplicate_if_necessary: true }, ..Options::default() },
        2 => Options {
            ownership: Ownership::Borrowing { duplicate_if_necessary: false },
            merge_structurally_equal_types: true,
            ..Options::default()
        },
        3 => Options { enable_method_chaining: true, raw_strings: true, stubs: true, ..Options::default() },
        _ => Options {
            ownership: Ownership::Borrowing { duplicate_if_necessary: true },
            merge_structurally_equal_types: true,
            ..Options::default()
        },
    }
}

#[test]
fn a_thousand_arbitrary_worlds_expand_or_error() {
    let (mut packages, mut worlds, mut expanded, mut rejected) = (0, 0, 0, 0);
    common::for_each_package(&common::config(), common::wanted(1000), |seed, resolve, pkg| {
        packages += 1;
        let ids: Vec<_> = resolve.packages[pkg].worlds.values().copied().collect();
        for world in ids {
            worlds += 1;
            // Each world under one of the option sets that change what is emitted.
            let opts = Options { generate_all: true, ..option_set(worlds) };
            // The driver turns a panic into an internal error: that is the failure.
            match Bindings::from_resolve(resolve.clone(), world, opts).tokens() {
                Ok((tokens, _)) => {
                    // What we emit must at least be valid Rust syntax.
                    syn::parse2::<syn::File>(tokens).unwrap_or_else(|e| panic!("seed {seed}: invalid Rust: {e}"));
                    expanded += 1;
                }
                Err(errors) if errors.iter().any(|e| e.contains("internal error")) => {
                    panic!("seed {seed}: the generator panicked on world {world:?}: {errors:?}")
                }
                Err(_) => rejected += 1,
            }
        }
    });
    println!("{packages} packages, {worlds} worlds: {expanded} expanded, {rejected} rejected with an error");
    assert!(expanded > worlds / 2, "most arbitrary worlds should be supported");
}

/// Every entry point turns what a user can write wrong into an error: the
/// macro's (with and without `[package.metadata.component]`), the
/// build-script API's and the CLI's.
#[test]
fn every_entry_point_reports_bad_input_as_an_error() {
    use quote::quote;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let bad = [
        quote!({ inline: "package a:b; world w {}", export_macro_name: "not an ident" }),
        quote!({ inline: "package a:b; world w {}", export_macro_name: "" }),
        quote!({ inline: "package a:b; world w { import f: func(e: list<option<error-context>>); }", async: 7 }),
        quote!({ inline: "package a:b; world w {", with: { "x": 1 } }),
        quote!({ inline: 5, path: ["", ""] }),
        quote!(("w" in)),
        quote!({ ownership: Borrowing { duplicate_if_necessary: maybe } }),
    ];
    for input in bad {
        let out = wit_guest_codegen::expand(input.clone(), dir, quote!(::wit_guest)).to_string();
        assert!(out.contains("compile_error") && !out.contains("internal error"), "{input}: {out}");
        // The manifest here has no `[package.metadata.component]`: an error too.
        let out = wit_guest_codegen::expand_component(input.clone(), dir, quote!(::wit_guest)).to_string();
        assert!(out.contains("compile_error") && !out.contains("internal error"), "{input}: {out}");
    }
    for text in [
        "{ export_macro_name: \"1x\" }",
        "{ inline: \"package a:b; world w { import f: func(); }\", runtime_path: \"not a path!\" }",
        "{{{",
    ] {
        let errors = Bindings::new(text).generate().expect_err(text);
        assert!(errors.iter().all(|e| !e.contains("internal error")), "{text}: {errors:?}");
    }
    // The CLI: bad flags and bad WIT are an exit status, not a panic.
    for args in [&["--export-macro-name", "1x", "."][..], &["--no-such-flag"], &["/no/such/dir"], &["--options", "{{"]]
    {
        let code = wit_guest_codegen::cli::run(args.iter().map(|a| a.to_string()));
        assert_ne!(format!("{code:?}"), format!("{:?}", std::process::ExitCode::SUCCESS), "{args:?}");
    }
}
