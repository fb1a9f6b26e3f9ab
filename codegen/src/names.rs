//! WIT names → Rust names: kebab-case to snake_case / UpperCamelCase /
//! SHOUTY_CASE with `heck`, a trailing `_` for Rust keywords, and the module
//! names of packages (version-mangled when two versions coexist).

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

/// Words that cannot be plain identifiers in either edition we support.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract",
    "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
];

/// Appends `_` to Rust keywords, as wit-bindgen does (`type` → `type_`).
pub fn escape(name: String) -> String {
    if KEYWORDS.contains(&name.as_str()) { name + "_" } else { name }
}

/// A function, field, parameter or module name.
pub fn snake(wit: &str) -> String {
    escape(wit.to_snake_case())
}

/// A type or case name. `guest` would collide with the `Guest` trait, so a WIT
/// type of that name becomes `Guest_`.
pub fn camel(wit: &str) -> String {
    let s = wit.to_upper_camel_case();
    if s == "Guest" { "Guest_".to_string() } else { escape(s) }
}

/// A case name of a variant or enum (no `Guest` collision there).
pub fn case(wit: &str) -> String {
    escape(wit.to_upper_camel_case())
}

/// A flags constant.
pub fn shouty(wit: &str) -> String {
    escape(wit.to_shouty_snake_case())
}

/// An identifier at the call site's span.
pub fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// `snake` as an identifier.
pub fn snake_ident(wit: &str) -> Ident {
    ident(&snake(wit))
}

/// `camel` as an identifier.
pub fn camel_ident(wit: &str) -> Ident {
    ident(&camel(wit))
}

/// The module for a package version: `0.2.0-rc.1` → `0_2_0_rc_1`.
pub fn version_suffix(v: &str) -> String {
    v.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

/// The WIT-cased name a function is bound under: `new` for a constructor,
/// `set-x` for the setter of property `x` (WIT accessors, `x: set(v: T)`),
/// the item's own name otherwise (a getter `x: get() -> T` is `x`).
pub fn function(func: &wit_parser::Function) -> std::borrow::Cow<'_, str> {
    use wit_parser::{AccessorKind, FunctionKind};
    match (&func.kind, func.kind.accessor()) {
        (FunctionKind::Constructor(_), _) => "new".into(),
        (_, Some(AccessorKind::Setter)) => format!("set-{}", func.item_name()).into(),
        _ => func.item_name().into(),
    }
}

/// The Rust identifier of [`function`].
pub fn function_ident(func: &wit_parser::Function) -> Ident {
    snake_ident(&function(func))
}

/// Whether the function takes its resource as `self` (methods, and the
/// getters and setters of a resource's properties).
pub fn is_method(func: &wit_parser::Function) -> bool {
    use wit_parser::FunctionKind;
    matches!(
        func.kind,
        FunctionKind::Method(_)
            | FunctionKind::AsyncMethod(_)
            | FunctionKind::MethodGetter(_)
            | FunctionKind::MethodSetter(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_cases() {
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("get-x-y"), "get_x_y");
        assert_eq!(camel("guest"), "Guest_");
        assert_eq!(camel("my-error"), "MyError");
        assert_eq!(case("guest"), "Guest");
        assert_eq!(shouty("can-read"), "CAN_READ");
        assert_eq!(version_suffix("0.2.0-rc.1"), "0_2_0_rc_1");
    }
}
