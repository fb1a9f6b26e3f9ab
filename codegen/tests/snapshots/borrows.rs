/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `borrows` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_borrows<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_borrows_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_borrows < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::exports::fixture::borrows::api::__export_fixture__borrows__api_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::borrows::api);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_borrows_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:borrows:borrows:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 377usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\x99\x02\x01A\x02\x01A\x05\x01B\x07\x04\0\x05thing\x03\x01\x01i\0\x01@\x01\x01vy\0\x01\x04\0\x12[constructor]thing\x01\x02\x01h\0\x01@\x01\x04self\x03\0y\x04\0\x11[method]thing.get\x01\x04\x03\0\x13fixture:borrows/res\x05\0\x02\x03\0\0\x05thing\x01B\x0E\x02\x03\x02\x01\x01\x04\0\x05thing\x03\0\0\x01h\x01\x01r\x02\x01a\x02\x01b\x02\x04\0\x04pair\x03\0\x03\x01p\x02\x01@\x01\x02ts\x05\0y\x04\0\x05total\x01\x06\x01k\x02\x01@\x02\x01t\x07\x01p\x04\0y\x04\0\x04pick\x01\x08\x01i\x01\x01@\x01\x01t\t\0\t\x04\0\x04keep\x01\n\x04\0\x13fixture:borrows/api\x05\x02\x04\0\x17fixture:borrows/borrows\x04\0\x0B\r\x01\0\x07borrows\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/borrows.wit");
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
    pub mod borrows {
        pub mod res {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[derive(Debug)]
            #[repr(transparent)]
            pub struct Thing {
                handle: ::wit_guest::rt::Resource<Thing>,
            }
            unsafe impl ::wit_guest::rt::WasmResource for Thing {
                #[inline]
                unsafe fn drop(handle: u32) {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = "fixture:borrows/res")]
                    unsafe extern "C" {
                        #[link_name = "[resource-drop]thing"]
                        fn drop(_: i32);
                    }
                    #[cfg(not(target_arch = "wasm32"))]
                    unsafe extern "C" fn drop(_: i32) {
                        __wit_guest_rt::wasm32_only(
                            "wit-guest: resources can only be used on wasm32",
                        )
                    }
                    unsafe { drop(handle as i32) }
                }
            }
            impl Thing {
                /// Wraps an owned handle.
                ///
                /// # Safety
                /// `handle` is an owned handle of this resource that nothing else drops.
                #[doc(hidden)]
                pub unsafe fn from_handle(handle: u32) -> Self {
                    Self {
                        handle: unsafe { ::wit_guest::rt::Resource::from_handle(handle) },
                    }
                }
                /// Moves the handle out; the wrapper will not drop it.
                #[doc(hidden)]
                pub fn take_handle(&self) -> u32 {
                    ::wit_guest::rt::Resource::take_handle(&self.handle)
                }
                /// The handle, still owned by the wrapper.
                #[doc(hidden)]
                pub fn handle(&self) -> u32 {
                    ::wit_guest::rt::Resource::handle(&self.handle)
                }
            }
            #[allow(
                clippy::new_without_default,
                clippy::len_without_is_empty,
                clippy::should_implement_trait,
                reason = "methods mirror the WIT resource"
            )]
            impl Thing {
                #[inline]
                pub fn new(v: u32) -> Self {
                    unsafe {
                        let r_ = __import_thing__new(__wit_guest_rt::as_i32(v));
                        Thing::from_handle(r_ as u32)
                    }
                }
                #[inline]
                pub fn get(&self) -> u32 {
                    unsafe {
                        let r_ = __import_thing__get(self.handle() as i32);
                        r_ as u32
                    }
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:borrows/res")]
            unsafe extern "C" {
                #[link_name = "[constructor]thing"]
                fn __import_thing__new(_: i32) -> i32;
                #[link_name = "[method]thing.get"]
                fn __import_thing__get(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{__import_thing__new, __import_thing__get};
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_thing__new(_: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_thing__get(_: i32) -> i32 {
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
        pub mod borrows {
            /// Exported functions that borrow imported resources, alone and in aggregates.
            pub mod api {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type Thing = super::super::super::super::fixture::borrows::res::Thing;
                pub struct Pair<'a> {
                    pub a: &'a super::super::super::super::fixture::borrows::res::Thing,
                    pub b: &'a super::super::super::super::fixture::borrows::res::Thing,
                }
                #[automatically_derived]
                impl<'a> ::core::fmt::Debug for Pair<'a> {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("Pair")
                            .field("a", &self.a)
                            .field("b", &self.b)
                            .finish()
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_total_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let handles2_;
                        let p0_ = {
                            handles2_ = __wit_guest_rt::list_lift_with(
                                arg0,
                                arg1,
                                4,
                                4,
                                |at1_: *mut u8| super::super::super::super::fixture::borrows::res::Thing::from_handle(
                                    *at1_.cast::<i32>() as u32,
                                ),
                            );
                            handles2_.iter().collect::<__wit_guest_rt::Vec<_>>()
                        };
                        let result_ = <T_ as Guest>::total(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_pick_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let handle1_;
                        let handle2_;
                        let handle3_;
                        let p0_ = match arg0 {
                            0 => ::core::option::Option::None,
                            1 => {
                                ::core::option::Option::Some({
                                    handle1_ = super::super::super::super::fixture::borrows::res::Thing::from_handle(
                                        arg1 as u32,
                                    );
                                    &handle1_
                                })
                            }
                            _ => __wit_guest_rt::invalid_discriminant(),
                        };
                        let p1_ = Pair {
                            a: {
                                handle2_ = super::super::super::super::fixture::borrows::res::Thing::from_handle(
                                    arg2 as u32,
                                );
                                &handle2_
                            },
                            b: {
                                handle3_ = super::super::super::super::fixture::borrows::res::Thing::from_handle(
                                    arg3 as u32,
                                );
                                &handle3_
                            },
                        };
                        let result_ = <T_ as Guest>::pick(p0_, p1_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_keep_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = super::super::super::super::fixture::borrows::res::Thing::from_handle(
                            arg0 as u32,
                        );
                        let result_ = <T_ as Guest>::keep(p0_);
                        result_.take_handle() as i32
                    }
                }
                /// Implemented by the type passed to `export!`: the functions of `fixture:borrows/api`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:borrows/api`, but does not implement `exports::fixture::borrows::api::Guest`",
                    label = "missing `impl exports::fixture::borrows::api::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::borrows::api::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn total(
                        ts: ::wit_guest::rt::Vec<
                            &'_ super::super::super::super::fixture::borrows::res::Thing,
                        >,
                    ) -> u32;
                    fn pick(
                        t: ::core::option::Option<
                            &'_ super::super::super::super::fixture::borrows::res::Thing,
                        >,
                        p: Pair<'_>,
                    ) -> u32;
                    fn keep(
                        t: super::super::super::super::fixture::borrows::res::Thing,
                    ) -> super::super::super::super::fixture::borrows::res::Thing;
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__borrows__api_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "fixture:borrows/api#total")] unsafe
                        extern "C" fn export_total(arg0 : i32, arg1 : i32) -> i32 {
                        unsafe { $($path_to_types)* ::_export_total_cabi:: < $ty > (arg0,
                        arg1) } } #[unsafe (export_name = "fixture:borrows/api#pick")]
                        unsafe extern "C" fn export_pick(arg0 : i32, arg1 : i32, arg2 :
                        i32, arg3 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_pick_cabi:: < $ty > (arg0, arg1, arg2, arg3) } }
                        #[unsafe (export_name = "fixture:borrows/api#keep")] unsafe
                        extern "C" fn export_keep(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_keep_cabi:: < $ty > (arg0) } } };
                        #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported
                        < T : $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty
                        >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__borrows__api_cabi;
            }
        }
    }
}
