/// A world-level record.
#[derive(Clone)]
#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
pub struct Config {
    pub name: ::wit_guest::rt::String,
    pub level: u8,
}
#[automatically_derived]
impl ::core::fmt::Debug for Config {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("Config")
            .field("name", &self.name)
            .field("level", &self.level)
            .finish()
    }
}
impl Config {
    #[doc(hidden)]
    #[inline]
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    #[allow(clippy::type_complexity, reason = "one element per flat value")]
    pub unsafe fn __wit_guest_flat(&self) -> (i32, i32, i32) {
        unsafe {
            (
                ::wit_guest::rt::ptr_i32(self.name.as_ptr()),
                ::wit_guest::rt::len_i32(self.name.len()),
                ::wit_guest::rt::as_i32(self.level),
            )
        }
    }
    #[doc(hidden)]
    #[inline]
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    #[allow(clippy::too_many_arguments, reason = "one argument per flat value")]
    pub unsafe fn __wit_guest_lift_flat(flat0: i32, flat1: i32, flat2: i32) -> Self {
        unsafe {
            Config {
                name: ::wit_guest::rt::string_lift(flat0, flat1),
                level: flat2 as u8,
            }
        }
    }
    #[doc(hidden)]
    #[inline]
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
        unsafe {
            Config {
                name: ::wit_guest::rt::string_lift(
                    *at.cast::<i32>(),
                    *at.add(4).cast::<i32>(),
                ),
                level: *at.add(8).cast::<u8>(),
            }
        }
    }
    #[doc(hidden)]
    #[inline]
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
        unsafe {
            *at.cast::<i32>() = ::wit_guest::rt::ptr_i32(self.name.as_ptr());
            *at.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(self.name.len());
            *at.add(8).cast::<u8>() = ::wit_guest::rt::as_i32(self.level) as u8;
        }
    }
}
#[repr(u8)]
#[derive(Clone, Copy, Eq, Ord, PartialEq, PartialOrd)]
pub enum Mode {
    Fast,
    Slow,
}
#[automatically_derived]
impl ::core::fmt::Debug for Mode {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            Mode::Fast => f.debug_tuple("Mode::Fast").finish(),
            Mode::Slow => f.debug_tuple("Mode::Slow").finish(),
        }
    }
}
impl Mode {
    #[doc(hidden)]
    #[inline]
    pub unsafe fn _lift(val: u8) -> Mode {
        Self::__wit_guest_lift(u32::from(val))
    }
    /// The case whose discriminant is `val`; traps on any other value.
    #[doc(hidden)]
    #[inline]
    pub fn __wit_guest_lift(val: u32) -> Mode {
        match val {
            0 => Mode::Fast,
            1 => Mode::Slow,
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
#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
#[inline]
pub fn get_config() -> Config {
    #[cfg(target_arch = "wasm32")]
    #[link(wasm_import_module = "$root")]
    unsafe extern "C" {
        #[link_name = "get-config"]
        fn import_(_: i32);
    }
    #[cfg(not(target_arch = "wasm32"))]
    unsafe extern "C" fn import_(_: i32) {
        ::wit_guest::rt::wasm32_only("wit-guest: imports can only be called on wasm32")
    }
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        let mut ret_area_ = ::core::mem::MaybeUninit::<
            ::wit_guest::rt::RetArea<12>,
        >::uninit();
        let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
        import_(::wit_guest::rt::ptr_i32(ret_));
        Config::__wit_guest_load(ret_)
    }
}
#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
#[inline]
pub fn set_mode(m: Mode) {
    #[cfg(target_arch = "wasm32")]
    #[link(wasm_import_module = "$root")]
    unsafe extern "C" {
        #[link_name = "set-mode"]
        fn import_(_: i32);
    }
    #[cfg(not(target_arch = "wasm32"))]
    unsafe extern "C" fn import_(_: i32) {
        ::wit_guest::rt::wasm32_only("wit-guest: imports can only be called on wasm32")
    }
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        import_((m).__wit_guest_lower());
    }
}
static RET_AREA_RUN: ::wit_guest::rt::StaticRetArea<12> = ::wit_guest::rt::StaticRetArea::new();
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _export_run_cabi<T_: Guest>(
    arg0: i32,
    arg1: i32,
    arg2: i32,
    arg3: i32,
    arg4: i32,
) -> i32 {
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        ::wit_guest::rt::run_ctors_once();
        let p0_ = Config::__wit_guest_lift_flat(arg0, arg1, arg2);
        let p1_ = ::wit_guest::rt::list_lift_with(
            arg3,
            arg4,
            8,
            4,
            |at1_: *mut u8| ::wit_guest::rt::string_lift(
                *at1_.cast::<i32>(),
                *at1_.add(4).cast::<i32>(),
            ),
        );
        #[allow(unused_imports)]
        use ::wit_guest::rt::{Buffer as _, ByMut as _};
        let mut result_ = <T_ as Guest>::run(p0_, p1_);
        let ret_ = RET_AREA_RUN.as_mut_ptr();
        match result_.by_mut() {
            ::core::option::Option::None => {
                *ret_.cast::<u8>() = 0;
            }
            ::core::option::Option::Some(e2_) => {
                *ret_.cast::<u8>() = 1;
                e2_.give_in_place(ret_.add(4));
            }
        }
        ::core::mem::forget(result_);
        ::wit_guest::rt::ptr_i32(ret_)
    }
}
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn __post_return_run<T_: Guest>(ret: i32) {
    unsafe {
        let ret_ = ::wit_guest::rt::i32_ptr(ret);
        if *ret_.cast::<u8>() == 1 {
            let base3_ = ::wit_guest::rt::i32_ptr(*ret_.add(4).cast::<i32>());
            let len4_ = *ret_.add(8).cast::<i32>() as u32 as usize;
            ::wit_guest::rt::dealloc(base3_, len4_, 1);
        }
    }
}
/// Implemented by the type passed to `export!`: the world's own exported functions.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is exported as the implementation of world `top`, but does not implement `Guest`",
    label = "missing `impl Guest for {Self}`",
    note = "every export of the world is implemented by the one type passed to `export!`; add `impl Guest for {Self} {{ .. }}`"
)]
#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
pub trait Guest {
    fn run(
        c: Config,
        args: ::wit_guest::rt::Vec<::wit_guest::rt::String>,
    ) -> ::core::option::Option<::wit_guest::rt::String>;
}
#[doc(hidden)]
macro_rules! __export__top_cabi {
    ($ty:ident with_types_in $($path_to_types:tt)*) => {
        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
        "symbols of resource functions are named `r__f`")] const _ : () = { #[unsafe
        (export_name = "run")] unsafe extern "C" fn export_run(arg0 : i32, arg1 : i32,
        arg2 : i32, arg3 : i32, arg4 : i32) -> i32 { unsafe { $($path_to_types)*
        ::_export_run_cabi:: < $ty > (arg0, arg1, arg2, arg3, arg4) } } #[unsafe
        (export_name = "cabi_post_run")] unsafe extern "C" fn post_return_run(arg0 : i32)
        { unsafe { $($path_to_types)* ::__post_return_run:: < $ty > (arg0) } } };
        #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported < T :
        $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty >; };
    };
}
#[doc(hidden)]
#[allow(unused_imports, reason = "used by `export!` only")]
pub(crate) use __export__top_cabi;
/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `top` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_top<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_top_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_top < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::__export__top_cabi!($ty with_types_in $($path_to_types_root)*);
        $($path_to_types_root)* ::exports::api::__export_api_cabi!($ty with_types_in
        $($path_to_types_root)* ::exports::api);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_top_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:world-level:top:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 309usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xD9\x01\x01A\x02\x01A\x10\x01B\x02\x01@\x01\x05topics\0s\x04\0\x04help\x01\0\x03\0\x06helper\x05\0\x01r\x02\x04names\x05level}\x03\0\x06config\x03\0\x01\x01m\x02\x04fast\x04slow\x03\0\x04mode\x03\0\x03\x01@\0\0\x02\x03\0\nget-config\x01\x05\x01@\x01\x01m\x04\x01\0\x03\0\x08set-mode\x01\x06\x01ps\x01ks\x01@\x02\x01c\x02\x04args\x07\0\x08\x04\0\x03run\x01\t\x01B\x02\x01@\x01\x01xx\0x\x04\0\x04call\x01\0\x04\0\x03api\x05\n\x04\0\x17fixture:world-level/top\x04\0\x0B\t\x01\0\x03top\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/world-level.wit");
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
pub mod helper {
    #[allow(unused_imports, reason = "not every module has glue")]
    use ::wit_guest::rt as __wit_guest_rt;
    #[used]
    #[doc(hidden)]
    static __FORCE_SECTION_REF: fn() = super::__link_custom_section_describing_imports;
    #[inline]
    pub fn help(topic: &str) -> ::wit_guest::rt::String {
        unsafe {
            let mut ret_area_ = ::core::mem::MaybeUninit::<
                __wit_guest_rt::RetArea<8>,
            >::uninit();
            let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
            __import_help(
                __wit_guest_rt::ptr_i32(topic.as_ptr()),
                __wit_guest_rt::len_i32(topic.len()),
                __wit_guest_rt::ptr_i32(ret_),
            );
            __wit_guest_rt::string_lift(*ret_.cast::<i32>(), *ret_.add(4).cast::<i32>())
        }
    }
    #[cfg(target_arch = "wasm32")]
    #[link(wasm_import_module = "helper")]
    unsafe extern "C" {
        #[link_name = "help"]
        fn __import_help(_: i32, _: i32, _: i32);
    }
    #[cfg(not(target_arch = "wasm32"))]
    use __wit_guest_host::__import_help;
    #[cfg(not(target_arch = "wasm32"))]
    mod __wit_guest_host {
        fn on_host() -> ! {
            super::__wit_guest_rt::wasm32_only(
                "wit-guest: imports can only be called on wasm32",
            )
        }
        pub(super) unsafe fn __import_help(_: i32, _: i32, _: i32) {
            on_host()
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
    pub mod api {
        #[allow(unused_imports, reason = "not every module has glue")]
        use ::wit_guest::rt as __wit_guest_rt;
        #[used]
        #[doc(hidden)]
        static __FORCE_SECTION_REF: fn() = super::super::__link_custom_section_describing_imports;
        #[doc(hidden)]
        pub unsafe fn _export_call_cabi<T_: Guest>(arg0: i64) -> i64 {
            unsafe {
                __wit_guest_rt::run_ctors_once();
                let p0_ = arg0;
                let result_ = <T_ as Guest>::call(p0_);
                __wit_guest_rt::as_i64(result_)
            }
        }
        /// Implemented by the type passed to `export!`: the functions of `api`.
        #[diagnostic::on_unimplemented(
            message = "`{Self}` is exported as the implementation of interface `api`, but does not implement `exports::api::Guest`",
            label = "missing `impl exports::api::Guest for {Self}`",
            note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::api::Guest for {Self} {{ .. }}`"
        )]
        pub trait Guest {
            fn call(x: i64) -> i64;
        }
        #[doc(hidden)]
        macro_rules! __export_api_cabi {
            ($ty:ident with_types_in $($path_to_types:tt)*) => {
                #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                "symbols of resource functions are named `r__f`")] const _ : () = {
                #[unsafe (export_name = "api#call")] unsafe extern "C" fn
                export_call(arg0 : i64) -> i64 { unsafe { $($path_to_types)*
                ::_export_call_cabi:: < $ty > (arg0) } } }; #[cfg(not(target_arch =
                "wasm32"))] const _ : () = { fn exported < T : $($path_to_types)* ::Guest
                > () {} let _ = exported:: < $ty >; };
            };
        }
        #[doc(hidden)]
        #[allow(unused_imports, reason = "used by `export!` only")]
        pub(crate) use __export_api_cabi;
    }
}
