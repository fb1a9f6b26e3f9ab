//! Names of generated glue items, derived so that no two valid WIT items
//! collide. Mangling, in one place:
//!
//! - a function's *glue name* is its snake_case name (`get-x` → `get_x`);
//!   a resource's constructor, method or static `m` of resource `r` is
//!   `r__m` (a constructor is `r__new`, like its trait method `new`, so a
//!   method named `new` beside a constructor clashes in the trait first).
//!   Snake-cased WIT names never hold `__` (kebab-case words are joined by
//!   one `_`, and a keyword's escape `_` comes only at the end), so `r.x`
//!   (`r__x`) and a function `r-x` (`r_x`) stay apart;
//! - from the glue name `n`: the shim `_export_n_cabi`, its post-return
//!   `__post_return_n`, the statics `RET_AREA_N` (at the invocation site;
//!   an exported interface's module has one `RET_AREA`) and `RET_SLOT_N`,
//!   and in the `export!` macro the symbols `export_n`, `post_return_n`;
//! - in an imported interface's module, the core wasm import of the
//!   function with glue name `n` is `__import_n` (no other glue item starts
//!   with `__import_`);
//! - an exported resource `r`: its type guard `__TYPE_GUARD_R` (no function's
//!   static starts with `__`), its destructor symbol `dtor_r`;
//! - the `export!` helper macro of an exported interface is
//!   `__export_{module path joined by __}_cabi` (unique like the module), and
//!   that of the world's own functions `__export__{world}_cabi` (an
//!   interface path never starts with `_`).

use heck::ToShoutySnakeCase;
use proc_macro2::Ident;
use quote::format_ident;

use crate::names;

/// The glue name of a function: `item` alone, or `resource__item`.
pub fn function(resource: Option<&str>, item: &str) -> String {
    let item = names::snake(item);
    match resource {
        Some(r) => format!("{}__{}", names::snake(r), item),
        None => item,
    }
}

/// The core wasm import `__import_n`, declared once per imported
/// interface's module.
pub fn import(glue: &str) -> Ident {
    format_ident!("__import_{}", glue)
}

/// The `_export_n_cabi` shim.
pub fn shim(glue: &str) -> Ident {
    format_ident!("_export_{}_cabi", glue.trim_end_matches('_'))
}

/// The `_callback_n_cabi` function an async export's callback calls.
pub fn callback(glue: &str) -> Ident {
    format_ident!("_callback_{}_cabi", glue.trim_end_matches('_'))
}

/// The callback symbol's Rust function in the `export!` macro.
pub fn export_callback_fn(glue: &str) -> Ident {
    format_ident!("callback_{}", glue.trim_end_matches('_'))
}

/// The `__post_return_n` function.
pub fn post_return(glue: &str) -> Ident {
    format_ident!("__post_return_{}", glue.trim_end_matches('_'))
}

/// The `RET_SLOT_N` static.
pub fn ret_slot(glue: &str) -> Ident {
    format_ident!("RET_SLOT_{}", glue.to_uppercase())
}

/// The `RET_AREA_N` static.
pub fn ret_area(glue: &str) -> Ident {
    format_ident!("RET_AREA_{}", glue.to_uppercase())
}

/// The export symbol's Rust function in the `export!` macro.
pub fn export_fn(glue: &str) -> Ident {
    format_ident!("export_{}", glue.trim_end_matches('_'))
}

/// The post-return symbol's Rust function in the `export!` macro.
pub fn export_post_return_fn(glue: &str) -> Ident {
    format_ident!("post_return_{}", glue.trim_end_matches('_'))
}

/// The type guard static of an exported resource.
pub fn type_guard(resource: &str) -> Ident {
    format_ident!("__TYPE_GUARD_{}", resource.to_shouty_snake_case())
}

/// The destructor symbol's Rust function of an exported resource.
pub fn dtor_fn(resource: &str) -> Ident {
    format_ident!("dtor_{}", names::snake(resource))
}

/// The helper macro that emits an exported interface's symbols.
pub fn interface_macro(module: &[Ident]) -> Ident {
    // Without the leading `exports`, which every export module has.
    let parts: Vec<String> = module.iter().skip(1).map(|i| i.to_string()).collect();
    format_ident!("__export_{}_cabi", parts.join("__"))
}

/// The helper macro that emits the world's own exported functions.
pub fn world_macro(world: &str) -> Ident {
    format_ident!("__export__{}_cabi", names::snake(world))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_functions_and_freestanding_functions_stay_apart() {
        let method = function(Some("r"), "x");
        let free = function(None, "r-x");
        assert_ne!(method, free);
        assert_ne!(shim(&method), shim(&free));
        assert_ne!(ret_slot(&method), ret_slot(&free));
        assert_ne!(export_fn(&method), export_fn(&free));
        assert_eq!(shim(&method).to_string(), "_export_r__x_cabi");
        // Keywords keep their escape where it matters for uniqueness.
        assert_eq!(function(Some("type"), "type"), "type___type_");
        assert_eq!(shim(&function(None, "type")).to_string(), "_export_type_cabi");
    }

    #[test]
    fn guards_and_macros_cannot_meet_function_statics() {
        assert_ne!(type_guard("ret-area-f").to_string(), format!("{}_TYPE", ret_area("f")));
        let a = [names::ident("exports"), names::ident("a"), names::ident("b"), names::ident("c_d")];
        let b = [names::ident("exports"), names::ident("a"), names::ident("b_c"), names::ident("d")];
        assert_ne!(interface_macro(&a), interface_macro(&b));
        let named = [names::ident("exports"), names::ident("foo")];
        assert_ne!(interface_macro(&named), world_macro("foo"));
    }
}
