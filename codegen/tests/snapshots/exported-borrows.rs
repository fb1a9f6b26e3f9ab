/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `exported-borrows` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_exported_borrows<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_exported_borrows_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_exported_borrows < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::exports::fixture::exported_borrows::streams::__export_fixture__exported_borrows__streams_cabi!($ty
        with_types_in $($path_to_types_root)*
        ::exports::fixture::exported_borrows::streams); $($path_to_types_root)*
        ::exports::fixture::exported_borrows::consumers::__export_fixture__exported_borrows__consumers_cabi!($ty
        with_types_in $($path_to_types_root)*
        ::exports::fixture::exported_borrows::consumers);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_exported_borrows_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:exported-borrows:exported-borrows:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 526usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xA5\x03\x01A\x02\x01A\x06\x01B\x0C\x04\0\x0Cinput-stream\x03\x01\x01h\0\x01k\x01\x01r\x02\x06source\x02\x05limity\x04\0\rextra-options\x03\0\x03\x01r\x01\x01s\x01\x04\0\x04view\x03\0\x05\x01p}\x01@\x02\x04self\x01\x01ny\0\x07\x04\0\x19[method]input-stream.read\x01\x08\x01@\x01\x01v\x06\0y\x04\0\x05first\x01\t\x04\0 fixture:exported-borrows/streams\x05\0\x02\x03\0\0\x0Cinput-stream\x02\x03\0\0\rextra-options\x01B\x0C\x02\x03\x02\x01\x01\x04\0\x06source\x03\0\0\x02\x03\x02\x01\x02\x04\0\rextra-options\x03\0\x02\x01h\x01\x01r\x01\x01s\x04\x04\0\x04view\x03\0\x05\x01@\x02\x01s\x04\x04opts\x03\0y\x04\0\x05drain\x01\x07\x01p\x06\x01@\x02\x01v\x06\x03all\x08\0y\x04\0\x06second\x01\t\x04\0\"fixture:exported-borrows/consumers\x05\x03\x04\0)fixture:exported-borrows/exported-borrows\x04\0\x0B\x16\x01\0\x10exported-borrows\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/exported-borrows.wit");
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
        pub mod exported_borrows {
            /// An exported resource, borrowed from other exported interfaces: through a
            /// renamed `use`, and through records that merging unifies.
            pub mod streams {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct InputStream {
                    handle: ::wit_guest::rt::Resource<InputStream>,
                }
                unsafe impl ::wit_guest::rt::WasmResource for InputStream {
                    #[inline]
                    unsafe fn drop(handle: u32) {
                        #[cfg(target_arch = "wasm32")]
                        #[link(
                            wasm_import_module = "[export]fixture:exported-borrows/streams"
                        )]
                        unsafe extern "C" {
                            #[link_name = "[resource-drop]input-stream"]
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
                static __TYPE_GUARD_INPUT_STREAM: ::wit_guest::rt::TypeGuard = ::wit_guest::rt::TypeGuard::new();
                impl InputStream {
                    /// Creates a resource owning `val`; its handle can be passed to the host.
                    pub fn new<T: GuestInputStream>(val: T) -> Self {
                        __TYPE_GUARD_INPUT_STREAM.check::<T>("input-stream");
                        let rep = <T::Rep as ::wit_guest::rt::ResourceRep<
                            T,
                        >>::rep_new(val);
                        unsafe {
                            let ptr = T::resource_into_raw_(rep);
                            Self::from_handle(T::_resource_new(ptr.cast()))
                        }
                    }
                    /// The value behind this handle.
                    pub fn get<T: GuestInputStream>(&self) -> &T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.as_ptr::<T>())
                        }
                    }
                    /// The value behind this handle, mutably.
                    pub fn get_mut<T: GuestInputStream>(&mut self) -> &mut T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_mut(self.as_ptr::<T>())
                        }
                    }
                    /// Moves the value out; the resource keeps an empty slot until dropped.
                    pub fn into_inner<T: GuestInputStream>(self) -> T {
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
                    pub unsafe fn dtor<T: GuestInputStream>(rep: *mut u8) {
                        __TYPE_GUARD_INPUT_STREAM.check::<T>("input-stream");
                        unsafe { drop(T::resource_from_raw_(rep.cast())) }
                    }
                    fn as_ptr<T: GuestInputStream>(&self) -> *mut T::Rep {
                        __TYPE_GUARD_INPUT_STREAM.check::<T>("input-stream");
                        T::_resource_rep(self.handle()).cast()
                    }
                }
                /// A borrowed [`InputStream`], valid for the call that lent it.
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct InputStreamBorrow<'a> {
                    rep: *const u8,
                    _marker: ::core::marker::PhantomData<&'a InputStream>,
                }
                impl<'a> InputStreamBorrow<'a> {
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
                    pub fn get<T: GuestInputStream>(&self) -> &'a T {
                        __TYPE_GUARD_INPUT_STREAM.check::<T>("input-stream");
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.rep.cast())
                        }
                    }
                }
                pub struct ExtraOptions<'a> {
                    pub source: ::core::option::Option<InputStreamBorrow<'a>>,
                    pub limit: u32,
                }
                #[automatically_derived]
                impl<'a> ::core::fmt::Debug for ExtraOptions<'a> {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("ExtraOptions")
                            .field("source", &self.source)
                            .field("limit", &self.limit)
                            .finish()
                    }
                }
                pub struct View<'a> {
                    pub s: InputStreamBorrow<'a>,
                }
                #[automatically_derived]
                impl<'a> ::core::fmt::Debug for View<'a> {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("View").field("s", &self.s).finish()
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_first_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = View {
                            s: InputStreamBorrow::lift(arg0 as u32 as usize as *const u8),
                        };
                        let result_ = <T_ as Guest>::first(p0_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<8> = __wit_guest_rt::StaticRetArea::new();
                #[doc(hidden)]
                pub unsafe fn _export_input_stream__read_cabi<T_: GuestInputStream>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = InputStreamBorrow::lift(
                            arg0 as u32 as usize as *const u8,
                        );
                        let p1_ = arg1 as u32;
                        let result_ = <T_ as GuestInputStream>::read(
                            p0_.get::<T_>(),
                            p1_,
                        );
                        let ret_ = RET_AREA.as_mut_ptr();
                        __wit_guest_rt::give(result_, ret_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_input_stream__read<T_: GuestInputStream>(
                    ret: i32,
                ) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_, 1);
                    }
                }
                /// Implemented by the type that backs the exported resource `input-stream`.
                #[allow(
                    clippy::len_without_is_empty,
                    reason = "methods mirror the WIT resource"
                )]
                pub trait GuestInputStream: ::wit_guest::rt::RustResource {
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
                            wasm_import_module = "[export]fixture:exported-borrows/streams"
                        )]
                        unsafe extern "C" {
                            #[link_name = "[resource-new]input-stream"]
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
                            wasm_import_module = "[export]fixture:exported-borrows/streams"
                        )]
                        unsafe extern "C" {
                            #[link_name = "[resource-rep]input-stream"]
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
                    fn read(&self, n: u32) -> ::wit_guest::rt::Vec<u8>;
                }
                /// Implemented by the type passed to `export!`: the functions of `fixture:exported-borrows/streams`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:exported-borrows/streams`, but does not implement `exports::fixture::exported_borrows::streams::Guest`",
                    label = "missing `impl exports::fixture::exported_borrows::streams::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::exported_borrows::streams::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn first(v: View<'_>) -> u32;
                    /// The type that implements the resource `input-stream`.
                    type InputStream: GuestInputStream;
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__exported_borrows__streams_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name =
                        "fixture:exported-borrows/streams#first")] unsafe extern "C" fn
                        export_first(arg0 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_first_cabi:: < $ty > (arg0) } } #[unsafe (export_name =
                        "fixture:exported-borrows/streams#[method]input-stream.read")]
                        unsafe extern "C" fn export_input_stream__read(arg0 : i32, arg1 :
                        i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_input_stream__read_cabi:: < < $ty as $($path_to_types)*
                        ::Guest > ::InputStream > (arg0, arg1) } } #[unsafe (export_name
                        =
                        "cabi_post_fixture:exported-borrows/streams#[method]input-stream.read")]
                        unsafe extern "C" fn post_return_input_stream__read(arg0 : i32) {
                        unsafe { $($path_to_types)* ::__post_return_input_stream__read::
                        < < $ty as $($path_to_types)* ::Guest > ::InputStream > (arg0) }
                        } #[unsafe (export_name =
                        "fixture:exported-borrows/streams#[dtor]input-stream")] unsafe
                        extern "C" fn dtor_input_stream(rep : i32) { unsafe {
                        $($path_to_types)* ::InputStream::dtor:: << $ty as
                        $($path_to_types)* ::Guest > ::InputStream > (rep as u32 as usize
                        as * mut u8) } } }; #[cfg(not(target_arch = "wasm32"))] const _ :
                        () = { fn exported < T : $($path_to_types)* ::Guest > () {} let _
                        = exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__exported_borrows__streams_cabi;
            }
            pub mod consumers {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type Source = super::super::super::super::exports::fixture::exported_borrows::streams::InputStream;
                pub type SourceBorrow<'a> = super::super::super::super::exports::fixture::exported_borrows::streams::InputStreamBorrow<
                    'a,
                >;
                pub type View<'a> = super::super::super::super::exports::fixture::exported_borrows::streams::View<
                    'a,
                >;
                #[allow(
                    unused_imports,
                    reason = "bindings cover the whole world; a component uses part of it"
                )]
                pub use super::super::super::super::exports::fixture::exported_borrows::streams::ExtraOptions;
                #[doc(hidden)]
                pub unsafe fn _export_drain_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = super::super::super::super::exports::fixture::exported_borrows::streams::InputStreamBorrow::lift(
                            arg0 as u32 as usize as *const u8,
                        );
                        let p1_ = ExtraOptions {
                            source: match arg1 {
                                0 => ::core::option::Option::None,
                                1 => {
                                    ::core::option::Option::Some(
                                        super::super::super::super::exports::fixture::exported_borrows::streams::InputStreamBorrow::lift(
                                            arg2 as u32 as usize as *const u8,
                                        ),
                                    )
                                }
                                _ => __wit_guest_rt::invalid_discriminant(),
                            },
                            limit: arg3 as u32,
                        };
                        let result_ = <T_ as Guest>::drain(p0_, p1_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_second_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = View {
                            s: super::super::super::super::exports::fixture::exported_borrows::streams::InputStreamBorrow::lift(
                                arg0 as u32 as usize as *const u8,
                            ),
                        };
                        let p1_ = __wit_guest_rt::list_lift_with(
                            arg1,
                            arg2,
                            4,
                            4,
                            |at1_: *mut u8| View {
                                s: super::super::super::super::exports::fixture::exported_borrows::streams::InputStreamBorrow::lift(
                                    *at1_.cast::<i32>() as u32 as usize as *const u8,
                                ),
                            },
                        );
                        let result_ = <T_ as Guest>::second(p0_, p1_);
                        __wit_guest_rt::as_i32(result_)
                    }
                }
                /// Implemented by the type passed to `export!`: the functions of `fixture:exported-borrows/consumers`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:exported-borrows/consumers`, but does not implement `exports::fixture::exported_borrows::consumers::Guest`",
                    label = "missing `impl exports::fixture::exported_borrows::consumers::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::exported_borrows::consumers::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn drain(
                        s: super::super::super::super::exports::fixture::exported_borrows::streams::InputStreamBorrow<
                            '_,
                        >,
                        opts: ExtraOptions<'_>,
                    ) -> u32;
                    fn second(v: View<'_>, all: ::wit_guest::rt::Vec<View<'_>>) -> u32;
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__exported_borrows__consumers_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name =
                        "fixture:exported-borrows/consumers#drain")] unsafe extern "C" fn
                        export_drain(arg0 : i32, arg1 : i32, arg2 : i32, arg3 : i32) ->
                        i32 { unsafe { $($path_to_types)* ::_export_drain_cabi:: < $ty >
                        (arg0, arg1, arg2, arg3) } } #[unsafe (export_name =
                        "fixture:exported-borrows/consumers#second")] unsafe extern "C"
                        fn export_second(arg0 : i32, arg1 : i32, arg2 : i32) -> i32 {
                        unsafe { $($path_to_types)* ::_export_second_cabi:: < $ty >
                        (arg0, arg1, arg2) } } }; #[cfg(not(target_arch = "wasm32"))]
                        const _ : () = { fn exported < T : $($path_to_types)* ::Guest >
                        () {} let _ = exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__exported_borrows__consumers_cabi;
            }
        }
    }
}
