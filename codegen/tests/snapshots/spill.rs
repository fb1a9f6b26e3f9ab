/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `spill-world` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_spill_world<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_spill_world_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_spill_world < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::exports::fixture::spill::wide::__export_fixture__spill__wide_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::spill::wide);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_spill_world_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:spill:spill-world:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 488usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\x84\x03\x01A\x02\x01A\x04\x01B\x07\x01r\x05\x01aw\x01bw\x01cw\x01dw\x01es\x04\0\x03big\x03\0\0\x01@\x11\x02a1y\x02a2y\x02a3y\x02a4y\x02a5y\x02a6y\x02a7y\x02a8y\x02a9y\x03a10y\x03a11y\x03a12y\x03a13y\x03a14y\x03a15y\x03a16y\x03a17y\0y\x04\0\tseventeen\x01\x02\x01o\x02\x01\x01\x01@\x02\x01x\x01\x01y\x01\0\x03\x04\0\x07records\x01\x04\x03\0\x12fixture:spill/wide\x05\0\x01B\x07\x01r\x05\x01aw\x01bw\x01cw\x01dw\x01es\x04\0\x03big\x03\0\0\x01@\x11\x02a1y\x02a2y\x02a3y\x02a4y\x02a5y\x02a6y\x02a7y\x02a8y\x02a9y\x03a10y\x03a11y\x03a12y\x03a13y\x03a14y\x03a15y\x03a16y\x03a17y\0y\x04\0\tseventeen\x01\x02\x01o\x02\x01\x01\x01@\x02\x01x\x01\x01y\x01\0\x03\x04\0\x07records\x01\x04\x04\0\x12fixture:spill/wide\x05\x01\x04\0\x19fixture:spill/spill-world\x04\0\x0B\x11\x01\0\x0Bspill-world\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/spill.wit");
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
    pub mod spill {
        pub mod wide {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[derive(Clone)]
            pub struct Big {
                pub a: u64,
                pub b: u64,
                pub c: u64,
                pub d: u64,
                pub e: ::wit_guest::rt::String,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Big {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Big")
                        .field("a", &self.a)
                        .field("b", &self.b)
                        .field("c", &self.c)
                        .field("d", &self.d)
                        .field("e", &self.e)
                        .finish()
                }
            }
            impl Big {
                #[doc(hidden)]
                #[inline]
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (i64, i64, i64, i64, i32, i32) {
                    unsafe {
                        (
                            __wit_guest_rt::as_i64(self.a),
                            __wit_guest_rt::as_i64(self.b),
                            __wit_guest_rt::as_i64(self.c),
                            __wit_guest_rt::as_i64(self.d),
                            __wit_guest_rt::ptr_i32(self.e.as_ptr()),
                            __wit_guest_rt::len_i32(self.e.len()),
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
                    flat0: i64,
                    flat1: i64,
                    flat2: i64,
                    flat3: i64,
                    flat4: i32,
                    flat5: i32,
                ) -> Self {
                    unsafe {
                        Big {
                            a: flat0 as u64,
                            b: flat1 as u64,
                            c: flat2 as u64,
                            d: flat3 as u64,
                            e: __wit_guest_rt::string_lift(flat4, flat5),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Big {
                            a: *at.cast::<u64>(),
                            b: *at.add(8).cast::<u64>(),
                            c: *at.add(16).cast::<u64>(),
                            d: *at.add(24).cast::<u64>(),
                            e: __wit_guest_rt::string_lift(
                                *at.add(32).cast::<i32>(),
                                *at.add(36).cast::<i32>(),
                            ),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                    unsafe {
                        *at.cast::<i64>() = __wit_guest_rt::as_i64(self.a);
                        *at.add(8).cast::<i64>() = __wit_guest_rt::as_i64(self.b);
                        *at.add(16).cast::<i64>() = __wit_guest_rt::as_i64(self.c);
                        *at.add(24).cast::<i64>() = __wit_guest_rt::as_i64(self.d);
                        *at.add(32).cast::<i32>() = __wit_guest_rt::ptr_i32(
                            self.e.as_ptr(),
                        );
                        *at.add(36).cast::<i32>() = __wit_guest_rt::len_i32(
                            self.e.len(),
                        );
                    }
                }
            }
            #[allow(
                clippy::too_many_arguments,
                reason = "the WIT function has this many parameters"
            )]
            #[inline]
            pub fn seventeen(
                a1: u32,
                a2: u32,
                a3: u32,
                a4: u32,
                a5: u32,
                a6: u32,
                a7: u32,
                a8: u32,
                a9: u32,
                a10: u32,
                a11: u32,
                a12: u32,
                a13: u32,
                a14: u32,
                a15: u32,
                a16: u32,
                a17: u32,
            ) -> u32 {
                unsafe {
                    let mut params_buf2_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<68>,
                    >::uninit();
                    let params1_ = params_buf2_.as_mut_ptr().cast::<u8>();
                    *params1_.cast::<i32>() = __wit_guest_rt::as_i32(a1);
                    *params1_.add(4).cast::<i32>() = __wit_guest_rt::as_i32(a2);
                    *params1_.add(8).cast::<i32>() = __wit_guest_rt::as_i32(a3);
                    *params1_.add(12).cast::<i32>() = __wit_guest_rt::as_i32(a4);
                    *params1_.add(16).cast::<i32>() = __wit_guest_rt::as_i32(a5);
                    *params1_.add(20).cast::<i32>() = __wit_guest_rt::as_i32(a6);
                    *params1_.add(24).cast::<i32>() = __wit_guest_rt::as_i32(a7);
                    *params1_.add(28).cast::<i32>() = __wit_guest_rt::as_i32(a8);
                    *params1_.add(32).cast::<i32>() = __wit_guest_rt::as_i32(a9);
                    *params1_.add(36).cast::<i32>() = __wit_guest_rt::as_i32(a10);
                    *params1_.add(40).cast::<i32>() = __wit_guest_rt::as_i32(a11);
                    *params1_.add(44).cast::<i32>() = __wit_guest_rt::as_i32(a12);
                    *params1_.add(48).cast::<i32>() = __wit_guest_rt::as_i32(a13);
                    *params1_.add(52).cast::<i32>() = __wit_guest_rt::as_i32(a14);
                    *params1_.add(56).cast::<i32>() = __wit_guest_rt::as_i32(a15);
                    *params1_.add(60).cast::<i32>() = __wit_guest_rt::as_i32(a16);
                    *params1_.add(64).cast::<i32>() = __wit_guest_rt::as_i32(a17);
                    let r_ = __import_seventeen(__wit_guest_rt::ptr_i32(params1_));
                    r_ as u32
                }
            }
            #[inline]
            pub fn records(x: &Big, y: &Big) -> (Big, Big) {
                unsafe {
                    let (f1_, f2_, f3_, f4_, f5_, f6_) = (x).__wit_guest_flat();
                    let (f7_, f8_, f9_, f10_, f11_, f12_) = (y).__wit_guest_flat();
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<80>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_records(
                        f1_,
                        f2_,
                        f3_,
                        f4_,
                        f5_,
                        f6_,
                        f7_,
                        f8_,
                        f9_,
                        f10_,
                        f11_,
                        f12_,
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    (Big::__wit_guest_load(ret_), Big::__wit_guest_load(ret_.add(40)))
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:spill/wide")]
            unsafe extern "C" {
                #[link_name = "seventeen"]
                fn __import_seventeen(_: i32) -> i32;
                #[link_name = "records"]
                fn __import_records(
                    _: i64,
                    _: i64,
                    _: i64,
                    _: i64,
                    _: i32,
                    _: i32,
                    _: i64,
                    _: i64,
                    _: i64,
                    _: i64,
                    _: i32,
                    _: i32,
                    _: i32,
                );
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{__import_seventeen, __import_records};
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_seventeen(_: i32) -> i32 {
                    on_host()
                }
                #[allow(
                    clippy::too_many_arguments,
                    reason = "the WIT function has this many parameters"
                )]
                pub(super) unsafe fn __import_records(
                    _: i64,
                    _: i64,
                    _: i64,
                    _: i64,
                    _: i32,
                    _: i32,
                    _: i64,
                    _: i64,
                    _: i64,
                    _: i64,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
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
        pub mod spill {
            pub mod wide {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                #[derive(Clone)]
                pub struct Big {
                    pub a: u64,
                    pub b: u64,
                    pub c: u64,
                    pub d: u64,
                    pub e: ::wit_guest::rt::String,
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Big {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("Big")
                            .field("a", &self.a)
                            .field("b", &self.b)
                            .field("c", &self.c)
                            .field("d", &self.d)
                            .field("e", &self.e)
                            .finish()
                    }
                }
                impl Big {
                    #[doc(hidden)]
                    #[inline]
                    #[allow(
                        clippy::type_complexity,
                        reason = "one element per flat value"
                    )]
                    pub unsafe fn __wit_guest_flat(
                        &self,
                    ) -> (i64, i64, i64, i64, i32, i32) {
                        unsafe {
                            (
                                __wit_guest_rt::as_i64(self.a),
                                __wit_guest_rt::as_i64(self.b),
                                __wit_guest_rt::as_i64(self.c),
                                __wit_guest_rt::as_i64(self.d),
                                __wit_guest_rt::ptr_i32(self.e.as_ptr()),
                                __wit_guest_rt::len_i32(self.e.len()),
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
                        flat0: i64,
                        flat1: i64,
                        flat2: i64,
                        flat3: i64,
                        flat4: i32,
                        flat5: i32,
                    ) -> Self {
                        unsafe {
                            Big {
                                a: flat0 as u64,
                                b: flat1 as u64,
                                c: flat2 as u64,
                                d: flat3 as u64,
                                e: __wit_guest_rt::string_lift(flat4, flat5),
                            }
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                        unsafe {
                            Big {
                                a: *at.cast::<u64>(),
                                b: *at.add(8).cast::<u64>(),
                                c: *at.add(16).cast::<u64>(),
                                d: *at.add(24).cast::<u64>(),
                                e: __wit_guest_rt::string_lift(
                                    *at.add(32).cast::<i32>(),
                                    *at.add(36).cast::<i32>(),
                                ),
                            }
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                        unsafe {
                            *at.cast::<i64>() = __wit_guest_rt::as_i64(self.a);
                            *at.add(8).cast::<i64>() = __wit_guest_rt::as_i64(self.b);
                            *at.add(16).cast::<i64>() = __wit_guest_rt::as_i64(self.c);
                            *at.add(24).cast::<i64>() = __wit_guest_rt::as_i64(self.d);
                            *at.add(32).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                self.e.as_ptr(),
                            );
                            *at.add(36).cast::<i32>() = __wit_guest_rt::len_i32(
                                self.e.len(),
                            );
                        }
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_seventeen_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let params_ = __wit_guest_rt::i32_ptr(arg0);
                        let p0_ = *params_.cast::<u32>();
                        let p1_ = *params_.add(4).cast::<u32>();
                        let p2_ = *params_.add(8).cast::<u32>();
                        let p3_ = *params_.add(12).cast::<u32>();
                        let p4_ = *params_.add(16).cast::<u32>();
                        let p5_ = *params_.add(20).cast::<u32>();
                        let p6_ = *params_.add(24).cast::<u32>();
                        let p7_ = *params_.add(28).cast::<u32>();
                        let p8_ = *params_.add(32).cast::<u32>();
                        let p9_ = *params_.add(36).cast::<u32>();
                        let p10_ = *params_.add(40).cast::<u32>();
                        let p11_ = *params_.add(44).cast::<u32>();
                        let p12_ = *params_.add(48).cast::<u32>();
                        let p13_ = *params_.add(52).cast::<u32>();
                        let p14_ = *params_.add(56).cast::<u32>();
                        let p15_ = *params_.add(60).cast::<u32>();
                        let p16_ = *params_.add(64).cast::<u32>();
                        __wit_guest_rt::free_params(params_, 68, 4);
                        let result_ = <T_ as Guest>::seventeen(
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
                            p12_,
                            p13_,
                            p14_,
                            p15_,
                            p16_,
                        );
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[allow(
                    clippy::too_many_arguments,
                    reason = "the WIT function has this many parameters"
                )]
                #[doc(hidden)]
                pub unsafe fn _export_records_cabi<T_: Guest>(
                    arg0: i64,
                    arg1: i64,
                    arg2: i64,
                    arg3: i64,
                    arg4: i32,
                    arg5: i32,
                    arg6: i64,
                    arg7: i64,
                    arg8: i64,
                    arg9: i64,
                    arg10: i32,
                    arg11: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = Big::__wit_guest_lift_flat(
                            arg0,
                            arg1,
                            arg2,
                            arg3,
                            arg4,
                            arg5,
                        );
                        let p1_ = Big::__wit_guest_lift_flat(
                            arg6,
                            arg7,
                            arg8,
                            arg9,
                            arg10,
                            arg11,
                        );
                        #[allow(unused_imports)]
                        use __wit_guest_rt::{Buffer as _, ByMut as _};
                        let mut result_ = <T_ as Guest>::records(p0_, p1_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        *ret_.cast::<i64>() = __wit_guest_rt::as_i64(result_.0.a);
                        *ret_.add(8).cast::<i64>() = __wit_guest_rt::as_i64(result_.0.b);
                        *ret_.add(16).cast::<i64>() = __wit_guest_rt::as_i64(
                            result_.0.c,
                        );
                        *ret_.add(24).cast::<i64>() = __wit_guest_rt::as_i64(
                            result_.0.d,
                        );
                        result_.0.e.give_in_place(ret_.add(32));
                        *ret_.add(40).cast::<i64>() = __wit_guest_rt::as_i64(
                            result_.1.a,
                        );
                        *ret_.add(48).cast::<i64>() = __wit_guest_rt::as_i64(
                            result_.1.b,
                        );
                        *ret_.add(56).cast::<i64>() = __wit_guest_rt::as_i64(
                            result_.1.c,
                        );
                        *ret_.add(64).cast::<i64>() = __wit_guest_rt::as_i64(
                            result_.1.d,
                        );
                        result_.1.e.give_in_place(ret_.add(72));
                        ::core::mem::forget(result_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_records<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(
                            *ret_.add(32).cast::<i32>(),
                        );
                        let len2_ = *ret_.add(36).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_, 1);
                        let base5_ = __wit_guest_rt::i32_ptr(
                            *ret_.add(72).cast::<i32>(),
                        );
                        let len6_ = *ret_.add(76).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base5_, len6_, 1);
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<80> = __wit_guest_rt::StaticRetArea::new();
                /// Implemented by the type passed to `export!`: the functions of `fixture:spill/wide`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:spill/wide`, but does not implement `exports::fixture::spill::wide::Guest`",
                    label = "missing `impl exports::fixture::spill::wide::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::spill::wide::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    #[allow(
                        clippy::too_many_arguments,
                        reason = "the WIT function has this many parameters"
                    )]
                    fn seventeen(
                        a1: u32,
                        a2: u32,
                        a3: u32,
                        a4: u32,
                        a5: u32,
                        a6: u32,
                        a7: u32,
                        a8: u32,
                        a9: u32,
                        a10: u32,
                        a11: u32,
                        a12: u32,
                        a13: u32,
                        a14: u32,
                        a15: u32,
                        a16: u32,
                        a17: u32,
                    ) -> u32;
                    fn records(x: Big, y: Big) -> (Big, Big);
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__spill__wide_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "fixture:spill/wide#seventeen")] unsafe
                        extern "C" fn export_seventeen(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_seventeen_cabi:: < $ty > (arg0) } }
                        #[allow(clippy::too_many_arguments, reason =
                        "the WIT function has this many parameters")] #[unsafe
                        (export_name = "fixture:spill/wide#records")] unsafe extern "C"
                        fn export_records(arg0 : i64, arg1 : i64, arg2 : i64, arg3 : i64,
                        arg4 : i32, arg5 : i32, arg6 : i64, arg7 : i64, arg8 : i64, arg9
                        : i64, arg10 : i32, arg11 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_records_cabi:: < $ty > (arg0, arg1,
                        arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11) } }
                        #[unsafe (export_name = "cabi_post_fixture:spill/wide#records")]
                        unsafe extern "C" fn post_return_records(arg0 : i32) { unsafe {
                        $($path_to_types)* ::__post_return_records:: < $ty > (arg0) } }
                        }; #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn
                        exported < T : $($path_to_types)* ::Guest > () {} let _ =
                        exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__spill__wide_cabi;
            }
        }
    }
}
