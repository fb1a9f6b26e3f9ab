/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `keywords` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_keywords<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_keywords_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_keywords < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::exports::fixture::keywords::self_::__export_fixture__keywords__self__cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::keywords::self_);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_keywords_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:keywords:keywords:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 377usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\x98\x02\x01A\x02\x01A\x04\x01B\x08\x01r\x02\x04typey\x04impls\x04\0\x05guest\x03\0\0\x01q\x02\x06struct\0\0\x02fn\x01}\0\x04\0\x04enum\x03\0\x02\x01@\x02\x02iny\x05match\x01\0\x03\x04\0\x04type\x01\x04\x01@\0\x01\0\x04\0\x04loop\x01\x05\x03\0\x15fixture:keywords/self\x05\0\x01B\x08\x01r\x02\x04typey\x04impls\x04\0\x05guest\x03\0\0\x01q\x02\x06struct\0\0\x02fn\x01}\0\x04\0\x04enum\x03\0\x02\x01@\x02\x02iny\x05match\x01\0\x03\x04\0\x04type\x01\x04\x01@\0\x01\0\x04\0\x04loop\x01\x05\x04\0\x15fixture:keywords/self\x05\x01\x04\0\x19fixture:keywords/keywords\x04\0\x0B\x0E\x01\0\x08keywords\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/keywords.wit");
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
    pub mod keywords {
        pub mod self_ {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[derive(Clone)]
            pub struct Guest_ {
                pub type_: u32,
                pub impl_: ::wit_guest::rt::String,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Guest_ {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Guest_")
                        .field("type_", &self.type_)
                        .field("impl_", &self.impl_)
                        .finish()
                }
            }
            impl Guest_ {
                #[doc(hidden)]
                #[inline]
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (i32, i32, i32) {
                    unsafe {
                        (
                            __wit_guest_rt::as_i32(self.type_),
                            __wit_guest_rt::ptr_i32(self.impl_.as_ptr()),
                            __wit_guest_rt::len_i32(self.impl_.len()),
                        )
                    }
                }
                #[doc(hidden)]
                #[inline]
                #[allow(
                    clippy::too_many_arguments,
                    reason = "one argument per flat value"
                )]
                pub unsafe fn __wit_guest_lift_flat(
                    flat0: i32,
                    flat1: i32,
                    flat2: i32,
                ) -> Self {
                    unsafe {
                        Guest_ {
                            type_: flat0 as u32,
                            impl_: __wit_guest_rt::string_lift(flat1, flat2),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Guest_ {
                            type_: *at.cast::<u32>(),
                            impl_: __wit_guest_rt::string_lift(
                                *at.add(4).cast::<i32>(),
                                *at.add(8).cast::<i32>(),
                            ),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                    unsafe {
                        *at.cast::<i32>() = __wit_guest_rt::as_i32(self.type_);
                        *at.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                            self.impl_.as_ptr(),
                        );
                        *at.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                            self.impl_.len(),
                        );
                    }
                }
            }
            #[derive(Clone, Copy)]
            pub enum Enum {
                Struct,
                Fn(u8),
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Enum {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        Enum::Struct => f.debug_tuple("Enum::Struct").finish(),
                        Enum::Fn(e) => f.debug_tuple("Enum::Fn").field(e).finish(),
                    }
                }
            }
            impl Enum {
                #[doc(hidden)]
                #[inline]
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (i32, i32) {
                    unsafe {
                        let (f2_, f3_) = match &self {
                            Enum::Struct => (0, 0i32),
                            Enum::Fn(e4_) => (1, __wit_guest_rt::as_i32(e4_)),
                        };
                        (f2_, f3_)
                    }
                }
                #[doc(hidden)]
                #[inline]
                #[allow(
                    clippy::too_many_arguments,
                    reason = "one argument per flat value"
                )]
                pub unsafe fn __wit_guest_lift_flat(flat0: i32, flat1: i32) -> Self {
                    unsafe {
                        match flat0 {
                            0 => Enum::Struct,
                            1 => Enum::Fn(flat1 as u8),
                            _ => __wit_guest_rt::invalid_discriminant(),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        match *at.cast::<u8>() {
                            0 => Enum::Struct,
                            1 => Enum::Fn(*at.add(1).cast::<u8>()),
                            _ => __wit_guest_rt::invalid_discriminant(),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                    unsafe {
                        match &self {
                            Enum::Struct => {
                                *at.cast::<u8>() = 0;
                            }
                            Enum::Fn(e1_) => {
                                *at.cast::<u8>() = 1;
                                *at.add(1).cast::<u8>() = __wit_guest_rt::as_i32(e1_) as u8;
                            }
                        }
                    }
                }
            }
            #[inline]
            pub fn type_(in_: u32, match_: &Guest_) -> Enum {
                unsafe {
                    let (f1_, f2_, f3_) = (match_).__wit_guest_flat();
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<2>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_type_(
                        __wit_guest_rt::as_i32(in_),
                        f1_,
                        f2_,
                        f3_,
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    Enum::__wit_guest_load(ret_)
                }
            }
            #[inline]
            pub fn loop_() {
                unsafe {
                    __import_loop_();
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:keywords/self")]
            unsafe extern "C" {
                #[link_name = "type"]
                fn __import_type_(_: i32, _: i32, _: i32, _: i32, _: i32);
                #[link_name = "loop"]
                fn __import_loop_();
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{__import_type_, __import_loop_};
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_type_(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_loop_() {
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
        pub mod keywords {
            pub mod self_ {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                #[derive(Clone)]
                pub struct Guest_ {
                    pub type_: u32,
                    pub impl_: ::wit_guest::rt::String,
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Guest_ {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("Guest_")
                            .field("type_", &self.type_)
                            .field("impl_", &self.impl_)
                            .finish()
                    }
                }
                impl Guest_ {
                    #[doc(hidden)]
                    #[inline]
                    #[allow(
                        clippy::type_complexity,
                        reason = "one element per flat value"
                    )]
                    pub unsafe fn __wit_guest_flat(&self) -> (i32, i32, i32) {
                        unsafe {
                            (
                                __wit_guest_rt::as_i32(self.type_),
                                __wit_guest_rt::ptr_i32(self.impl_.as_ptr()),
                                __wit_guest_rt::len_i32(self.impl_.len()),
                            )
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    #[allow(
                        clippy::too_many_arguments,
                        reason = "one argument per flat value"
                    )]
                    pub unsafe fn __wit_guest_lift_flat(
                        flat0: i32,
                        flat1: i32,
                        flat2: i32,
                    ) -> Self {
                        unsafe {
                            Guest_ {
                                type_: flat0 as u32,
                                impl_: __wit_guest_rt::string_lift(flat1, flat2),
                            }
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                        unsafe {
                            Guest_ {
                                type_: *at.cast::<u32>(),
                                impl_: __wit_guest_rt::string_lift(
                                    *at.add(4).cast::<i32>(),
                                    *at.add(8).cast::<i32>(),
                                ),
                            }
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                        unsafe {
                            *at.cast::<i32>() = __wit_guest_rt::as_i32(self.type_);
                            *at.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                self.impl_.as_ptr(),
                            );
                            *at.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                                self.impl_.len(),
                            );
                        }
                    }
                }
                #[derive(Clone, Copy)]
                pub enum Enum {
                    Struct,
                    Fn(u8),
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Enum {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        match self {
                            Enum::Struct => f.debug_tuple("Enum::Struct").finish(),
                            Enum::Fn(e) => f.debug_tuple("Enum::Fn").field(e).finish(),
                        }
                    }
                }
                impl Enum {
                    #[doc(hidden)]
                    #[inline]
                    #[allow(
                        clippy::type_complexity,
                        reason = "one element per flat value"
                    )]
                    pub unsafe fn __wit_guest_flat(&self) -> (i32, i32) {
                        unsafe {
                            let (f2_, f3_) = match &self {
                                Enum::Struct => (0, 0i32),
                                Enum::Fn(e4_) => (1, __wit_guest_rt::as_i32(e4_)),
                            };
                            (f2_, f3_)
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    #[allow(
                        clippy::too_many_arguments,
                        reason = "one argument per flat value"
                    )]
                    pub unsafe fn __wit_guest_lift_flat(flat0: i32, flat1: i32) -> Self {
                        unsafe {
                            match flat0 {
                                0 => Enum::Struct,
                                1 => Enum::Fn(flat1 as u8),
                                _ => __wit_guest_rt::invalid_discriminant(),
                            }
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                        unsafe {
                            match *at.cast::<u8>() {
                                0 => Enum::Struct,
                                1 => Enum::Fn(*at.add(1).cast::<u8>()),
                                _ => __wit_guest_rt::invalid_discriminant(),
                            }
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                        unsafe {
                            match &self {
                                Enum::Struct => {
                                    *at.cast::<u8>() = 0;
                                }
                                Enum::Fn(e1_) => {
                                    *at.cast::<u8>() = 1;
                                    *at.add(1).cast::<u8>() = __wit_guest_rt::as_i32(e1_) as u8;
                                }
                            }
                        }
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_type_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = arg0 as u32;
                        let p1_ = Guest_::__wit_guest_lift_flat(arg1, arg2, arg3);
                        let result_ = <T_ as Guest>::type_(p0_, p1_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        (result_).__wit_guest_store(ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_loop_cabi<T_: Guest>() {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        <T_ as Guest>::loop_();
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<2> = __wit_guest_rt::StaticRetArea::new();
                /// Implemented by the type passed to `export!`: the functions of `fixture:keywords/self`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:keywords/self`, but does not implement `exports::fixture::keywords::self_::Guest`",
                    label = "missing `impl exports::fixture::keywords::self_::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::keywords::self_::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn type_(in_: u32, match_: Guest_) -> Enum;
                    fn loop_();
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__keywords__self__cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "fixture:keywords/self#type")] unsafe
                        extern "C" fn export_type(arg0 : i32, arg1 : i32, arg2 : i32,
                        arg3 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_type_cabi:: < $ty > (arg0, arg1, arg2, arg3) } }
                        #[unsafe (export_name = "fixture:keywords/self#loop")] unsafe
                        extern "C" fn export_loop() { unsafe { $($path_to_types)*
                        ::_export_loop_cabi:: < $ty > () } } }; #[cfg(not(target_arch =
                        "wasm32"))] const _ : () = { fn exported < T : $($path_to_types)*
                        ::Guest > () {} let _ = exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__keywords__self__cabi;
            }
        }
    }
}
