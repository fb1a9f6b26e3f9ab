#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
pub async fn top_in(x: ::wit_guest::rt::String) -> ::wit_guest::rt::String {
    #[cfg(target_arch = "wasm32")]
    #[link(wasm_import_module = "$root")]
    unsafe extern "C" {
        #[link_name = "[async-lower]top-in"]
        fn import_(_: i32, _: i32, _: i32) -> i32;
    }
    #[cfg(not(target_arch = "wasm32"))]
    unsafe extern "C" fn import_(_: i32, _: i32, _: i32) -> i32 {
        ::wit_guest::rt::wasm32_only("wit-guest: imports can only be called on wasm32")
    }
    /// Lifts and drops a result nobody awaits any more.
    unsafe fn drop_result_(ret_: *mut u8) {
        unsafe {
            ::core::mem::drop(
                ::wit_guest::rt::string_lift(
                    *ret_.cast::<i32>(),
                    *ret_.add(4).cast::<i32>(),
                ),
            )
        }
    }
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        let area_ = ::wit_guest::rt::async_support::CallArea::new(8, 4);
        let base_ = area_.as_mut_ptr();
        let ret_ = base_.add(0);
        let status_ = import_(
            ::wit_guest::rt::ptr_i32(x.as_ptr()),
            ::wit_guest::rt::len_i32(x.len()),
            ::wit_guest::rt::ptr_i32(ret_),
        );
        let area_ = ::wit_guest::rt::async_support::Subtask::new(
                status_,
                area_,
                (x,),
                ret_,
                Some(drop_result_),
                ::wit_guest::rt::Vec::new(),
            )
            .await;
        let result_ = ::wit_guest::rt::string_lift(
            *ret_.cast::<i32>(),
            *ret_.add(4).cast::<i32>(),
        );
        ::core::mem::drop(area_);
        result_
    }
}
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _export_top_out_cabi<T_: Guest + 'static>(arg0: i32, arg1: i32) -> i32 {
    ::wit_guest::rt::run_ctors_once();
    unsafe {
        ::wit_guest::rt::async_support::start_task(async move {
            #[allow(
                unused_unsafe,
                unused_parens,
                reason = "uniform glue: some types need no unsafe code or grouping"
            )]
            unsafe {
                let result_ = {
                    let p0_ = ::wit_guest::rt::string_lift(arg0, arg1);
                    <T_ as Guest>::top_out(p0_).await
                };
                #[cfg(target_arch = "wasm32")]
                #[link(wasm_import_module = "[export]$root")]
                unsafe extern "C" {
                    #[link_name = "[task-return]top-out"]
                    fn task_return_(_: i32, _: i32);
                }
                #[cfg(not(target_arch = "wasm32"))]
                unsafe extern "C" fn task_return_(_: i32, _: i32) {
                    ::wit_guest::rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                task_return_(
                    ::wit_guest::rt::ptr_i32(result_.as_ptr()),
                    ::wit_guest::rt::len_i32(result_.len()),
                );
            }
        })
    }
}
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _callback_top_out_cabi(code: i32, p1: i32, p2: i32) -> i32 {
    unsafe {
        ::wit_guest::rt::async_support::callback(code as u32, p1 as u32, p2 as u32)
    }
}
#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _export_sync_bound_cabi<T_: Guest>(arg0: i32) -> i32 {
    #[allow(
        unused_unsafe,
        unused_parens,
        reason = "uniform glue: some types need no unsafe code or grouping"
    )]
    unsafe {
        ::wit_guest::rt::run_ctors_once();
        let p0_ = arg0 as u32;
        let result_ = <T_ as Guest>::sync_bound(p0_);
        ::wit_guest::rt::as_i32(result_)
    }
}
/// Implemented by the type passed to `export!`: the world's own exported functions.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is exported as the implementation of world `async-world`, but does not implement `Guest`",
    label = "missing `impl Guest for {Self}`",
    note = "every export of the world is implemented by the one type passed to `export!`; add `impl Guest for {Self} {{ .. }}`"
)]
#[allow(
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "types follow the WIT"
)]
pub trait Guest {
    #[allow(
        async_fn_in_trait,
        reason = "the component runs on one thread: no `Send` bound"
    )]
    async fn top_out(x: ::wit_guest::rt::String) -> ::wit_guest::rt::String;
    fn sync_bound(x: u32) -> u32;
}
#[doc(hidden)]
macro_rules! __export__async_world_cabi {
    ($ty:ident with_types_in $($path_to_types:tt)*) => {
        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
        "symbols of resource functions are named `r__f`")] const _ : () = { #[unsafe
        (export_name = "[async-lift]top-out")] unsafe extern "C" fn export_top_out(arg0 :
        i32, arg1 : i32) -> i32 { unsafe { $($path_to_types)* ::_export_top_out_cabi:: <
        $ty > (arg0, arg1) } } #[unsafe (export_name = "[callback][async-lift]top-out")]
        unsafe extern "C" fn callback_top_out(code : i32, p1 : i32, p2 : i32) -> i32 {
        unsafe { $($path_to_types)* ::_callback_top_out_cabi(code, p1, p2) } } #[unsafe
        (export_name = "sync-bound")] unsafe extern "C" fn export_sync_bound(arg0 : i32)
        -> i32 { unsafe { $($path_to_types)* ::_export_sync_bound_cabi:: < $ty > (arg0) }
        } }; #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported < T :
        $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty >; };
    };
}
#[doc(hidden)]
#[allow(unused_imports, reason = "used by `export!` only")]
pub(crate) use __export__async_world_cabi;
/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `async-world` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_async_world<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_async_world_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_async_world < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::__export__async_world_cabi!($ty with_types_in $($path_to_types_root)*);
        $($path_to_types_root)*
        ::exports::fixture::asyncs::calls::__export_fixture__asyncs__calls_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::asyncs::calls);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_async_world_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:asyncs:async-world:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 1270usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\x92\t\x01A\x02\x01A\r\x01B\x04\x01r\x11\x01aw\x01bw\x01cw\x01dw\x01ew\x01fw\x01gw\x01hw\x01iw\x01jw\x01kw\x01lw\x01mw\x01nw\x01ow\x01pw\x01qw\x04\0\x03big\x03\0\0\x01q\x03\x04done\x01s\0\x06failed\x01d\0\x07pending\0\0\x04\0\x07outcome\x03\0\x02\x03\0\x14fixture:asyncs/types\x05\0\x02\x03\0\0\x03big\x02\x03\0\0\x07outcome\x01B)\x02\x03\x02\x01\x01\x04\0\x03big\x03\0\0\x02\x03\x02\x01\x02\x04\0\x07outcome\x03\0\x02\x04\0\nstream-ish\x03\x01\x01i\x04\x01@\x01\x04names\0\x05\x04\0\x17[constructor]stream-ish\x01\x06\x01h\x04\x01p}\x01k\x08\x01C\x01\x04self\x07\0\t\x04\0\x17[method]stream-ish.next\x01\n\x01C\x02\x04self\x07\x01nw\x01\0\x04\0\x17[method]stream-ish.skip\x01\x0B\x01C\x02\x04names\x04mode}\0\x05\x04\0\x17[static]stream-ish.open\x01\x0C\x01C\0\x01\0\x04\0\x07nothing\x01\r\x01C\x02\x01ay\x01by\0y\x04\0\x04flat\x01\x0E\x01C\x03\x01as\x01bs\x01c}\0s\x04\0\x07spilled\x01\x0F\x01C\x01\x01b\x01\0\x01\x04\0\x04wide\x01\x10\x01p\x03\x01j\x01\x03\x01d\x01C\x01\x01o\x11\0\x12\x04\0\noutcome-of\x01\x13\x01pd\x01kd\x01C\x02\x01ed\x02es\x14\0\x15\x04\0\x06errors\x01\x16\x01C\x01\x01s\x05\0y\x04\0\x04take\x01\x17\x01@\x01\x03msgs\0d\x04\0\x04made\x01\x18\x01ps\x01j\x01\x19\x01d\x01@\x01\x03msgs\0\x1A\x04\0\tmade-with\x01\x1B\x03\0\x14fixture:asyncs/calls\x05\x03\x01C\x01\x01xs\0s\x03\0\x06top-in\x01\x04\x04\0\x07top-out\x01\x04\x01C\x01\x01xy\0y\x04\0\nsync-bound\x01\x05\x01B)\x02\x03\x02\x01\x01\x04\0\x03big\x03\0\0\x02\x03\x02\x01\x02\x04\0\x07outcome\x03\0\x02\x04\0\nstream-ish\x03\x01\x01i\x04\x01@\x01\x04names\0\x05\x04\0\x17[constructor]stream-ish\x01\x06\x01h\x04\x01p}\x01k\x08\x01C\x01\x04self\x07\0\t\x04\0\x17[method]stream-ish.next\x01\n\x01C\x02\x04self\x07\x01nw\x01\0\x04\0\x17[method]stream-ish.skip\x01\x0B\x01C\x02\x04names\x04mode}\0\x05\x04\0\x17[static]stream-ish.open\x01\x0C\x01C\0\x01\0\x04\0\x07nothing\x01\r\x01C\x02\x01ay\x01by\0y\x04\0\x04flat\x01\x0E\x01C\x03\x01as\x01bs\x01c}\0s\x04\0\x07spilled\x01\x0F\x01C\x01\x01b\x01\0\x01\x04\0\x04wide\x01\x10\x01p\x03\x01j\x01\x03\x01d\x01C\x01\x01o\x11\0\x12\x04\0\noutcome-of\x01\x13\x01pd\x01kd\x01C\x02\x01ed\x02es\x14\0\x15\x04\0\x06errors\x01\x16\x01C\x01\x01s\x05\0y\x04\0\x04take\x01\x17\x01@\x01\x03msgs\0d\x04\0\x04made\x01\x18\x01ps\x01j\x01\x19\x01d\x01@\x01\x03msgs\0\x1A\x04\0\tmade-with\x01\x1B\x04\0\x14fixture:asyncs/calls\x05\x06\x04\0\x1Afixture:asyncs/async-world\x04\0\x0B\x11\x01\0\x0Basync-world\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/asyncs.wit");
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
    pub mod asyncs {
        pub mod types {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub struct Big {
                pub a: u64,
                pub b: u64,
                pub c: u64,
                pub d: u64,
                pub e: u64,
                pub f: u64,
                pub g: u64,
                pub h: u64,
                pub i: u64,
                pub j: u64,
                pub k: u64,
                pub l: u64,
                pub m: u64,
                pub n: u64,
                pub o: u64,
                pub p: u64,
                pub q: u64,
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
                        .field("f", &self.f)
                        .field("g", &self.g)
                        .field("h", &self.h)
                        .field("i", &self.i)
                        .field("j", &self.j)
                        .field("k", &self.k)
                        .field("l", &self.l)
                        .field("m", &self.m)
                        .field("n", &self.n)
                        .field("o", &self.o)
                        .field("p", &self.p)
                        .field("q", &self.q)
                        .finish()
                }
            }
            impl Big {
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Big {
                            a: *at.cast::<u64>(),
                            b: *at.add(8).cast::<u64>(),
                            c: *at.add(16).cast::<u64>(),
                            d: *at.add(24).cast::<u64>(),
                            e: *at.add(32).cast::<u64>(),
                            f: *at.add(40).cast::<u64>(),
                            g: *at.add(48).cast::<u64>(),
                            h: *at.add(56).cast::<u64>(),
                            i: *at.add(64).cast::<u64>(),
                            j: *at.add(72).cast::<u64>(),
                            k: *at.add(80).cast::<u64>(),
                            l: *at.add(88).cast::<u64>(),
                            m: *at.add(96).cast::<u64>(),
                            n: *at.add(104).cast::<u64>(),
                            o: *at.add(112).cast::<u64>(),
                            p: *at.add(120).cast::<u64>(),
                            q: *at.add(128).cast::<u64>(),
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
                        *at.add(32).cast::<i64>() = __wit_guest_rt::as_i64(self.e);
                        *at.add(40).cast::<i64>() = __wit_guest_rt::as_i64(self.f);
                        *at.add(48).cast::<i64>() = __wit_guest_rt::as_i64(self.g);
                        *at.add(56).cast::<i64>() = __wit_guest_rt::as_i64(self.h);
                        *at.add(64).cast::<i64>() = __wit_guest_rt::as_i64(self.i);
                        *at.add(72).cast::<i64>() = __wit_guest_rt::as_i64(self.j);
                        *at.add(80).cast::<i64>() = __wit_guest_rt::as_i64(self.k);
                        *at.add(88).cast::<i64>() = __wit_guest_rt::as_i64(self.l);
                        *at.add(96).cast::<i64>() = __wit_guest_rt::as_i64(self.m);
                        *at.add(104).cast::<i64>() = __wit_guest_rt::as_i64(self.n);
                        *at.add(112).cast::<i64>() = __wit_guest_rt::as_i64(self.o);
                        *at.add(120).cast::<i64>() = __wit_guest_rt::as_i64(self.p);
                        *at.add(128).cast::<i64>() = __wit_guest_rt::as_i64(self.q);
                    }
                }
            }
            pub enum Outcome {
                Done(::wit_guest::rt::String),
                Failed(::wit_guest::rt::async_support::ErrorContext),
                Pending,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Outcome {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        Outcome::Done(e) => {
                            f.debug_tuple("Outcome::Done").field(e).finish()
                        }
                        Outcome::Failed(e) => {
                            f.debug_tuple("Outcome::Failed").field(e).finish()
                        }
                        Outcome::Pending => f.debug_tuple("Outcome::Pending").finish(),
                    }
                }
            }
        }
        pub mod calls {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[derive(Debug)]
            #[repr(transparent)]
            pub struct StreamIsh {
                handle: ::wit_guest::rt::Resource<StreamIsh>,
            }
            unsafe impl ::wit_guest::rt::WasmResource for StreamIsh {
                #[inline]
                unsafe fn drop(handle: u32) {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = "fixture:asyncs/calls")]
                    unsafe extern "C" {
                        #[link_name = "[resource-drop]stream-ish"]
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
            impl StreamIsh {
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
                unused_imports,
                reason = "bindings cover the whole world; a component uses part of it"
            )]
            pub use super::super::super::fixture::asyncs::types::{Big, Outcome};
            pub async fn nothing() {
                unsafe {
                    let area_ = ::wit_guest::rt::async_support::CallArea::new(0, 1);
                    let base_ = area_.as_mut_ptr();
                    let ret_ = base_.add(0);
                    let status_ = __import_nothing();
                    let area_ = ::wit_guest::rt::async_support::Subtask::new(
                            status_,
                            area_,
                            (),
                            ret_,
                            None,
                            ::wit_guest::rt::Vec::new(),
                        )
                        .await;
                    let result_ = ();
                    ::core::mem::drop(area_);
                    result_
                }
            }
            pub async fn flat(a: u32, b: u32) -> u32 {
                unsafe {
                    let area_ = ::wit_guest::rt::async_support::CallArea::new(4, 4);
                    let base_ = area_.as_mut_ptr();
                    let ret_ = base_.add(0);
                    let status_ = __import_flat(
                        __wit_guest_rt::as_i32(a),
                        __wit_guest_rt::as_i32(b),
                        ::wit_guest::rt::ptr_i32(ret_),
                    );
                    let area_ = ::wit_guest::rt::async_support::Subtask::new(
                            status_,
                            area_,
                            (a, b),
                            ret_,
                            None,
                            ::wit_guest::rt::Vec::new(),
                        )
                        .await;
                    let result_ = *ret_.cast::<u32>();
                    ::core::mem::drop(area_);
                    result_
                }
            }
            /// Five flat values: the arguments are spilled.
            pub async fn spilled(
                a: ::wit_guest::rt::String,
                b: ::wit_guest::rt::String,
                c: u8,
            ) -> ::wit_guest::rt::String {
                /// Lifts and drops a result nobody awaits any more.
                unsafe fn drop_result_(ret_: *mut u8) {
                    unsafe {
                        ::core::mem::drop(
                            __wit_guest_rt::string_lift(
                                *ret_.cast::<i32>(),
                                *ret_.add(4).cast::<i32>(),
                            ),
                        )
                    }
                }
                unsafe {
                    let area_ = ::wit_guest::rt::async_support::CallArea::new(28, 4);
                    let base_ = area_.as_mut_ptr();
                    *base_.cast::<i32>() = __wit_guest_rt::ptr_i32(a.as_ptr());
                    *base_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(a.len());
                    *base_.add(8).cast::<i32>() = __wit_guest_rt::ptr_i32(b.as_ptr());
                    *base_.add(12).cast::<i32>() = __wit_guest_rt::len_i32(b.len());
                    *base_.add(16).cast::<u8>() = __wit_guest_rt::as_i32(c) as u8;
                    let ret_ = base_.add(20);
                    let status_ = __import_spilled(
                        ::wit_guest::rt::ptr_i32(base_),
                        ::wit_guest::rt::ptr_i32(ret_),
                    );
                    let area_ = ::wit_guest::rt::async_support::Subtask::new(
                            status_,
                            area_,
                            (a, b, c),
                            ret_,
                            Some(drop_result_),
                            ::wit_guest::rt::Vec::new(),
                        )
                        .await;
                    let result_ = __wit_guest_rt::string_lift(
                        *ret_.cast::<i32>(),
                        *ret_.add(4).cast::<i32>(),
                    );
                    ::core::mem::drop(area_);
                    result_
                }
            }
            /// More than 16 flat values both ways: results through a pointer.
            pub async fn wide(b: Big) -> Big {
                unsafe {
                    let area_ = ::wit_guest::rt::async_support::CallArea::new(272, 8);
                    let base_ = area_.as_mut_ptr();
                    (b).__wit_guest_store(base_);
                    let ret_ = base_.add(136);
                    let status_ = __import_wide(
                        ::wit_guest::rt::ptr_i32(base_),
                        ::wit_guest::rt::ptr_i32(ret_),
                    );
                    let area_ = ::wit_guest::rt::async_support::Subtask::new(
                            status_,
                            area_,
                            (b,),
                            ret_,
                            None,
                            ::wit_guest::rt::Vec::new(),
                        )
                        .await;
                    let result_ = Big::__wit_guest_load(ret_);
                    ::core::mem::drop(area_);
                    result_
                }
            }
            pub async fn outcome_of(
                o: ::wit_guest::rt::Vec<Outcome>,
            ) -> ::core::result::Result<
                Outcome,
                ::wit_guest::rt::async_support::ErrorContext,
            > {
                /// Lifts and drops a result nobody awaits any more.
                unsafe fn drop_result_(ret_: *mut u8) {
                    unsafe {
                        ::core::mem::drop(
                            match *ret_.cast::<u8>() {
                                0 => {
                                    ::core::result::Result::Ok(
                                        match *ret_.add(4).cast::<u8>() {
                                            0 => {
                                                Outcome::Done(
                                                    __wit_guest_rt::string_lift(
                                                        *ret_.add(8).cast::<i32>(),
                                                        *ret_.add(12).cast::<i32>(),
                                                    ),
                                                )
                                            }
                                            1 => {
                                                Outcome::Failed(
                                                    __wit_guest_rt::async_support::ErrorContext::from_handle(
                                                        *ret_.add(8).cast::<i32>() as u32,
                                                    ),
                                                )
                                            }
                                            2 => Outcome::Pending,
                                            _ => __wit_guest_rt::invalid_discriminant(),
                                        },
                                    )
                                }
                                1 => {
                                    ::core::result::Result::Err(
                                        __wit_guest_rt::async_support::ErrorContext::from_handle(
                                            *ret_.add(4).cast::<i32>() as u32,
                                        ),
                                    )
                                }
                                _ => __wit_guest_rt::invalid_discriminant(),
                            },
                        )
                    }
                }
                unsafe {
                    let mut cleanup_ = ::wit_guest::rt::Cleanup::new();
                    let area_ = ::wit_guest::rt::async_support::CallArea::new(16, 4);
                    let base_ = area_.as_mut_ptr();
                    let len2_ = o.len();
                    let base3_ = cleanup_.alloc(len2_ * 12, 4);
                    for (i6_, e5_) in o.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 12);
                        match &e5_ {
                            Outcome::Done(e7_) => {
                                *at4_.cast::<u8>() = 0;
                                *at4_.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                    e7_.as_ptr(),
                                );
                                *at4_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e7_.len(),
                                );
                            }
                            Outcome::Failed(e8_) => {
                                *at4_.cast::<u8>() = 1;
                                *at4_.add(4).cast::<i32>() = e8_.handle() as i32;
                            }
                            Outcome::Pending => {
                                *at4_.cast::<u8>() = 2;
                            }
                        }
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let ret_ = base_.add(0);
                    let status_ = __import_outcome_of(
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        ::wit_guest::rt::ptr_i32(ret_),
                    );
                    let area_ = ::wit_guest::rt::async_support::Subtask::new(
                            status_,
                            area_,
                            (o, cleanup_),
                            ret_,
                            Some(drop_result_),
                            ::wit_guest::rt::Vec::new(),
                        )
                        .await;
                    let result_ = match *ret_.cast::<u8>() {
                        0 => {
                            ::core::result::Result::Ok(
                                match *ret_.add(4).cast::<u8>() {
                                    0 => {
                                        Outcome::Done(
                                            __wit_guest_rt::string_lift(
                                                *ret_.add(8).cast::<i32>(),
                                                *ret_.add(12).cast::<i32>(),
                                            ),
                                        )
                                    }
                                    1 => {
                                        Outcome::Failed(
                                            __wit_guest_rt::async_support::ErrorContext::from_handle(
                                                *ret_.add(8).cast::<i32>() as u32,
                                            ),
                                        )
                                    }
                                    2 => Outcome::Pending,
                                    _ => __wit_guest_rt::invalid_discriminant(),
                                },
                            )
                        }
                        1 => {
                            ::core::result::Result::Err(
                                __wit_guest_rt::async_support::ErrorContext::from_handle(
                                    *ret_.add(4).cast::<i32>() as u32,
                                ),
                            )
                        }
                        _ => __wit_guest_rt::invalid_discriminant(),
                    };
                    ::core::mem::drop(area_);
                    result_
                }
            }
            pub async fn errors(
                e: ::wit_guest::rt::async_support::ErrorContext,
                es: ::wit_guest::rt::Vec<::wit_guest::rt::async_support::ErrorContext>,
            ) -> ::core::option::Option<::wit_guest::rt::async_support::ErrorContext> {
                /// Lifts and drops a result nobody awaits any more.
                unsafe fn drop_result_(ret_: *mut u8) {
                    unsafe {
                        ::core::mem::drop(
                            match *ret_.cast::<u8>() {
                                0 => ::core::option::Option::None,
                                1 => {
                                    ::core::option::Option::Some(
                                        __wit_guest_rt::async_support::ErrorContext::from_handle(
                                            *ret_.add(4).cast::<i32>() as u32,
                                        ),
                                    )
                                }
                                _ => __wit_guest_rt::invalid_discriminant(),
                            },
                        )
                    }
                }
                unsafe {
                    let mut cleanup_ = ::wit_guest::rt::Cleanup::new();
                    let area_ = ::wit_guest::rt::async_support::CallArea::new(8, 4);
                    let base_ = area_.as_mut_ptr();
                    let len2_ = es.len();
                    let base3_ = cleanup_.alloc(len2_ * 4, 4);
                    for (i6_, e5_) in es.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 4);
                        *at4_.cast::<i32>() = e5_.handle() as i32;
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let ret_ = base_.add(0);
                    let status_ = __import_errors(
                        e.handle() as i32,
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        ::wit_guest::rt::ptr_i32(ret_),
                    );
                    let area_ = ::wit_guest::rt::async_support::Subtask::new(
                            status_,
                            area_,
                            (e, es, cleanup_),
                            ret_,
                            Some(drop_result_),
                            ::wit_guest::rt::Vec::new(),
                        )
                        .await;
                    let result_ = match *ret_.cast::<u8>() {
                        0 => ::core::option::Option::None,
                        1 => {
                            ::core::option::Option::Some(
                                __wit_guest_rt::async_support::ErrorContext::from_handle(
                                    *ret_.add(4).cast::<i32>() as u32,
                                ),
                            )
                        }
                        _ => __wit_guest_rt::invalid_discriminant(),
                    };
                    ::core::mem::drop(area_);
                    result_
                }
            }
            pub async fn take(s: StreamIsh) -> u32 {
                unsafe {
                    let mut taken_ = ::wit_guest::rt::Vec::new();
                    let area_ = ::wit_guest::rt::async_support::CallArea::new(4, 4);
                    let base_ = area_.as_mut_ptr();
                    let ret_ = base_.add(0);
                    let status_ = __import_take(
                        {
                            let h_ = s.take_handle();
                            taken_
                                .push((
                                    h_,
                                    (|h: u32| ::core::mem::drop(unsafe {
                                        StreamIsh::from_handle(h)
                                    })) as fn(u32),
                                ));
                            h_ as i32
                        },
                        ::wit_guest::rt::ptr_i32(ret_),
                    );
                    let area_ = ::wit_guest::rt::async_support::Subtask::new(
                            status_,
                            area_,
                            (s,),
                            ret_,
                            None,
                            taken_,
                        )
                        .await;
                    let result_ = *ret_.cast::<u32>();
                    ::core::mem::drop(area_);
                    result_
                }
            }
            /// Sync results lending an `error-context`: kept until the next call.
            #[inline]
            pub fn made(msg: &str) -> ::wit_guest::rt::async_support::ErrorContext {
                unsafe {
                    let r_ = __import_made(
                        __wit_guest_rt::ptr_i32(msg.as_ptr()),
                        __wit_guest_rt::len_i32(msg.len()),
                    );
                    __wit_guest_rt::async_support::ErrorContext::from_handle(r_ as u32)
                }
            }
            #[inline]
            pub fn made_with(
                msg: &str,
            ) -> ::core::result::Result<
                ::wit_guest::rt::Vec<::wit_guest::rt::String>,
                ::wit_guest::rt::async_support::ErrorContext,
            > {
                unsafe {
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<12>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_made_with(
                        __wit_guest_rt::ptr_i32(msg.as_ptr()),
                        __wit_guest_rt::len_i32(msg.len()),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    match *ret_.cast::<u8>() {
                        0 => {
                            ::core::result::Result::Ok(
                                __wit_guest_rt::list_lift_with(
                                    *ret_.add(4).cast::<i32>(),
                                    *ret_.add(8).cast::<i32>(),
                                    8,
                                    4,
                                    |at1_: *mut u8| __wit_guest_rt::string_lift(
                                        *at1_.cast::<i32>(),
                                        *at1_.add(4).cast::<i32>(),
                                    ),
                                ),
                            )
                        }
                        1 => {
                            ::core::result::Result::Err(
                                __wit_guest_rt::async_support::ErrorContext::from_handle(
                                    *ret_.add(4).cast::<i32>() as u32,
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
            impl StreamIsh {
                #[inline]
                pub fn new(name: &str) -> Self {
                    unsafe {
                        let r_ = __import_stream_ish__new(
                            __wit_guest_rt::ptr_i32(name.as_ptr()),
                            __wit_guest_rt::len_i32(name.len()),
                        );
                        StreamIsh::from_handle(r_ as u32)
                    }
                }
                pub async fn next(
                    &self,
                ) -> ::core::option::Option<::wit_guest::rt::Vec<u8>> {
                    /// Lifts and drops a result nobody awaits any more.
                    unsafe fn drop_result_(ret_: *mut u8) {
                        unsafe {
                            ::core::mem::drop(
                                match *ret_.cast::<u8>() {
                                    0 => ::core::option::Option::None,
                                    1 => {
                                        ::core::option::Option::Some(
                                            __wit_guest_rt::list_lift::<
                                                u8,
                                            >(*ret_.add(4).cast::<i32>(), *ret_.add(8).cast::<i32>()),
                                        )
                                    }
                                    _ => __wit_guest_rt::invalid_discriminant(),
                                },
                            )
                        }
                    }
                    unsafe {
                        let area_ = ::wit_guest::rt::async_support::CallArea::new(12, 4);
                        let base_ = area_.as_mut_ptr();
                        let ret_ = base_.add(0);
                        let status_ = __import_stream_ish__next(
                            self.handle() as i32,
                            ::wit_guest::rt::ptr_i32(ret_),
                        );
                        let area_ = ::wit_guest::rt::async_support::Subtask::new(
                                status_,
                                area_,
                                (),
                                ret_,
                                Some(drop_result_),
                                ::wit_guest::rt::Vec::new(),
                            )
                            .await;
                        let result_ = match *ret_.cast::<u8>() {
                            0 => ::core::option::Option::None,
                            1 => {
                                ::core::option::Option::Some(
                                    __wit_guest_rt::list_lift::<
                                        u8,
                                    >(*ret_.add(4).cast::<i32>(), *ret_.add(8).cast::<i32>()),
                                )
                            }
                            _ => __wit_guest_rt::invalid_discriminant(),
                        };
                        ::core::mem::drop(area_);
                        result_
                    }
                }
                pub async fn skip(&self, n: u64) {
                    unsafe {
                        let area_ = ::wit_guest::rt::async_support::CallArea::new(0, 1);
                        let base_ = area_.as_mut_ptr();
                        let ret_ = base_.add(0);
                        let status_ = __import_stream_ish__skip(
                            self.handle() as i32,
                            __wit_guest_rt::as_i64(n),
                        );
                        let area_ = ::wit_guest::rt::async_support::Subtask::new(
                                status_,
                                area_,
                                (n,),
                                ret_,
                                None,
                                ::wit_guest::rt::Vec::new(),
                            )
                            .await;
                        let result_ = ();
                        ::core::mem::drop(area_);
                        result_
                    }
                }
                pub async fn open(name: ::wit_guest::rt::String, mode: u8) -> StreamIsh {
                    /// Lifts and drops a result nobody awaits any more.
                    unsafe fn drop_result_(ret_: *mut u8) {
                        unsafe {
                            ::core::mem::drop(
                                StreamIsh::from_handle(*ret_.cast::<i32>() as u32),
                            )
                        }
                    }
                    unsafe {
                        let area_ = ::wit_guest::rt::async_support::CallArea::new(4, 4);
                        let base_ = area_.as_mut_ptr();
                        let ret_ = base_.add(0);
                        let status_ = __import_stream_ish__open(
                            __wit_guest_rt::ptr_i32(name.as_ptr()),
                            __wit_guest_rt::len_i32(name.len()),
                            __wit_guest_rt::as_i32(mode),
                            ::wit_guest::rt::ptr_i32(ret_),
                        );
                        let area_ = ::wit_guest::rt::async_support::Subtask::new(
                                status_,
                                area_,
                                (name, mode),
                                ret_,
                                Some(drop_result_),
                                ::wit_guest::rt::Vec::new(),
                            )
                            .await;
                        let result_ = StreamIsh::from_handle(*ret_.cast::<i32>() as u32);
                        ::core::mem::drop(area_);
                        result_
                    }
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:asyncs/calls")]
            unsafe extern "C" {
                #[link_name = "[constructor]stream-ish"]
                fn __import_stream_ish__new(_: i32, _: i32) -> i32;
                #[link_name = "[async-lower][method]stream-ish.next"]
                fn __import_stream_ish__next(_: i32, _: i32) -> i32;
                #[link_name = "[async-lower][method]stream-ish.skip"]
                fn __import_stream_ish__skip(_: i32, _: i64) -> i32;
                #[link_name = "[async-lower][static]stream-ish.open"]
                fn __import_stream_ish__open(_: i32, _: i32, _: i32, _: i32) -> i32;
                #[link_name = "[async-lower]nothing"]
                fn __import_nothing() -> i32;
                #[link_name = "[async-lower]flat"]
                fn __import_flat(_: i32, _: i32, _: i32) -> i32;
                #[link_name = "[async-lower]spilled"]
                fn __import_spilled(_: i32, _: i32) -> i32;
                #[link_name = "[async-lower]wide"]
                fn __import_wide(_: i32, _: i32) -> i32;
                #[link_name = "[async-lower]outcome-of"]
                fn __import_outcome_of(_: i32, _: i32, _: i32) -> i32;
                #[link_name = "[async-lower]errors"]
                fn __import_errors(_: i32, _: i32, _: i32, _: i32) -> i32;
                #[link_name = "[async-lower]take"]
                fn __import_take(_: i32, _: i32) -> i32;
                #[link_name = "made"]
                fn __import_made(_: i32, _: i32) -> i32;
                #[link_name = "made-with"]
                fn __import_made_with(_: i32, _: i32, _: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{
                __import_stream_ish__new, __import_stream_ish__next,
                __import_stream_ish__skip, __import_stream_ish__open, __import_nothing,
                __import_flat, __import_spilled, __import_wide, __import_outcome_of,
                __import_errors, __import_take, __import_made, __import_made_with,
            };
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_stream_ish__new(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_stream_ish__next(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_stream_ish__skip(_: i32, _: i64) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_stream_ish__open(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_nothing() -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_flat(_: i32, _: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_spilled(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_wide(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_outcome_of(_: i32, _: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_errors(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_take(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_made(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_made_with(_: i32, _: i32, _: i32) {
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
        pub mod asyncs {
            pub mod calls {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct StreamIsh {
                    handle: ::wit_guest::rt::Resource<StreamIsh>,
                }
                unsafe impl ::wit_guest::rt::WasmResource for StreamIsh {
                    #[inline]
                    unsafe fn drop(handle: u32) {
                        #[cfg(target_arch = "wasm32")]
                        #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                        unsafe extern "C" {
                            #[link_name = "[resource-drop]stream-ish"]
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
                static __TYPE_GUARD_STREAM_ISH: ::wit_guest::rt::TypeGuard = ::wit_guest::rt::TypeGuard::new();
                impl StreamIsh {
                    /// Creates a resource owning `val`; its handle can be passed to the host.
                    pub fn new<T: GuestStreamIsh>(val: T) -> Self {
                        __TYPE_GUARD_STREAM_ISH.check::<T>("stream-ish");
                        let rep = <T::Rep as ::wit_guest::rt::ResourceRep<
                            T,
                        >>::rep_new(val);
                        unsafe {
                            let ptr = T::resource_into_raw_(rep);
                            Self::from_handle(T::_resource_new(ptr.cast()))
                        }
                    }
                    /// The value behind this handle.
                    pub fn get<T: GuestStreamIsh>(&self) -> &T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.as_ptr::<T>())
                        }
                    }
                    /// The value behind this handle, mutably.
                    pub fn get_mut<T: GuestStreamIsh>(&mut self) -> &mut T {
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_mut(self.as_ptr::<T>())
                        }
                    }
                    /// Moves the value out; the resource keeps an empty slot until dropped.
                    pub fn into_inner<T: GuestStreamIsh>(self) -> T {
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
                    pub unsafe fn dtor<T: GuestStreamIsh>(rep: *mut u8) {
                        __TYPE_GUARD_STREAM_ISH.check::<T>("stream-ish");
                        unsafe { drop(T::resource_from_raw_(rep.cast())) }
                    }
                    fn as_ptr<T: GuestStreamIsh>(&self) -> *mut T::Rep {
                        __TYPE_GUARD_STREAM_ISH.check::<T>("stream-ish");
                        T::_resource_rep(self.handle()).cast()
                    }
                }
                /// A borrowed [`StreamIsh`], valid for the call that lent it.
                #[derive(Debug)]
                #[repr(transparent)]
                pub struct StreamIshBorrow<'a> {
                    rep: *const u8,
                    _marker: ::core::marker::PhantomData<&'a StreamIsh>,
                }
                impl<'a> StreamIshBorrow<'a> {
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
                    pub fn get<T: GuestStreamIsh>(&self) -> &'a T {
                        __TYPE_GUARD_STREAM_ISH.check::<T>("stream-ish");
                        unsafe {
                            <T::Rep as ::wit_guest::rt::ResourceRep<
                                T,
                            >>::rep_as_ref(self.rep.cast())
                        }
                    }
                }
                #[allow(
                    unused_imports,
                    reason = "bindings cover the whole world; a component uses part of it"
                )]
                pub use super::super::super::super::fixture::asyncs::types::{
                    Big, Outcome,
                };
                #[doc(hidden)]
                pub unsafe fn _export_nothing_cabi<T_: Guest + 'static>() -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                {
                                    <T_ as Guest>::nothing().await;
                                }
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return]nothing"]
                                    fn task_return_();
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_() {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                task_return_();
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_nothing_cabi(
                    code: i32,
                    p1: i32,
                    p2: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_flat_cabi<T_: Guest + 'static>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                let result_ = {
                                    let p0_ = arg0 as u32;
                                    let p1_ = arg1 as u32;
                                    <T_ as Guest>::flat(p0_, p1_).await
                                };
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return]flat"]
                                    fn task_return_(_: i32);
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_(_: i32) {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                task_return_(__wit_guest_rt::as_i32(result_));
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_flat_cabi(code: i32, p1: i32, p2: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_spilled_cabi<T_: Guest + 'static>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                    arg4: i32,
                ) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                let result_ = {
                                    let p0_ = __wit_guest_rt::string_lift(arg0, arg1);
                                    let p1_ = __wit_guest_rt::string_lift(arg2, arg3);
                                    let p2_ = arg4 as u8;
                                    <T_ as Guest>::spilled(p0_, p1_, p2_).await
                                };
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return]spilled"]
                                    fn task_return_(_: i32, _: i32);
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_(_: i32, _: i32) {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                task_return_(
                                    __wit_guest_rt::ptr_i32(result_.as_ptr()),
                                    __wit_guest_rt::len_i32(result_.len()),
                                );
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_spilled_cabi(
                    code: i32,
                    p1: i32,
                    p2: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_wide_cabi<T_: Guest + 'static>(arg0: i32) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                let result_ = {
                                    let params_ = __wit_guest_rt::i32_ptr(arg0);
                                    let p0_ = Big::__wit_guest_load(params_);
                                    __wit_guest_rt::free_params(params_, 136, 8);
                                    <T_ as Guest>::wide(p0_).await
                                };
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return]wide"]
                                    fn task_return_(_: i32);
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_(_: i32) {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                let area_ = __wit_guest_rt::async_support::CallArea::new(
                                    136,
                                    8,
                                );
                                let ret_ = area_.as_mut_ptr();
                                (result_).__wit_guest_store(ret_);
                                task_return_(__wit_guest_rt::ptr_i32(ret_));
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_wide_cabi(code: i32, p1: i32, p2: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_outcome_of_cabi<T_: Guest + 'static>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                let result_ = {
                                    let p0_ = __wit_guest_rt::list_lift_with(
                                        arg0,
                                        arg1,
                                        12,
                                        4,
                                        |at1_: *mut u8| match *at1_.cast::<u8>() {
                                            0 => {
                                                Outcome::Done(
                                                    __wit_guest_rt::string_lift(
                                                        *at1_.add(4).cast::<i32>(),
                                                        *at1_.add(8).cast::<i32>(),
                                                    ),
                                                )
                                            }
                                            1 => {
                                                Outcome::Failed(
                                                    __wit_guest_rt::async_support::ErrorContext::from_handle(
                                                        *at1_.add(4).cast::<i32>() as u32,
                                                    ),
                                                )
                                            }
                                            2 => Outcome::Pending,
                                            _ => __wit_guest_rt::invalid_discriminant(),
                                        },
                                    );
                                    <T_ as Guest>::outcome_of(p0_).await
                                };
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return]outcome-of"]
                                    fn task_return_(_: i32, _: i32, _: i32, _: i32);
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_(
                                    _: i32,
                                    _: i32,
                                    _: i32,
                                    _: i32,
                                ) {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                let (f2_, f3_, f4_, f5_) = match &result_ {
                                    ::core::result::Result::Ok(e6_) => {
                                        let (f7_, f8_, f9_) = match &e6_ {
                                            Outcome::Done(e10_) => {
                                                (
                                                    0,
                                                    __wit_guest_rt::ptr_i32(e10_.as_ptr()),
                                                    __wit_guest_rt::len_i32(e10_.len()),
                                                )
                                            }
                                            Outcome::Failed(e11_) => (1, e11_.handle() as i32, 0i32),
                                            Outcome::Pending => (2, 0i32, 0i32),
                                        };
                                        (0, f7_, f8_, f9_)
                                    }
                                    ::core::result::Result::Err(e12_) => {
                                        (1, e12_.handle() as i32, 0i32, 0i32)
                                    }
                                };
                                task_return_(f2_, f3_, f4_, f5_);
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_outcome_of_cabi(
                    code: i32,
                    p1: i32,
                    p2: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_errors_cabi<T_: Guest + 'static>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                ) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                let result_ = {
                                    let p0_ = __wit_guest_rt::async_support::ErrorContext::from_handle(
                                        arg0 as u32,
                                    );
                                    let p1_ = __wit_guest_rt::list_lift_with(
                                        arg1,
                                        arg2,
                                        4,
                                        4,
                                        |at1_: *mut u8| __wit_guest_rt::async_support::ErrorContext::from_handle(
                                            *at1_.cast::<i32>() as u32,
                                        ),
                                    );
                                    <T_ as Guest>::errors(p0_, p1_).await
                                };
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return]errors"]
                                    fn task_return_(_: i32, _: i32);
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_(_: i32, _: i32) {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                let (f2_, f3_) = match &result_ {
                                    ::core::option::Option::None => (0, 0i32),
                                    ::core::option::Option::Some(e4_) => {
                                        (1, e4_.handle() as i32)
                                    }
                                };
                                task_return_(f2_, f3_);
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_errors_cabi(code: i32, p1: i32, p2: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_take_cabi<T_: Guest + 'static>(arg0: i32) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                let result_ = {
                                    let p0_ = StreamIsh::from_handle(arg0 as u32);
                                    <T_ as Guest>::take(p0_).await
                                };
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return]take"]
                                    fn task_return_(_: i32);
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_(_: i32) {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                task_return_(__wit_guest_rt::as_i32(result_));
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_take_cabi(code: i32, p1: i32, p2: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                static RET_SLOT_MADE: __wit_guest_rt::ReturnSlot<
                    ::wit_guest::rt::async_support::ErrorContext,
                > = __wit_guest_rt::ReturnSlot::new();
                #[doc(hidden)]
                pub unsafe fn _export_made_cabi<T_: Guest>(arg0: i32, arg1: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::string_lift(arg0, arg1);
                        let result_ = &*RET_SLOT_MADE.put(<T_ as Guest>::made(p0_));
                        result_.handle() as i32
                    }
                }
                static RET_SLOT_MADE_WITH: __wit_guest_rt::ReturnSlot<
                    ::core::result::Result<
                        ::wit_guest::rt::Vec<::wit_guest::rt::String>,
                        ::wit_guest::rt::async_support::ErrorContext,
                    >,
                > = __wit_guest_rt::ReturnSlot::new();
                #[doc(hidden)]
                pub unsafe fn _export_made_with_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::string_lift(arg0, arg1);
                        let result_ = &*RET_SLOT_MADE_WITH
                            .put(<T_ as Guest>::made_with(p0_));
                        let ret_ = RET_AREA.as_mut_ptr();
                        let mut cleanup_ = __wit_guest_rt::Untracked;
                        match &result_ {
                            ::core::result::Result::Ok(e1_) => {
                                *ret_.cast::<u8>() = 0;
                                let len3_ = e1_.len();
                                let base4_ = cleanup_.alloc(len3_ * 8, 4);
                                for (i7_, e6_) in e1_.iter().enumerate() {
                                    let at5_ = base4_.add(i7_ * 8);
                                    *at5_.cast::<i32>() = __wit_guest_rt::ptr_i32(e6_.as_ptr());
                                    *at5_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                        e6_.len(),
                                    );
                                }
                                let ptr2_ = __wit_guest_rt::ptr_i32(base4_);
                                *ret_.add(4).cast::<i32>() = ptr2_;
                                *ret_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(len3_);
                            }
                            ::core::result::Result::Err(e8_) => {
                                *ret_.cast::<u8>() = 1;
                                *ret_.add(4).cast::<i32>() = e8_.handle() as i32;
                            }
                        }
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_made_with<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        if *ret_.cast::<u8>() == 0 {
                            let base9_ = __wit_guest_rt::i32_ptr(
                                *ret_.add(4).cast::<i32>(),
                            );
                            let len10_ = *ret_.add(8).cast::<i32>() as u32 as usize;
                            __wit_guest_rt::dealloc(base9_, len10_ * 8, 4);
                        }
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<12> = __wit_guest_rt::StaticRetArea::new();
                #[doc(hidden)]
                pub unsafe fn _export_stream_ish__new_cabi<T_: GuestStreamIsh>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::string_lift(arg0, arg1);
                        let result_ = StreamIsh::new(<T_ as GuestStreamIsh>::new(p0_));
                        result_.take_handle() as i32
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_stream_ish__next_cabi<
                    T_: GuestStreamIsh + 'static,
                >(arg0: i32) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                let result_ = {
                                    let p0_ = StreamIshBorrow::lift(
                                        arg0 as u32 as usize as *const u8,
                                    );
                                    <T_ as GuestStreamIsh>::next(p0_.get::<T_>()).await
                                };
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return][method]stream-ish.next"]
                                    fn task_return_(_: i32, _: i32, _: i32);
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_(_: i32, _: i32, _: i32) {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                let (f1_, f2_, f3_) = match &result_ {
                                    ::core::option::Option::None => (0, 0i32, 0i32),
                                    ::core::option::Option::Some(e4_) => {
                                        (
                                            1,
                                            __wit_guest_rt::ptr_i32(e4_.as_ptr()),
                                            __wit_guest_rt::len_i32(e4_.len()),
                                        )
                                    }
                                };
                                task_return_(f1_, f2_, f3_);
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_stream_ish__next_cabi(
                    code: i32,
                    p1: i32,
                    p2: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_stream_ish__skip_cabi<
                    T_: GuestStreamIsh + 'static,
                >(arg0: i32, arg1: i64) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                {
                                    let p0_ = StreamIshBorrow::lift(
                                        arg0 as u32 as usize as *const u8,
                                    );
                                    let p1_ = arg1 as u64;
                                    <T_ as GuestStreamIsh>::skip(p0_.get::<T_>(), p1_).await;
                                }
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return][method]stream-ish.skip"]
                                    fn task_return_();
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_() {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                task_return_();
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_stream_ish__skip_cabi(
                    code: i32,
                    p1: i32,
                    p2: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_stream_ish__open_cabi<
                    T_: GuestStreamIsh + 'static,
                >(arg0: i32, arg1: i32, arg2: i32) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                let result_ = {
                                    let p0_ = __wit_guest_rt::string_lift(arg0, arg1);
                                    let p1_ = arg2 as u8;
                                    <T_ as GuestStreamIsh>::open(p0_, p1_).await
                                };
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return][static]stream-ish.open"]
                                    fn task_return_(_: i32);
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_(_: i32) {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                task_return_(result_.take_handle() as i32);
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_stream_ish__open_cabi(
                    code: i32,
                    p1: i32,
                    p2: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::async_support::callback(
                            code as u32,
                            p1 as u32,
                            p2 as u32,
                        )
                    }
                }
                /// Implemented by the type that backs the exported resource `stream-ish`.
                #[allow(
                    clippy::len_without_is_empty,
                    reason = "methods mirror the WIT resource"
                )]
                pub trait GuestStreamIsh: ::wit_guest::rt::RustResource {
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
                        #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                        unsafe extern "C" {
                            #[link_name = "[resource-new]stream-ish"]
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
                        #[link(wasm_import_module = "[export]fixture:asyncs/calls")]
                        unsafe extern "C" {
                            #[link_name = "[resource-rep]stream-ish"]
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
                    fn new(name: ::wit_guest::rt::String) -> Self;
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn next(
                        &self,
                    ) -> ::core::option::Option<::wit_guest::rt::Vec<u8>>;
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn skip(&self, n: u64);
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn open(name: ::wit_guest::rt::String, mode: u8) -> StreamIsh;
                }
                /// Implemented by the type passed to `export!`: the functions of `fixture:asyncs/calls`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:asyncs/calls`, but does not implement `exports::fixture::asyncs::calls::Guest`",
                    label = "missing `impl exports::fixture::asyncs::calls::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::asyncs::calls::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn nothing();
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn flat(a: u32, b: u32) -> u32;
                    /// Five flat values: the arguments are spilled.
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn spilled(
                        a: ::wit_guest::rt::String,
                        b: ::wit_guest::rt::String,
                        c: u8,
                    ) -> ::wit_guest::rt::String;
                    /// More than 16 flat values both ways: results through a pointer.
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn wide(b: Big) -> Big;
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn outcome_of(
                        o: ::wit_guest::rt::Vec<Outcome>,
                    ) -> ::core::result::Result<
                        Outcome,
                        ::wit_guest::rt::async_support::ErrorContext,
                    >;
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn errors(
                        e: ::wit_guest::rt::async_support::ErrorContext,
                        es: ::wit_guest::rt::Vec<
                            ::wit_guest::rt::async_support::ErrorContext,
                        >,
                    ) -> ::core::option::Option<
                        ::wit_guest::rt::async_support::ErrorContext,
                    >;
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn take(s: StreamIsh) -> u32;
                    /// Sync results lending an `error-context`: kept until the next call.
                    fn made(
                        msg: ::wit_guest::rt::String,
                    ) -> ::wit_guest::rt::async_support::ErrorContext;
                    fn made_with(
                        msg: ::wit_guest::rt::String,
                    ) -> ::core::result::Result<
                        ::wit_guest::rt::Vec<::wit_guest::rt::String>,
                        ::wit_guest::rt::async_support::ErrorContext,
                    >;
                    /// The type that implements the resource `stream-ish`.
                    type StreamIsh: GuestStreamIsh;
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__asyncs__calls_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name =
                        "[async-lift]fixture:asyncs/calls#nothing")] unsafe extern "C" fn
                        export_nothing() -> i32 { unsafe { $($path_to_types)*
                        ::_export_nothing_cabi:: < $ty > () } } #[unsafe (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#nothing")] unsafe
                        extern "C" fn callback_nothing(code : i32, p1 : i32, p2 : i32) ->
                        i32 { unsafe { $($path_to_types)* ::_callback_nothing_cabi(code,
                        p1, p2) } } #[unsafe (export_name =
                        "[async-lift]fixture:asyncs/calls#flat")] unsafe extern "C" fn
                        export_flat(arg0 : i32, arg1 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_flat_cabi:: < $ty > (arg0, arg1) } }
                        #[unsafe (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#flat")] unsafe extern
                        "C" fn callback_flat(code : i32, p1 : i32, p2 : i32) -> i32 {
                        unsafe { $($path_to_types)* ::_callback_flat_cabi(code, p1, p2) }
                        } #[unsafe (export_name =
                        "[async-lift]fixture:asyncs/calls#spilled")] unsafe extern "C" fn
                        export_spilled(arg0 : i32, arg1 : i32, arg2 : i32, arg3 : i32,
                        arg4 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_spilled_cabi:: < $ty > (arg0, arg1, arg2, arg3, arg4) }
                        } #[unsafe (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#spilled")] unsafe
                        extern "C" fn callback_spilled(code : i32, p1 : i32, p2 : i32) ->
                        i32 { unsafe { $($path_to_types)* ::_callback_spilled_cabi(code,
                        p1, p2) } } #[unsafe (export_name =
                        "[async-lift]fixture:asyncs/calls#wide")] unsafe extern "C" fn
                        export_wide(arg0 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_wide_cabi:: < $ty > (arg0) } } #[unsafe (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#wide")] unsafe extern
                        "C" fn callback_wide(code : i32, p1 : i32, p2 : i32) -> i32 {
                        unsafe { $($path_to_types)* ::_callback_wide_cabi(code, p1, p2) }
                        } #[unsafe (export_name =
                        "[async-lift]fixture:asyncs/calls#outcome-of")] unsafe extern "C"
                        fn export_outcome_of(arg0 : i32, arg1 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_outcome_of_cabi:: < $ty > (arg0,
                        arg1) } } #[unsafe (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#outcome-of")] unsafe
                        extern "C" fn callback_outcome_of(code : i32, p1 : i32, p2 : i32)
                        -> i32 { unsafe { $($path_to_types)*
                        ::_callback_outcome_of_cabi(code, p1, p2) } } #[unsafe
                        (export_name = "[async-lift]fixture:asyncs/calls#errors")] unsafe
                        extern "C" fn export_errors(arg0 : i32, arg1 : i32, arg2 : i32)
                        -> i32 { unsafe { $($path_to_types)* ::_export_errors_cabi:: <
                        $ty > (arg0, arg1, arg2) } } #[unsafe (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#errors")] unsafe
                        extern "C" fn callback_errors(code : i32, p1 : i32, p2 : i32) ->
                        i32 { unsafe { $($path_to_types)* ::_callback_errors_cabi(code,
                        p1, p2) } } #[unsafe (export_name =
                        "[async-lift]fixture:asyncs/calls#take")] unsafe extern "C" fn
                        export_take(arg0 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_take_cabi:: < $ty > (arg0) } } #[unsafe (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#take")] unsafe extern
                        "C" fn callback_take(code : i32, p1 : i32, p2 : i32) -> i32 {
                        unsafe { $($path_to_types)* ::_callback_take_cabi(code, p1, p2) }
                        } #[unsafe (export_name = "fixture:asyncs/calls#made")] unsafe
                        extern "C" fn export_made(arg0 : i32, arg1 : i32) -> i32 { unsafe
                        { $($path_to_types)* ::_export_made_cabi:: < $ty > (arg0, arg1) }
                        } #[unsafe (export_name = "fixture:asyncs/calls#made-with")]
                        unsafe extern "C" fn export_made_with(arg0 : i32, arg1 : i32) ->
                        i32 { unsafe { $($path_to_types)* ::_export_made_with_cabi:: <
                        $ty > (arg0, arg1) } } #[unsafe (export_name =
                        "cabi_post_fixture:asyncs/calls#made-with")] unsafe extern "C" fn
                        post_return_made_with(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_made_with:: < $ty > (arg0) } } #[unsafe
                        (export_name = "fixture:asyncs/calls#[constructor]stream-ish")]
                        unsafe extern "C" fn export_stream_ish__new(arg0 : i32, arg1 :
                        i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_stream_ish__new_cabi:: < < $ty as $($path_to_types)*
                        ::Guest > ::StreamIsh > (arg0, arg1) } } #[unsafe (export_name =
                        "[async-lift]fixture:asyncs/calls#[method]stream-ish.next")]
                        unsafe extern "C" fn export_stream_ish__next(arg0 : i32) -> i32 {
                        unsafe { $($path_to_types)* ::_export_stream_ish__next_cabi:: < <
                        $ty as $($path_to_types)* ::Guest > ::StreamIsh > (arg0) } }
                        #[unsafe (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#[method]stream-ish.next")]
                        unsafe extern "C" fn callback_stream_ish__next(code : i32, p1 :
                        i32, p2 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_callback_stream_ish__next_cabi(code, p1, p2) } } #[unsafe
                        (export_name =
                        "[async-lift]fixture:asyncs/calls#[method]stream-ish.skip")]
                        unsafe extern "C" fn export_stream_ish__skip(arg0 : i32, arg1 :
                        i64) -> i32 { unsafe { $($path_to_types)*
                        ::_export_stream_ish__skip_cabi:: < < $ty as $($path_to_types)*
                        ::Guest > ::StreamIsh > (arg0, arg1) } } #[unsafe (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#[method]stream-ish.skip")]
                        unsafe extern "C" fn callback_stream_ish__skip(code : i32, p1 :
                        i32, p2 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_callback_stream_ish__skip_cabi(code, p1, p2) } } #[unsafe
                        (export_name =
                        "[async-lift]fixture:asyncs/calls#[static]stream-ish.open")]
                        unsafe extern "C" fn export_stream_ish__open(arg0 : i32, arg1 :
                        i32, arg2 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_stream_ish__open_cabi:: < < $ty as $($path_to_types)*
                        ::Guest > ::StreamIsh > (arg0, arg1, arg2) } } #[unsafe
                        (export_name =
                        "[callback][async-lift]fixture:asyncs/calls#[static]stream-ish.open")]
                        unsafe extern "C" fn callback_stream_ish__open(code : i32, p1 :
                        i32, p2 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_callback_stream_ish__open_cabi(code, p1, p2) } } #[unsafe
                        (export_name = "fixture:asyncs/calls#[dtor]stream-ish")] unsafe
                        extern "C" fn dtor_stream_ish(rep : i32) { unsafe {
                        $($path_to_types)* ::StreamIsh::dtor:: << $ty as
                        $($path_to_types)* ::Guest > ::StreamIsh > (rep as u32 as usize
                        as * mut u8) } } }; #[cfg(not(target_arch = "wasm32"))] const _ :
                        () = { fn exported < T : $($path_to_types)* ::Guest > () {} let _
                        = exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__asyncs__calls_cabi;
            }
        }
    }
}
