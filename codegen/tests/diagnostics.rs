//! Every bad input becomes a clear error, never a panic.

use std::path::Path;

use quote::quote;

fn expand(input: proc_macro2::TokenStream) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    wit_guest_codegen::expand(input, &dir, quote!(::wit_guest)).to_string()
}

fn errors(input: proc_macro2::TokenStream) -> String {
    let out = expand(input);
    assert!(out.contains("compile_error"), "expected an error, got: {out}");
    out
}

#[test]
fn unknown_option_suggests_the_closest() {
    let e = errors(quote!({ inline: "package a:b; world w {}", generate_al }));
    assert!(e.contains("unknown option `generate_al`; did you mean `generate_all`?"), "{e}");
}

#[test]
fn duplicate_and_mistyped_options() {
    let e = errors(quote!({ world: "w", world: "v" }));
    assert!(e.contains("option `world` is given more than once"), "{e}");
    let e = errors(quote!({ world: 42 }));
    assert!(e.contains("option `world` expects a string literal"), "{e}");
    let e = errors(quote!({ generate_all: "yes" }));
    assert!(e.contains("expects `true`, `false`"), "{e}");
}

#[test]
fn sync_and_async_options_choose_the_bindings_of_async_functions() {
    let wit = "package a:b;\ninterface i { f: async func(); g: func(); }\nworld w {\n  import i;\n  import h: async func();\n}";
    // By default an `async func` is bound async.
    let out = expand(quote!({ inline: #wit }));
    assert!(out.contains("pub async fn f") && out.contains("pub async fn h") && out.contains("pub fn g"), "{out}");
    // `sync` names functions (or `all`), on a side or both.
    let out = expand(quote!({ inline: #wit, sync: ["a:b/i#f"] }));
    assert!(out.contains("pub fn f") && out.contains("pub async fn h"), "{out}");
    let out = expand(quote!({ inline: #wit, sync: ["import:h"] }));
    assert!(out.contains("pub async fn f") && out.contains("pub fn h"), "{out}");
    let out = expand(quote!({ inline: #wit, sync: true }));
    assert!(!out.contains("async fn"), "{out}");
    // wit-bindgen 0.60's spelling: `false` is all sync, `-name` is sync.
    let out = expand(quote!({ inline: #wit, async: false }));
    assert!(!out.contains("async fn"), "{out}");
    let out = expand(quote!({ inline: #wit, async: ["-h", "a:b/i#f"] }));
    assert!(out.contains("pub async fn f") && out.contains("pub fn h"), "{out}");
    let out = expand(quote!({ inline: #wit, async: true }));
    assert!(out.contains("pub async fn f") && out.contains("pub fn g"), "{out}");
    // Entries that name nothing, and async on a sync function, are errors.
    let e = errors(quote!({ inline: #wit, sync: ["a:b/i#ff"] }));
    let e = e.replace("\\\"", "'");
    assert!(e.contains("`sync` entry 'a:b/i#ff' matches no function of the world; did you mean 'a:b/i#f'?"), "{e}");
    let e = errors(quote!({ inline: #wit, async: ["a:b/i#g"] }));
    assert!(e.contains("names a function that is not an `async func` in the WIT (<inline>:2:32)"), "{e}");
    let e = errors(quote!({ inline: #wit, sync: true, async: false }));
    assert!(e.contains("give either `sync` or"), "{e}");
}

#[test]
fn missing_wit_directory_says_where_it_looked() {
    let e = errors(quote!({ path: "no-such-dir" }));
    assert!(e.contains("no WIT found at `no-such-dir`"), "{e}");
    assert!(e.contains("tests/no-such-dir"), "{e}");
}

#[test]
fn wit_syntax_error_names_file_line_and_column() {
    let e = errors(quote!({ inline: "package a:b;\nworld w {\n  import f: func(x: u32) -> ;\n}" }));
    assert!(e.contains("failed to load WIT"), "{e}");
    assert!(e.contains("<inline>:3:"), "{e}");
}

#[test]
fn unknown_world_suggests_the_closest() {
    let e = errors(quote!({ inline: "package a:b; world alpha {} world beta {}", world: "alpah" }));
    assert!(e.contains("no world named `alpah`; did you mean `alpha`?"), "{e}");
    assert!(e.contains("available worlds: alpha, beta"), "{e}");
}

#[test]
fn ambiguous_world_lists_the_candidates() {
    let e = errors(quote!({ inline: "package a:b; world alpha {} world beta {}" }));
    assert!(e.contains("alpha") && e.contains("beta"), "{e}");
}

#[test]
fn foreign_import_needs_generate_all() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/guests/types/wit");
    let path = dir.to_str().unwrap();
    let e = errors(quote!({ path: #path, world: "types-world" }));
    assert!(e.contains("imports `test:dep/api@1.0.0` from another package"), "{e}");
    assert!(e.contains("generate_all") && e.contains("with"), "{e}");
    let ok = expand(quote!({ path: #path, world: "types-world", generate_all }));
    assert!(!ok.contains("compile_error"));
}

#[test]
fn bad_macro_syntax_is_an_error() {
    let e = errors(quote!("w" on "path"));
    assert!(e.contains("expected"), "{e}");
}

#[test]
fn all_forms_expand() {
    let w = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scalars.wit");
    let p = w.to_str().unwrap();
    assert!(!expand(quote!("scalars-world" in #p)).contains("compile_error"));
    assert!(!expand(quote!({ path: [#p], world: "fixture:scalars/scalars-world" })).contains("compile_error"));
    // `generate!()` reads `wit/` next to Cargo.toml.
    assert!(expand(quote!()).contains("no WIT found at `wit`"));
}

#[test]
fn attribute_keys_must_match_types_and_members() {
    let wit = "package a:b; interface i { record point { x: u32 } enum mode { fast, slow } resource r; } world w { import i; }";
    let e = errors(quote!({ inline: #wit, additional_type_attributes: { "piont": [#[derive(Hash)]] } }));
    assert!(
        e.contains("`additional_type_attributes` key `piont` matches no type of this world; did you mean `point`?"),
        "{e}"
    );
    let e = errors(quote!({ inline: #wit, additional_type_attributes: { "a:b/i/r": [#[derive(Hash)]] } }));
    assert!(e.contains("`a:b/i/r` is a resource"), "{e}");
    let e = errors(quote!({ inline: #wit, additional_member_attributes: { "mode.slwo": [#[default]] } }));
    assert!(e.contains("`mode` has no field, case or flag `slwo`; did you mean `mode.slow`?"), "{e}");
    let e = errors(quote!({ inline: #wit, additional_member_attributes: { "point": [#[default]] } }));
    assert!(e.contains("names no member"), "{e}");
    let e = errors(quote!({ inline: #wit, additional_type_attributes: { "point": Hash } }));
    assert!(e.contains("additional_type_attributes` expects a map"), "{e}");
}

#[test]
fn attributes_land_on_types_and_members() {
    let wit =
        "package a:b; interface i { record point { x: u32 } flags f { on } variant v { a(u8) } } world w { import i; }";
    let out = expand(quote!({
        inline: #wit,
        generate_unused_types,
        additional_type_attributes: { "point": [#[derive(Default)], #[must_use]], "a:b/i/v": [#[non_exhaustive]] },
        additional_member_attributes: { "point.x": [#[doc = "X!"]], "f.on": [#[doc = "On!"]], "v.a": [#[doc = "A!"]] },
    }));
    let flat: String = out.split_whitespace().collect();
    assert!(flat.contains("#[derive(Default)]#[must_use]pubstructPoint"), "{out}");
    assert!(flat.contains("#[doc=\"X!\"]pubx:u32"), "{out}");
    assert!(flat.contains("#[doc=\"On!\"]constON"), "{out}");
    assert!(flat.contains("#[non_exhaustive]pubenumV"), "{out}");
    assert!(flat.contains("#[doc=\"A!\"]A(u8)"), "{out}");
}

#[test]
fn path_and_identifier_options_are_checked_where_written() {
    let e = errors(quote!({ inline: "package a:b; world w {}", export_macro_name: "not an ident" }));
    assert!(e.contains("option `export_macro_name` expects a string holding a Rust identifier"), "{e}");
    let e = errors(quote!({ inline: "package a:b; world w {}", export_macro_name: "fn" }));
    assert!(e.contains("Rust identifier"), "{e}");
    for key in ["bitflags_path", "runtime_path", "default_bindings_module", "map_type"] {
        let key = proc_macro2::Ident::new(key, proc_macro2::Span::call_site());
        let e = errors(quote!({ inline: "package a:b; world w {}", #key: "1 + 2" }));
        assert!(e.contains(&format!("option `{key}` expects a string holding a Rust path")), "{e}");
    }
    // Each error is reported, not only the first.
    let e = errors(quote!({ inline: "package a:b; world w {}", bitflags_path: "::", export_macro_name: "a b" }));
    assert_eq!(e.matches("compile_error").count(), 2, "{e}");
    let built =
        wit_guest_codegen::Bindings::new(r#"{ inline: "package a:b; world w {}" }"#).runtime_crate("not a path");
    let e = built.generate().unwrap_err();
    assert!(e[0].contains("`runtime_crate`: `not a path` is not a Rust path"), "{e:?}");
}

#[test]
fn futures_and_streams_get_one_vtable_per_payload_under_wit_parsers_names() {
    let out = expand(quote!({
        inline: "package a:b;\nworld w {\n  import f: async func() -> stream<u8>;\n  import h: func(x: stream<u8>, y: future);\n  export g: func() -> future<u32>;\n}",
    }));
    assert!(!out.contains("compile_error"), "{out}");
    // `stream<u8>` of `f` and `h` share one vtable, imported under `f`.
    assert_eq!(out.matches("pub mod vtable").count(), 3, "{out}");
    assert!(out.contains("\"[stream-new-0]f\""), "{out}");
    assert!(out.contains("\"[async-lower][stream-read-0]f\""), "{out}");
    assert!(!out.contains("[stream-new-0]h"), "{out}");
    // A payload-less future is `unit`, as wit-parser names it.
    assert!(out.contains("\"[future-new-unit]h\""), "{out}");
    // An exported function's intrinsics come from `[export]$root`.
    assert!(out.contains("\"[export]$root\"") && out.contains("\"[future-cancel-write-0]g\""), "{out}");
}

#[test]
fn streams_of_numbers_and_records_of_numbers_move_in_bulk() {
    let wit = "package a:b;
        interface i {
          record p { x: f32, y: s16 }
          record s { t: u64, at: p, tag: u8 }
          type alias = s;
          record flag { on: bool }
          record named { n: string }
          f1: func(x: stream<u32>);
          f2: func(x: stream<alias>);
          f3: func(x: stream<flag>);
          f4: func(x: stream<named>);
          f5: func(x: stream<tuple<u32, u32>>);
          f6: func(x: stream<char>);
        }
        world w { import i; }";
    let out = expand(quote!({ inline: #wit }));
    assert!(!out.contains("compile_error"), "{out}");
    let out = out.replace(' ', "");
    let flags: Vec<bool> = out.match_indices("canonical:").map(|(i, _)| out[i + 10..].starts_with("true")).collect();
    // u32 and the record of numbers (through an alias) in bulk; a bool, a
    // string, a tuple and a char are lifted and lowered per element.
    assert_eq!(flags, [true, true, false, false, false, false], "{out}");
    // The bulk record's Rust layout is checked against the canonical one.
    assert_eq!(out.matches("size_of").count(), 2, "{out}");
}

#[test]
fn a_setter_beside_a_function_of_its_rust_name_is_an_error_naming_both() {
    // wit-bindgen 0.63 emits two `set_x` items for this (code that does not
    // compile); here it is an error at both WIT items' lines and columns.
    let wit = "package a:b;\ninterface i {\n  x: get() -> u32;\n  x: set(v: u32);\n  set-x: func(v: u32);\n}\nworld w { import i; }";
    let e = errors(quote!({ inline: #wit }));
    assert!(e.contains("the setter `x: set(..)` (<inline>:4:3)"), "{e}");
    assert!(e.contains("the function `set-x` (<inline>:5:3)"), "{e}");
    assert!(e.contains("would both be bound as `set_x` in import `a:b/i`"), "{e}");
}

#[test]
fn chainable_methods_choose_imported_methods_first_match_wins() {
    let wit = "package a:b@1.0.0;
        interface i {
          resource r {
            constructor();
            set-a: func(v: u32);
            set-b: func(v: u32);
            set-c: func(v: u32);
            get: func() -> u32;
          }
          resource s { poke: func(); }
        }
        world w { import i; export i; }";
    let out = expand(quote!({
        inline: #wit,
        chainable_methods: ["-a:b/i@1.0.0#[method]r.set-c", "&a:b/i@1.0.0#[method]r.set-b", "a:b/i@1.0.0#r"],
    }))
    .replace(' ', "");
    assert!(!out.contains("compile_error"), "{out}");
    assert!(out.contains("pubfnset_a(self,v:u32)->Self{"), "{out}");
    assert!(out.contains("pubfnset_b(&self,v:u32)->&Self{"), "{out}");
    assert!(out.contains("pubfnset_c(&self,v:u32){"), "{out}");
    assert!(out.contains("pubfnget(&self,)->u32{"), "{out}");
    // `s` matches no entry; exported methods never chain.
    assert!(out.contains("pubfnpoke(&self,){"), "{out}");
    assert!(out.contains("fnset_a(&self,v:u32);"), "{out}");

    let e = errors(quote!({ inline: #wit, chainable_methods: ["a:b/i@1.0.0#rr"] }));
    assert!(e.contains("matches no imported method") && e.contains("did you mean \\\"a:b/i@1.0.0#r\\\""), "{e}");
    let e = errors(quote!({ inline: #wit, chainable_methods: ["all"], enable_method_chaining }));
    assert!(e.contains("cannot be used together"), "{e}");
    let e = errors(quote!({ inline: #wit, chainable_methods: ["all"], chainable_methods: ["&all"] }));
    assert!(e.contains("chainable_methods"), "{e}");
    // `all` matching nothing is fine.
    let out = expand(quote!({ inline: "package a:b; world w {}", chainable_methods: ["&all"] }));
    assert!(!out.contains("compile_error"), "{out}");
}

#[test]
fn inline_is_the_main_package_beside_paths() {
    // The path's package is a dependency: the inline world is selected
    // without naming it, and importing from the dependency takes
    // `generate_all`, as for any package other than the world's.
    let inline = "package app:main; world app { import dep:logging/logging; export run: func(); }";
    let out = expand(quote!({ path: "deps/logging.wit", inline: #inline, generate_all }));
    assert!(!out.contains("compile_error"), "{out}");
    assert!(out.contains("pub fn log") && out.contains("pub trait Guest"), "{out}");
    let e = errors(quote!({ path: "deps/logging.wit", inline: #inline }));
    assert!(e.contains("imports `dep:logging/logging` from another package"), "{e}");
    // A world of the dependency can still be named in full.
    let out = expand(quote!({ path: "deps/logging.wit", inline: #inline, world: "dep:logging/only-logging" }));
    assert!(!out.contains("compile_error") && out.contains("pub fn log"), "{out}");
}

#[test]
fn a_world_of_a_nested_package_owns_its_inline_interfaces() {
    let wit = "package test:main; world unused {}
        package test:a { world imports { import foo: interface { f: func(); } } }";
    let out = expand(quote!({ inline: #wit, world: "test:a/imports" }));
    assert!(!out.contains("compile_error"), "{out}");
    assert!(out.contains("pub fn f"), "{out}");
}
