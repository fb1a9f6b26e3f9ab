//! The macro, the CLI and the build-script API produce the same code for the
//! same inputs.

use std::path::Path;
use std::process::Command;

use quote::quote;

fn fixture() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compound.wit").to_str().unwrap().to_string()
}

#[test]
fn macro_cli_and_build_api_agree() {
    let path = fixture();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let from_macro = wit_guest_codegen::expand(
        quote!({
            path: [#path],
            world: "compound-world",
            generate_all,
            additional_derives: [PartialEq],
            skip: ["echo-polys"],
            type_section_suffix: "-x",
        }),
        dir,
        quote!(::wit_guest),
    );
    let from_macro = wit_guest_codegen::pretty(&from_macro);
    assert!(!from_macro.contains("compile_error"), "{from_macro}");

    let options = format!(
        r#"{{ path: [{path:?}], world: "compound-world", generate_all, additional_derives: [PartialEq], skip: ["echo-polys"], type_section_suffix: "-x" }}"#
    );
    let from_build = wit_guest_codegen::Bindings::new(&options).manifest_dir(dir).generate().unwrap();

    let cli = Command::new(env!("CARGO_BIN_EXE_wit-guest-codegen"))
        .current_dir(dir)
        .args(["--world", "compound-world", "--generate-all", "--additional-derive", "PartialEq"])
        .args(["--skip", "echo-polys", "--type-section-suffix", "-x", &path])
        .output()
        .unwrap();
    assert!(cli.status.success(), "{}", String::from_utf8_lossy(&cli.stderr));
    let from_cli = String::from_utf8(cli.stdout).unwrap();

    assert_eq!(from_macro, from_build, "macro and build API differ");
    assert_eq!(from_macro, from_cli, "macro and CLI differ");
    // The options took effect.
    assert!(from_cli.contains("PartialEq") && !from_cli.contains("pub fn echo_polys("));
}

#[test]
fn cli_reports_errors_and_fails() {
    let out =
        Command::new(env!("CARGO_BIN_EXE_wit-guest-codegen")).args(["--world", "nope", &fixture()]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no world named `nope`"));
}

#[test]
fn wasm_encoded_wit_packages_load_like_text() {
    // A binary WIT package (as `wasm-tools component wit --wasm` writes it).
    let mut resolve = wit_parser::Resolve::default();
    let (pkg, _) = resolve.push_path(fixture()).unwrap();
    let wasm = wit_component::encode(&resolve, pkg, false).unwrap();
    let dir = std::env::temp_dir().join(format!("wit-guest-wasm-pkg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("compound.wasm");
    std::fs::write(&file, wasm).unwrap();
    let from_wasm = wit_guest_codegen::Bindings::new(&format!(
        r#"{{ path: {:?}, world: "compound-world" }}"#,
        file.to_str().unwrap()
    ))
    .generate()
    .unwrap();
    let from_text =
        wit_guest_codegen::Bindings::new(&format!(r#"{{ path: {:?}, world: "compound-world" }}"#, fixture()))
            .generate()
            .unwrap();
    // The tracked-file items differ (and wrap differently with long paths).
    let strip = |s: &str| {
        let mut out = Vec::new();
        let mut skipping = false;
        for l in s.lines() {
            if l.contains("include_bytes!") || skipping {
                skipping = !l.trim_end().ends_with(';');
            } else {
                out.push(l);
            }
        }
        out.join("\n")
    };
    assert_eq!(strip(&from_wasm), strip(&from_text));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn debug_writes_the_expansion_and_includes_it() {
    let path = fixture();
    let target = std::env::temp_dir().join(format!("wit-guest-debug-test-{}", std::process::id()));
    // SAFETY: this test binary sets no other environment concurrently.
    unsafe { std::env::set_var("CARGO_TARGET_DIR", &target) };
    let out = wit_guest_codegen::expand(quote!({ path: #path, debug: true }), Path::new("/"), quote!(::wit_guest))
        .to_string();
    assert!(out.starts_with("include !"), "{out}");
    let dir = target.join("wit-guest-debug");
    let written: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    assert_eq!(written.len(), 1);
    let text = std::fs::read_to_string(written[0].path()).unwrap();
    assert!(text.contains("pub trait Guest"));
    std::fs::remove_dir_all(target).ok();
}

#[test]
fn newer_options_agree_across_macro_cli_and_build_api() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/borrowing-dup.wit");
    let path = path.to_str().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let from_macro = wit_guest_codegen::pretty(&wit_guest_codegen::expand(
        quote!({
            path: #path,
            world: "borrowing",
            ownership: Borrowing { duplicate_if_necessary: true },
            map_type: "std::collections::HashMap",
            enable_method_chaining,
            merge_structurally_equal_types,
            additional_type_attributes: { "plain": [#[derive(Default)]] },
            additional_member_attributes: { "label.text": [#[doc = "The text."]] },
        }),
        dir,
        quote!(::wit_guest),
    ));
    assert!(!from_macro.contains("compile_error"), "{from_macro}");
    let options = format!(
        r#"{{ path: {path:?}, world: "borrowing", ownership: Borrowing {{ duplicate_if_necessary: true }},
            map_type: "std::collections::HashMap", enable_method_chaining, merge_structurally_equal_types,
            additional_type_attributes: {{ "plain": [#[derive(Default)]] }},
            additional_member_attributes: {{ "label.text": [#[doc = "The text."]] }} }}"#
    );
    let from_build = wit_guest_codegen::Bindings::new(&options).manifest_dir(dir).generate().unwrap();
    let cli = Command::new(env!("CARGO_BIN_EXE_wit-guest-codegen"))
        .current_dir(dir)
        .args(["--world", "borrowing", "--map-type", "std::collections::HashMap", "--enable-method-chaining"])
        .args([
            "--options",
            "{ ownership: Borrowing { duplicate_if_necessary: true }, merge_structurally_equal_types }",
        ])
        .args(["--options", r#"{ additional_type_attributes: { "plain": [#[derive(Default)]] } }"#])
        .args(["--options", r#"{ additional_member_attributes: { "label.text": [#[doc = "The text."]] } }"#])
        .arg(path)
        .output()
        .unwrap();
    assert!(cli.status.success(), "{}", String::from_utf8_lossy(&cli.stderr));
    let from_cli = String::from_utf8(cli.stdout).unwrap();
    assert_eq!(from_macro, from_build, "macro and build API differ");
    assert_eq!(from_macro, from_cli, "macro and CLI differ");
    for expected in
        ["pub struct LabelParam<'a>", "pub struct LabelResult", "-> &Self", "The text.", "#[derive(Default)]"]
    {
        assert!(from_cli.contains(expected), "missing {expected}");
    }
}
