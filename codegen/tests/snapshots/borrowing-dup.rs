/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `borrowing` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_borrowing<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_borrowing_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_borrowing < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::exports::fixture::borrowing::more::__export_fixture__borrowing__more_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::borrowing::more);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_borrowing_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:borrowing:borrowing:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 857usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xF7\x05\x01A\x02\x01A\x08\x01B,\x04\0\x06handle\x03\x01\x01ps\x01r\x02\x04texts\x04tags\x01\x04\0\x05label\x03\0\x02\x01p\x03\x01ks\x01r\x03\x05inner\x03\x05items\x04\x04note\x05\x04\0\x05outer\x03\0\x06\x01r\x02\x02idy\x04bodys\x04\0\x04both\x03\0\x08\x01p\t\x01q\x03\x04text\x01s\0\x04many\x01\n\0\x04none\0\0\x04\0\x05shape\x03\0\x0B\x01r\x02\x01xy\x01yu\x04\0\x05plain\x03\0\r\x01i\0\x01r\x02\x01h\x0F\x04names\x04\0\x06owning\x03\0\x10\x01h\0\x01r\x02\x01h\x12\x04names\x04\0\x07lending\x03\0\x13\x01@\x01\x04names\0\x0F\x04\0\x13[constructor]handle\x01\x15\x01@\x02\x04self\x12\x02to\x03\x01\0\x04\0\x15[method]handle.rename\x01\x16\x01@\x02\x04self\x12\x06labels\x04\x01\0\x04\0\x16[method]handle.set-all\x01\x17\x01p}\x01o\x02s\x18\x01@\x03\x01o\x07\x01t\x19\x01p\x0E\0y\x04\0\x04send\x01\x1A\x01o\x02\t\x0C\x01@\x03\x01b\t\x02bs\n\x01s\x0C\0\x1B\x04\0\x04swap\x01\x1C\x01@\x01\x01o\x11\0s\x04\0\x04give\x01\x1D\x01p\x14\x01@\x02\x01l\x14\x02ls\x1E\0s\x04\0\x04lend\x01\x1F\x01p\x01\x01k\n\x01j\x01\x03\x01s\x01@\x03\x01x \x01y!\x01z\"\x01\0\x04\0\x06nested\x01#\x03\0\x16fixture:borrowing/docs\x05\0\x02\x03\0\0\x05label\x02\x03\0\0\x04both\x01B\x08\x02\x03\x02\x01\x01\x04\0\x05label\x03\0\0\x02\x03\x02\x01\x02\x04\0\x04both\x03\0\x02\x01p\x01\x04\0\x06labels\x03\0\x04\x01@\x02\x01l\x01\x01b\x03\0\x03\x04\0\x05relay\x01\x06\x03\0\x16fixture:borrowing/more\x05\x03\x01B\x08\x02\x03\x02\x01\x01\x04\0\x05label\x03\0\0\x02\x03\x02\x01\x02\x04\0\x04both\x03\0\x02\x01p\x01\x04\0\x06labels\x03\0\x04\x01@\x02\x01l\x01\x01b\x03\0\x03\x04\0\x05relay\x01\x06\x04\0\x16fixture:borrowing/more\x05\x04\x04\0\x1Bfixture:borrowing/borrowing\x04\0\x0B\x0F\x01\0\tborrowing\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/borrowing-dup.wit");
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
    pub mod borrowing {
        pub mod docs {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[derive(Debug)]
            #[repr(transparent)]
            pub struct Handle {
                handle: ::wit_guest::rt::Resource<Handle>,
            }
            unsafe impl ::wit_guest::rt::WasmResource for Handle {
                #[inline]
                unsafe fn drop(handle: u32) {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = "fixture:borrowing/docs")]
                    unsafe extern "C" {
                        #[link_name = "[resource-drop]handle"]
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
            impl Handle {
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
            #[derive(Clone)]
            pub struct LabelResult {
                pub text: ::wit_guest::rt::String,
                pub tags: ::wit_guest::rt::Vec<::wit_guest::rt::String>,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for LabelResult {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("LabelResult")
                        .field("text", &self.text)
                        .field("tags", &self.tags)
                        .finish()
                }
            }
            #[derive(Clone)]
            pub struct LabelParam<'a> {
                pub text: &'a str,
                pub tags: &'a [&'a str],
            }
            #[automatically_derived]
            impl<'a> ::core::fmt::Debug for LabelParam<'a> {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("LabelParam")
                        .field("text", &self.text)
                        .field("tags", &self.tags)
                        .finish()
                }
            }
            #[derive(Clone)]
            pub struct Outer<'a> {
                pub inner: LabelParam<'a>,
                pub items: &'a [LabelParam<'a>],
                pub note: ::core::option::Option<&'a str>,
            }
            #[automatically_derived]
            impl<'a> ::core::fmt::Debug for Outer<'a> {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Outer")
                        .field("inner", &self.inner)
                        .field("items", &self.items)
                        .field("note", &self.note)
                        .finish()
                }
            }
            #[derive(Clone)]
            pub struct BothResult {
                pub id: u32,
                pub body: ::wit_guest::rt::String,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for BothResult {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("BothResult")
                        .field("id", &self.id)
                        .field("body", &self.body)
                        .finish()
                }
            }
            #[derive(Clone)]
            pub struct BothParam<'a> {
                pub id: u32,
                pub body: &'a str,
            }
            #[automatically_derived]
            impl<'a> ::core::fmt::Debug for BothParam<'a> {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("BothParam")
                        .field("id", &self.id)
                        .field("body", &self.body)
                        .finish()
                }
            }
            #[derive(Clone)]
            pub enum ShapeResult {
                Text(::wit_guest::rt::String),
                Many(::wit_guest::rt::Vec<BothResult>),
                None,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for ShapeResult {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        ShapeResult::Text(e) => {
                            f.debug_tuple("ShapeResult::Text").field(e).finish()
                        }
                        ShapeResult::Many(e) => {
                            f.debug_tuple("ShapeResult::Many").field(e).finish()
                        }
                        ShapeResult::None => f.debug_tuple("ShapeResult::None").finish(),
                    }
                }
            }
            #[derive(Clone)]
            pub enum ShapeParam<'a> {
                Text(&'a str),
                Many(&'a [BothParam<'a>]),
                None,
            }
            #[automatically_derived]
            impl<'a> ::core::fmt::Debug for ShapeParam<'a> {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        ShapeParam::Text(e) => {
                            f.debug_tuple("ShapeParam::Text").field(e).finish()
                        }
                        ShapeParam::Many(e) => {
                            f.debug_tuple("ShapeParam::Many").field(e).finish()
                        }
                        ShapeParam::None => f.debug_tuple("ShapeParam::None").finish(),
                    }
                }
            }
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub struct Plain {
                pub x: u32,
                pub y: f64,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Plain {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Plain")
                        .field("x", &self.x)
                        .field("y", &self.y)
                        .finish()
                }
            }
            impl Plain {
                #[doc(hidden)]
                #[inline]
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (i32, f64) {
                    unsafe {
                        (__wit_guest_rt::as_i32(self.x), __wit_guest_rt::as_f64(self.y))
                    }
                }
                #[doc(hidden)]
                #[inline]
                #[allow(
                    clippy::too_many_arguments,
                    reason = "one argument per flat value"
                )]
                pub unsafe fn __wit_guest_lift_flat(flat0: i32, flat1: f64) -> Self {
                    unsafe { Plain { x: flat0 as u32, y: flat1 } }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Plain {
                            x: *at.cast::<u32>(),
                            y: *at.add(8).cast::<f64>(),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                    unsafe {
                        *at.cast::<i32>() = __wit_guest_rt::as_i32(self.x);
                        *at.add(8).cast::<u64>() = (self.y).to_bits();
                    }
                }
            }
            pub struct Owning {
                pub h: Handle,
                pub name: ::wit_guest::rt::String,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Owning {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Owning")
                        .field("h", &self.h)
                        .field("name", &self.name)
                        .finish()
                }
            }
            pub struct Lending<'a> {
                pub h: &'a Handle,
                pub name: &'a str,
            }
            #[automatically_derived]
            impl<'a> ::core::fmt::Debug for Lending<'a> {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Lending")
                        .field("h", &self.h)
                        .field("name", &self.name)
                        .finish()
                }
            }
            #[inline]
            pub fn send(o: Outer<'_>, t: (&str, &[u8]), p: Plain) -> u32 {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = o.inner.tags.len();
                    let base3_ = cleanup_.alloc(len2_ * 8, 4);
                    for (i6_, e5_) in o.inner.tags.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 8);
                        *at4_.cast::<i32>() = __wit_guest_rt::ptr_i32(e5_.as_ptr());
                        *at4_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(e5_.len());
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let len8_ = o.items.len();
                    let base9_ = cleanup_.alloc(len8_ * 16, 4);
                    for (i12_, e11_) in o.items.iter().enumerate() {
                        let at10_ = base9_.add(i12_ * 16);
                        *at10_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                            e11_.text.as_ptr(),
                        );
                        *at10_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                            e11_.text.len(),
                        );
                        let len14_ = e11_.tags.len();
                        let base15_ = cleanup_.alloc(len14_ * 8, 4);
                        for (i18_, e17_) in e11_.tags.iter().enumerate() {
                            let at16_ = base15_.add(i18_ * 8);
                            *at16_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                                e17_.as_ptr(),
                            );
                            *at16_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                e17_.len(),
                            );
                        }
                        let ptr13_ = __wit_guest_rt::ptr_i32(base15_);
                        *at10_.add(8).cast::<i32>() = ptr13_;
                        *at10_.add(12).cast::<i32>() = __wit_guest_rt::len_i32(len14_);
                    }
                    let ptr7_ = __wit_guest_rt::ptr_i32(base9_);
                    let (f19_, f20_, f21_) = match &o.note {
                        ::core::option::Option::None => (0, 0i32, 0i32),
                        ::core::option::Option::Some(e22_) => {
                            (
                                1,
                                __wit_guest_rt::ptr_i32(e22_.as_ptr()),
                                __wit_guest_rt::len_i32(e22_.len()),
                            )
                        }
                    };
                    let (f23_, f24_) = (p).__wit_guest_flat();
                    let r_ = __import_send(
                        __wit_guest_rt::ptr_i32(o.inner.text.as_ptr()),
                        __wit_guest_rt::len_i32(o.inner.text.len()),
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        ptr7_,
                        __wit_guest_rt::len_i32(len8_),
                        f19_,
                        f20_,
                        f21_,
                        __wit_guest_rt::ptr_i32(t.0.as_ptr()),
                        __wit_guest_rt::len_i32(t.0.len()),
                        __wit_guest_rt::ptr_i32(t.1.as_ptr()),
                        __wit_guest_rt::len_i32(t.1.len()),
                        f23_,
                        f24_,
                    );
                    r_ as u32
                }
            }
            #[inline]
            pub fn swap(
                b: BothParam<'_>,
                bs: &[BothParam<'_>],
                s: ShapeParam<'_>,
            ) -> (BothResult, ShapeResult) {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = bs.len();
                    let base3_ = cleanup_.alloc(len2_ * 12, 4);
                    for (i6_, e5_) in bs.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 12);
                        *at4_.cast::<i32>() = __wit_guest_rt::as_i32(e5_.id);
                        *at4_.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                            e5_.body.as_ptr(),
                        );
                        *at4_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                            e5_.body.len(),
                        );
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let (f7_, f8_, f9_) = match &s {
                        ShapeParam::Text(e10_) => {
                            (
                                0,
                                __wit_guest_rt::ptr_i32(e10_.as_ptr()),
                                __wit_guest_rt::len_i32(e10_.len()),
                            )
                        }
                        ShapeParam::Many(e11_) => {
                            let len13_ = e11_.len();
                            let base14_ = cleanup_.alloc(len13_ * 12, 4);
                            for (i17_, e16_) in e11_.iter().enumerate() {
                                let at15_ = base14_.add(i17_ * 12);
                                *at15_.cast::<i32>() = __wit_guest_rt::as_i32(e16_.id);
                                *at15_.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                    e16_.body.as_ptr(),
                                );
                                *at15_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e16_.body.len(),
                                );
                            }
                            let ptr12_ = __wit_guest_rt::ptr_i32(base14_);
                            (1, ptr12_, __wit_guest_rt::len_i32(len13_))
                        }
                        ShapeParam::None => (2, 0i32, 0i32),
                    };
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<24>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_swap(
                        __wit_guest_rt::as_i32(b.id),
                        __wit_guest_rt::ptr_i32(b.body.as_ptr()),
                        __wit_guest_rt::len_i32(b.body.len()),
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        f7_,
                        f8_,
                        f9_,
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    (
                        BothResult {
                            id: *ret_.cast::<u32>(),
                            body: __wit_guest_rt::string_lift(
                                *ret_.add(4).cast::<i32>(),
                                *ret_.add(8).cast::<i32>(),
                            ),
                        },
                        match *ret_.add(12).cast::<u8>() {
                            0 => {
                                ShapeResult::Text(
                                    __wit_guest_rt::string_lift(
                                        *ret_.add(16).cast::<i32>(),
                                        *ret_.add(20).cast::<i32>(),
                                    ),
                                )
                            }
                            1 => {
                                ShapeResult::Many(
                                    __wit_guest_rt::list_lift_with(
                                        *ret_.add(16).cast::<i32>(),
                                        *ret_.add(20).cast::<i32>(),
                                        12,
                                        4,
                                        |at18_: *mut u8| BothResult {
                                            id: *at18_.cast::<u32>(),
                                            body: __wit_guest_rt::string_lift(
                                                *at18_.add(4).cast::<i32>(),
                                                *at18_.add(8).cast::<i32>(),
                                            ),
                                        },
                                    ),
                                )
                            }
                            2 => ShapeResult::None,
                            _ => __wit_guest_rt::invalid_discriminant(),
                        },
                    )
                }
            }
            #[inline]
            pub fn give(o: Owning) -> ::wit_guest::rt::String {
                unsafe {
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<8>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_give(
                        o.h.take_handle() as i32,
                        __wit_guest_rt::ptr_i32(o.name.as_ptr()),
                        __wit_guest_rt::len_i32(o.name.len()),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    __wit_guest_rt::string_lift(
                        *ret_.cast::<i32>(),
                        *ret_.add(4).cast::<i32>(),
                    )
                }
            }
            #[inline]
            pub fn lend(l: Lending<'_>, ls: &[Lending<'_>]) -> ::wit_guest::rt::String {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = ls.len();
                    let base3_ = cleanup_.alloc(len2_ * 12, 4);
                    for (i6_, e5_) in ls.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 12);
                        *at4_.cast::<i32>() = e5_.h.handle() as i32;
                        *at4_.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                            e5_.name.as_ptr(),
                        );
                        *at4_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                            e5_.name.len(),
                        );
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<8>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_lend(
                        l.h.handle() as i32,
                        __wit_guest_rt::ptr_i32(l.name.as_ptr()),
                        __wit_guest_rt::len_i32(l.name.len()),
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    __wit_guest_rt::string_lift(
                        *ret_.cast::<i32>(),
                        *ret_.add(4).cast::<i32>(),
                    )
                }
            }
            #[inline]
            pub fn nested(
                x: &[&[&str]],
                y: ::core::option::Option<&[BothParam<'_>]>,
                z: ::core::result::Result<LabelParam<'_>, &str>,
            ) {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = x.len();
                    let base3_ = cleanup_.alloc(len2_ * 8, 4);
                    for (i6_, e5_) in x.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 8);
                        let len8_ = e5_.len();
                        let base9_ = cleanup_.alloc(len8_ * 8, 4);
                        for (i12_, e11_) in e5_.iter().enumerate() {
                            let at10_ = base9_.add(i12_ * 8);
                            *at10_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                                e11_.as_ptr(),
                            );
                            *at10_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                e11_.len(),
                            );
                        }
                        let ptr7_ = __wit_guest_rt::ptr_i32(base9_);
                        *at4_.cast::<i32>() = ptr7_;
                        *at4_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(len8_);
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let (f13_, f14_, f15_) = match &y {
                        ::core::option::Option::None => (0, 0i32, 0i32),
                        ::core::option::Option::Some(e16_) => {
                            let len18_ = e16_.len();
                            let base19_ = cleanup_.alloc(len18_ * 12, 4);
                            for (i22_, e21_) in e16_.iter().enumerate() {
                                let at20_ = base19_.add(i22_ * 12);
                                *at20_.cast::<i32>() = __wit_guest_rt::as_i32(e21_.id);
                                *at20_.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                    e21_.body.as_ptr(),
                                );
                                *at20_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e21_.body.len(),
                                );
                            }
                            let ptr17_ = __wit_guest_rt::ptr_i32(base19_);
                            (1, ptr17_, __wit_guest_rt::len_i32(len18_))
                        }
                    };
                    let (f23_, f24_, f25_, f26_, f27_) = match &z {
                        ::core::result::Result::Ok(e28_) => {
                            let len30_ = e28_.tags.len();
                            let base31_ = cleanup_.alloc(len30_ * 8, 4);
                            for (i34_, e33_) in e28_.tags.iter().enumerate() {
                                let at32_ = base31_.add(i34_ * 8);
                                *at32_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                                    e33_.as_ptr(),
                                );
                                *at32_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e33_.len(),
                                );
                            }
                            let ptr29_ = __wit_guest_rt::ptr_i32(base31_);
                            (
                                0,
                                __wit_guest_rt::ptr_i32(e28_.text.as_ptr()),
                                __wit_guest_rt::len_i32(e28_.text.len()),
                                ptr29_,
                                __wit_guest_rt::len_i32(len30_),
                            )
                        }
                        ::core::result::Result::Err(e35_) => {
                            (
                                1,
                                __wit_guest_rt::ptr_i32(e35_.as_ptr()),
                                __wit_guest_rt::len_i32(e35_.len()),
                                0i32,
                                0i32,
                            )
                        }
                    };
                    __import_nested(
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        f13_,
                        f14_,
                        f15_,
                        f23_,
                        f24_,
                        f25_,
                        f26_,
                        f27_,
                    );
                }
            }
            #[allow(
                clippy::new_without_default,
                clippy::len_without_is_empty,
                clippy::should_implement_trait,
                reason = "methods mirror the WIT resource"
            )]
            impl Handle {
                #[inline]
                pub fn new(name: &str) -> Self {
                    unsafe {
                        let r_ = __import_handle__new(
                            __wit_guest_rt::ptr_i32(name.as_ptr()),
                            __wit_guest_rt::len_i32(name.len()),
                        );
                        Handle::from_handle(r_ as u32)
                    }
                }
                #[inline]
                pub fn rename(&self, to: LabelParam<'_>) -> &Self {
                    unsafe {
                        let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                        let len2_ = to.tags.len();
                        let base3_ = cleanup_.alloc(len2_ * 8, 4);
                        for (i6_, e5_) in to.tags.iter().enumerate() {
                            let at4_ = base3_.add(i6_ * 8);
                            *at4_.cast::<i32>() = __wit_guest_rt::ptr_i32(e5_.as_ptr());
                            *at4_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                e5_.len(),
                            );
                        }
                        let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                        __import_handle__rename(
                            self.handle() as i32,
                            __wit_guest_rt::ptr_i32(to.text.as_ptr()),
                            __wit_guest_rt::len_i32(to.text.len()),
                            ptr1_,
                            __wit_guest_rt::len_i32(len2_),
                        );
                    }
                    self
                }
                #[inline]
                pub fn set_all(&self, labels: &[LabelParam<'_>]) -> &Self {
                    unsafe {
                        let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                        let len2_ = labels.len();
                        let base3_ = cleanup_.alloc(len2_ * 16, 4);
                        for (i6_, e5_) in labels.iter().enumerate() {
                            let at4_ = base3_.add(i6_ * 16);
                            *at4_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                                e5_.text.as_ptr(),
                            );
                            *at4_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                e5_.text.len(),
                            );
                            let len8_ = e5_.tags.len();
                            let base9_ = cleanup_.alloc(len8_ * 8, 4);
                            for (i12_, e11_) in e5_.tags.iter().enumerate() {
                                let at10_ = base9_.add(i12_ * 8);
                                *at10_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                                    e11_.as_ptr(),
                                );
                                *at10_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e11_.len(),
                                );
                            }
                            let ptr7_ = __wit_guest_rt::ptr_i32(base9_);
                            *at4_.add(8).cast::<i32>() = ptr7_;
                            *at4_.add(12).cast::<i32>() = __wit_guest_rt::len_i32(len8_);
                        }
                        let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                        __import_handle__set_all(
                            self.handle() as i32,
                            ptr1_,
                            __wit_guest_rt::len_i32(len2_),
                        );
                    }
                    self
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:borrowing/docs")]
            unsafe extern "C" {
                #[link_name = "[constructor]handle"]
                fn __import_handle__new(_: i32, _: i32) -> i32;
                #[link_name = "[method]handle.rename"]
                fn __import_handle__rename(_: i32, _: i32, _: i32, _: i32, _: i32);
                #[link_name = "[method]handle.set-all"]
                fn __import_handle__set_all(_: i32, _: i32, _: i32);
                #[link_name = "send"]
                fn __import_send(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: f64,
                ) -> i32;
                #[link_name = "swap"]
                fn __import_swap(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                );
                #[link_name = "give"]
                fn __import_give(_: i32, _: i32, _: i32, _: i32);
                #[link_name = "lend"]
                fn __import_lend(_: i32, _: i32, _: i32, _: i32, _: i32, _: i32);
                #[link_name = "nested"]
                fn __import_nested(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                );
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{
                __import_handle__new, __import_handle__rename, __import_handle__set_all,
                __import_send, __import_swap, __import_give, __import_lend,
                __import_nested,
            };
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_handle__new(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_handle__rename(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_handle__set_all(_: i32, _: i32, _: i32) {
                    on_host()
                }
                #[allow(
                    clippy::too_many_arguments,
                    reason = "the WIT function has this many parameters"
                )]
                pub(super) unsafe fn __import_send(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: f64,
                ) -> i32 {
                    on_host()
                }
                #[allow(
                    clippy::too_many_arguments,
                    reason = "the WIT function has this many parameters"
                )]
                pub(super) unsafe fn __import_swap(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_give(_: i32, _: i32, _: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_lend(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                #[allow(
                    clippy::too_many_arguments,
                    reason = "the WIT function has this many parameters"
                )]
                pub(super) unsafe fn __import_nested(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
            }
        }
        pub mod more {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            pub type LabelResult = super::super::super::fixture::borrowing::docs::LabelResult;
            pub type LabelParam<'a> = super::super::super::fixture::borrowing::docs::LabelParam<
                'a,
            >;
            pub type BothResult = super::super::super::fixture::borrowing::docs::BothResult;
            pub type BothParam<'a> = super::super::super::fixture::borrowing::docs::BothParam<
                'a,
            >;
            #[inline]
            pub fn relay(
                l: super::super::super::fixture::borrowing::docs::LabelParam<'_>,
                b: super::super::super::fixture::borrowing::docs::BothParam<'_>,
            ) -> BothResult {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = l.tags.len();
                    let base3_ = cleanup_.alloc(len2_ * 8, 4);
                    for (i6_, e5_) in l.tags.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 8);
                        *at4_.cast::<i32>() = __wit_guest_rt::ptr_i32(e5_.as_ptr());
                        *at4_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(e5_.len());
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<12>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_relay(
                        __wit_guest_rt::ptr_i32(l.text.as_ptr()),
                        __wit_guest_rt::len_i32(l.text.len()),
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        __wit_guest_rt::as_i32(b.id),
                        __wit_guest_rt::ptr_i32(b.body.as_ptr()),
                        __wit_guest_rt::len_i32(b.body.len()),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    super::super::super::fixture::borrowing::docs::BothResult {
                        id: *ret_.cast::<u32>(),
                        body: __wit_guest_rt::string_lift(
                            *ret_.add(4).cast::<i32>(),
                            *ret_.add(8).cast::<i32>(),
                        ),
                    }
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:borrowing/more")]
            unsafe extern "C" {
                #[link_name = "relay"]
                fn __import_relay(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                );
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::__import_relay;
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                #[allow(
                    clippy::too_many_arguments,
                    reason = "the WIT function has this many parameters"
                )]
                pub(super) unsafe fn __import_relay(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
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
        pub mod borrowing {
            pub mod more {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type LabelResult = super::super::super::super::fixture::borrowing::docs::LabelResult;
                pub type LabelParam<'a> = super::super::super::super::fixture::borrowing::docs::LabelParam<
                    'a,
                >;
                pub type BothResult = super::super::super::super::fixture::borrowing::docs::BothResult;
                pub type BothParam<'a> = super::super::super::super::fixture::borrowing::docs::BothParam<
                    'a,
                >;
                #[doc(hidden)]
                pub unsafe fn _export_relay_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                    arg4: i32,
                    arg5: i32,
                    arg6: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = super::super::super::super::fixture::borrowing::docs::LabelResult {
                            text: __wit_guest_rt::string_lift(arg0, arg1),
                            tags: __wit_guest_rt::list_lift_with(
                                arg2,
                                arg3,
                                8,
                                4,
                                |at1_: *mut u8| __wit_guest_rt::string_lift(
                                    *at1_.cast::<i32>(),
                                    *at1_.add(4).cast::<i32>(),
                                ),
                            ),
                        };
                        let p1_ = super::super::super::super::fixture::borrowing::docs::BothResult {
                            id: arg4 as u32,
                            body: __wit_guest_rt::string_lift(arg5, arg6),
                        };
                        #[allow(unused_imports)]
                        use __wit_guest_rt::{Buffer as _, ByMut as _};
                        let mut result_ = <T_ as Guest>::relay(p0_, p1_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        *ret_.cast::<i32>() = __wit_guest_rt::as_i32(result_.id);
                        result_.body.give_in_place(ret_.add(4));
                        ::core::mem::forget(result_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_relay<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base2_ = __wit_guest_rt::i32_ptr(*ret_.add(4).cast::<i32>());
                        let len3_ = *ret_.add(8).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base2_, len3_, 1);
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<12> = __wit_guest_rt::StaticRetArea::new();
                /// Implemented by the type passed to `export!`: the functions of `fixture:borrowing/more`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:borrowing/more`, but does not implement `exports::fixture::borrowing::more::Guest`",
                    label = "missing `impl exports::fixture::borrowing::more::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::borrowing::more::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn relay(l: LabelResult, b: BothResult) -> BothResult;
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__borrowing__more_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "fixture:borrowing/more#relay")] unsafe
                        extern "C" fn export_relay(arg0 : i32, arg1 : i32, arg2 : i32,
                        arg3 : i32, arg4 : i32, arg5 : i32, arg6 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_relay_cabi:: < $ty > (arg0, arg1,
                        arg2, arg3, arg4, arg5, arg6) } } #[unsafe (export_name =
                        "cabi_post_fixture:borrowing/more#relay")] unsafe extern "C" fn
                        post_return_relay(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_relay:: < $ty > (arg0) } } };
                        #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported
                        < T : $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty
                        >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__borrowing__more_cabi;
            }
        }
    }
}
