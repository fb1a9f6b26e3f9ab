/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `merge-sides` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_merge_sides<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_merge_sides_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_merge_sides < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::exports::fixture::merge_sides::c::__export_fixture__merge_sides__c_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::merge_sides::c);
        $($path_to_types_root)*
        ::exports::fixture::merge_sides::e::__export_fixture__merge_sides__e_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::merge_sides::e);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_merge_sides_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:merge-sides:merge-sides:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 389usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xA1\x02\x01A\x02\x01A\t\x01B\x02\x01r\x01\x01xy\x04\0\x05point\x03\0\0\x03\0\x15fixture:merge-sides/c\x05\0\x02\x03\0\0\x05point\x01B\x06\x02\x03\x02\x01\x01\x04\0\x05point\x03\0\0\x01r\x01\x01p\x01\x04\0\x01a\x03\0\x02\x01@\0\0\x03\x04\0\x03get\x01\x04\x03\0\x15fixture:merge-sides/i\x05\x02\x01B\x02\x01r\x01\x01xy\x04\0\x05point\x03\0\0\x04\0\x15fixture:merge-sides/c\x05\x03\x01B\x06\x02\x03\x02\x01\x01\x04\0\x05point\x03\0\0\x01r\x01\x01p\x01\x04\0\x01b\x03\0\x02\x01@\x01\x01v\x03\x01\0\x04\0\x03put\x01\x04\x04\0\x15fixture:merge-sides/e\x05\x04\x04\0\x1Ffixture:merge-sides/merge-sides\x04\0\x0B\x11\x01\0\x0Bmerge-sides\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/merge-sides.wit");
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
    pub mod merge_sides {
        /// Imported (through `i`) and exported: merging makes the export module's
        /// `point` an alias of the import module's, as wit-bindgen does.
        pub mod c {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub struct Point {
                pub x: u32,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Point {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Point").field("x", &self.x).finish()
                }
            }
        }
        pub mod i {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            pub type Point = super::super::super::fixture::merge_sides::c::Point;
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub struct A {
                pub p: Point,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for A {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("A").field("p", &self.p).finish()
                }
            }
            impl A {
                #[doc(hidden)]
                #[inline]
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (i32,) {
                    unsafe { (__wit_guest_rt::as_i32(self.p.x),) }
                }
                #[doc(hidden)]
                #[inline]
                #[allow(
                    clippy::too_many_arguments,
                    reason = "one argument per flat value"
                )]
                pub unsafe fn __wit_guest_lift_flat(flat0: i32) -> Self {
                    unsafe {
                        A {
                            p: super::super::super::fixture::merge_sides::c::Point {
                                x: flat0 as u32,
                            },
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        A {
                            p: super::super::super::fixture::merge_sides::c::Point {
                                x: *at.cast::<u32>(),
                            },
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                    unsafe {
                        *at.cast::<i32>() = __wit_guest_rt::as_i32(self.p.x);
                    }
                }
            }
            #[inline]
            pub fn get() -> A {
                unsafe {
                    let r_ = __import_get();
                    A::__wit_guest_lift_flat(r_)
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:merge-sides/i")]
            unsafe extern "C" {
                #[link_name = "get"]
                fn __import_get() -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::__import_get;
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_get() -> i32 {
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
        pub mod merge_sides {
            /// Imported (through `i`) and exported: merging makes the export module's
            /// `point` an alias of the import module's, as wit-bindgen does.
            pub mod c {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type Point = super::super::super::super::fixture::merge_sides::c::Point;
                /// Implemented by the type passed to `export!`: the functions of `fixture:merge-sides/c`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:merge-sides/c`, but does not implement `exports::fixture::merge_sides::c::Guest`",
                    label = "missing `impl exports::fixture::merge_sides::c::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::merge_sides::c::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {}
                #[doc(hidden)]
                macro_rules! __export_fixture__merge_sides__c_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {};
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__merge_sides__c_cabi;
            }
            pub mod e {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type Point = super::super::super::super::fixture::merge_sides::c::Point;
                /// Equal to `i.a`: the export module's `b` is an alias of it.
                pub type B = super::super::super::super::fixture::merge_sides::i::A;
                #[doc(hidden)]
                pub unsafe fn _export_put_cabi<T_: Guest>(arg0: i32) {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = super::super::super::super::fixture::merge_sides::i::A {
                            p: super::super::super::super::fixture::merge_sides::c::Point {
                                x: arg0 as u32,
                            },
                        };
                        <T_ as Guest>::put(p0_);
                    }
                }
                /// Implemented by the type passed to `export!`: the functions of `fixture:merge-sides/e`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:merge-sides/e`, but does not implement `exports::fixture::merge_sides::e::Guest`",
                    label = "missing `impl exports::fixture::merge_sides::e::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::merge_sides::e::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn put(v: super::super::super::super::fixture::merge_sides::i::A);
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__merge_sides__e_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "fixture:merge-sides/e#put")] unsafe
                        extern "C" fn export_put(arg0 : i32) { unsafe {
                        $($path_to_types)* ::_export_put_cabi:: < $ty > (arg0) } } };
                        #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported
                        < T : $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty
                        >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__merge_sides__e_cabi;
            }
        }
    }
}
