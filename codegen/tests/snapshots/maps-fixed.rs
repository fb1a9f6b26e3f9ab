static RET_AREA_TALLY: ::wit_guest::rt::StaticRetArea<8> = ::wit_guest::rt::StaticRetArea::new();
static RET_SLOT_TALLY: ::wit_guest::rt::ReturnSlot<
    ::wit_guest::rt::Map<::wit_guest::rt::String, u32>,
> = ::wit_guest::rt::ReturnSlot::new();
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _export_tally_cabi<T_: Guest>(arg0: i32, arg1: i32) -> i32 {
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        ::wit_guest::rt::run_ctors_once();
        let p0_ = ::wit_guest::rt::list_lift_with(
            arg0,
            arg1,
            8,
            4,
            |at1_: *mut u8| ::wit_guest::rt::string_lift(
                *at1_.cast::<i32>(),
                *at1_.add(4).cast::<i32>(),
            ),
        );
        let result_ = &*RET_SLOT_TALLY.put(<T_ as Guest>::tally(p0_));
        let ret_ = RET_AREA_TALLY.as_mut_ptr();
        let mut cleanup_ = ::wit_guest::rt::Untracked;
        #[allow(unused_imports)]
        use ::wit_guest::rt::MapEntries as _;
        let (len3_, entries9_) = result_.wit_map_entries();
        let base4_ = cleanup_.alloc(len3_ * 12, 4);
        for (i8_, (k6_, v7_)) in entries9_.enumerate() {
            let at5_ = base4_.add(i8_ * 12);
            *at5_.cast::<i32>() = ::wit_guest::rt::ptr_i32(k6_.as_ptr());
            *at5_.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(k6_.len());
            *at5_.add(8).cast::<i32>() = ::wit_guest::rt::as_i32(v7_);
        }
        let ptr2_ = ::wit_guest::rt::ptr_i32(base4_);
        *ret_.cast::<i32>() = ptr2_;
        *ret_.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(len3_);
        ::wit_guest::rt::ptr_i32(ret_)
    }
}
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn __post_return_tally<T_: Guest>(ret: i32) {
    unsafe {
        let ret_ = ::wit_guest::rt::i32_ptr(ret);
        let base10_ = ::wit_guest::rt::i32_ptr(*ret_.cast::<i32>());
        let len11_ = *ret_.add(4).cast::<i32>() as u32 as usize;
        ::wit_guest::rt::dealloc(base10_, len11_ * 12, 4);
        RET_SLOT_TALLY.clear()
    }
}
/// Implemented by the type passed to `export!`: the world's own exported functions.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is exported as the implementation of world `maps-fixed`, but does not implement `Guest`",
    label = "missing `impl Guest for {Self}`",
    note = "every export of the world is implemented by the one type passed to `export!`; add `impl Guest for {Self} {{ .. }}`"
)]
#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
pub trait Guest {
    fn tally(
        words: ::wit_guest::rt::Vec<::wit_guest::rt::String>,
    ) -> ::wit_guest::rt::Map<::wit_guest::rt::String, u32>;
}
#[doc(hidden)]
macro_rules! __export__maps_fixed_cabi {
    ($ty:ident with_types_in $($path_to_types:tt)*) => {
        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
        "symbols of resource functions are named `r__f`")] const _ : () = { #[unsafe
        (export_name = "tally")] unsafe extern "C" fn export_tally(arg0 : i32, arg1 :
        i32) -> i32 { unsafe { $($path_to_types)* ::_export_tally_cabi:: < $ty > (arg0,
        arg1) } } #[unsafe (export_name = "cabi_post_tally")] unsafe extern "C" fn
        post_return_tally(arg0 : i32) { unsafe { $($path_to_types)*
        ::__post_return_tally:: < $ty > (arg0) } } }; #[cfg(not(target_arch = "wasm32"))]
        const _ : () = { fn exported < T : $($path_to_types)* ::Guest > () {} let _ =
        exported:: < $ty >; };
    };
}
#[doc(hidden)]
#[allow(unused_imports, reason = "used by `export!` only")]
pub(crate) use __export__maps_fixed_cabi;
/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `maps-fixed` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_maps_fixed<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_maps_fixed_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_maps_fixed < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::__export__maps_fixed_cabi!($ty with_types_in $($path_to_types_root)*);
        $($path_to_types_root)*
        ::exports::fixture::maps::shapes::__export_fixture__maps__shapes_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::maps::shapes);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_maps_fixed_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:maps:maps-fixed:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 580usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xE1\x03\x01A\x02\x01A\x08\x01B\x19\x01py\x01cs\0\x04\0\x05index\x03\0\x01\x01g}\x04\x01g\x03\x04\x01cys\x01gu\x02\x01r\x03\x05cells\x04\x06labels\x05\x06corner\x06\x04\0\x04grid\x03\0\x07\x01ps\x01ky\x01cs\n\x01@\x02\x03idx\x02\x04keys\t\0\x0B\x04\0\x06lookup\x01\x0C\x01gv\x10\x01j\x01\x08\x01s\x01@\x02\x01g\x08\x01m\r\0\x0E\x04\0\ttransform\x01\x0F\x01gw\x11\x01gs\x03\x01k\x11\x01o\x02}t\x01g\x13\x05\x01@\x02\x01x\x10\x01y\x12\0\x14\x04\0\x04wide\x01\x15\x03\0\x13fixture:maps/shapes\x05\0\x01ps\x01csy\x01@\x01\x05words\x01\0\x02\x04\0\x05tally\x01\x03\x01B\x19\x01py\x01cs\0\x04\0\x05index\x03\0\x01\x01g}\x04\x01g\x03\x04\x01cys\x01gu\x02\x01r\x03\x05cells\x04\x06labels\x05\x06corner\x06\x04\0\x04grid\x03\0\x07\x01ps\x01ky\x01cs\n\x01@\x02\x03idx\x02\x04keys\t\0\x0B\x04\0\x06lookup\x01\x0C\x01gv\x10\x01j\x01\x08\x01s\x01@\x02\x01g\x08\x01m\r\0\x0E\x04\0\ttransform\x01\x0F\x01gw\x11\x01gs\x03\x01k\x11\x01o\x02}t\x01g\x13\x05\x01@\x02\x01x\x10\x01y\x12\0\x14\x04\0\x04wide\x01\x15\x04\0\x13fixture:maps/shapes\x05\x04\x04\0\x17fixture:maps/maps-fixed\x04\0\x0B\x10\x01\0\nmaps-fixed\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/maps-fixed.wit");
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
    pub mod maps {
        pub mod shapes {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            pub type Index = ::wit_guest::rt::Map<
                ::wit_guest::rt::String,
                ::wit_guest::rt::Vec<u32>,
            >;
            #[derive(Clone)]
            pub struct Grid {
                pub cells: [[u8; 4usize]; 4usize],
                pub labels: ::wit_guest::rt::Map<u32, ::wit_guest::rt::String>,
                pub corner: [f64; 2usize],
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Grid {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Grid")
                        .field("cells", &self.cells)
                        .field("labels", &self.labels)
                        .field("corner", &self.corner)
                        .finish()
                }
            }
            impl Grid {
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Grid {
                            cells: [
                                [
                                    *at.cast::<u8>(),
                                    *at.add(1).cast::<u8>(),
                                    *at.add(2).cast::<u8>(),
                                    *at.add(3).cast::<u8>(),
                                ],
                                [
                                    *at.add(4).cast::<u8>(),
                                    *at.add(5).cast::<u8>(),
                                    *at.add(6).cast::<u8>(),
                                    *at.add(7).cast::<u8>(),
                                ],
                                [
                                    *at.add(8).cast::<u8>(),
                                    *at.add(9).cast::<u8>(),
                                    *at.add(10).cast::<u8>(),
                                    *at.add(11).cast::<u8>(),
                                ],
                                [
                                    *at.add(12).cast::<u8>(),
                                    *at.add(13).cast::<u8>(),
                                    *at.add(14).cast::<u8>(),
                                    *at.add(15).cast::<u8>(),
                                ],
                            ],
                            labels: __wit_guest_rt::map_lift_with::<
                                ::wit_guest::rt::Map<u32, ::wit_guest::rt::String>,
                                _,
                                _,
                            >(
                                *at.add(16).cast::<i32>(),
                                *at.add(20).cast::<i32>(),
                                12,
                                4,
                                |at1_: *mut u8| (
                                    *at1_.cast::<u32>(),
                                    __wit_guest_rt::string_lift(
                                        *at1_.add(4).cast::<i32>(),
                                        *at1_.add(8).cast::<i32>(),
                                    ),
                                ),
                            ),
                            corner: [
                                *at.add(24).cast::<f64>(),
                                *at.add(32).cast::<f64>(),
                            ],
                        }
                    }
                }
            }
            #[inline]
            pub fn lookup(
                idx: &::wit_guest::rt::Map<
                    ::wit_guest::rt::String,
                    ::wit_guest::rt::Vec<u32>,
                >,
                keys: &[::wit_guest::rt::String],
            ) -> ::wit_guest::rt::Map<
                ::wit_guest::rt::String,
                ::core::option::Option<u32>,
            > {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    #[allow(unused_imports)]
                    use __wit_guest_rt::MapEntries as _;
                    let (len2_, entries8_) = idx.wit_map_entries();
                    let base3_ = cleanup_.alloc(len2_ * 16, 4);
                    for (i7_, (k5_, v6_)) in entries8_.enumerate() {
                        let at4_ = base3_.add(i7_ * 16);
                        *at4_.cast::<i32>() = __wit_guest_rt::ptr_i32(k5_.as_ptr());
                        *at4_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(k5_.len());
                        *at4_.add(8).cast::<i32>() = __wit_guest_rt::ptr_i32(
                            v6_.as_ptr(),
                        );
                        *at4_.add(12).cast::<i32>() = __wit_guest_rt::len_i32(v6_.len());
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let len10_ = keys.len();
                    let base11_ = cleanup_.alloc(len10_ * 8, 4);
                    for (i14_, e13_) in keys.iter().enumerate() {
                        let at12_ = base11_.add(i14_ * 8);
                        *at12_.cast::<i32>() = __wit_guest_rt::ptr_i32(e13_.as_ptr());
                        *at12_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                            e13_.len(),
                        );
                    }
                    let ptr9_ = __wit_guest_rt::ptr_i32(base11_);
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<8>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_lookup(
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        ptr9_,
                        __wit_guest_rt::len_i32(len10_),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    __wit_guest_rt::map_lift_with::<
                        ::wit_guest::rt::Map<
                            ::wit_guest::rt::String,
                            ::core::option::Option<u32>,
                        >,
                        _,
                        _,
                    >(
                        *ret_.cast::<i32>(),
                        *ret_.add(4).cast::<i32>(),
                        16,
                        4,
                        |at15_: *mut u8| (
                            __wit_guest_rt::string_lift(
                                *at15_.cast::<i32>(),
                                *at15_.add(4).cast::<i32>(),
                            ),
                            match *at15_.add(8).cast::<u8>() {
                                0 => ::core::option::Option::None,
                                1 => {
                                    ::core::option::Option::Some(*at15_.add(12).cast::<u32>())
                                }
                                _ => __wit_guest_rt::invalid_discriminant(),
                            },
                        ),
                    )
                }
            }
            #[inline]
            pub fn transform(
                g: &Grid,
                m: [f32; 16usize],
            ) -> ::core::result::Result<Grid, ::wit_guest::rt::String> {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let mut params_buf2_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<104>,
                    >::uninit();
                    let params1_ = params_buf2_.as_mut_ptr().cast::<u8>();
                    for (i4_, e3_) in g.cells.iter().enumerate() {
                        let at5_ = params1_.add(i4_ * 4);
                        for (i7_, e6_) in e3_.iter().enumerate() {
                            let at8_ = at5_.add(i7_);
                            *at8_.cast::<u8>() = __wit_guest_rt::as_i32(e6_) as u8;
                        }
                    }
                    #[allow(unused_imports)]
                    use __wit_guest_rt::MapEntries as _;
                    let (len10_, entries16_) = g.labels.wit_map_entries();
                    let base11_ = cleanup_.alloc(len10_ * 12, 4);
                    for (i15_, (k13_, v14_)) in entries16_.enumerate() {
                        let at12_ = base11_.add(i15_ * 12);
                        *at12_.cast::<i32>() = __wit_guest_rt::as_i32(k13_);
                        *at12_.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                            v14_.as_ptr(),
                        );
                        *at12_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                            v14_.len(),
                        );
                    }
                    let ptr9_ = __wit_guest_rt::ptr_i32(base11_);
                    *params1_.add(16).cast::<i32>() = ptr9_;
                    *params1_.add(20).cast::<i32>() = __wit_guest_rt::len_i32(len10_);
                    for (i18_, e17_) in g.corner.iter().enumerate() {
                        let at19_ = params1_.add(24).add(i18_ * 8);
                        *at19_.cast::<u64>() = (e17_).to_bits();
                    }
                    for (i21_, e20_) in m.iter().enumerate() {
                        let at22_ = params1_.add(40).add(i21_ * 4);
                        *at22_.cast::<u32>() = (e20_).to_bits();
                    }
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<48>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_transform(
                        __wit_guest_rt::ptr_i32(params1_),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    match *ret_.cast::<u8>() {
                        0 => {
                            ::core::result::Result::Ok(
                                Grid::__wit_guest_load(ret_.add(8)),
                            )
                        }
                        1 => {
                            ::core::result::Result::Err(
                                __wit_guest_rt::string_lift(
                                    *ret_.add(8).cast::<i32>(),
                                    *ret_.add(12).cast::<i32>(),
                                ),
                            )
                        }
                        _ => __wit_guest_rt::invalid_discriminant(),
                    }
                }
            }
            #[inline]
            pub fn wide(
                x: [u64; 17usize],
                y: ::core::option::Option<[::wit_guest::rt::String; 3usize]>,
            ) -> [(u8, char); 5usize] {
                unsafe {
                    let mut params_buf2_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<168>,
                    >::uninit();
                    let params1_ = params_buf2_.as_mut_ptr().cast::<u8>();
                    for (i4_, e3_) in x.iter().enumerate() {
                        let at5_ = params1_.add(i4_ * 8);
                        *at5_.cast::<i64>() = __wit_guest_rt::as_i64(e3_);
                    }
                    match &y {
                        ::core::option::Option::None => {
                            *params1_.add(136).cast::<u8>() = 0;
                        }
                        ::core::option::Option::Some(e6_) => {
                            *params1_.add(136).cast::<u8>() = 1;
                            for (i8_, e7_) in e6_.iter().enumerate() {
                                let at9_ = params1_.add(140).add(i8_ * 8);
                                *at9_.cast::<i32>() = __wit_guest_rt::ptr_i32(e7_.as_ptr());
                                *at9_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e7_.len(),
                                );
                            }
                        }
                    }
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<40>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_wide(
                        __wit_guest_rt::ptr_i32(params1_),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    ::core::array::from_fn(|i10_| {
                        let at11_ = ret_.add(i10_ * 8);
                        (
                            *at11_.cast::<u8>(),
                            __wit_guest_rt::char_lift(*at11_.add(4).cast::<i32>()),
                        )
                    })
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:maps/shapes")]
            unsafe extern "C" {
                #[link_name = "lookup"]
                fn __import_lookup(_: i32, _: i32, _: i32, _: i32, _: i32);
                #[link_name = "transform"]
                fn __import_transform(_: i32, _: i32);
                #[link_name = "wide"]
                fn __import_wide(_: i32, _: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{__import_lookup, __import_transform, __import_wide};
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_lookup(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_transform(_: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_wide(_: i32, _: i32) {
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
        pub mod maps {
            pub mod shapes {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type Index = ::wit_guest::rt::Map<
                    ::wit_guest::rt::String,
                    ::wit_guest::rt::Vec<u32>,
                >;
                #[derive(Clone)]
                pub struct Grid {
                    pub cells: [[u8; 4usize]; 4usize],
                    pub labels: ::wit_guest::rt::Map<u32, ::wit_guest::rt::String>,
                    pub corner: [f64; 2usize],
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Grid {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("Grid")
                            .field("cells", &self.cells)
                            .field("labels", &self.labels)
                            .field("corner", &self.corner)
                            .finish()
                    }
                }
                impl Grid {
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                        unsafe {
                            Grid {
                                cells: [
                                    [
                                        *at.cast::<u8>(),
                                        *at.add(1).cast::<u8>(),
                                        *at.add(2).cast::<u8>(),
                                        *at.add(3).cast::<u8>(),
                                    ],
                                    [
                                        *at.add(4).cast::<u8>(),
                                        *at.add(5).cast::<u8>(),
                                        *at.add(6).cast::<u8>(),
                                        *at.add(7).cast::<u8>(),
                                    ],
                                    [
                                        *at.add(8).cast::<u8>(),
                                        *at.add(9).cast::<u8>(),
                                        *at.add(10).cast::<u8>(),
                                        *at.add(11).cast::<u8>(),
                                    ],
                                    [
                                        *at.add(12).cast::<u8>(),
                                        *at.add(13).cast::<u8>(),
                                        *at.add(14).cast::<u8>(),
                                        *at.add(15).cast::<u8>(),
                                    ],
                                ],
                                labels: __wit_guest_rt::map_lift_with::<
                                    ::wit_guest::rt::Map<u32, ::wit_guest::rt::String>,
                                    _,
                                    _,
                                >(
                                    *at.add(16).cast::<i32>(),
                                    *at.add(20).cast::<i32>(),
                                    12,
                                    4,
                                    |at1_: *mut u8| (
                                        *at1_.cast::<u32>(),
                                        __wit_guest_rt::string_lift(
                                            *at1_.add(4).cast::<i32>(),
                                            *at1_.add(8).cast::<i32>(),
                                        ),
                                    ),
                                ),
                                corner: [
                                    *at.add(24).cast::<f64>(),
                                    *at.add(32).cast::<f64>(),
                                ],
                            }
                        }
                    }
                }
                static RET_SLOT_LOOKUP: __wit_guest_rt::ReturnSlot<
                    ::wit_guest::rt::Map<
                        ::wit_guest::rt::String,
                        ::core::option::Option<u32>,
                    >,
                > = __wit_guest_rt::ReturnSlot::new();
                #[doc(hidden)]
                pub unsafe fn _export_lookup_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::map_lift_with::<
                            Index,
                            _,
                            _,
                        >(
                            arg0,
                            arg1,
                            16,
                            4,
                            |at1_: *mut u8| (
                                __wit_guest_rt::string_lift(
                                    *at1_.cast::<i32>(),
                                    *at1_.add(4).cast::<i32>(),
                                ),
                                __wit_guest_rt::list_lift::<
                                    u32,
                                >(*at1_.add(8).cast::<i32>(), *at1_.add(12).cast::<i32>()),
                            ),
                        );
                        let p1_ = __wit_guest_rt::list_lift_with(
                            arg2,
                            arg3,
                            8,
                            4,
                            |at2_: *mut u8| __wit_guest_rt::string_lift(
                                *at2_.cast::<i32>(),
                                *at2_.add(4).cast::<i32>(),
                            ),
                        );
                        let result_ = &*RET_SLOT_LOOKUP
                            .put(<T_ as Guest>::lookup(p0_, p1_));
                        let ret_ = RET_AREA.as_mut_ptr();
                        let mut cleanup_ = __wit_guest_rt::Untracked;
                        #[allow(unused_imports)]
                        use __wit_guest_rt::MapEntries as _;
                        let (len4_, entries11_) = result_.wit_map_entries();
                        let base5_ = cleanup_.alloc(len4_ * 16, 4);
                        for (i9_, (k7_, v8_)) in entries11_.enumerate() {
                            let at6_ = base5_.add(i9_ * 16);
                            *at6_.cast::<i32>() = __wit_guest_rt::ptr_i32(k7_.as_ptr());
                            *at6_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                k7_.len(),
                            );
                            match &v8_ {
                                ::core::option::Option::None => {
                                    *at6_.add(8).cast::<u8>() = 0;
                                }
                                ::core::option::Option::Some(e10_) => {
                                    *at6_.add(8).cast::<u8>() = 1;
                                    *at6_.add(12).cast::<i32>() = __wit_guest_rt::as_i32(e10_);
                                }
                            }
                        }
                        let ptr3_ = __wit_guest_rt::ptr_i32(base5_);
                        *ret_.cast::<i32>() = ptr3_;
                        *ret_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(len4_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_lookup<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base12_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len13_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base12_, len13_ * 16, 4);
                        RET_SLOT_LOOKUP.clear()
                    }
                }
                static RET_SLOT_TRANSFORM: __wit_guest_rt::ReturnSlot<
                    ::core::result::Result<Grid, ::wit_guest::rt::String>,
                > = __wit_guest_rt::ReturnSlot::new();
                #[doc(hidden)]
                pub unsafe fn _export_transform_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let params_ = __wit_guest_rt::i32_ptr(arg0);
                        let p0_ = Grid::__wit_guest_load(params_);
                        let p1_ = ::core::array::from_fn(|i1_| {
                            let at2_ = params_.add(40).add(i1_ * 4);
                            *at2_.cast::<f32>()
                        });
                        __wit_guest_rt::free_params(params_, 104, 8);
                        let result_ = &*RET_SLOT_TRANSFORM
                            .put(<T_ as Guest>::transform(p0_, p1_));
                        let ret_ = RET_AREA.as_mut_ptr();
                        let mut cleanup_ = __wit_guest_rt::Untracked;
                        match &result_ {
                            ::core::result::Result::Ok(e3_) => {
                                *ret_.cast::<u8>() = 0;
                                for (i5_, e4_) in e3_.cells.iter().enumerate() {
                                    let at6_ = ret_.add(8).add(i5_ * 4);
                                    for (i8_, e7_) in e4_.iter().enumerate() {
                                        let at9_ = at6_.add(i8_);
                                        *at9_.cast::<u8>() = __wit_guest_rt::as_i32(e7_) as u8;
                                    }
                                }
                                #[allow(unused_imports)]
                                use __wit_guest_rt::MapEntries as _;
                                let (len11_, entries17_) = e3_.labels.wit_map_entries();
                                let base12_ = cleanup_.alloc(len11_ * 12, 4);
                                for (i16_, (k14_, v15_)) in entries17_.enumerate() {
                                    let at13_ = base12_.add(i16_ * 12);
                                    *at13_.cast::<i32>() = __wit_guest_rt::as_i32(k14_);
                                    *at13_.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                        v15_.as_ptr(),
                                    );
                                    *at13_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                                        v15_.len(),
                                    );
                                }
                                let ptr10_ = __wit_guest_rt::ptr_i32(base12_);
                                *ret_.add(24).cast::<i32>() = ptr10_;
                                *ret_.add(28).cast::<i32>() = __wit_guest_rt::len_i32(
                                    len11_,
                                );
                                for (i19_, e18_) in e3_.corner.iter().enumerate() {
                                    let at20_ = ret_.add(32).add(i19_ * 8);
                                    *at20_.cast::<u64>() = (e18_).to_bits();
                                }
                            }
                            ::core::result::Result::Err(e21_) => {
                                *ret_.cast::<u8>() = 1;
                                *ret_.add(8).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                    e21_.as_ptr(),
                                );
                                *ret_.add(12).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e21_.len(),
                                );
                            }
                        }
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_transform<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        if *ret_.cast::<u8>() == 0 {
                            let base22_ = __wit_guest_rt::i32_ptr(
                                *ret_.add(24).cast::<i32>(),
                            );
                            let len23_ = *ret_.add(28).cast::<i32>() as u32 as usize;
                            __wit_guest_rt::dealloc(base22_, len23_ * 12, 4);
                        }
                        RET_SLOT_TRANSFORM.clear()
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_wide_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let params_ = __wit_guest_rt::i32_ptr(arg0);
                        let p0_ = ::core::array::from_fn(|i1_| {
                            let at2_ = params_.add(i1_ * 8);
                            *at2_.cast::<u64>()
                        });
                        let p1_ = match *params_.add(136).cast::<u8>() {
                            0 => ::core::option::Option::None,
                            1 => {
                                ::core::option::Option::Some([
                                    __wit_guest_rt::string_lift(
                                        *params_.add(140).cast::<i32>(),
                                        *params_.add(144).cast::<i32>(),
                                    ),
                                    __wit_guest_rt::string_lift(
                                        *params_.add(148).cast::<i32>(),
                                        *params_.add(152).cast::<i32>(),
                                    ),
                                    __wit_guest_rt::string_lift(
                                        *params_.add(156).cast::<i32>(),
                                        *params_.add(160).cast::<i32>(),
                                    ),
                                ])
                            }
                            _ => __wit_guest_rt::invalid_discriminant(),
                        };
                        __wit_guest_rt::free_params(params_, 168, 8);
                        let result_ = <T_ as Guest>::wide(p0_, p1_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        for (i4_, e3_) in result_.iter().enumerate() {
                            let at5_ = ret_.add(i4_ * 8);
                            *at5_.cast::<u8>() = __wit_guest_rt::as_i32(e3_.0) as u8;
                            *at5_.add(4).cast::<i32>() = __wit_guest_rt::as_i32(e3_.1);
                        }
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<48> = __wit_guest_rt::StaticRetArea::new();
                /// Implemented by the type passed to `export!`: the functions of `fixture:maps/shapes`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:maps/shapes`, but does not implement `exports::fixture::maps::shapes::Guest`",
                    label = "missing `impl exports::fixture::maps::shapes::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::maps::shapes::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn lookup(
                        idx: Index,
                        keys: ::wit_guest::rt::Vec<::wit_guest::rt::String>,
                    ) -> ::wit_guest::rt::Map<
                        ::wit_guest::rt::String,
                        ::core::option::Option<u32>,
                    >;
                    fn transform(
                        g: Grid,
                        m: [f32; 16usize],
                    ) -> ::core::result::Result<Grid, ::wit_guest::rt::String>;
                    fn wide(
                        x: [u64; 17usize],
                        y: ::core::option::Option<[::wit_guest::rt::String; 3usize]>,
                    ) -> [(u8, char); 5usize];
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__maps__shapes_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "fixture:maps/shapes#lookup")] unsafe
                        extern "C" fn export_lookup(arg0 : i32, arg1 : i32, arg2 : i32,
                        arg3 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_lookup_cabi:: < $ty > (arg0, arg1, arg2, arg3) } }
                        #[unsafe (export_name = "cabi_post_fixture:maps/shapes#lookup")]
                        unsafe extern "C" fn post_return_lookup(arg0 : i32) { unsafe {
                        $($path_to_types)* ::__post_return_lookup:: < $ty > (arg0) } }
                        #[unsafe (export_name = "fixture:maps/shapes#transform")] unsafe
                        extern "C" fn export_transform(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_transform_cabi:: < $ty > (arg0) } }
                        #[unsafe (export_name =
                        "cabi_post_fixture:maps/shapes#transform")] unsafe extern "C" fn
                        post_return_transform(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_transform:: < $ty > (arg0) } } #[unsafe
                        (export_name = "fixture:maps/shapes#wide")] unsafe extern "C" fn
                        export_wide(arg0 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_wide_cabi:: < $ty > (arg0) } } }; #[cfg(not(target_arch
                        = "wasm32"))] const _ : () = { fn exported < T :
                        $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__maps__shapes_cabi;
            }
        }
    }
}
