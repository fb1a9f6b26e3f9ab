//! Bindings generated in a library and exported from a dependent crate:
//! `pub_export_macro`, `default_bindings_module`, `export_macro_name`.
#![deny(warnings)]

wit_guest::generate!({
    world: "options-world",
    path: "../options/wit",
    pub_export_macro: true,
    default_bindings_module: "guest_lib_bindings",
    export_macro_name: "export_from_lib",
});
