//! Every message a user can see, in one place: the macro's errors, the
//! diagnostics and panic texts the generated code carries, and the CLI's.

/// The closest of `candidates` to `word`, if reasonably close.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

pub fn unknown_option(key: &str, known: &[&str]) -> String {
    match closest(key, known.iter().copied()) {
        Some(s) => format!("unknown option `{key}`; did you mean `{s}`?"),
        None => format!("unknown option `{key}`; the options are: {}", known.join(", ")),
    }
}

pub const SYNC_AND_ASYNC: &str =
    "give either `sync` or (wit-bindgen 0.60's spelling) `async`, not both; `async: [\"-f\"]` is `sync: [\"f\"]`";

/// `enable_method_chaining` and `chainable_methods` together.
pub const CHAINING_TWICE: &str = "`chainable_methods` and `enable_method_chaining` cannot be used together: \
`enable_method_chaining` (wit-bindgen 0.60) makes every method without results return `&Self`, imported and \
exported; `chainable_methods` (0.61) chooses imported methods one by one (`[\"&all\"]` is the closest to the first)";

/// A `chainable_methods` entry that names no imported method.
pub fn unused_chain_entry(entry: &str, suggestion: Option<&str>) -> String {
    unused_entry(
        &format!("`chainable_methods` entry \"{entry}\" matches no imported method without results"),
        suggestion,
        "entries name a resource \"ns:pkg/iface#res\" or a method \"ns:pkg/iface#[method]res.m\" (\"res\", \"[method]res.m\" at world level), or \"all\", with \"&\" or \"-\" in front for `&Self` or no chaining",
    )
}

/// A `sync`/`async` entry that names no function of the world.
pub fn unused_sync_entry(key: &str, entry: &str, suggestion: Option<&str>) -> String {
    unused_entry(
        &format!("`{key}` entry \"{entry}\" matches no function of the world"),
        suggestion,
        "functions are named \"ns:pkg/iface@version#func\" (methods \"ns:pkg/iface#[method]res.m\"), or \"func\" at world level",
    )
}

/// An entry of a list option that matched nothing: the closest name, or
/// how names are written.
fn unused_entry(what: &str, suggestion: Option<&str>, naming: &str) -> String {
    match suggestion {
        Some(s) => format!("{what}; did you mean \"{s}\"?"),
        None => format!("{what}; {naming}"),
    }
}

/// An `async` entry naming a function the WIT declares without `async`.
pub fn async_on_sync_function(entry: &str, at: &str) -> String {
    format!(
        "`async` entry \"{entry}\" names a function that is not an `async func` in the WIT{}; only an `async func` may use the async ABI: declare it `async func` in the WIT",
        if at.is_empty() { String::new() } else { format!(" ({at})") }
    )
}

pub fn duplicate_option(key: &str) -> String {
    format!("option `{key}` is given more than once")
}

pub fn option_not_yet(key: &str) -> String {
    format!("option `{key}` is not supported by wit-guest yet")
}

pub fn expected(key: &str, what: &str) -> String {
    format!("option `{key}` expects {what}")
}

#[cfg(feature = "cargo-component")]
pub fn cargo_toml(e: &impl std::fmt::Display) -> String {
    format!("Cargo.toml: {e}")
}

/// The parts of messages that say what was expected, or what is not
/// supported.
pub mod what {
    pub const STRING: &str = "a string literal";
    pub const STRINGS: &str = "a string literal or an array of them";
    pub const FLAG: &str = "`true`, `false`, or the bare key";
    pub const IDENTIFIER: &str = "a string holding a Rust identifier, such as \"export\"";
    pub const PATH_ARRAY: &str = "an array of paths, e.g. `[PartialEq, serde::Serialize]`";
    pub const DERIVE_PATHS: &str = "paths of derive macros";
    pub const WITH_MAP: &str = "a map `{ \"ns:pkg/iface\": path::to::module, .. }`";
    pub const WITH_VALUE: &str = "a Rust path or `generate` for each key";
    pub const OWNERSHIP: &str = "`Owning` or `Borrowing { duplicate_if_necessary: bool }`";

    pub fn rust_path(example: &str) -> String {
        format!("a string holding a Rust path, such as {example}")
    }

    pub fn attribute_map(key: &str) -> String {
        format!("a map `{{ \"{key}\": [#[attribute], ..], .. }}`")
    }

    pub const SYNC: &str = "`true`, `false` or an array of \"all\", \"ns:pkg/iface#func\", \"world-func\", \"import:..\" or \"export:..\" entries";
}

pub fn missing_path(written: &str, tried: &std::path::Path) -> String {
    format!(
        "no WIT found at `{written}` (looked for `{}`); create a `wit/` directory next to Cargo.toml, or pass `path: \"...\"` or `inline: \"...\"`",
        tried.display()
    )
}

/// `rendered` is wit-parser's rendering: file:line:column and the line with a
/// caret; `hints` say how to update WIT written in an older syntax.
pub fn wit_error_with_hints(rendered: &str, hints: &[String]) -> String {
    let mut msg = format!("failed to load WIT: {rendered}");
    if !hints.is_empty() {
        msg.push_str(
            "\n\nthis looks like WIT written in the 2023 syntax (as some tutorials still show); the current syntax:",
        );
        for h in hints {
            msg.push_str("\n  - ");
            msg.push_str(h);
        }
    }
    msg
}

pub fn world_error(err: &anyhow::Error, worlds: &[String]) -> String {
    let mut msg = format!("{err:#}");
    if !worlds.is_empty() {
        msg.push_str(&format!("\navailable worlds: {}", worlds.join(", ")));
    }
    msg
}

pub fn unknown_world(name: &str, worlds: &[String]) -> String {
    let mut msg = format!("no world named `{name}`");
    if let Some(s) = closest(name, worlds.iter().map(|s| s.as_str())) {
        msg.push_str(&format!("; did you mean `{s}`?"));
    }
    if !worlds.is_empty() {
        msg.push_str(&format!("\navailable worlds: {}", worlds.join(", ")));
    }
    msg
}

pub fn foreign_import(iface: &str) -> String {
    format!(
        "the world imports `{iface}` from another package; add `generate_all` to generate bindings for it here, or `with: {{ \"{iface}\": path::to::bindings }}` to use bindings generated elsewhere"
    )
}

pub fn function_name_clash(first: &str, second: &str, rust: &str, scope: &str) -> String {
    format!(
        "{first} and {second} would both be bound as `{rust}` in {scope}: rename one of them in the WIT (the setter of `x` is `set_x`, a getter is the property's name, a constructor is `new`)"
    )
}

pub fn options_text(e: &proc_macro2::LexError) -> String {
    format!("options: {e}")
}

pub fn runtime_crate_not_a_path(path: &str) -> String {
    format!("`runtime_crate`: `{path}` is not a Rust path")
}

/// The panic of an import called off wasm32 (the bindings only type-check there).
pub const IMPORTS_ON_WASM32_ONLY: &str = "wit-guest: imports can only be called on wasm32";

/// The panic of a resource used off wasm32.
pub const RESOURCES_ON_WASM32_ONLY: &str = "wit-guest: resources can only be used on wasm32";

/// The panic of a `stubs` method: `unimplemented!`'s text, given to
/// `panic!` directly (one macro fewer to expand per method; WIT names hold
/// no braces, so the text is no format string in any edition).
pub fn stub_body(func: &str) -> String {
    format!("not implemented: `{func}` is a stub (generated by the `stubs` option)")
}

/// `#[diagnostic::on_unimplemented]` of a `Guest` trait: message, label and
/// note, in rustc's format syntax (`{Self}`; `{{` for a brace).
pub fn export_without_impl(what: &str, trait_path: &str) -> (String, String, String) {
    (
        format!("`{{Self}}` is exported as the implementation of {what}, but does not implement `{trait_path}`"),
        format!("missing `impl {trait_path} for {{Self}}`"),
        format!(
            "every export of the world is implemented by the one type passed to `export!`; add `impl {trait_path} for {{Self}} {{{{ .. }}}}`"
        ),
    )
}

/// `#[diagnostic::on_unimplemented]` of the marker a second `export!` trips.
pub fn export_called_twice(world: &str) -> String {
    format!("`export!` must be called once per world; the world `{world}` is already exported by `{{Self}}`")
}

/// The CLI's usage text.
pub const CLI_USAGE: &str = include_str!("bin/usage.txt");

pub fn cli_needs_value(flag: &str) -> String {
    format!("{flag} needs a value")
}

pub const CLI_WITH_SYNTAX: &str = "--with takes KEY=PATH (or KEY=generate)";

pub fn cli_unknown_flag(flag: &str) -> String {
    format!("unknown flag {flag}; see --help")
}

pub fn cli_not_a_path(flag: &str, value: &str) -> String {
    format!("{flag}: `{value}` is not a Rust path")
}

pub fn cli_not_an_ident(flag: &str, value: &str) -> String {
    format!("{flag}: `{value}` is not a Rust identifier")
}

pub fn cli_no_current_dir(e: &std::io::Error) -> String {
    format!("no current directory: {e}")
}

pub fn cli_cannot_write(path: &str, e: &std::io::Error) -> String {
    format!("cannot write {path}: {e}")
}

pub fn encode_error(err: &impl std::fmt::Display) -> String {
    format!("failed to encode the world's component type: {err:#}")
}

pub fn internal_error(what: &str) -> String {
    format!("wit-guest internal error (please report it with the WIT that triggers it): {what}")
}

pub fn unknown_with_key(key: &str, candidates: &[&str]) -> String {
    let mut msg = format!("`with` key `{key}` matches no interface or type this world imports");
    if let Some(s) = closest(key, candidates.iter().copied()) {
        msg.push_str(&format!("; did you mean `{s}`?"));
    }
    msg
}

pub fn debug_write_failed(file: &std::path::Path, e: &std::io::Error) -> String {
    format!("`debug`: cannot write the expansion to {}: {e}", file.display())
}

#[cfg(not(feature = "cargo-component"))]
pub fn cargo_component_feature() -> String {
    "`component::generate!` reads `[package.metadata.component]` from Cargo.toml, which needs wit-guest's `cargo-component` feature: depend on it with `features = [\"cargo-component\"]`".to_string()
}

#[cfg(feature = "cargo-component")]
pub fn no_component_metadata() -> String {
    "`component::generate!` reads `[package.metadata.component]` from Cargo.toml, and there is none; add `[package.metadata.component.target]` with `path` and `world`, or use `wit_guest::generate!`".to_string()
}

#[cfg(feature = "cargo-component")]
pub fn component_dependency_without_path(name: &str) -> String {
    format!(
        "`[package.metadata.component.target.dependencies]`: `{name}` needs `path = \"..\"` (registry dependencies are not supported)"
    )
}

pub fn unknown_type_key(option: &str, key: &str, candidates: &[&str]) -> String {
    let mut msg = format!("`{option}` key `{key}` matches no type of this world");
    if let Some(s) = closest(key, candidates.iter().copied()) {
        msg.push_str(&format!("; did you mean `{s}`?"));
    }
    msg
}

pub fn attributes_on_resource(key: &str) -> String {
    format!(
        "`additional_type_attributes`: `{key}` is a resource; attributes apply to records, variants, enums, flags and type aliases"
    )
}

pub fn member_key_without_member(key: &str) -> String {
    format!("`additional_member_attributes` key `{key}` names no member; write `type.field` or `type.case`")
}

pub fn unknown_member(ty: &str, member: &str, members: &[&str]) -> String {
    let mut msg = format!("`additional_member_attributes`: `{ty}` has no field, case or flag `{member}`");
    if let Some(s) = closest(member, members.iter().copied()) {
        msg.push_str(&format!("; did you mean `{ty}.{s}`?"));
    }
    msg
}

pub fn type_without_members(ty: &str) -> String {
    format!("`additional_member_attributes`: `{ty}` is not a record, variant, enum or flags, so it has no members")
}

pub const OUT_DIR_UNSET: &str = "OUT_DIR is not set: write_to_out_dir is for build scripts";
