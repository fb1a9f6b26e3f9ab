//! Every message a user can see, in one place.

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

pub fn duplicate_option(key: &str) -> String {
    format!("option `{key}` is given more than once")
}

pub fn option_not_yet(key: &str) -> String {
    format!("option `{key}` is not supported by wit-guest yet")
}

pub fn expected(key: &str, what: &str) -> String {
    format!("option `{key}` expects {what}")
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
        msg.push_str("\n\nthis looks like WIT written in the 2023 syntax (as some tutorials still show); the current syntax:");
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

pub fn unsupported(what: &str) -> String {
    format!("{what} is not supported by wit-guest yet")
}

pub fn encode_error(err: &anyhow::Error) -> String {
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

pub fn no_component_metadata() -> String {
    "`component::generate!` reads `[package.metadata.component]` from Cargo.toml, and there is none; add `[package.metadata.component.target]` with `path` and `world`, or use `wit_guest::generate!`".to_string()
}

pub fn component_dependency_without_path(name: &str) -> String {
    format!("`[package.metadata.component.target.dependencies]`: `{name}` needs `path = \"..\"` (registry dependencies are not supported)")
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
