/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `w` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_w<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_w_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_w < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::exports::test::acc::props::__export_test__acc__props_cabi!($ty with_types_in
        $($path_to_types_root)* ::exports::test::acc::props);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_w_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(link_section = "component-type:wit-guest:0.1.0:test:acc:w:encoded world")]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 799usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xC5\x05\x01A\x02\x01A\x04\x01B\x17\x04\0\x04knob\x03\x01\x01@\0\0y\x04\0\x0B[get]volume\x01\x01\x01@\x01\x01vy\x01\0\x04\0\x0B[set]volume\x01\x02\x01@\0\0s\x04\0\t[get]mode\x01\x03\x01j\0\x01s\x01@\x01\x01ms\0\x04\x04\0\t[set]mode\x01\x05\x01i\0\x01@\x01\x05starty\0\x06\x04\0\x11[constructor]knob\x01\x07\x01h\0\x01@\x01\x04self\x08\0y\x04\0\x17[method][get]knob.level\x01\t\x01@\x02\x04self\x08\x01ly\x01\0\x04\0\x17[method][set]knob.level\x01\n\x04\0\x17[static][get]knob.limit\x01\x01\x01@\x01\x01ly\x01\0\x04\0\x17[static][set]knob.limit\x01\x0B\x01@\x02\x04self\x08\x02byz\x01\0\x04\0\x11[method]knob.turn\x01\x0C\x03\0\x0Etest:acc/props\x05\0\x01B\x17\x04\0\x04knob\x03\x01\x01@\0\0y\x04\0\x0B[get]volume\x01\x01\x01@\x01\x01vy\x01\0\x04\0\x0B[set]volume\x01\x02\x01@\0\0s\x04\0\t[get]mode\x01\x03\x01j\0\x01s\x01@\x01\x01ms\0\x04\x04\0\t[set]mode\x01\x05\x01i\0\x01@\x01\x05starty\0\x06\x04\0\x11[constructor]knob\x01\x07\x01h\0\x01@\x01\x04self\x08\0y\x04\0\x17[method][get]knob.level\x01\t\x01@\x02\x04self\x08\x01ly\x01\0\x04\0\x17[method][set]knob.level\x01\n\x04\0\x17[static][get]knob.limit\x01\x01\x01@\x01\x01ly\x01\0\x04\0\x17[static][set]knob.limit\x01\x0B\x01@\x02\x04self\x08\x02byz\x01\0\x04\0\x11[method]knob.turn\x01\x0C\x04\0\x0Etest:acc/props\x05\x01\x04\0\ntest:acc/w\x04\0\x0B\x07\x01\0\x01w\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/accessors.wit");
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
    pub mod acc {
        pub mod props {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[derive(Debug)]
            #[repr(transparent)]
            pub struct Knob {
                handle: ::wit_guest::rt::Resource<Knob>,
            }
            unsafe impl ::wit_guest::rt::WasmResource for Knob {
                #[inline]
                unsafe fn drop(handle: u32) {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = "test:acc/props")]
                    unsafe extern "C" {
                        #[link_name = "[resource-drop]knob"]
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
            impl Knob {
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
            /// The volume.
            #[inline]
            pub fn volume() -> u32 {
                unsafe {
                    let r_ = __import_volume();
                    r_ as u32
                }
            }
            #[inline]
            pub fn set_volume(v: u32) {
                unsafe {
                    __import_set_volume(__wit_guest_rt::as_i32(v));
                }
            }
            #[inline]
            pub fn mode() -> ::wit_guest::rt::String {
                unsafe {
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<8>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_mode(__wit_guest_rt::ptr_i32(ret_));
                    __wit_guest_rt::string_lift(
                        *ret_.cast::<i32>(),
                        *ret_.add(4).cast::<i32>(),
                    )
                }
            }
            #[inline]
            pub fn set_mode(
                m: &str,
            ) -> ::core::result::Result<(), ::wit_guest::rt::String> {
                unsafe {
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<12>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_set_mode(
                        __wit_guest_rt::ptr_i32(m.as_ptr()),
                        __wit_guest_rt::len_i32(m.len()),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    match *ret_.cast::<u8>() {
                        0 => ::core::result::Result::Ok(()),
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
            #[allow(
                clippy::new_without_default,
                clippy::len_without_is_empty,
                clippy::should_implement_trait,
                reason = "methods mirror the WIT resource"
            )]
            impl Knob {
                #[inline]
                pub fn new(start: u32) -> Self {
                    unsafe {
                        let r_ = __import_knob__new(__wit_guest_rt::as_i32(start));
                        Knob::from_handle(r_ as u32)
                    }
                }
                #[inline]
                pub fn level(&self) -> u32 {
                    unsafe {
                        let r_ = __import_knob__level(self.handle() as i32);
                        r_ as u32
                    }
                }
                #[inline]
                pub fn set_level(&self, l: u32) {
                    unsafe {
                        __import_knob__set_level(
                            self.handle() as i32,
                            __wit_guest_rt::as_i32(l),
                        );
                    }
                }
                #[inline]
                pub fn limit() -> u32 {
                    unsafe {
                        let r_ = __import_knob__limit();
                        r_ as u32
                    }
                }
                #[inline]
                pub fn set_limit(l: u32) {
                    unsafe {
                        __import_knob__set_limit(__wit_guest_rt::as_i32(l));
                    }
                }
                #[inline]
                pub fn turn(&self, by: i32) {
                    unsafe {
                        __import_knob__turn(
                            self.handle() as i32,
                            __wit_guest_rt::as_i32(by),
                        );
                    }
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "test:acc/props")]
            unsafe extern "C" {
                #[link_name = "[get]volume"]
                fn __import_volume() -> i32;
                #[link_name = "[set]volume"]
                fn __import_set_volume(_: i32);
                #[link_name = "[get]mode"]
                fn __import_mode(_: i32);
                #[link_name = "[set]mode"]
                fn __import_set_mode(_: i32, _: i32, _: i32);
                #[link_name = "[constructor]knob"]
                fn __import_knob__new(_: i32) -> i32;
                #[link_name = "[method][get]knob.level"]
                fn __import_knob__level(_: i32) -> i32;
                #[link_name = "[method][set]knob.level"]
                fn __import_knob__set_level(_: i32, _: i32);
                #[link_name = "[static][get]knob.limit"]
                fn __import_knob__limit() -> i32;
                #[link_name = "[static][set]knob.limit"]
                fn __import_knob__set_limit(_: i32);
                #[link_name = "[method]knob.turn"]
                fn __import_knob__turn(_: i32, _: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{
                __import_volume, __import_set_volume, __import_mode, __import_set_mode,
                __import_knob__new, __import_knob__level, __import_knob__set_level,
                __import_knob__limit, __import_knob__set_limit, __import_knob__turn,
            };
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_volume() -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_set_volume(_: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_mode(_: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_set_mode(_: i32, _: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_knob__new(_: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_knob__level(_: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_knob__set_level(_: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_knob__limit() -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_knob__set_limit(_: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_knob__turn(_: i32, _: i32) {
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
        pub mod acc {
            pub mod props {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct Knob {
                    handle: ::wit_guest::rt::Resource<Knob>,
                }
                unsafe impl ::wit_guest::rt::WasmResource for Knob {
                    #[inline]
                    unsafe fn drop(handle: u32) {
                        #[cfg(target_arch = "wasm32")]
                        #[link(wasm_import_module = "[export]test:acc/props")]
                        unsafe extern "C" {
                            #[link_name = "[resource-drop]knob"]
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
                static __TYPE_GUARD_KNOB: ::wit_guest::rt::TypeGuard = ::wit_guest::rt::TypeGuard::new();
                impl Knob {
                    /// Creates a resource owning `val`; its handle can be passed to the host.
                    pub fn new<T: GuestKnob>(val: T) -> Self {
                        __TYPE_GUARD_KNOB.check::<T>("knob");
                        let rep = <T::Rep as ::wit_guest::rt::ResourceRep<
                            T,
                        >>::rep_new(val);
                        unsafe {
                            let ptr = T::resource_into_raw_(rep);
                            Self::from_handle(T::_resource_new(ptr.cast()))
                        }
                    }
                    /// The value behind this handle.
                    pub fn get<T: GuestKnob>(&self) -> &T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.as_ptr::<T>())
                        }
                    }
                    /// The value behind this handle, mutably.
                    pub fn get_mut<T: GuestKnob>(&mut self) -> &mut T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_mut(self.as_ptr::<T>())
                        }
                    }
                    /// Moves the value out; the resource keeps an empty slot until dropped.
                    pub fn into_inner<T: GuestKnob>(self) -> T {
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
                    pub unsafe fn dtor<T: GuestKnob>(rep: *mut u8) {
                        __TYPE_GUARD_KNOB.check::<T>("knob");
                        unsafe { drop(T::resource_from_raw_(rep.cast())) }
                    }
                    fn as_ptr<T: GuestKnob>(&self) -> *mut T::Rep {
                        __TYPE_GUARD_KNOB.check::<T>("knob");
                        T::_resource_rep(self.handle()).cast()
                    }
                }
                /// A borrowed [`Knob`], valid for the call that lent it.
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct KnobBorrow<'a> {
                    rep: *const u8,
                    _marker: ::core::marker::PhantomData<&'a Knob>,
                }
                impl<'a> KnobBorrow<'a> {
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
                    pub fn get<T: GuestKnob>(&self) -> &'a T {
                        __TYPE_GUARD_KNOB.check::<T>("knob");
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.rep.cast())
                        }
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_volume_cabi<T_: Guest>() -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let result_ = <T_ as Guest>::volume();
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_set_volume_cabi<T_: Guest>(arg0: i32) {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = arg0 as u32;
                        <T_ as Guest>::set_volume(p0_);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_mode_cabi<T_: Guest>() -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let result_ = <T_ as Guest>::mode();
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_mode<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_, 1);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_set_mode_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::string_lift(arg0, arg1);
                        #[allow(unused_imports)]
                        use __wit_guest_rt::{Buffer as _, ByMut as _};
                        let mut result_ = <T_ as Guest>::set_mode(p0_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        match result_.by_mut() {
                            ::core::result::Result::Ok(_) => {
                                *ret_.cast::<u8>() = 0;
                            }
                            ::core::result::Result::Err(e1_) => {
                                *ret_.cast::<u8>() = 1;
                                e1_.give_in_place(ret_.add(4));
                            }
                        }
                        ::core::mem::forget(result_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_set_mode<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        if *ret_.cast::<u8>() == 1 {
                            let base2_ = __wit_guest_rt::i32_ptr(
                                *ret_.add(4).cast::<i32>(),
                            );
                            let len3_ = *ret_.add(8).cast::<i32>() as u32 as usize;
                            __wit_guest_rt::dealloc(base2_, len3_, 1);
                        }
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<12> = __wit_guest_rt::StaticRetArea::new();
                #[doc(hidden)]
                pub unsafe fn _export_knob__new_cabi<T_: GuestKnob>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = arg0 as u32;
                        let result_ = Knob::new(<T_ as GuestKnob>::new(p0_));
                        result_.take_handle() as i32
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_knob__level_cabi<T_: GuestKnob>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = KnobBorrow::lift(arg0 as u32 as usize as *const u8);
                        let result_ = <T_ as GuestKnob>::level(p0_.get::<T_>());
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_knob__set_level_cabi<T_: GuestKnob>(
                    arg0: i32,
                    arg1: i32,
                ) {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = KnobBorrow::lift(arg0 as u32 as usize as *const u8);
                        let p1_ = arg1 as u32;
                        <T_ as GuestKnob>::set_level(p0_.get::<T_>(), p1_);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_knob__limit_cabi<T_: GuestKnob>() -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let result_ = <T_ as GuestKnob>::limit();
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_knob__set_limit_cabi<T_: GuestKnob>(arg0: i32) {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = arg0 as u32;
                        <T_ as GuestKnob>::set_limit(p0_);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_knob__turn_cabi<T_: GuestKnob>(
                    arg0: i32,
                    arg1: i32,
                ) {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = KnobBorrow::lift(arg0 as u32 as usize as *const u8);
                        let p1_ = arg1;
                        <T_ as GuestKnob>::turn(p0_.get::<T_>(), p1_);
                    }
                }
                /// Implemented by the type that backs the exported resource `knob`.
                #[allow(
                    clippy::len_without_is_empty,
                    reason = "methods mirror the WIT resource"
                )]
                pub trait GuestKnob: ::wit_guest::rt::RustResource {
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
                        #[link(wasm_import_module = "[export]test:acc/props")]
                        unsafe extern "C" {
                            #[link_name = "[resource-new]knob"]
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
                        #[link(wasm_import_module = "[export]test:acc/props")]
                        unsafe extern "C" {
                            #[link_name = "[resource-rep]knob"]
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
                    fn new(start: u32) -> Self;
                    fn level(&self) -> u32;
                    fn set_level(&self, l: u32);
                    fn limit() -> u32;
                    fn set_limit(l: u32);
                    fn turn(&self, by: i32);
                }
                /// Implemented by the type passed to `export!`: the functions of `test:acc/props`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `test:acc/props`, but does not implement `exports::test::acc::props::Guest`",
                    label = "missing `impl exports::test::acc::props::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::test::acc::props::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    /// The volume.
                    fn volume() -> u32;
                    fn set_volume(v: u32);
                    fn mode() -> ::wit_guest::rt::String;
                    fn set_mode(
                        m: ::wit_guest::rt::String,
                    ) -> ::core::result::Result<(), ::wit_guest::rt::String>;
                    /// The type that implements the resource `knob`.
                    type Knob: GuestKnob;
                }
                #[doc(hidden)]
                macro_rules! __export_test__acc__props_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "test:acc/props#[get]volume")] unsafe
                        extern "C" fn export_volume() -> i32 { unsafe {
                        $($path_to_types)* ::_export_volume_cabi:: < $ty > () } }
                        #[unsafe (export_name = "test:acc/props#[set]volume")] unsafe
                        extern "C" fn export_set_volume(arg0 : i32) { unsafe {
                        $($path_to_types)* ::_export_set_volume_cabi:: < $ty > (arg0) } }
                        #[unsafe (export_name = "test:acc/props#[get]mode")] unsafe
                        extern "C" fn export_mode() -> i32 { unsafe { $($path_to_types)*
                        ::_export_mode_cabi:: < $ty > () } } #[unsafe (export_name =
                        "cabi_post_test:acc/props#[get]mode")] unsafe extern "C" fn
                        post_return_mode(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_mode:: < $ty > (arg0) } } #[unsafe (export_name =
                        "test:acc/props#[set]mode")] unsafe extern "C" fn
                        export_set_mode(arg0 : i32, arg1 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_set_mode_cabi:: < $ty > (arg0, arg1)
                        } } #[unsafe (export_name =
                        "cabi_post_test:acc/props#[set]mode")] unsafe extern "C" fn
                        post_return_set_mode(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_set_mode:: < $ty > (arg0) } } #[unsafe
                        (export_name = "test:acc/props#[constructor]knob")] unsafe extern
                        "C" fn export_knob__new(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_knob__new_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::Knob > (arg0) } } #[unsafe
                        (export_name = "test:acc/props#[method][get]knob.level")] unsafe
                        extern "C" fn export_knob__level(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_knob__level_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::Knob > (arg0) } } #[unsafe
                        (export_name = "test:acc/props#[method][set]knob.level")] unsafe
                        extern "C" fn export_knob__set_level(arg0 : i32, arg1 : i32) {
                        unsafe { $($path_to_types)* ::_export_knob__set_level_cabi:: < <
                        $ty as $($path_to_types)* ::Guest > ::Knob > (arg0, arg1) } }
                        #[unsafe (export_name =
                        "test:acc/props#[static][get]knob.limit")] unsafe extern "C" fn
                        export_knob__limit() -> i32 { unsafe { $($path_to_types)*
                        ::_export_knob__limit_cabi:: < < $ty as $($path_to_types)*
                        ::Guest > ::Knob > () } } #[unsafe (export_name =
                        "test:acc/props#[static][set]knob.limit")] unsafe extern "C" fn
                        export_knob__set_limit(arg0 : i32) { unsafe { $($path_to_types)*
                        ::_export_knob__set_limit_cabi:: < < $ty as $($path_to_types)*
                        ::Guest > ::Knob > (arg0) } } #[unsafe (export_name =
                        "test:acc/props#[method]knob.turn")] unsafe extern "C" fn
                        export_knob__turn(arg0 : i32, arg1 : i32) { unsafe {
                        $($path_to_types)* ::_export_knob__turn_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::Knob > (arg0, arg1) } } #[unsafe
                        (export_name = "test:acc/props#[dtor]knob")] unsafe extern "C" fn
                        dtor_knob(rep : i32) { unsafe { $($path_to_types)* ::Knob::dtor::
                        << $ty as $($path_to_types)* ::Guest > ::Knob > (rep as u32 as
                        usize as * mut u8) } } }; #[cfg(not(target_arch = "wasm32"))]
                        const _ : () = { fn exported < T : $($path_to_types)* ::Guest >
                        () {} let _ = exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_test__acc__props_cabi;
            }
        }
    }
}
