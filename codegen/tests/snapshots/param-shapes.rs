/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `param-shapes` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_param_shapes<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_param_shapes_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_param_shapes < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; };
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_param_shapes_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:param-shapes:param-shapes:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 757usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\x90\x05\x01A\x02\x01A\x02\x01B=\x01r\x02\x01xv\x01yv\x04\0\x03pod\x03\0\0\x01r\x01\x01ss\x04\0\x05owned\x03\0\x02\x01m\x02\x03red\x05green\x04\0\x05color\x03\0\x04\x04\0\x01r\x03\x01\x01@\x01\x01p\x01\x01\0\x04\0\x05f-pod\x01\x07\x01@\x01\x01o\x03\x01\0\x04\0\x07f-owned\x01\x08\x01o\x02}\x01\x01@\x01\x01t\t\x01\0\x04\0\x0Bf-tuple-pod\x01\n\x01o\x02}\x03\x01@\x01\x01t\x0B\x01\0\x04\0\rf-tuple-owned\x01\x0C\x01k\x01\x01@\x01\x01o\r\x01\0\x04\0\x0Cf-option-pod\x01\x0E\x01o\x02\x01s\x01k\x0F\x01@\x01\x01o\x10\x01\0\x04\0\x0Ef-option-tuple\x01\x11\x01o\x02\x01\x03\x01p\x12\x01@\x01\x01l\x13\x01\0\x04\0\x0Cf-list-tuple\x01\x14\x01j\x01\x01\x01\x03\x01@\x01\x01r\x15\x01\0\x04\0\x0Cf-result-pod\x01\x16\x01o\x02\rs\x01@\x01\x01t\x17\x01\0\x04\0\x0Cg-nested-opt\x01\x18\x01o\x02\x01}\x01o\x02\x19s\x01@\x01\x01t\x1A\x01\0\x04\0\x0Eg-nested-tuple\x01\x1B\x01p}\x01o\x03}\x01\x1C\x01@\x01\x01t\x1D\x01\0\x04\0\x0Eg-list-sibling\x01\x1E\x01h\x06\x01o\x02\x01\x1F\x01@\x01\x01t \x01\0\x04\0\x10g-borrow-sibling\x01!\x01i\x06\x01o\x03\x01\"s\x01@\x01\x01t#\x01\0\x04\0\rg-own-sibling\x01$\x01j\x01\x01\x01s\x01@\x01\x01r%\x01\0\x04\0\x0Cg-result-str\x01&\x01j\x01\x01\0\x01@\x01\x01r'\x01\0\x04\0\rg-result-unit\x01(\x01@\x02\x01p\r\x01ss\x01\0\x04\0\ng-separate\x01)\x01o\x02\x05s\x01@\x01\x01t*\x01\0\x04\0\x06g-enum\x01+\x03\0\x1Bfixture:param-shapes/shapes\x05\0\x04\0!fixture:param-shapes/param-shapes\x04\0\x0B\x12\x01\0\x0Cparam-shapes\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/param-shapes.wit");
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
    pub mod param_shapes {
        /// Imported parameters that nest named types in tuples, options and
        /// results: spelled as wit-bindgen 0.60–0.63 spell them (a named type is
        /// `&T` inside a parameter that borrows a string, list or handle; a
        /// parameter holding an owned handle is owned throughout).
        pub mod shapes {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub struct Pod {
                pub x: f32,
                pub y: f32,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Pod {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Pod")
                        .field("x", &self.x)
                        .field("y", &self.y)
                        .finish()
                }
            }
            impl Pod {
                #[doc(hidden)]
                #[inline]
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (f32, f32) {
                    unsafe {
                        (__wit_guest_rt::as_f32(self.x), __wit_guest_rt::as_f32(self.y))
                    }
                }
                #[doc(hidden)]
                #[inline]
                #[allow(
                    clippy::too_many_arguments,
                    reason = "one argument per flat value"
                )]
                pub unsafe fn __wit_guest_lift_flat(flat0: f32, flat1: f32) -> Self {
                    unsafe { Pod { x: flat0, y: flat1 } }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Pod {
                            x: *at.cast::<f32>(),
                            y: *at.add(4).cast::<f32>(),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                    unsafe {
                        *at.cast::<u32>() = (self.x).to_bits();
                        *at.add(4).cast::<u32>() = (self.y).to_bits();
                    }
                }
            }
            #[derive(Clone)]
            pub struct Owned {
                pub s: ::wit_guest::rt::String,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Owned {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Owned").field("s", &self.s).finish()
                }
            }
            impl Owned {
                #[doc(hidden)]
                #[inline]
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (i32, i32) {
                    unsafe {
                        (
                            __wit_guest_rt::ptr_i32(self.s.as_ptr()),
                            __wit_guest_rt::len_i32(self.s.len()),
                        )
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
                        Owned {
                            s: __wit_guest_rt::string_lift(flat0, flat1),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Owned {
                            s: __wit_guest_rt::string_lift(
                                *at.cast::<i32>(),
                                *at.add(4).cast::<i32>(),
                            ),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                    unsafe {
                        *at.cast::<i32>() = __wit_guest_rt::ptr_i32(self.s.as_ptr());
                        *at.add(4).cast::<i32>() = __wit_guest_rt::len_i32(self.s.len());
                    }
                }
            }
            #[repr(u8)]
            #[derive(Clone, Copy, Eq, Ord, PartialEq, PartialOrd)]
            pub enum Color {
                Red,
                Green,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Color {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        Color::Red => f.debug_tuple("Color::Red").finish(),
                        Color::Green => f.debug_tuple("Color::Green").finish(),
                    }
                }
            }
            impl Color {
                #[doc(hidden)]
                #[inline]
                pub unsafe fn _lift(val: u8) -> Color {
                    Self::__wit_guest_lift(u32::from(val))
                }
                /// The case whose discriminant is `val`; traps on any other value.
                #[doc(hidden)]
                #[inline]
                pub fn __wit_guest_lift(val: u32) -> Color {
                    match val {
                        0 => Color::Red,
                        1 => Color::Green,
                        _ => ::wit_guest::rt::invalid_discriminant(),
                    }
                }
                /// The case's discriminant.
                #[doc(hidden)]
                #[inline]
                pub fn __wit_guest_lower(&self) -> i32 {
                    *self as i32
                }
            }
            #[derive(Debug)]
            #[repr(transparent)]
            pub struct R {
                handle: ::wit_guest::rt::Resource<R>,
            }
            unsafe impl ::wit_guest::rt::WasmResource for R {
                #[inline]
                unsafe fn drop(handle: u32) {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = "fixture:param-shapes/shapes")]
                    unsafe extern "C" {
                        #[link_name = "[resource-drop]r"]
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
            impl R {
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
            pub fn f_pod(p: Pod) {
                unsafe {
                    let (f1_, f2_) = (p).__wit_guest_flat();
                    __import_f_pod(f1_, f2_);
                }
            }
            #[inline]
            pub fn f_owned(o: &Owned) {
                unsafe {
                    let (f1_, f2_) = (o).__wit_guest_flat();
                    __import_f_owned(f1_, f2_);
                }
            }
            #[inline]
            pub fn f_tuple_pod(t: (u8, Pod)) {
                unsafe {
                    let (f1_, f2_) = (t.1).__wit_guest_flat();
                    __import_f_tuple_pod(__wit_guest_rt::as_i32(t.0), f1_, f2_);
                }
            }
            #[inline]
            pub fn f_tuple_owned(t: (u8, &Owned)) {
                unsafe {
                    let (f1_, f2_) = (t.1).__wit_guest_flat();
                    __import_f_tuple_owned(__wit_guest_rt::as_i32(t.0), f1_, f2_);
                }
            }
            #[inline]
            pub fn f_option_pod(o: ::core::option::Option<Pod>) {
                unsafe {
                    let (f1_, f2_, f3_) = match &o {
                        ::core::option::Option::None => (0, 0f32, 0f32),
                        ::core::option::Option::Some(e4_) => {
                            let (f5_, f6_) = (e4_).__wit_guest_flat();
                            (1, f5_, f6_)
                        }
                    };
                    __import_f_option_pod(f1_, f2_, f3_);
                }
            }
            #[inline]
            pub fn f_option_tuple(o: ::core::option::Option<(&Pod, &str)>) {
                unsafe {
                    let (f1_, f2_, f3_, f4_, f5_) = match &o {
                        ::core::option::Option::None => (0, 0f32, 0f32, 0i32, 0i32),
                        ::core::option::Option::Some(e6_) => {
                            let (f7_, f8_) = (e6_.0).__wit_guest_flat();
                            (
                                1,
                                f7_,
                                f8_,
                                __wit_guest_rt::ptr_i32(e6_.1.as_ptr()),
                                __wit_guest_rt::len_i32(e6_.1.len()),
                            )
                        }
                    };
                    __import_f_option_tuple(f1_, f2_, f3_, f4_, f5_);
                }
            }
            #[inline]
            pub fn f_list_tuple(l: &[(Pod, Owned)]) {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = l.len();
                    let base3_ = cleanup_.alloc(len2_ * 16, 4);
                    for (i6_, e5_) in l.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 16);
                        (e5_.0).__wit_guest_store(at4_);
                        (e5_.1).__wit_guest_store(at4_.add(8));
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    __import_f_list_tuple(ptr1_, __wit_guest_rt::len_i32(len2_));
                }
            }
            #[inline]
            pub fn f_result_pod(r: ::core::result::Result<&Pod, &Owned>) {
                unsafe {
                    let (f1_, f2_, f3_) = match &r {
                        ::core::result::Result::Ok(e4_) => {
                            let (f5_, f6_) = (e4_).__wit_guest_flat();
                            (0, f5_.to_bits() as i32, f6_.to_bits() as i32)
                        }
                        ::core::result::Result::Err(e7_) => {
                            let (f8_, f9_) = (e7_).__wit_guest_flat();
                            (1, f8_, f9_)
                        }
                    };
                    __import_f_result_pod(f1_, f2_, f3_);
                }
            }
            #[inline]
            pub fn g_nested_opt(t: (::core::option::Option<&Pod>, &str)) {
                unsafe {
                    let (f1_, f2_, f3_) = match &t.0 {
                        ::core::option::Option::None => (0, 0f32, 0f32),
                        ::core::option::Option::Some(e4_) => {
                            let (f5_, f6_) = (e4_).__wit_guest_flat();
                            (1, f5_, f6_)
                        }
                    };
                    __import_g_nested_opt(
                        f1_,
                        f2_,
                        f3_,
                        __wit_guest_rt::ptr_i32(t.1.as_ptr()),
                        __wit_guest_rt::len_i32(t.1.len()),
                    );
                }
            }
            #[inline]
            pub fn g_nested_tuple(t: ((&Pod, u8), &str)) {
                unsafe {
                    let (f1_, f2_) = (t.0.0).__wit_guest_flat();
                    __import_g_nested_tuple(
                        f1_,
                        f2_,
                        __wit_guest_rt::as_i32(t.0.1),
                        __wit_guest_rt::ptr_i32(t.1.as_ptr()),
                        __wit_guest_rt::len_i32(t.1.len()),
                    );
                }
            }
            #[inline]
            pub fn g_list_sibling(t: (u8, &Pod, &[u8])) {
                unsafe {
                    let (f1_, f2_) = (t.1).__wit_guest_flat();
                    __import_g_list_sibling(
                        __wit_guest_rt::as_i32(t.0),
                        f1_,
                        f2_,
                        __wit_guest_rt::ptr_i32(t.2.as_ptr()),
                        __wit_guest_rt::len_i32(t.2.len()),
                    );
                }
            }
            #[inline]
            pub fn g_borrow_sibling(t: (&Pod, &'_ R)) {
                unsafe {
                    let (f1_, f2_) = (t.0).__wit_guest_flat();
                    __import_g_borrow_sibling(f1_, f2_, t.1.handle() as i32);
                }
            }
            #[inline]
            pub fn g_own_sibling(t: (Pod, R, ::wit_guest::rt::String)) {
                unsafe {
                    let (f1_, f2_) = (t.0).__wit_guest_flat();
                    __import_g_own_sibling(
                        f1_,
                        f2_,
                        t.1.take_handle() as i32,
                        __wit_guest_rt::ptr_i32(t.2.as_ptr()),
                        __wit_guest_rt::len_i32(t.2.len()),
                    );
                }
            }
            #[inline]
            pub fn g_result_str(r: ::core::result::Result<&Pod, &str>) {
                unsafe {
                    let (f1_, f2_, f3_) = match &r {
                        ::core::result::Result::Ok(e4_) => {
                            let (f5_, f6_) = (e4_).__wit_guest_flat();
                            (0, f5_.to_bits() as i32, f6_.to_bits() as i32)
                        }
                        ::core::result::Result::Err(e7_) => {
                            (
                                1,
                                __wit_guest_rt::ptr_i32(e7_.as_ptr()),
                                __wit_guest_rt::len_i32(e7_.len()),
                            )
                        }
                    };
                    __import_g_result_str(f1_, f2_, f3_);
                }
            }
            #[inline]
            pub fn g_result_unit(r: ::core::result::Result<Pod, ()>) {
                unsafe {
                    let (f1_, f2_, f3_) = match &r {
                        ::core::result::Result::Ok(e4_) => {
                            let (f5_, f6_) = (e4_).__wit_guest_flat();
                            (0, f5_, f6_)
                        }
                        ::core::result::Result::Err(_) => (1, 0f32, 0f32),
                    };
                    __import_g_result_unit(f1_, f2_, f3_);
                }
            }
            #[inline]
            pub fn g_separate(p: ::core::option::Option<Pod>, s: &str) {
                unsafe {
                    let (f1_, f2_, f3_) = match &p {
                        ::core::option::Option::None => (0, 0f32, 0f32),
                        ::core::option::Option::Some(e4_) => {
                            let (f5_, f6_) = (e4_).__wit_guest_flat();
                            (1, f5_, f6_)
                        }
                    };
                    __import_g_separate(
                        f1_,
                        f2_,
                        f3_,
                        __wit_guest_rt::ptr_i32(s.as_ptr()),
                        __wit_guest_rt::len_i32(s.len()),
                    );
                }
            }
            #[inline]
            pub fn g_enum(t: (&Color, &str)) {
                unsafe {
                    __import_g_enum(
                        (t.0).__wit_guest_lower(),
                        __wit_guest_rt::ptr_i32(t.1.as_ptr()),
                        __wit_guest_rt::len_i32(t.1.len()),
                    );
                }
            }
            #[allow(
                clippy::new_without_default,
                clippy::len_without_is_empty,
                clippy::should_implement_trait,
                reason = "methods mirror the WIT resource"
            )]
            impl R {}
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:param-shapes/shapes")]
            unsafe extern "C" {
                #[link_name = "f-pod"]
                fn __import_f_pod(_: f32, _: f32);
                #[link_name = "f-owned"]
                fn __import_f_owned(_: i32, _: i32);
                #[link_name = "f-tuple-pod"]
                fn __import_f_tuple_pod(_: i32, _: f32, _: f32);
                #[link_name = "f-tuple-owned"]
                fn __import_f_tuple_owned(_: i32, _: i32, _: i32);
                #[link_name = "f-option-pod"]
                fn __import_f_option_pod(_: i32, _: f32, _: f32);
                #[link_name = "f-option-tuple"]
                fn __import_f_option_tuple(_: i32, _: f32, _: f32, _: i32, _: i32);
                #[link_name = "f-list-tuple"]
                fn __import_f_list_tuple(_: i32, _: i32);
                #[link_name = "f-result-pod"]
                fn __import_f_result_pod(_: i32, _: i32, _: i32);
                #[link_name = "g-nested-opt"]
                fn __import_g_nested_opt(_: i32, _: f32, _: f32, _: i32, _: i32);
                #[link_name = "g-nested-tuple"]
                fn __import_g_nested_tuple(_: f32, _: f32, _: i32, _: i32, _: i32);
                #[link_name = "g-list-sibling"]
                fn __import_g_list_sibling(_: i32, _: f32, _: f32, _: i32, _: i32);
                #[link_name = "g-borrow-sibling"]
                fn __import_g_borrow_sibling(_: f32, _: f32, _: i32);
                #[link_name = "g-own-sibling"]
                fn __import_g_own_sibling(_: f32, _: f32, _: i32, _: i32, _: i32);
                #[link_name = "g-result-str"]
                fn __import_g_result_str(_: i32, _: i32, _: i32);
                #[link_name = "g-result-unit"]
                fn __import_g_result_unit(_: i32, _: f32, _: f32);
                #[link_name = "g-separate"]
                fn __import_g_separate(_: i32, _: f32, _: f32, _: i32, _: i32);
                #[link_name = "g-enum"]
                fn __import_g_enum(_: i32, _: i32, _: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{
                __import_f_pod, __import_f_owned, __import_f_tuple_pod,
                __import_f_tuple_owned, __import_f_option_pod, __import_f_option_tuple,
                __import_f_list_tuple, __import_f_result_pod, __import_g_nested_opt,
                __import_g_nested_tuple, __import_g_list_sibling,
                __import_g_borrow_sibling, __import_g_own_sibling, __import_g_result_str,
                __import_g_result_unit, __import_g_separate, __import_g_enum,
            };
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_f_pod(_: f32, _: f32) {
                    on_host()
                }
                pub(super) unsafe fn __import_f_owned(_: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_f_tuple_pod(_: i32, _: f32, _: f32) {
                    on_host()
                }
                pub(super) unsafe fn __import_f_tuple_owned(_: i32, _: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_f_option_pod(_: i32, _: f32, _: f32) {
                    on_host()
                }
                pub(super) unsafe fn __import_f_option_tuple(
                    _: i32,
                    _: f32,
                    _: f32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_f_list_tuple(_: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_f_result_pod(_: i32, _: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_g_nested_opt(
                    _: i32,
                    _: f32,
                    _: f32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_g_nested_tuple(
                    _: f32,
                    _: f32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_g_list_sibling(
                    _: i32,
                    _: f32,
                    _: f32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_g_borrow_sibling(_: f32, _: f32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_g_own_sibling(
                    _: f32,
                    _: f32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_g_result_str(_: i32, _: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_g_result_unit(_: i32, _: f32, _: f32) {
                    on_host()
                }
                pub(super) unsafe fn __import_g_separate(
                    _: i32,
                    _: f32,
                    _: f32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_g_enum(_: i32, _: i32, _: i32) {
                    on_host()
                }
            }
        }
    }
}
