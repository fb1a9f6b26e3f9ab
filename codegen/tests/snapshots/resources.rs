#[derive(Debug)]
#[repr(transparent)]
pub struct TopThing {
    handle: ::wit_guest::rt::Resource<TopThing>,
}
unsafe impl ::wit_guest::rt::WasmResource for TopThing {
    #[inline]
    unsafe fn drop(handle: u32) {
        #[cfg(target_arch = "wasm32")]
        #[link(wasm_import_module = "$root")]
        unsafe extern "C" {
            #[link_name = "[resource-drop]top-thing"]
            fn drop(_: i32);
        }
        #[cfg(not(target_arch = "wasm32"))]
        unsafe extern "C" fn drop(_: i32) {
            ::wit_guest::rt::wasm32_only(
                "wit-guest: resources can only be used on wasm32",
            )
        }
        unsafe { drop(handle as i32) }
    }
}
impl TopThing {
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
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
#[inline]
pub fn get_top() -> TopThing {
    #[cfg(target_arch = "wasm32")]
    #[link(wasm_import_module = "$root")]
    unsafe extern "C" {
        #[link_name = "get-top"]
        fn import_() -> i32;
    }
    #[cfg(not(target_arch = "wasm32"))]
    unsafe extern "C" fn import_() -> i32 {
        ::wit_guest::rt::wasm32_only("wit-guest: imports can only be called on wasm32")
    }
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        let r_ = import_();
        TopThing::from_handle(r_ as u32)
    }
}
#[allow(
    clippy::new_without_default,
    clippy::len_without_is_empty,
    clippy::should_implement_trait,
    reason = "methods mirror the WIT resource"
)]
#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
impl TopThing {
    #[inline]
    pub fn new() -> Self {
        #[cfg(target_arch = "wasm32")]
        #[link(wasm_import_module = "$root")]
        unsafe extern "C" {
            #[link_name = "[constructor]top-thing"]
            fn import_() -> i32;
        }
        #[cfg(not(target_arch = "wasm32"))]
        unsafe extern "C" fn import_() -> i32 {
            ::wit_guest::rt::wasm32_only(
                "wit-guest: imports can only be called on wasm32",
            )
        }
        #[allow(
            unused_unsafe,
            unused_parens,
            reason = "uniform glue: some types need no unsafe code or grouping"
        )]
        unsafe {
            let r_ = import_();
            TopThing::from_handle(r_ as u32)
        }
    }
    #[inline]
    pub fn id(&self) -> u32 {
        #[cfg(target_arch = "wasm32")]
        #[link(wasm_import_module = "$root")]
        unsafe extern "C" {
            #[link_name = "[method]top-thing.id"]
            fn import_(_: i32) -> i32;
        }
        #[cfg(not(target_arch = "wasm32"))]
        unsafe extern "C" fn import_(_: i32) -> i32 {
            ::wit_guest::rt::wasm32_only(
                "wit-guest: imports can only be called on wasm32",
            )
        }
        #[allow(
            unused_unsafe,
            unused_parens,
            reason = "uniform glue: some types need no unsafe code or grouping"
        )]
        unsafe {
            let r_ = import_(self.handle() as i32);
            r_ as u32
        }
    }
}
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _export_top_id_cabi<T_: Guest>() -> i32 {
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        ::wit_guest::rt::run_ctors_once();
        let result_ = <T_ as Guest>::top_id();
        ::wit_guest::rt::as_i32(result_)
    }
}
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _export_heap_live_cabi<T_: Guest>() -> i64 {
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        ::wit_guest::rt::run_ctors_once();
        let result_ = <T_ as Guest>::heap_live();
        ::wit_guest::rt::as_i64(result_)
    }
}
/// Implemented by the type passed to `export!`: the world's own exported functions.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is exported as the implementation of world `resources`, but does not implement `Guest`",
    label = "missing `impl Guest for {Self}`",
    note = "every export of the world is implemented by the one type passed to `export!`; add `impl Guest for {Self} {{ .. }}`"
)]
#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
pub trait Guest {
    fn top_id() -> u32;
    fn heap_live() -> i64;
}
#[doc(hidden)]
macro_rules! __export__resources_cabi {
    ($ty:ident with_types_in $($path_to_types:tt)*) => {
        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
        "symbols of resource functions are named `r__f`")] const _ : () = { #[unsafe
        (export_name = "top-id")] unsafe extern "C" fn export_top_id() -> i32 { unsafe {
        $($path_to_types)* ::_export_top_id_cabi:: < $ty > () } } #[unsafe (export_name =
        "heap-live")] unsafe extern "C" fn export_heap_live() -> i64 { unsafe {
        $($path_to_types)* ::_export_heap_live_cabi:: < $ty > () } } };
        #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported < T :
        $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty >; };
    };
}
#[doc(hidden)]
#[allow(unused_imports, reason = "used by `export!` only")]
pub(crate) use __export__resources_cabi;
/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `resources` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_resources<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_resources_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_resources < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::__export__resources_cabi!($ty with_types_in $($path_to_types_root)*);
        $($path_to_types_root)*
        ::exports::test::resources::guest_res::__export_test__resources__guest_res_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::test::resources::guest_res);
        $($path_to_types_root)*
        ::exports::test::resources::shared::__export_test__resources__shared_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::test::resources::shared);
        $($path_to_types_root)*
        ::exports::test::resources::blob_views::__export_test__resources__blob_views_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::test::resources::blob_views);
        $($path_to_types_root)*
        ::exports::test::resources::shared_user::__export_test__resources__shared_user_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::test::resources::shared_user);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_resources_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:test:resources@0.1.0:resources:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 2108usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xDA\x0F\x01A\x02\x01A\x1D\x01B&\x04\0\x07counter\x03\x01\x01i\0\x01r\x02\x01a\x01\x05labels\x04\0\nowned-pair\x03\0\x02\x01h\0\x01r\x02\x01a\x04\x01b\x04\x04\0\rborrowed-pair\x03\0\x05\x01q\x02\x04some\x01\x01\0\x04none\0\0\x04\0\x05maybe\x03\0\x07\x01@\x01\x05starty\0\x01\x04\0\x14[constructor]counter\x01\t\x01j\x01\x01\x01s\x01@\x01\x05startz\0\n\x04\0\x1A[static]counter.try-create\x01\x0B\x01@\x02\x04self\x04\x02byy\0y\x04\0\x19[method]counter.increment\x01\x0C\x01@\x01\x04self\x04\0s\x04\0\x14[method]counter.name\x01\r\x01@\x02\x01a\x04\x01b\x01\0\x01\x04\0\x15[static]counter.merge\x01\x0E\x01@\x01\x04self\x04\0\x01\x04\0\x15[method]counter.clone\x01\x0F\x01@\0\0\x01\x04\0\x17[static]counter.default\x01\x10\x01p\x04\x01@\x01\x02cs\x11\0y\x04\0\x05total\x01\x12\x01k\x01\x01p\x01\x01@\x03\x01p\x03\x05extra\x13\x04many\x14\0y\x04\0\x07consume\x01\x15\x01@\x01\x01p\x06\0y\x04\0\x04peek\x01\x16\x01@\x01\x01ny\0\x14\x04\0\tmake-many\x01\x17\x01o\x02\x01\x08\x01@\x01\x01c\x01\0\x18\x04\0\x04wrap\x01\x19\x03\0\x1Dtest:resources/host-res@0.1.0\x05\0\x02\x03\0\0\x07counter\x01B\x08\x02\x03\x02\x01\x01\x04\0\x03ctr\x03\0\0\x01h\x01\x01@\x02\x01c\x02\x02byy\0y\x04\0\x04bump\x01\x03\x01i\x01\x01@\0\0\x04\x04\0\x05fresh\x01\x05\x03\0\x1Ftest:resources/alias-user@0.1.0\x05\x02\x01B\t\x04\0\x04cell\x03\x01\x01i\0\x01@\x01\x01vy\0\x01\x04\0\x11[constructor]cell\x01\x02\x01h\0\x01@\x01\x04self\x03\0y\x04\0\x10[method]cell.get\x01\x04\x01@\x01\x01c\x03\0y\x04\0\x06double\x01\x05\x03\0\x1Btest:resources/shared@0.1.0\x05\x03\x03\0\ttop-thing\x03\x01\x01i\x04\x01@\0\0\x05\x03\0\x07get-top\x01\x06\x03\0\x16[constructor]top-thing\x01\x06\x01h\x04\x01@\x01\x04self\x07\0y\x03\0\x14[method]top-thing.id\x01\x08\x01@\0\0y\x04\0\x06top-id\x01\t\x01@\0\0x\x04\0\theap-live\x01\n\x01B*\x02\x03\x02\x01\x01\x04\0\x07counter\x03\0\0\x04\0\x04blob\x03\x01\x01i\x02\x01p\x03\x01r\x02\x05first\x03\x04rest\x04\x04\0\x05blobs\x03\0\x05\x01p}\x01@\x01\x04init\x07\0\x03\x04\0\x11[constructor]blob\x01\x08\x01@\x01\x01ss\0\x03\x04\0\x18[static]blob.from-string\x01\t\x01h\x02\x01@\x01\x04self\n\0y\x04\0\x10[method]blob.len\x01\x0B\x01@\x02\x04self\n\x04more\x07\x01\0\x04\0\x13[method]blob.append\x01\x0C\x01@\x01\x04self\n\0\x07\x04\0\x11[method]blob.data\x01\r\x01@\x02\x01a\n\x01b\n\0\x03\x04\0\x13[static]blob.concat\x01\x0E\x01@\x01\x01b\x03\0\x07\x04\0\x11[static]blob.take\x01\x0F\x01@\x02\x01b\n\x02aty\0\x06\x04\0\x05split\x01\x10\x01p\n\x01py\x01@\x01\x02bs\x11\0\x12\x04\0\x05sizes\x01\x13\x01k\x03\x01@\x01\x04make\x7F\0\x14\x04\0\nmaybe-blob\x01\x15\x01h\x01\x01p\x16\x01@\x02\x01c\x16\x02cs\x17\0y\x04\0\x07measure\x01\x18\x01@\0\0y\x04\0\nlive-blobs\x01\x19\x01@\x01\x01ny\0y\x04\0\ndrive-host\x01\x1A\x01@\x01\x04kindy\0y\x04\0\x06misuse\x01\x1B\x04\0\x1Etest:resources/guest-res@0.1.0\x05\x0B\x01B\t\x04\0\x04cell\x03\x01\x01i\0\x01@\x01\x01vy\0\x01\x04\0\x11[constructor]cell\x01\x02\x01h\0\x01@\x01\x04self\x03\0y\x04\0\x10[method]cell.get\x01\x04\x01@\x01\x01c\x03\0y\x04\0\x06double\x01\x05\x04\0\x1Btest:resources/shared@0.1.0\x05\x0C\x02\x03\0\x03\x04blob\x01B\x1C\x02\x03\x02\x01\r\x04\0\x04view\x03\0\0\x02\x03\x02\x01\x01\x04\0\x07counter\x03\0\x02\x01h\x01\x01k\x04\x01r\x02\x06target\x05\x04skipy\x04\0\x04lens\x03\0\x06\x01h\x03\x01r\x02\x01c\x08\x03tags\x04\0\x06tagged\x03\0\t\x01q\x03\x04host\x01\x08\0\x04mine\x01\x04\0\x07neither\0\0\x04\0\x06either\x03\0\x0B\x01@\x01\x01v\x04\0y\x04\0\x08view-len\x01\r\x01@\x01\x01l\x07\0y\x04\0\x08lens-len\x01\x0E\x01p\n\x01@\x01\x05items\x0F\0y\x04\0\nsum-tagged\x01\x10\x01p\x0C\x01@\x01\x05items\x11\0y\x04\0\nsum-either\x01\x12\x01p\x08\x01p\x13\x01p\x07\x01@\x02\x06groups\x14\x06lenses\x15\0y\x04\0\nsum-nested\x01\x16\x04\0\x1Ftest:resources/blob-views@0.1.0\x05\x0E\x02\x03\0\x04\x04cell\x01B\x05\x02\x03\x02\x01\x0F\x04\0\x04cell\x03\0\0\x01h\x01\x01@\x01\x01c\x02\0y\x04\0\x04peek\x01\x03\x04\0 test:resources/shared-user@0.1.0\x05\x10\x04\0\x1Etest:resources/resources@0.1.0\x04\0\x0B\x0F\x01\0\tresources\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/resources.wit");
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
pub mod test {
    pub mod resources {
        /// Implemented by the host.
        pub mod host_res {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[derive(Debug)]
            #[repr(transparent)]
            pub struct Counter {
                handle: ::wit_guest::rt::Resource<Counter>,
            }
            unsafe impl ::wit_guest::rt::WasmResource for Counter {
                #[inline]
                unsafe fn drop(handle: u32) {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = "test:resources/host-res@0.1.0")]
                    unsafe extern "C" {
                        #[link_name = "[resource-drop]counter"]
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
            impl Counter {
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
            pub struct OwnedPair {
                pub a: Counter,
                pub label: ::wit_guest::rt::String,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for OwnedPair {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("OwnedPair")
                        .field("a", &self.a)
                        .field("label", &self.label)
                        .finish()
                }
            }
            pub struct BorrowedPair<'a> {
                pub a: &'a Counter,
                pub b: &'a Counter,
            }
            #[automatically_derived]
            impl<'a> ::core::fmt::Debug for BorrowedPair<'a> {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("BorrowedPair")
                        .field("a", &self.a)
                        .field("b", &self.b)
                        .finish()
                }
            }
            pub enum Maybe {
                Some(Counter),
                None,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Maybe {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        Maybe::Some(e) => f.debug_tuple("Maybe::Some").field(e).finish(),
                        Maybe::None => f.debug_tuple("Maybe::None").finish(),
                    }
                }
            }
            #[inline]
            pub fn total(cs: &[&'_ Counter]) -> u32 {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = cs.len();
                    let base3_ = cleanup_.alloc(len2_ * 4, 4);
                    for (i6_, e5_) in cs.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 4);
                        *at4_.cast::<i32>() = e5_.handle() as i32;
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let r_ = __import_total(ptr1_, __wit_guest_rt::len_i32(len2_));
                    r_ as u32
                }
            }
            #[inline]
            pub fn consume(
                p: OwnedPair,
                extra: ::core::option::Option<Counter>,
                many: ::wit_guest::rt::Vec<Counter>,
            ) -> u32 {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let (f1_, f2_) = match &extra {
                        ::core::option::Option::None => (0, 0i32),
                        ::core::option::Option::Some(e3_) => {
                            (1, e3_.take_handle() as i32)
                        }
                    };
                    let len5_ = many.len();
                    let base6_ = cleanup_.alloc(len5_ * 4, 4);
                    for (i9_, e8_) in many.iter().enumerate() {
                        let at7_ = base6_.add(i9_ * 4);
                        *at7_.cast::<i32>() = e8_.take_handle() as i32;
                    }
                    let ptr4_ = __wit_guest_rt::ptr_i32(base6_);
                    let r_ = __import_consume(
                        p.a.take_handle() as i32,
                        __wit_guest_rt::ptr_i32(p.label.as_ptr()),
                        __wit_guest_rt::len_i32(p.label.len()),
                        f1_,
                        f2_,
                        ptr4_,
                        __wit_guest_rt::len_i32(len5_),
                    );
                    r_ as u32
                }
            }
            #[inline]
            pub fn peek(p: &BorrowedPair<'_>) -> u32 {
                unsafe {
                    let r_ = __import_peek(p.a.handle() as i32, p.b.handle() as i32);
                    r_ as u32
                }
            }
            #[inline]
            pub fn make_many(n: u32) -> ::wit_guest::rt::Vec<Counter> {
                unsafe {
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<8>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_make_many(
                        __wit_guest_rt::as_i32(n),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    __wit_guest_rt::list_lift_with(
                        *ret_.cast::<i32>(),
                        *ret_.add(4).cast::<i32>(),
                        4,
                        4,
                        |at1_: *mut u8| Counter::from_handle(*at1_.cast::<i32>() as u32),
                    )
                }
            }
            #[inline]
            pub fn wrap(c: Counter) -> (Counter, Maybe) {
                unsafe {
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<12>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_wrap(c.take_handle() as i32, __wit_guest_rt::ptr_i32(ret_));
                    (
                        Counter::from_handle(*ret_.cast::<i32>() as u32),
                        match *ret_.add(4).cast::<u8>() {
                            0 => {
                                Maybe::Some(
                                    Counter::from_handle(*ret_.add(8).cast::<i32>() as u32),
                                )
                            }
                            1 => Maybe::None,
                            _ => __wit_guest_rt::invalid_discriminant(),
                        },
                    )
                }
            }
            #[allow(
                clippy::new_without_default,
                clippy::len_without_is_empty,
                clippy::should_implement_trait,
                reason = "methods mirror the WIT resource"
            )]
            impl Counter {
                #[inline]
                pub fn new(start: u32) -> Self {
                    unsafe {
                        let r_ = __import_counter__new(__wit_guest_rt::as_i32(start));
                        Counter::from_handle(r_ as u32)
                    }
                }
                #[inline]
                pub fn try_create(
                    start: i32,
                ) -> ::core::result::Result<Counter, ::wit_guest::rt::String> {
                    unsafe {
                        let mut ret_area_ = ::core::mem::MaybeUninit::<
                            __wit_guest_rt::RetArea<12>,
                        >::uninit();
                        let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                        __import_counter__try_create(
                            __wit_guest_rt::as_i32(start),
                            __wit_guest_rt::ptr_i32(ret_),
                        );
                        match *ret_.cast::<u8>() {
                            0 => {
                                ::core::result::Result::Ok(
                                    Counter::from_handle(*ret_.add(4).cast::<i32>() as u32),
                                )
                            }
                            1 => {
                                ::core::result::Result::Err(
                                    __wit_guest_rt::string_lift(
                                        *ret_.add(4).cast::<i32>(),
                                        *ret_.add(8).cast::<i32>(),
                                    ),
                                )
                            }
                            _ => __wit_guest_rt::invalid_discriminant(),
                        }
                    }
                }
                #[inline]
                pub fn increment(&self, by: u32) -> u32 {
                    unsafe {
                        let r_ = __import_counter__increment(
                            self.handle() as i32,
                            __wit_guest_rt::as_i32(by),
                        );
                        r_ as u32
                    }
                }
                #[inline]
                pub fn name(&self) -> ::wit_guest::rt::String {
                    unsafe {
                        let mut ret_area_ = ::core::mem::MaybeUninit::<
                            __wit_guest_rt::RetArea<8>,
                        >::uninit();
                        let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                        __import_counter__name(
                            self.handle() as i32,
                            __wit_guest_rt::ptr_i32(ret_),
                        );
                        __wit_guest_rt::string_lift(
                            *ret_.cast::<i32>(),
                            *ret_.add(4).cast::<i32>(),
                        )
                    }
                }
                #[inline]
                pub fn merge(a: &'_ Counter, b: Counter) -> Counter {
                    unsafe {
                        let r_ = __import_counter__merge(
                            a.handle() as i32,
                            b.take_handle() as i32,
                        );
                        Counter::from_handle(r_ as u32)
                    }
                }
                /// Names of std traits' methods (clippy's `should_implement_trait`).
                #[inline]
                pub fn clone(&self) -> Counter {
                    unsafe {
                        let r_ = __import_counter__clone(self.handle() as i32);
                        Counter::from_handle(r_ as u32)
                    }
                }
                #[inline]
                pub fn default() -> Counter {
                    unsafe {
                        let r_ = __import_counter__default();
                        Counter::from_handle(r_ as u32)
                    }
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "test:resources/host-res@0.1.0")]
            unsafe extern "C" {
                #[link_name = "[constructor]counter"]
                fn __import_counter__new(_: i32) -> i32;
                #[link_name = "[static]counter.try-create"]
                fn __import_counter__try_create(_: i32, _: i32);
                #[link_name = "[method]counter.increment"]
                fn __import_counter__increment(_: i32, _: i32) -> i32;
                #[link_name = "[method]counter.name"]
                fn __import_counter__name(_: i32, _: i32);
                #[link_name = "[static]counter.merge"]
                fn __import_counter__merge(_: i32, _: i32) -> i32;
                #[link_name = "[method]counter.clone"]
                fn __import_counter__clone(_: i32) -> i32;
                #[link_name = "[static]counter.default"]
                fn __import_counter__default() -> i32;
                #[link_name = "total"]
                fn __import_total(_: i32, _: i32) -> i32;
                #[link_name = "consume"]
                fn __import_consume(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) -> i32;
                #[link_name = "peek"]
                fn __import_peek(_: i32, _: i32) -> i32;
                #[link_name = "make-many"]
                fn __import_make_many(_: i32, _: i32);
                #[link_name = "wrap"]
                fn __import_wrap(_: i32, _: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{
                __import_counter__new, __import_counter__try_create,
                __import_counter__increment, __import_counter__name,
                __import_counter__merge, __import_counter__clone,
                __import_counter__default, __import_total, __import_consume,
                __import_peek, __import_make_many, __import_wrap,
            };
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_counter__new(_: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_counter__try_create(_: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_counter__increment(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_counter__name(_: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_counter__merge(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_counter__clone(_: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_counter__default() -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_total(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_consume(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_peek(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_make_many(_: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_wrap(_: i32, _: i32) {
                    on_host()
                }
            }
        }
        /// Resources of another interface, renamed.
        pub mod alias_user {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            pub type Ctr = super::super::super::test::resources::host_res::Counter;
            #[inline]
            pub fn bump(
                c: &'_ super::super::super::test::resources::host_res::Counter,
                by: u32,
            ) -> u32 {
                unsafe {
                    let r_ = __import_bump(
                        c.handle() as i32,
                        __wit_guest_rt::as_i32(by),
                    );
                    r_ as u32
                }
            }
            #[inline]
            pub fn fresh() -> super::super::super::test::resources::host_res::Counter {
                unsafe {
                    let r_ = __import_fresh();
                    super::super::super::test::resources::host_res::Counter::from_handle(
                        r_ as u32,
                    )
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "test:resources/alias-user@0.1.0")]
            unsafe extern "C" {
                #[link_name = "bump"]
                fn __import_bump(_: i32, _: i32) -> i32;
                #[link_name = "fresh"]
                fn __import_fresh() -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{__import_bump, __import_fresh};
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_bump(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_fresh() -> i32 {
                    on_host()
                }
            }
        }
        /// Imported and exported: the guest's cells forward to the host's.
        pub mod shared {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[derive(Debug)]
            #[repr(transparent)]
            pub struct Cell {
                handle: ::wit_guest::rt::Resource<Cell>,
            }
            unsafe impl ::wit_guest::rt::WasmResource for Cell {
                #[inline]
                unsafe fn drop(handle: u32) {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = "test:resources/shared@0.1.0")]
                    unsafe extern "C" {
                        #[link_name = "[resource-drop]cell"]
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
            impl Cell {
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
            #[inline]
            pub fn double(c: &'_ Cell) -> u32 {
                unsafe {
                    let r_ = __import_double(c.handle() as i32);
                    r_ as u32
                }
            }
            #[allow(
                clippy::new_without_default,
                clippy::len_without_is_empty,
                clippy::should_implement_trait,
                reason = "methods mirror the WIT resource"
            )]
            impl Cell {
                #[inline]
                pub fn new(v: u32) -> Self {
                    unsafe {
                        let r_ = __import_cell__new(__wit_guest_rt::as_i32(v));
                        Cell::from_handle(r_ as u32)
                    }
                }
                #[inline]
                pub fn get(&self) -> u32 {
                    unsafe {
                        let r_ = __import_cell__get(self.handle() as i32);
                        r_ as u32
                    }
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "test:resources/shared@0.1.0")]
            unsafe extern "C" {
                #[link_name = "[constructor]cell"]
                fn __import_cell__new(_: i32) -> i32;
                #[link_name = "[method]cell.get"]
                fn __import_cell__get(_: i32) -> i32;
                #[link_name = "double"]
                fn __import_double(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{
                __import_cell__new, __import_cell__get, __import_double,
            };
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_cell__new(_: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_cell__get(_: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_double(_: i32) -> i32 {
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
    pub mod test {
        pub mod resources {
            /// Implemented by the guest.
            pub mod guest_res {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type Counter = super::super::super::super::test::resources::host_res::Counter;
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct Blob {
                    handle: ::wit_guest::rt::Resource<Blob>,
                }
                unsafe impl ::wit_guest::rt::WasmResource for Blob {
                    #[inline]
                    unsafe fn drop(handle: u32) {
                        #[cfg(target_arch = "wasm32")]
                        #[link(
                            wasm_import_module = "[export]test:resources/guest-res@0.1.0"
                        )]
                        unsafe extern "C" {
                            #[link_name = "[resource-drop]blob"]
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
                static __TYPE_GUARD_BLOB: ::wit_guest::rt::TypeGuard = ::wit_guest::rt::TypeGuard::new();
                impl Blob {
                    /// Creates a resource owning `val`; its handle can be passed to the host.
                    pub fn new<T: GuestBlob>(val: T) -> Self {
                        __TYPE_GUARD_BLOB.check::<T>("blob");
                        let rep = <T::Rep as ::wit_guest::rt::ResourceRep<
                            T,
                        >>::rep_new(val);
                        unsafe {
                            let ptr = T::resource_into_raw_(rep);
                            Self::from_handle(T::_resource_new(ptr.cast()))
                        }
                    }
                    /// The value behind this handle.
                    pub fn get<T: GuestBlob>(&self) -> &T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.as_ptr::<T>())
                        }
                    }
                    /// The value behind this handle, mutably.
                    pub fn get_mut<T: GuestBlob>(&mut self) -> &mut T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_mut(self.as_ptr::<T>())
                        }
                    }
                    /// Moves the value out; the resource keeps an empty slot until dropped.
                    pub fn into_inner<T: GuestBlob>(self) -> T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_take(self.as_ptr::<T>())
                        }
                    }
                    /// Wraps an owned handle.
                    ///
                    /// # Safety
                    /// `handle` is an owned handle of this resource that nothing else drops.
                    #[doc(hidden)]
                    pub unsafe fn from_handle(handle: u32) -> Self {
                        Self {
                            handle: unsafe {
                                ::wit_guest::rt::Resource::from_handle(handle)
                            },
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
                    /// Drops the value behind `rep` (the `[dtor]` export).
                    ///
                    /// # Safety
                    /// `rep` came from `resource_into_raw_` and is dropped once.
                    #[doc(hidden)]
                    pub unsafe fn dtor<T: GuestBlob>(rep: *mut u8) {
                        __TYPE_GUARD_BLOB.check::<T>("blob");
                        unsafe { drop(T::resource_from_raw_(rep.cast())) }
                    }
                    fn as_ptr<T: GuestBlob>(&self) -> *mut T::Rep {
                        __TYPE_GUARD_BLOB.check::<T>("blob");
                        T::_resource_rep(self.handle()).cast()
                    }
                }
                /// A borrowed [`Blob`], valid for the call that lent it.
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct BlobBorrow<'a> {
                    rep: *const u8,
                    _marker: ::core::marker::PhantomData<&'a Blob>,
                }
                impl<'a> BlobBorrow<'a> {
                    /// # Safety
                    /// `rep` is the rep of a live resource of this type.
                    #[doc(hidden)]
                    pub unsafe fn lift(rep: *const u8) -> Self {
                        Self {
                            rep,
                            _marker: ::core::marker::PhantomData,
                        }
                    }
                    /// The value behind the borrowed handle.
                    pub fn get<T: GuestBlob>(&self) -> &'a T {
                        __TYPE_GUARD_BLOB.check::<T>("blob");
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.rep.cast())
                        }
                    }
                }
                pub struct Blobs {
                    pub first: Blob,
                    pub rest: ::wit_guest::rt::Vec<Blob>,
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Blobs {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("Blobs")
                            .field("first", &self.first)
                            .field("rest", &self.rest)
                            .finish()
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_split_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = BlobBorrow::lift(arg0 as u32 as usize as *const u8);
                        let p1_ = arg1 as u32;
                        let result_ = <T_ as Guest>::split(p0_, p1_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        let mut cleanup_ = __wit_guest_rt::Untracked;
                        *ret_.cast::<i32>() = result_.first.take_handle() as i32;
                        let len2_ = result_.rest.len();
                        let base3_ = cleanup_.alloc(len2_ * 4, 4);
                        __wit_guest_rt::for_each_owned(
                            result_.rest,
                            |i6_, e5_| {
                                let at4_ = base3_.add(i6_ * 4);
                                *at4_.cast::<i32>() = e5_.take_handle() as i32;
                            },
                        );
                        let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                        *ret_.add(4).cast::<i32>() = ptr1_;
                        *ret_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(len2_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_split<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base7_ = __wit_guest_rt::i32_ptr(*ret_.add(4).cast::<i32>());
                        let len8_ = *ret_.add(8).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base7_, len8_ * 4, 4);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_sizes_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::list_lift_with(
                            arg0,
                            arg1,
                            4,
                            4,
                            |at1_: *mut u8| BlobBorrow::lift(
                                *at1_.cast::<i32>() as u32 as usize as *const u8,
                            ),
                        );
                        let result_ = <T_ as Guest>::sizes(p0_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_sizes<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base2_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len3_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base2_, len3_ * 4, 4);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_maybe_blob_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::bool_lift(arg0);
                        let result_ = <T_ as Guest>::maybe_blob(p0_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        match &result_ {
                            ::core::option::Option::None => {
                                *ret_.cast::<u8>() = 0;
                            }
                            ::core::option::Option::Some(e1_) => {
                                *ret_.cast::<u8>() = 1;
                                *ret_.add(4).cast::<i32>() = e1_.take_handle() as i32;
                            }
                        }
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_measure_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let handle1_;
                        let handles3_;
                        let p0_ = {
                            handle1_ = super::super::super::super::test::resources::host_res::Counter::from_handle(
                                arg0 as u32,
                            );
                            &handle1_
                        };
                        let p1_ = {
                            handles3_ = __wit_guest_rt::list_lift_with(
                                arg1,
                                arg2,
                                4,
                                4,
                                |at2_: *mut u8| super::super::super::super::test::resources::host_res::Counter::from_handle(
                                    *at2_.cast::<i32>() as u32,
                                ),
                            );
                            handles3_.iter().collect::<__wit_guest_rt::Vec<_>>()
                        };
                        let result_ = <T_ as Guest>::measure(p0_, p1_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_live_blobs_cabi<T_: Guest>() -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let result_ = <T_ as Guest>::live_blobs();
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_drive_host_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = arg0 as u32;
                        let result_ = <T_ as Guest>::drive_host(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_misuse_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = arg0 as u32;
                        let result_ = <T_ as Guest>::misuse(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<12> = __wit_guest_rt::StaticRetArea::new();
                #[doc(hidden)]
                pub unsafe fn _export_blob__new_cabi<T_: GuestBlob>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::list_lift::<u8>(arg0, arg1);
                        let result_ = Blob::new(<T_ as GuestBlob>::new(p0_));
                        result_.take_handle() as i32
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_blob__from_string_cabi<T_: GuestBlob>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::string_lift(arg0, arg1);
                        let result_ = <T_ as GuestBlob>::from_string(p0_);
                        result_.take_handle() as i32
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_blob__len_cabi<T_: GuestBlob>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = BlobBorrow::lift(arg0 as u32 as usize as *const u8);
                        let result_ = <T_ as GuestBlob>::len(p0_.get::<T_>());
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_blob__append_cabi<T_: GuestBlob>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                ) {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = BlobBorrow::lift(arg0 as u32 as usize as *const u8);
                        let p1_ = __wit_guest_rt::list_lift::<u8>(arg1, arg2);
                        <T_ as GuestBlob>::append(p0_.get::<T_>(), p1_);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_blob__data_cabi<T_: GuestBlob>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = BlobBorrow::lift(arg0 as u32 as usize as *const u8);
                        let result_ = <T_ as GuestBlob>::data(p0_.get::<T_>());
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_blob__data<T_: GuestBlob>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_, 1);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_blob__concat_cabi<T_: GuestBlob>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = BlobBorrow::lift(arg0 as u32 as usize as *const u8);
                        let p1_ = BlobBorrow::lift(arg1 as u32 as usize as *const u8);
                        let result_ = <T_ as GuestBlob>::concat(p0_, p1_);
                        result_.take_handle() as i32
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_blob__take_cabi<T_: GuestBlob>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = Blob::from_handle(arg0 as u32);
                        let result_ = <T_ as GuestBlob>::take(p0_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_blob__take<T_: GuestBlob>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_, 1);
                    }
                }
                /// Implemented by the type that backs the exported resource `blob`.
                #[allow(
                    clippy::len_without_is_empty,
                    reason = "methods mirror the WIT resource"
                )]
                pub trait GuestBlob: ::wit_guest::rt::RustResource {
                    /// Creates a handle for a value placed by `resource_into_raw_`.
                    ///
                    /// # Safety
                    /// `rep` is a pointer from `resource_into_raw_`.
                    #[doc(hidden)]
                    unsafe fn _resource_new(rep: *mut u8) -> u32
                    where
                        Self: Sized,
                    {
                        #[cfg(target_arch = "wasm32")]
                        #[link(
                            wasm_import_module = "[export]test:resources/guest-res@0.1.0"
                        )]
                        unsafe extern "C" {
                            #[link_name = "[resource-new]blob"]
                            fn new(_: i32) -> i32;
                        }
                        #[cfg(not(target_arch = "wasm32"))]
                        unsafe extern "C" fn new(_: i32) -> i32 {
                            __wit_guest_rt::wasm32_only(
                                "wit-guest: resources can only be used on wasm32",
                            )
                        }
                        unsafe { new(::wit_guest::rt::ptr_i32(rep)) as u32 }
                    }
                    /// The rep pointer behind an owned handle.
                    #[doc(hidden)]
                    fn _resource_rep(handle: u32) -> *mut u8
                    where
                        Self: Sized,
                    {
                        #[cfg(target_arch = "wasm32")]
                        #[link(
                            wasm_import_module = "[export]test:resources/guest-res@0.1.0"
                        )]
                        unsafe extern "C" {
                            #[link_name = "[resource-rep]blob"]
                            fn rep(_: i32) -> i32;
                        }
                        #[cfg(not(target_arch = "wasm32"))]
                        unsafe extern "C" fn rep(_: i32) -> i32 {
                            __wit_guest_rt::wasm32_only(
                                "wit-guest: resources can only be used on wasm32",
                            )
                        }
                        ::wit_guest::rt::i32_ptr(unsafe { rep(handle as i32) })
                    }
                    /// Where a new resource's value lives: a `Box` unless overridden
                    /// (for instance by an arena). Override `resource_from_raw_` with it.
                    ///
                    /// # Safety
                    /// The pointer must stay valid until `resource_from_raw_` takes it back.
                    #[doc(hidden)]
                    unsafe fn resource_into_raw_(val: Self::Rep) -> *mut Self::Rep {
                        ::wit_guest::rt::Box::into_raw(::wit_guest::rt::Box::new(val))
                    }
                    /// Takes back storage from `resource_into_raw_` when the resource is dropped.
                    ///
                    /// # Safety
                    /// `rep` came from `resource_into_raw_` and is taken back once.
                    #[doc(hidden)]
                    unsafe fn resource_from_raw_(rep: *mut Self::Rep) -> Self::Rep {
                        *unsafe { ::wit_guest::rt::Box::from_raw(rep) }
                    }
                    fn new(init: ::wit_guest::rt::Vec<u8>) -> Self;
                    fn from_string(s: ::wit_guest::rt::String) -> Blob;
                    fn len(&self) -> u32;
                    fn append(&self, more: ::wit_guest::rt::Vec<u8>);
                    fn data(&self) -> ::wit_guest::rt::Vec<u8>;
                    fn concat(a: BlobBorrow<'_>, b: BlobBorrow<'_>) -> Blob;
                    fn take(b: Blob) -> ::wit_guest::rt::Vec<u8>;
                }
                /// Implemented by the type passed to `export!`: the functions of `test:resources/guest-res@0.1.0`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `test:resources/guest-res@0.1.0`, but does not implement `exports::test::resources::guest_res::Guest`",
                    label = "missing `impl exports::test::resources::guest_res::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::test::resources::guest_res::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn split(b: BlobBorrow<'_>, at: u32) -> Blobs;
                    fn sizes(
                        bs: ::wit_guest::rt::Vec<BlobBorrow<'_>>,
                    ) -> ::wit_guest::rt::Vec<u32>;
                    fn maybe_blob(make: bool) -> ::core::option::Option<Blob>;
                    /// Borrows of the host's counters passed into the guest.
                    fn measure(
                        c: &'_ super::super::super::super::test::resources::host_res::Counter,
                        cs: ::wit_guest::rt::Vec<
                            &'_ super::super::super::super::test::resources::host_res::Counter,
                        >,
                    ) -> u32;
                    /// Blob values alive in the guest (their `Drop` impl counts down).
                    fn live_blobs() -> u32;
                    /// Uses the host's counters in every position; returns a checksum.
                    fn drive_host(n: u32) -> u32;
                    /// Deliberate mistakes that must panic with a clear message:
                    /// 0 = a handle used after it was moved, 1 = a second Rust type for `blob`.
                    fn misuse(kind: u32) -> u32;
                    /// The type that implements the resource `blob`.
                    type Blob: GuestBlob;
                }
                #[doc(hidden)]
                macro_rules! __export_test__resources__guest_res_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name =
                        "test:resources/guest-res@0.1.0#split")] unsafe extern "C" fn
                        export_split(arg0 : i32, arg1 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_split_cabi:: < $ty > (arg0, arg1) }
                        } #[unsafe (export_name =
                        "cabi_post_test:resources/guest-res@0.1.0#split")] unsafe extern
                        "C" fn post_return_split(arg0 : i32) { unsafe {
                        $($path_to_types)* ::__post_return_split:: < $ty > (arg0) } }
                        #[unsafe (export_name = "test:resources/guest-res@0.1.0#sizes")]
                        unsafe extern "C" fn export_sizes(arg0 : i32, arg1 : i32) -> i32
                        { unsafe { $($path_to_types)* ::_export_sizes_cabi:: < $ty >
                        (arg0, arg1) } } #[unsafe (export_name =
                        "cabi_post_test:resources/guest-res@0.1.0#sizes")] unsafe extern
                        "C" fn post_return_sizes(arg0 : i32) { unsafe {
                        $($path_to_types)* ::__post_return_sizes:: < $ty > (arg0) } }
                        #[unsafe (export_name =
                        "test:resources/guest-res@0.1.0#maybe-blob")] unsafe extern "C"
                        fn export_maybe_blob(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_maybe_blob_cabi:: < $ty > (arg0) } }
                        #[unsafe (export_name =
                        "test:resources/guest-res@0.1.0#measure")] unsafe extern "C" fn
                        export_measure(arg0 : i32, arg1 : i32, arg2 : i32) -> i32 {
                        unsafe { $($path_to_types)* ::_export_measure_cabi:: < $ty >
                        (arg0, arg1, arg2) } } #[unsafe (export_name =
                        "test:resources/guest-res@0.1.0#live-blobs")] unsafe extern "C"
                        fn export_live_blobs() -> i32 { unsafe { $($path_to_types)*
                        ::_export_live_blobs_cabi:: < $ty > () } } #[unsafe (export_name
                        = "test:resources/guest-res@0.1.0#drive-host")] unsafe extern "C"
                        fn export_drive_host(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_drive_host_cabi:: < $ty > (arg0) } }
                        #[unsafe (export_name = "test:resources/guest-res@0.1.0#misuse")]
                        unsafe extern "C" fn export_misuse(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_misuse_cabi:: < $ty > (arg0) } }
                        #[unsafe (export_name =
                        "test:resources/guest-res@0.1.0#[constructor]blob")] unsafe
                        extern "C" fn export_blob__new(arg0 : i32, arg1 : i32) -> i32 {
                        unsafe { $($path_to_types)* ::_export_blob__new_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::Blob > (arg0, arg1) } } #[unsafe
                        (export_name =
                        "test:resources/guest-res@0.1.0#[static]blob.from-string")]
                        unsafe extern "C" fn export_blob__from_string(arg0 : i32, arg1 :
                        i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_blob__from_string_cabi:: < < $ty as $($path_to_types)*
                        ::Guest > ::Blob > (arg0, arg1) } } #[unsafe (export_name =
                        "test:resources/guest-res@0.1.0#[method]blob.len")] unsafe extern
                        "C" fn export_blob__len(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_blob__len_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::Blob > (arg0) } } #[unsafe
                        (export_name =
                        "test:resources/guest-res@0.1.0#[method]blob.append")] unsafe
                        extern "C" fn export_blob__append(arg0 : i32, arg1 : i32, arg2 :
                        i32) { unsafe { $($path_to_types)* ::_export_blob__append_cabi::
                        < < $ty as $($path_to_types)* ::Guest > ::Blob > (arg0, arg1,
                        arg2) } } #[unsafe (export_name =
                        "test:resources/guest-res@0.1.0#[method]blob.data")] unsafe
                        extern "C" fn export_blob__data(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_blob__data_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::Blob > (arg0) } } #[unsafe
                        (export_name =
                        "cabi_post_test:resources/guest-res@0.1.0#[method]blob.data")]
                        unsafe extern "C" fn post_return_blob__data(arg0 : i32) { unsafe
                        { $($path_to_types)* ::__post_return_blob__data:: < < $ty as
                        $($path_to_types)* ::Guest > ::Blob > (arg0) } } #[unsafe
                        (export_name =
                        "test:resources/guest-res@0.1.0#[static]blob.concat")] unsafe
                        extern "C" fn export_blob__concat(arg0 : i32, arg1 : i32) -> i32
                        { unsafe { $($path_to_types)* ::_export_blob__concat_cabi:: < <
                        $ty as $($path_to_types)* ::Guest > ::Blob > (arg0, arg1) } }
                        #[unsafe (export_name =
                        "test:resources/guest-res@0.1.0#[static]blob.take")] unsafe
                        extern "C" fn export_blob__take(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_blob__take_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::Blob > (arg0) } } #[unsafe
                        (export_name =
                        "cabi_post_test:resources/guest-res@0.1.0#[static]blob.take")]
                        unsafe extern "C" fn post_return_blob__take(arg0 : i32) { unsafe
                        { $($path_to_types)* ::__post_return_blob__take:: < < $ty as
                        $($path_to_types)* ::Guest > ::Blob > (arg0) } } #[unsafe
                        (export_name = "test:resources/guest-res@0.1.0#[dtor]blob")]
                        unsafe extern "C" fn dtor_blob(rep : i32) { unsafe {
                        $($path_to_types)* ::Blob::dtor:: << $ty as $($path_to_types)*
                        ::Guest > ::Blob > (rep as u32 as usize as * mut u8) } } };
                        #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported
                        < T : $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty
                        >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_test__resources__guest_res_cabi;
            }
            /// Imported and exported: the guest's cells forward to the host's.
            pub mod shared {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct Cell {
                    handle: ::wit_guest::rt::Resource<Cell>,
                }
                unsafe impl ::wit_guest::rt::WasmResource for Cell {
                    #[inline]
                    unsafe fn drop(handle: u32) {
                        #[cfg(target_arch = "wasm32")]
                        #[link(
                            wasm_import_module = "[export]test:resources/shared@0.1.0"
                        )]
                        unsafe extern "C" {
                            #[link_name = "[resource-drop]cell"]
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
                static __TYPE_GUARD_CELL: ::wit_guest::rt::TypeGuard = ::wit_guest::rt::TypeGuard::new();
                impl Cell {
                    /// Creates a resource owning `val`; its handle can be passed to the host.
                    pub fn new<T: GuestCell>(val: T) -> Self {
                        __TYPE_GUARD_CELL.check::<T>("cell");
                        let rep = <T::Rep as ::wit_guest::rt::ResourceRep<
                            T,
                        >>::rep_new(val);
                        unsafe {
                            let ptr = T::resource_into_raw_(rep);
                            Self::from_handle(T::_resource_new(ptr.cast()))
                        }
                    }
                    /// The value behind this handle.
                    pub fn get<T: GuestCell>(&self) -> &T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.as_ptr::<T>())
                        }
                    }
                    /// The value behind this handle, mutably.
                    pub fn get_mut<T: GuestCell>(&mut self) -> &mut T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_mut(self.as_ptr::<T>())
                        }
                    }
                    /// Moves the value out; the resource keeps an empty slot until dropped.
                    pub fn into_inner<T: GuestCell>(self) -> T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_take(self.as_ptr::<T>())
                        }
                    }
                    /// Wraps an owned handle.
                    ///
                    /// # Safety
                    /// `handle` is an owned handle of this resource that nothing else drops.
                    #[doc(hidden)]
                    pub unsafe fn from_handle(handle: u32) -> Self {
                        Self {
                            handle: unsafe {
                                ::wit_guest::rt::Resource::from_handle(handle)
                            },
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
                    /// Drops the value behind `rep` (the `[dtor]` export).
                    ///
                    /// # Safety
                    /// `rep` came from `resource_into_raw_` and is dropped once.
                    #[doc(hidden)]
                    pub unsafe fn dtor<T: GuestCell>(rep: *mut u8) {
                        __TYPE_GUARD_CELL.check::<T>("cell");
                        unsafe { drop(T::resource_from_raw_(rep.cast())) }
                    }
                    fn as_ptr<T: GuestCell>(&self) -> *mut T::Rep {
                        __TYPE_GUARD_CELL.check::<T>("cell");
                        T::_resource_rep(self.handle()).cast()
                    }
                }
                /// A borrowed [`Cell`], valid for the call that lent it.
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct CellBorrow<'a> {
                    rep: *const u8,
                    _marker: ::core::marker::PhantomData<&'a Cell>,
                }
                impl<'a> CellBorrow<'a> {
                    /// # Safety
                    /// `rep` is the rep of a live resource of this type.
                    #[doc(hidden)]
                    pub unsafe fn lift(rep: *const u8) -> Self {
                        Self {
                            rep,
                            _marker: ::core::marker::PhantomData,
                        }
                    }
                    /// The value behind the borrowed handle.
                    pub fn get<T: GuestCell>(&self) -> &'a T {
                        __TYPE_GUARD_CELL.check::<T>("cell");
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.rep.cast())
                        }
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_double_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = CellBorrow::lift(arg0 as u32 as usize as *const u8);
                        let result_ = <T_ as Guest>::double(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_cell__new_cabi<T_: GuestCell>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = arg0 as u32;
                        let result_ = Cell::new(<T_ as GuestCell>::new(p0_));
                        result_.take_handle() as i32
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_cell__get_cabi<T_: GuestCell>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = CellBorrow::lift(arg0 as u32 as usize as *const u8);
                        let result_ = <T_ as GuestCell>::get(p0_.get::<T_>());
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                /// Implemented by the type that backs the exported resource `cell`.
                #[allow(
                    clippy::len_without_is_empty,
                    reason = "methods mirror the WIT resource"
                )]
                pub trait GuestCell: ::wit_guest::rt::RustResource {
                    /// Creates a handle for a value placed by `resource_into_raw_`.
                    ///
                    /// # Safety
                    /// `rep` is a pointer from `resource_into_raw_`.
                    #[doc(hidden)]
                    unsafe fn _resource_new(rep: *mut u8) -> u32
                    where
                        Self: Sized,
                    {
                        #[cfg(target_arch = "wasm32")]
                        #[link(
                            wasm_import_module = "[export]test:resources/shared@0.1.0"
                        )]
                        unsafe extern "C" {
                            #[link_name = "[resource-new]cell"]
                            fn new(_: i32) -> i32;
                        }
                        #[cfg(not(target_arch = "wasm32"))]
                        unsafe extern "C" fn new(_: i32) -> i32 {
                            __wit_guest_rt::wasm32_only(
                                "wit-guest: resources can only be used on wasm32",
                            )
                        }
                        unsafe { new(::wit_guest::rt::ptr_i32(rep)) as u32 }
                    }
                    /// The rep pointer behind an owned handle.
                    #[doc(hidden)]
                    fn _resource_rep(handle: u32) -> *mut u8
                    where
                        Self: Sized,
                    {
                        #[cfg(target_arch = "wasm32")]
                        #[link(
                            wasm_import_module = "[export]test:resources/shared@0.1.0"
                        )]
                        unsafe extern "C" {
                            #[link_name = "[resource-rep]cell"]
                            fn rep(_: i32) -> i32;
                        }
                        #[cfg(not(target_arch = "wasm32"))]
                        unsafe extern "C" fn rep(_: i32) -> i32 {
                            __wit_guest_rt::wasm32_only(
                                "wit-guest: resources can only be used on wasm32",
                            )
                        }
                        ::wit_guest::rt::i32_ptr(unsafe { rep(handle as i32) })
                    }
                    /// Where a new resource's value lives: a `Box` unless overridden
                    /// (for instance by an arena). Override `resource_from_raw_` with it.
                    ///
                    /// # Safety
                    /// The pointer must stay valid until `resource_from_raw_` takes it back.
                    #[doc(hidden)]
                    unsafe fn resource_into_raw_(val: Self::Rep) -> *mut Self::Rep {
                        ::wit_guest::rt::Box::into_raw(::wit_guest::rt::Box::new(val))
                    }
                    /// Takes back storage from `resource_into_raw_` when the resource is dropped.
                    ///
                    /// # Safety
                    /// `rep` came from `resource_into_raw_` and is taken back once.
                    #[doc(hidden)]
                    unsafe fn resource_from_raw_(rep: *mut Self::Rep) -> Self::Rep {
                        *unsafe { ::wit_guest::rt::Box::from_raw(rep) }
                    }
                    fn new(v: u32) -> Self;
                    fn get(&self) -> u32;
                }
                /// Implemented by the type passed to `export!`: the functions of `test:resources/shared@0.1.0`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `test:resources/shared@0.1.0`, but does not implement `exports::test::resources::shared::Guest`",
                    label = "missing `impl exports::test::resources::shared::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::test::resources::shared::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn double(c: CellBorrow<'_>) -> u32;
                    /// The type that implements the resource `cell`.
                    type Cell: GuestCell;
                }
                #[doc(hidden)]
                macro_rules! __export_test__resources__shared_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "test:resources/shared@0.1.0#double")]
                        unsafe extern "C" fn export_double(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_double_cabi:: < $ty > (arg0) } }
                        #[unsafe (export_name =
                        "test:resources/shared@0.1.0#[constructor]cell")] unsafe extern
                        "C" fn export_cell__new(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_cell__new_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::Cell > (arg0) } } #[unsafe
                        (export_name = "test:resources/shared@0.1.0#[method]cell.get")]
                        unsafe extern "C" fn export_cell__get(arg0 : i32) -> i32 { unsafe
                        { $($path_to_types)* ::_export_cell__get_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::Cell > (arg0) } } #[unsafe
                        (export_name = "test:resources/shared@0.1.0#[dtor]cell")] unsafe
                        extern "C" fn dtor_cell(rep : i32) { unsafe { $($path_to_types)*
                        ::Cell::dtor:: << $ty as $($path_to_types)* ::Guest > ::Cell >
                        (rep as u32 as usize as * mut u8) } } }; #[cfg(not(target_arch =
                        "wasm32"))] const _ : () = { fn exported < T : $($path_to_types)*
                        ::Guest > () {} let _ = exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_test__resources__shared_cabi;
            }
            /// The guest's own resources reached through another exported interface's
            /// `use`, renamed: borrows of them are the guest's (`BlobBorrow`).
            pub mod blob_views {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type View = super::super::super::super::exports::test::resources::guest_res::Blob;
                pub type ViewBorrow<'a> = super::super::super::super::exports::test::resources::guest_res::BlobBorrow<
                    'a,
                >;
                pub type Counter = super::super::super::super::test::resources::host_res::Counter;
                pub struct Lens<'a> {
                    pub target: ::core::option::Option<
                        super::super::super::super::exports::test::resources::guest_res::BlobBorrow<
                            'a,
                        >,
                    >,
                    pub skip: u32,
                }
                #[automatically_derived]
                impl<'a> ::core::fmt::Debug for Lens<'a> {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("Lens")
                            .field("target", &self.target)
                            .field("skip", &self.skip)
                            .finish()
                    }
                }
                /// Lists of records and variants holding borrowed handles, the host's and
                /// the guest's own, valid for the call.
                pub struct Tagged<'a> {
                    pub c: &'a super::super::super::super::test::resources::host_res::Counter,
                    pub tag: ::wit_guest::rt::String,
                }
                #[automatically_derived]
                impl<'a> ::core::fmt::Debug for Tagged<'a> {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("Tagged")
                            .field("c", &self.c)
                            .field("tag", &self.tag)
                            .finish()
                    }
                }
                pub enum Either<'a> {
                    Host(
                        &'a super::super::super::super::test::resources::host_res::Counter,
                    ),
                    Mine(
                        super::super::super::super::exports::test::resources::guest_res::BlobBorrow<
                            'a,
                        >,
                    ),
                    Neither,
                }
                #[automatically_derived]
                impl<'a> ::core::fmt::Debug for Either<'a> {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        match self {
                            Either::Host(e) => {
                                f.debug_tuple("Either::Host").field(e).finish()
                            }
                            Either::Mine(e) => {
                                f.debug_tuple("Either::Mine").field(e).finish()
                            }
                            Either::Neither => f.debug_tuple("Either::Neither").finish(),
                        }
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_view_len_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = super::super::super::super::exports::test::resources::guest_res::BlobBorrow::lift(
                            arg0 as u32 as usize as *const u8,
                        );
                        let result_ = <T_ as Guest>::view_len(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_lens_len_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = Lens {
                            target: match arg0 {
                                0 => ::core::option::Option::None,
                                1 => {
                                    ::core::option::Option::Some(
                                        super::super::super::super::exports::test::resources::guest_res::BlobBorrow::lift(
                                            arg1 as u32 as usize as *const u8,
                                        ),
                                    )
                                }
                                _ => __wit_guest_rt::invalid_discriminant(),
                            },
                            skip: arg2 as u32,
                        };
                        let result_ = <T_ as Guest>::lens_len(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_sum_tagged_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let lender2_ = __wit_guest_rt::Lender::new();
                        let p0_ = __wit_guest_rt::list_lift_with(
                            arg0,
                            arg1,
                            12,
                            4,
                            |at1_: *mut u8| Tagged {
                                c: lender2_
                                    .lend(
                                        super::super::super::super::test::resources::host_res::Counter::from_handle(
                                            *at1_.cast::<i32>() as u32,
                                        ),
                                    ),
                                tag: __wit_guest_rt::string_lift(
                                    *at1_.add(4).cast::<i32>(),
                                    *at1_.add(8).cast::<i32>(),
                                ),
                            },
                        );
                        let result_ = <T_ as Guest>::sum_tagged(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_sum_either_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let lender2_ = __wit_guest_rt::Lender::new();
                        let p0_ = __wit_guest_rt::list_lift_with(
                            arg0,
                            arg1,
                            8,
                            4,
                            |at1_: *mut u8| match *at1_.cast::<u8>() {
                                0 => {
                                    Either::Host(
                                        lender2_
                                            .lend(
                                                super::super::super::super::test::resources::host_res::Counter::from_handle(
                                                    *at1_.add(4).cast::<i32>() as u32,
                                                ),
                                            ),
                                    )
                                }
                                1 => {
                                    Either::Mine(
                                        super::super::super::super::exports::test::resources::guest_res::BlobBorrow::lift(
                                            *at1_.add(4).cast::<i32>() as u32 as usize as *const u8,
                                        ),
                                    )
                                }
                                2 => Either::Neither,
                                _ => __wit_guest_rt::invalid_discriminant(),
                            },
                        );
                        let result_ = <T_ as Guest>::sum_either(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_sum_nested_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let lender3_ = __wit_guest_rt::Lender::new();
                        let p0_ = __wit_guest_rt::list_lift_with(
                            arg0,
                            arg1,
                            8,
                            4,
                            |at1_: *mut u8| {
                                lender3_
                                    .lend(
                                        __wit_guest_rt::list_lift_with(
                                            *at1_.cast::<i32>(),
                                            *at1_.add(4).cast::<i32>(),
                                            4,
                                            4,
                                            |at2_: *mut u8| super::super::super::super::test::resources::host_res::Counter::from_handle(
                                                *at2_.cast::<i32>() as u32,
                                            ),
                                        ),
                                    )
                                    .iter()
                                    .collect::<__wit_guest_rt::Vec<_>>()
                            },
                        );
                        let p1_ = __wit_guest_rt::list_lift_with(
                            arg2,
                            arg3,
                            12,
                            4,
                            |at4_: *mut u8| Lens {
                                target: match *at4_.cast::<u8>() {
                                    0 => ::core::option::Option::None,
                                    1 => {
                                        ::core::option::Option::Some(
                                            super::super::super::super::exports::test::resources::guest_res::BlobBorrow::lift(
                                                *at4_.add(4).cast::<i32>() as u32 as usize as *const u8,
                                            ),
                                        )
                                    }
                                    _ => __wit_guest_rt::invalid_discriminant(),
                                },
                                skip: *at4_.add(8).cast::<u32>(),
                            },
                        );
                        let result_ = <T_ as Guest>::sum_nested(p0_, p1_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                /// Implemented by the type passed to `export!`: the functions of `test:resources/blob-views@0.1.0`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `test:resources/blob-views@0.1.0`, but does not implement `exports::test::resources::blob_views::Guest`",
                    label = "missing `impl exports::test::resources::blob_views::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::test::resources::blob_views::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn view_len(
                        v: super::super::super::super::exports::test::resources::guest_res::BlobBorrow<
                            '_,
                        >,
                    ) -> u32;
                    fn lens_len(l: Lens<'_>) -> u32;
                    fn sum_tagged(items: ::wit_guest::rt::Vec<Tagged<'_>>) -> u32;
                    fn sum_either(items: ::wit_guest::rt::Vec<Either<'_>>) -> u32;
                    fn sum_nested(
                        groups: ::wit_guest::rt::Vec<
                            ::wit_guest::rt::Vec<
                                &'_ super::super::super::super::test::resources::host_res::Counter,
                            >,
                        >,
                        lenses: ::wit_guest::rt::Vec<Lens<'_>>,
                    ) -> u32;
                }
                #[doc(hidden)]
                macro_rules! __export_test__resources__blob_views_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name =
                        "test:resources/blob-views@0.1.0#view-len")] unsafe extern "C" fn
                        export_view_len(arg0 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_view_len_cabi:: < $ty > (arg0) } } #[unsafe
                        (export_name = "test:resources/blob-views@0.1.0#lens-len")]
                        unsafe extern "C" fn export_lens_len(arg0 : i32, arg1 : i32, arg2
                        : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_lens_len_cabi:: < $ty > (arg0, arg1, arg2) } } #[unsafe
                        (export_name = "test:resources/blob-views@0.1.0#sum-tagged")]
                        unsafe extern "C" fn export_sum_tagged(arg0 : i32, arg1 : i32) ->
                        i32 { unsafe { $($path_to_types)* ::_export_sum_tagged_cabi:: <
                        $ty > (arg0, arg1) } } #[unsafe (export_name =
                        "test:resources/blob-views@0.1.0#sum-either")] unsafe extern "C"
                        fn export_sum_either(arg0 : i32, arg1 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_sum_either_cabi:: < $ty > (arg0,
                        arg1) } } #[unsafe (export_name =
                        "test:resources/blob-views@0.1.0#sum-nested")] unsafe extern "C"
                        fn export_sum_nested(arg0 : i32, arg1 : i32, arg2 : i32, arg3 :
                        i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_sum_nested_cabi:: < $ty > (arg0, arg1, arg2, arg3) } }
                        }; #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn
                        exported < T : $($path_to_types)* ::Guest > () {} let _ =
                        exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_test__resources__blob_views_cabi;
            }
            /// Uses `shared`, which the world both imports and exports: being exported
            /// itself, it sees the exported `cell`.
            pub mod shared_user {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type Cell = super::super::super::super::exports::test::resources::shared::Cell;
                pub type CellBorrow<'a> = super::super::super::super::exports::test::resources::shared::CellBorrow<
                    'a,
                >;
                #[doc(hidden)]
                pub unsafe fn _export_peek_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = super::super::super::super::exports::test::resources::shared::CellBorrow::lift(
                            arg0 as u32 as usize as *const u8,
                        );
                        let result_ = <T_ as Guest>::peek(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                /// Implemented by the type passed to `export!`: the functions of `test:resources/shared-user@0.1.0`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `test:resources/shared-user@0.1.0`, but does not implement `exports::test::resources::shared_user::Guest`",
                    label = "missing `impl exports::test::resources::shared_user::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::test::resources::shared_user::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn peek(
                        c: super::super::super::super::exports::test::resources::shared::CellBorrow<
                            '_,
                        >,
                    ) -> u32;
                }
                #[doc(hidden)]
                macro_rules! __export_test__resources__shared_user_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name =
                        "test:resources/shared-user@0.1.0#peek")] unsafe extern "C" fn
                        export_peek(arg0 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_peek_cabi:: < $ty > (arg0) } } }; #[cfg(not(target_arch
                        = "wasm32"))] const _ : () = { fn exported < T :
                        $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_test__resources__shared_user_cabi;
            }
        }
    }
}
