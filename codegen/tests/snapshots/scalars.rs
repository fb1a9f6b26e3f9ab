/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `scalars-world` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_scalars_world<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_scalars_world_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_scalars_world < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::exports::fixture::scalars::scalars::__export_fixture__scalars__scalars_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::scalars::scalars);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_scalars_world_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:scalars:scalars-world:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 374usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\x90\x02\x01A\x02\x01A\x04\x01B\x06\x01@\x02\x01ay\x01by\0y\x04\0\x03add\x01\0\x01@\x0C\x01a\x7F\x01b~\x01c}\x01d|\x01e{\x01fz\x01gy\x01hx\x01iw\x01jv\x01ku\x01lt\0u\x04\0\x03all\x01\x01\x01@\0\x01\0\x04\0\x07nothing\x01\x02\x03\0\x17fixture:scalars/scalars\x05\0\x01B\x06\x01@\x02\x01ay\x01by\0y\x04\0\x03add\x01\0\x01@\x0C\x01a\x7F\x01b~\x01c}\x01d|\x01e{\x01fz\x01gy\x01hx\x01iw\x01jv\x01ku\x01lt\0u\x04\0\x03all\x01\x01\x01@\0\x01\0\x04\0\x07nothing\x01\x02\x04\0\x17fixture:scalars/scalars\x05\x01\x04\0\x1Dfixture:scalars/scalars-world\x04\0\x0B\x13\x01\0\rscalars-world\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/scalars.wit");
#[allow(
    dead_code,
    reason = "bindings cover the whole world; a component uses part of it"
)]
#[allow(
    unused_unsafe,
    unused_parens,
    reason = "uniform glue: some types need no unsafe code or grouping"
)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
#[allow(
    clippy::module_inception,
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "names and types follow the WIT"
)]
pub mod fixture {
    pub mod scalars {
        /// Scalars in both directions.
        pub mod scalars {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            /// Adds.
            #[inline]
            pub fn add(a: u32, b: u32) -> u32 {
                unsafe {
                    let r_ = __import_add(
                        __wit_guest_rt::as_i32(a),
                        __wit_guest_rt::as_i32(b),
                    );
                    r_ as u32
                }
            }
            #[allow(
                clippy::too_many_arguments,
                reason = "the WIT function has this many parameters"
            )]
            #[inline]
            pub fn all(
                a: bool,
                b: i8,
                c: u8,
                d: i16,
                e: u16,
                f: i32,
                g: u32,
                h: i64,
                i: u64,
                j: f32,
                k: f64,
                l: char,
            ) -> f64 {
                unsafe {
                    __import_all(
                        __wit_guest_rt::as_i32(a),
                        __wit_guest_rt::as_i32(b),
                        __wit_guest_rt::as_i32(c),
                        __wit_guest_rt::as_i32(d),
                        __wit_guest_rt::as_i32(e),
                        __wit_guest_rt::as_i32(f),
                        __wit_guest_rt::as_i32(g),
                        __wit_guest_rt::as_i64(h),
                        __wit_guest_rt::as_i64(i),
                        __wit_guest_rt::as_f32(j),
                        __wit_guest_rt::as_f64(k),
                        __wit_guest_rt::as_i32(l),
                    )
                }
            }
            #[inline]
            pub fn nothing() {
                unsafe {
                    __import_nothing();
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:scalars/scalars")]
            unsafe extern "C" {
                #[link_name = "add"]
                fn __import_add(_: i32, _: i32) -> i32;
                #[link_name = "all"]
                fn __import_all(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i64,
                    _: i64,
                    _: f32,
                    _: f64,
                    _: i32,
                ) -> f64;
                #[link_name = "nothing"]
                fn __import_nothing();
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{__import_add, __import_all, __import_nothing};
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_add(_: i32, _: i32) -> i32 {
                    on_host()
                }
                #[allow(
                    clippy::too_many_arguments,
                    reason = "the WIT function has this many parameters"
                )]
                pub(super) unsafe fn __import_all(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i64,
                    _: i64,
                    _: f32,
                    _: f64,
                    _: i32,
                ) -> f64 {
                    on_host()
                }
                pub(super) unsafe fn __import_nothing() {
                    on_host()
                }
            }
        }
    }
}
#[allow(
    dead_code,
    reason = "bindings cover the whole world; a component uses part of it"
)]
#[allow(
    unused_unsafe,
    unused_parens,
    reason = "uniform glue: some types need no unsafe code or grouping"
)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
#[allow(
    clippy::module_inception,
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "names and types follow the WIT"
)]
pub mod exports {
    pub mod fixture {
        pub mod scalars {
            /// Scalars in both directions.
            pub mod scalars {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                #[doc(hidden)]
                pub unsafe fn _export_add_cabi<T_: Guest>(arg0: i32, arg1: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = arg0 as u32;
                        let p1_ = arg1 as u32;
                        let result_ = <T_ as Guest>::add(p0_, p1_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[allow(
                    clippy::too_many_arguments,
                    reason = "the WIT function has this many parameters"
                )]
                #[doc(hidden)]
                pub unsafe fn _export_all_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                    arg4: i32,
                    arg5: i32,
                    arg6: i32,
                    arg7: i64,
                    arg8: i64,
                    arg9: f32,
                    arg10: f64,
                    arg11: i32,
                ) -> f64 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::bool_lift(arg0);
                        let p1_ = arg1 as i8;
                        let p2_ = arg2 as u8;
                        let p3_ = arg3 as i16;
                        let p4_ = arg4 as u16;
                        let p5_ = arg5;
                        let p6_ = arg6 as u32;
                        let p7_ = arg7;
                        let p8_ = arg8 as u64;
                        let p9_ = arg9;
                        let p10_ = arg10;
                        let p11_ = __wit_guest_rt::char_lift(arg11);
                        let result_ = <T_ as Guest>::all(
                            p0_,
                            p1_,
                            p2_,
                            p3_,
                            p4_,
                            p5_,
                            p6_,
                            p7_,
                            p8_,
                            p9_,
                            p10_,
                            p11_,
                        );
                        __wit_guest_rt::as_f64(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_nothing_cabi<T_: Guest>() {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        <T_ as Guest>::nothing();
                    }
                }
                /// Implemented by the type passed to `export!`: the functions of `fixture:scalars/scalars`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:scalars/scalars`, but does not implement `exports::fixture::scalars::scalars::Guest`",
                    label = "missing `impl exports::fixture::scalars::scalars::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::scalars::scalars::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    /// Adds.
                    fn add(a: u32, b: u32) -> u32;
                    #[allow(
                        clippy::too_many_arguments,
                        reason = "the WIT function has this many parameters"
                    )]
                    fn all(
                        a: bool,
                        b: i8,
                        c: u8,
                        d: i16,
                        e: u16,
                        f: i32,
                        g: u32,
                        h: i64,
                        i: u64,
                        j: f32,
                        k: f64,
                        l: char,
                    ) -> f64;
                    fn nothing();
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__scalars__scalars_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "fixture:scalars/scalars#add")] unsafe
                        extern "C" fn export_add(arg0 : i32, arg1 : i32) -> i32 { unsafe
                        { $($path_to_types)* ::_export_add_cabi:: < $ty > (arg0, arg1) }
                        } #[allow(clippy::too_many_arguments, reason =
                        "the WIT function has this many parameters")] #[unsafe
                        (export_name = "fixture:scalars/scalars#all")] unsafe extern "C"
                        fn export_all(arg0 : i32, arg1 : i32, arg2 : i32, arg3 : i32,
                        arg4 : i32, arg5 : i32, arg6 : i32, arg7 : i64, arg8 : i64, arg9
                        : f32, arg10 : f64, arg11 : i32) -> f64 { unsafe {
                        $($path_to_types)* ::_export_all_cabi:: < $ty > (arg0, arg1,
                        arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11) } }
                        #[unsafe (export_name = "fixture:scalars/scalars#nothing")]
                        unsafe extern "C" fn export_nothing() { unsafe {
                        $($path_to_types)* ::_export_nothing_cabi:: < $ty > () } } };
                        #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported
                        < T : $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty
                        >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__scalars__scalars_cabi;
            }
        }
    }
}
