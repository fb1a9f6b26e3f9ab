static RET_AREA_R_X: ::wit_guest::rt::StaticRetArea<8> = ::wit_guest::rt::StaticRetArea::new();
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _export_r_x_cabi<T_: Guest>() -> i32 {
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        ::wit_guest::rt::run_ctors_once();
        let result_ = <T_ as Guest>::r_x();
        let ret_ = RET_AREA_R_X.as_mut_ptr();
        ::wit_guest::rt::give(result_, ret_);
        ::wit_guest::rt::ptr_i32(ret_)
    }
}
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn __post_return_r_x<T_: Guest>(ret: i32) {
    unsafe {
        let ret_ = ::wit_guest::rt::i32_ptr(ret);
        let base1_ = ::wit_guest::rt::i32_ptr(*ret_.cast::<i32>());
        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
        ::wit_guest::rt::dealloc(base1_, len2_, 1);
    }
}
static RET_AREA_X: ::wit_guest::rt::StaticRetArea<8> = ::wit_guest::rt::StaticRetArea::new();
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _export_x_cabi<T_: Guest>() -> i32 {
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        ::wit_guest::rt::run_ctors_once();
        let result_ = <T_ as Guest>::x();
        let ret_ = RET_AREA_X.as_mut_ptr();
        ::wit_guest::rt::give(result_, ret_);
        ::wit_guest::rt::ptr_i32(ret_)
    }
}
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn __post_return_x<T_: Guest>(ret: i32) {
    unsafe {
        let ret_ = ::wit_guest::rt::i32_ptr(ret);
        let base1_ = ::wit_guest::rt::i32_ptr(*ret_.cast::<i32>());
        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
        ::wit_guest::rt::dealloc(base1_, len2_, 1);
    }
}
/// Implemented by the type passed to `export!`: the world's own exported functions.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is exported as the implementation of world `collisions`, but does not implement `Guest`",
    label = "missing `impl Guest for {Self}`",
    note = "every export of the world is implemented by the one type passed to `export!`; add `impl Guest for {Self} {{ .. }}`"
)]
#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
pub trait Guest {
    fn r_x() -> ::wit_guest::rt::String;
    fn x() -> ::wit_guest::rt::String;
}
#[doc(hidden)]
macro_rules! __export__collisions_cabi {
    ($ty:ident with_types_in $($path_to_types:tt)*) => {
        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
        "symbols of resource functions are named `r__f`")] const _ : () = { #[unsafe
        (export_name = "r-x")] unsafe extern "C" fn export_r_x() -> i32 { unsafe {
        $($path_to_types)* ::_export_r_x_cabi:: < $ty > () } } #[unsafe (export_name =
        "cabi_post_r-x")] unsafe extern "C" fn post_return_r_x(arg0 : i32) { unsafe {
        $($path_to_types)* ::__post_return_r_x:: < $ty > (arg0) } } #[unsafe (export_name
        = "x")] unsafe extern "C" fn export_x() -> i32 { unsafe { $($path_to_types)*
        ::_export_x_cabi:: < $ty > () } } #[unsafe (export_name = "cabi_post_x")] unsafe
        extern "C" fn post_return_x(arg0 : i32) { unsafe { $($path_to_types)*
        ::__post_return_x:: < $ty > (arg0) } } }; #[cfg(not(target_arch = "wasm32"))]
        const _ : () = { fn exported < T : $($path_to_types)* ::Guest > () {} let _ =
        exported:: < $ty >; };
    };
}
#[doc(hidden)]
#[allow(unused_imports, reason = "used by `export!` only")]
pub(crate) use __export__collisions_cabi;
/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `collisions` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_collisions<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_collisions_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_collisions < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::__export__collisions_cabi!($ty with_types_in $($path_to_types_root)*);
        $($path_to_types_root)*
        ::exports::fixture::collisions::api::__export_fixture__collisions__api_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::collisions::api);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_collisions_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:collisions:collisions:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 398usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xAB\x02\x01A\x02\x01A\x05\x01@\0\0s\x04\0\x03r-x\x01\0\x04\0\x01x\x01\0\x01B\x16\x04\0\x01r\x03\x01\x04\0\nret-area-f\x03\x01\x01i\0\x01@\x01\x01ss\0\x02\x04\0\x0E[constructor]r\x01\x03\x01h\0\x01@\x01\x04self\x04\0s\x04\0\x0B[method]r.x\x01\x05\x01ps\x01@\0\0\x06\x04\0\x0E[static]r.make\x01\x07\x01@\0\0s\x04\0\x03r-x\x01\x08\x04\0\x06r-make\x01\x07\x01@\x01\x01ss\0s\x04\0\x05r-new\x01\t\x01h\x01\x01py\x01@\x01\x04self\n\0\x0B\x04\0\x16[method]ret-area-f.get\x01\x0C\x01@\0\0\x0B\x04\0\x06f-type\x01\r\x04\0\x16fixture:collisions/api\x05\x01\x04\0\x1Dfixture:collisions/collisions\x04\0\x0B\x10\x01\0\ncollisions\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/collisions.wit");
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
        pub mod collisions {
            /// Valid WIT whose generated glue names met before they were mangled apart:
            /// a resource `r` with method `x` next to a function `r-x`, a resource
            /// `ret-area-f` next to a function `f-type`.
            pub mod api {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct R {
                    handle: ::wit_guest::rt::Resource<R>,
                }
                unsafe impl ::wit_guest::rt::WasmResource for R {
                    #[inline]
                    unsafe fn drop(handle: u32) {
                        #[cfg(target_arch = "wasm32")]
                        #[link(wasm_import_module = "[export]fixture:collisions/api")]
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
                static __TYPE_GUARD_R: ::wit_guest::rt::TypeGuard = ::wit_guest::rt::TypeGuard::new();
                impl R {
                    /// Creates a resource owning `val`; its handle can be passed to the host.
                    pub fn new<T: GuestR>(val: T) -> Self {
                        __TYPE_GUARD_R.check::<T>("r");
                        let rep = <T::Rep as ::wit_guest::rt::ResourceRep<
                            T,
                        >>::rep_new(val);
                        unsafe {
                            let ptr = T::resource_into_raw_(rep);
                            Self::from_handle(T::_resource_new(ptr.cast()))
                        }
                    }
                    /// The value behind this handle.
                    pub fn get<T: GuestR>(&self) -> &T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.as_ptr::<T>())
                        }
                    }
                    /// The value behind this handle, mutably.
                    pub fn get_mut<T: GuestR>(&mut self) -> &mut T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_mut(self.as_ptr::<T>())
                        }
                    }
                    /// Moves the value out; the resource keeps an empty slot until dropped.
                    pub fn into_inner<T: GuestR>(self) -> T {
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
                    pub unsafe fn dtor<T: GuestR>(rep: *mut u8) {
                        __TYPE_GUARD_R.check::<T>("r");
                        unsafe { drop(T::resource_from_raw_(rep.cast())) }
                    }
                    fn as_ptr<T: GuestR>(&self) -> *mut T::Rep {
                        __TYPE_GUARD_R.check::<T>("r");
                        T::_resource_rep(self.handle()).cast()
                    }
                }
                /// A borrowed [`R`], valid for the call that lent it.
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct RBorrow<'a> {
                    rep: *const u8,
                    _marker: ::core::marker::PhantomData<&'a R>,
                }
                impl<'a> RBorrow<'a> {
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
                    pub fn get<T: GuestR>(&self) -> &'a T {
                        __TYPE_GUARD_R.check::<T>("r");
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.rep.cast())
                        }
                    }
                }
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct RetAreaF {
                    handle: ::wit_guest::rt::Resource<RetAreaF>,
                }
                unsafe impl ::wit_guest::rt::WasmResource for RetAreaF {
                    #[inline]
                    unsafe fn drop(handle: u32) {
                        #[cfg(target_arch = "wasm32")]
                        #[link(wasm_import_module = "[export]fixture:collisions/api")]
                        unsafe extern "C" {
                            #[link_name = "[resource-drop]ret-area-f"]
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
                static __TYPE_GUARD_RET_AREA_F: ::wit_guest::rt::TypeGuard = ::wit_guest::rt::TypeGuard::new();
                impl RetAreaF {
                    /// Creates a resource owning `val`; its handle can be passed to the host.
                    pub fn new<T: GuestRetAreaF>(val: T) -> Self {
                        __TYPE_GUARD_RET_AREA_F.check::<T>("ret-area-f");
                        let rep = <T::Rep as ::wit_guest::rt::ResourceRep<
                            T,
                        >>::rep_new(val);
                        unsafe {
                            let ptr = T::resource_into_raw_(rep);
                            Self::from_handle(T::_resource_new(ptr.cast()))
                        }
                    }
                    /// The value behind this handle.
                    pub fn get<T: GuestRetAreaF>(&self) -> &T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.as_ptr::<T>())
                        }
                    }
                    /// The value behind this handle, mutably.
                    pub fn get_mut<T: GuestRetAreaF>(&mut self) -> &mut T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_mut(self.as_ptr::<T>())
                        }
                    }
                    /// Moves the value out; the resource keeps an empty slot until dropped.
                    pub fn into_inner<T: GuestRetAreaF>(self) -> T {
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
                    pub unsafe fn dtor<T: GuestRetAreaF>(rep: *mut u8) {
                        __TYPE_GUARD_RET_AREA_F.check::<T>("ret-area-f");
                        unsafe { drop(T::resource_from_raw_(rep.cast())) }
                    }
                    fn as_ptr<T: GuestRetAreaF>(&self) -> *mut T::Rep {
                        __TYPE_GUARD_RET_AREA_F.check::<T>("ret-area-f");
                        T::_resource_rep(self.handle()).cast()
                    }
                }
                /// A borrowed [`RetAreaF`], valid for the call that lent it.
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct RetAreaFBorrow<'a> {
                    rep: *const u8,
                    _marker: ::core::marker::PhantomData<&'a RetAreaF>,
                }
                impl<'a> RetAreaFBorrow<'a> {
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
                    pub fn get<T: GuestRetAreaF>(&self) -> &'a T {
                        __TYPE_GUARD_RET_AREA_F.check::<T>("ret-area-f");
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.rep.cast())
                        }
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_r_x_cabi<T_: Guest>() -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let result_ = <T_ as Guest>::r_x();
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_r_x<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_, 1);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_r_make_cabi<T_: Guest>() -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let result_ = <T_ as Guest>::r_make();
                        let ret_ = RET_AREA.as_mut_ptr();
                        let mut cleanup_ = __wit_guest_rt::Untracked;
                        let len2_ = result_.len();
                        let base3_ = cleanup_.alloc(len2_ * 8, 4);
                        __wit_guest_rt::for_each_owned(
                            result_,
                            |i6_, e5_| {
                                let at4_ = base3_.add(i6_ * 8);
                                __wit_guest_rt::give(e5_, at4_);
                            },
                        );
                        let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                        *ret_.cast::<i32>() = ptr1_;
                        *ret_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(len2_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_r_make<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base7_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len8_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        for i9_ in 0..len8_ {
                            let at10_ = base7_.add(i9_ * 8);
                            let base11_ = __wit_guest_rt::i32_ptr(*at10_.cast::<i32>());
                            let len12_ = *at10_.add(4).cast::<i32>() as u32 as usize;
                            __wit_guest_rt::dealloc(base11_, len12_, 1);
                        }
                        __wit_guest_rt::dealloc(base7_, len8_ * 8, 4);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_r_new_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::string_lift(arg0, arg1);
                        let result_ = <T_ as Guest>::r_new(p0_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_r_new<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_, 1);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_f_type_cabi<T_: Guest>() -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let result_ = <T_ as Guest>::f_type();
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_f_type<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_ * 4, 4);
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<8> = __wit_guest_rt::StaticRetArea::new();
                #[doc(hidden)]
                pub unsafe fn _export_r__new_cabi<T_: GuestR>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::string_lift(arg0, arg1);
                        let result_ = R::new(<T_ as GuestR>::new(p0_));
                        result_.take_handle() as i32
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_r__x_cabi<T_: GuestR>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = RBorrow::lift(arg0 as u32 as usize as *const u8);
                        let result_ = <T_ as GuestR>::x(p0_.get::<T_>());
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_r__x<T_: GuestR>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_, 1);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_r__make_cabi<T_: GuestR>() -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let result_ = <T_ as GuestR>::make();
                        let ret_ = RET_AREA.as_mut_ptr();
                        let mut cleanup_ = __wit_guest_rt::Untracked;
                        let len2_ = result_.len();
                        let base3_ = cleanup_.alloc(len2_ * 8, 4);
                        __wit_guest_rt::for_each_owned(
                            result_,
                            |i6_, e5_| {
                                let at4_ = base3_.add(i6_ * 8);
                                __wit_guest_rt::give(e5_, at4_);
                            },
                        );
                        let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                        *ret_.cast::<i32>() = ptr1_;
                        *ret_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(len2_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_r__make<T_: GuestR>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base7_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len8_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        for i9_ in 0..len8_ {
                            let at10_ = base7_.add(i9_ * 8);
                            let base11_ = __wit_guest_rt::i32_ptr(*at10_.cast::<i32>());
                            let len12_ = *at10_.add(4).cast::<i32>() as u32 as usize;
                            __wit_guest_rt::dealloc(base11_, len12_, 1);
                        }
                        __wit_guest_rt::dealloc(base7_, len8_ * 8, 4);
                    }
                }
                /// Implemented by the type that backs the exported resource `r`.
                #[allow(
                    clippy::len_without_is_empty,
                    reason = "methods mirror the WIT resource"
                )]
                pub trait GuestR: ::wit_guest::rt::RustResource {
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
                        #[link(wasm_import_module = "[export]fixture:collisions/api")]
                        unsafe extern "C" {
                            #[link_name = "[resource-new]r"]
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
                        #[link(wasm_import_module = "[export]fixture:collisions/api")]
                        unsafe extern "C" {
                            #[link_name = "[resource-rep]r"]
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
                    fn new(s: ::wit_guest::rt::String) -> Self;
                    fn x(&self) -> ::wit_guest::rt::String;
                    fn make() -> ::wit_guest::rt::Vec<::wit_guest::rt::String>;
                }
                #[doc(hidden)]
                pub unsafe fn _export_ret_area_f__get_cabi<T_: GuestRetAreaF>(
                    arg0: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = RetAreaFBorrow::lift(
                            arg0 as u32 as usize as *const u8,
                        );
                        let result_ = <T_ as GuestRetAreaF>::get(p0_.get::<T_>());
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_ret_area_f__get<T_: GuestRetAreaF>(
                    ret: i32,
                ) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_ * 4, 4);
                    }
                }
                /// Implemented by the type that backs the exported resource `ret-area-f`.
                #[allow(
                    clippy::len_without_is_empty,
                    reason = "methods mirror the WIT resource"
                )]
                pub trait GuestRetAreaF: ::wit_guest::rt::RustResource {
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
                        #[link(wasm_import_module = "[export]fixture:collisions/api")]
                        unsafe extern "C" {
                            #[link_name = "[resource-new]ret-area-f"]
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
                        #[link(wasm_import_module = "[export]fixture:collisions/api")]
                        unsafe extern "C" {
                            #[link_name = "[resource-rep]ret-area-f"]
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
                    fn get(&self) -> ::wit_guest::rt::Vec<u32>;
                }
                /// Implemented by the type passed to `export!`: the functions of `fixture:collisions/api`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:collisions/api`, but does not implement `exports::fixture::collisions::api::Guest`",
                    label = "missing `impl exports::fixture::collisions::api::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::collisions::api::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn r_x() -> ::wit_guest::rt::String;
                    fn r_make() -> ::wit_guest::rt::Vec<::wit_guest::rt::String>;
                    fn r_new(s: ::wit_guest::rt::String) -> ::wit_guest::rt::String;
                    fn f_type() -> ::wit_guest::rt::Vec<u32>;
                    /// The type that implements the resource `r`.
                    type R: GuestR;
                    /// The type that implements the resource `ret-area-f`.
                    type RetAreaF: GuestRetAreaF;
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__collisions__api_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "fixture:collisions/api#r-x")] unsafe
                        extern "C" fn export_r_x() -> i32 { unsafe { $($path_to_types)*
                        ::_export_r_x_cabi:: < $ty > () } } #[unsafe (export_name =
                        "cabi_post_fixture:collisions/api#r-x")] unsafe extern "C" fn
                        post_return_r_x(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_r_x:: < $ty > (arg0) } } #[unsafe (export_name =
                        "fixture:collisions/api#r-make")] unsafe extern "C" fn
                        export_r_make() -> i32 { unsafe { $($path_to_types)*
                        ::_export_r_make_cabi:: < $ty > () } } #[unsafe (export_name =
                        "cabi_post_fixture:collisions/api#r-make")] unsafe extern "C" fn
                        post_return_r_make(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_r_make:: < $ty > (arg0) } } #[unsafe (export_name
                        = "fixture:collisions/api#r-new")] unsafe extern "C" fn
                        export_r_new(arg0 : i32, arg1 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_r_new_cabi:: < $ty > (arg0, arg1) }
                        } #[unsafe (export_name =
                        "cabi_post_fixture:collisions/api#r-new")] unsafe extern "C" fn
                        post_return_r_new(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_r_new:: < $ty > (arg0) } } #[unsafe (export_name
                        = "fixture:collisions/api#f-type")] unsafe extern "C" fn
                        export_f_type() -> i32 { unsafe { $($path_to_types)*
                        ::_export_f_type_cabi:: < $ty > () } } #[unsafe (export_name =
                        "cabi_post_fixture:collisions/api#f-type")] unsafe extern "C" fn
                        post_return_f_type(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_f_type:: < $ty > (arg0) } } #[unsafe (export_name
                        = "fixture:collisions/api#[constructor]r")] unsafe extern "C" fn
                        export_r__new(arg0 : i32, arg1 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_r__new_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::R > (arg0, arg1) } } #[unsafe
                        (export_name = "fixture:collisions/api#[method]r.x")] unsafe
                        extern "C" fn export_r__x(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_r__x_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::R > (arg0) } } #[unsafe
                        (export_name = "cabi_post_fixture:collisions/api#[method]r.x")]
                        unsafe extern "C" fn post_return_r__x(arg0 : i32) { unsafe {
                        $($path_to_types)* ::__post_return_r__x:: < < $ty as
                        $($path_to_types)* ::Guest > ::R > (arg0) } } #[unsafe
                        (export_name = "fixture:collisions/api#[static]r.make")] unsafe
                        extern "C" fn export_r__make() -> i32 { unsafe {
                        $($path_to_types)* ::_export_r__make_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::R > () } } #[unsafe (export_name =
                        "cabi_post_fixture:collisions/api#[static]r.make")] unsafe extern
                        "C" fn post_return_r__make(arg0 : i32) { unsafe {
                        $($path_to_types)* ::__post_return_r__make:: < < $ty as
                        $($path_to_types)* ::Guest > ::R > (arg0) } } #[unsafe
                        (export_name = "fixture:collisions/api#[dtor]r")] unsafe extern
                        "C" fn dtor_r(rep : i32) { unsafe { $($path_to_types)*
                        ::R::dtor:: << $ty as $($path_to_types)* ::Guest > ::R > (rep as
                        u32 as usize as * mut u8) } } #[unsafe (export_name =
                        "fixture:collisions/api#[method]ret-area-f.get")] unsafe extern
                        "C" fn export_ret_area_f__get(arg0 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_ret_area_f__get_cabi:: < < $ty as
                        $($path_to_types)* ::Guest > ::RetAreaF > (arg0) } } #[unsafe
                        (export_name =
                        "cabi_post_fixture:collisions/api#[method]ret-area-f.get")]
                        unsafe extern "C" fn post_return_ret_area_f__get(arg0 : i32) {
                        unsafe { $($path_to_types)* ::__post_return_ret_area_f__get:: < <
                        $ty as $($path_to_types)* ::Guest > ::RetAreaF > (arg0) } }
                        #[unsafe (export_name =
                        "fixture:collisions/api#[dtor]ret-area-f")] unsafe extern "C" fn
                        dtor_ret_area_f(rep : i32) { unsafe { $($path_to_types)*
                        ::RetAreaF::dtor:: << $ty as $($path_to_types)* ::Guest >
                        ::RetAreaF > (rep as u32 as usize as * mut u8) } } };
                        #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported
                        < T : $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty
                        >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__collisions__api_cabi;
            }
        }
    }
}
