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

/// `pub_export_macro` alone, in a module (as SDKs do): the macro is reached
/// as `guest_lib_bindings::wit::export!`, with the bindings' path given.
pub mod wit {
    wit_guest::generate!({
        world: "chaining",
        path: "../options/wit",
        pub_export_macro: true,
        type_section_suffix: "-wit",
    });
}

/// All three options, in a module: `guest_lib_bindings::b::export_b!(T)`.
pub mod b {
    wit_guest::generate!({
        world: "merging",
        path: "../options/wit",
        pub_export_macro: true,
        export_macro_name: "export_b",
        default_bindings_module: "guest_lib_bindings::b",
        type_section_suffix: "-b",
    });
}

/// `pub_export_macro` and `default_bindings_module`, default name:
/// `guest_lib_bindings::sdk::export!(T)`.
pub mod sdk {
    wit_guest::generate!({
        world: "skipping",
        path: "../options/wit",
        pub_export_macro: true,
        default_bindings_module: "guest_lib_bindings::sdk",
        type_section_suffix: "-sdk",
    });
}

/// `pub_export_macro` and `export_macro_name`, no default module:
/// `guest_lib_bindings::ping::export_ping!(T with_types_in ..)`.
pub mod ping {
    wit_guest::generate!({
        world: "pinging",
        path: "../options/wit",
        pub_export_macro: true,
        export_macro_name: "export_ping",
        type_section_suffix: "-ping",
    });
}
