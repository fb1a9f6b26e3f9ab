#[doc(hidden)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
pub unsafe fn _export_top_cabi<T_: Guest + 'static>(arg0: i32) -> i32 {
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
                    let p0_ = ::wit_guest::rt::async_support::StreamReader::<
                        u8,
                    >::new(arg0 as u32, <u8 as self::wit_stream::StreamPayload>::VTABLE);
                    <T_ as Guest>::top(p0_).await
                };
                #[cfg(target_arch = "wasm32")]
                #[link(wasm_import_module = "[export]$root")]
                unsafe extern "C" {
                    #[link_name = "[task-return]top"]
                    fn task_return_(_: i32);
                }
                #[cfg(not(target_arch = "wasm32"))]
                unsafe extern "C" fn task_return_(_: i32) {
                    ::wit_guest::rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                task_return_(result_.take_handle() as i32);
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
pub unsafe fn _callback_top_cabi(code: i32, p1: i32, p2: i32) -> i32 {
    unsafe {
        ::wit_guest::rt::async_support::callback(code as u32, p1 as u32, p2 as u32)
    }
}
/// Implemented by the type passed to `export!`: the world's own exported functions.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is exported as the implementation of world `flows`, but does not implement `Guest`",
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
    async fn top(
        s: ::wit_guest::rt::async_support::StreamReader<u8>,
    ) -> ::wit_guest::rt::async_support::StreamReader<u8>;
}
#[doc(hidden)]
macro_rules! __export__flows_cabi {
    ($ty:ident with_types_in $($path_to_types:tt)*) => {
        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
        "symbols of resource functions are named `r__f`")] const _ : () = { #[unsafe
        (export_name = "[async-lift]top")] unsafe extern "C" fn export_top(arg0 : i32) ->
        i32 { unsafe { $($path_to_types)* ::_export_top_cabi:: < $ty > (arg0) } }
        #[unsafe (export_name = "[callback][async-lift]top")] unsafe extern "C" fn
        callback_top(code : i32, p1 : i32, p2 : i32) -> i32 { unsafe { $($path_to_types)*
        ::_callback_top_cabi(code, p1, p2) } } }; #[cfg(not(target_arch = "wasm32"))]
        const _ : () = { fn exported < T : $($path_to_types)* ::Guest > () {} let _ =
        exported:: < $ty >; };
    };
}
#[doc(hidden)]
#[allow(unused_imports, reason = "used by `export!` only")]
pub(crate) use __export__flows_cabi;
/// `future<T>` for the payload types of this world: make a pair
/// with [`new`], read with `.await` on the reader.
#[allow(dead_code, reason = "not every payload is made here")]
pub mod wit_future {
    /// A payload type of the world's futures.
    ///
    /// # Safety
    /// `VTABLE` is the one generated for `Self` (the runtime trusts its
    /// size, layout and glue); only these bindings implement it.
    #[allow(
        clippy::missing_safety_doc,
        reason = "clippy does not see the section above in expanded code"
    )]
    pub unsafe trait FuturePayload: ::core::marker::Unpin + ::core::marker::Sized + 'static {
        #[doc(hidden)]
        const VTABLE: &'static ::wit_guest::rt::async_support::FutureVtable<Self>;
    }
    /// A new future: its writer (which writes `default()` if it
    /// is dropped without writing) and its reader.
    pub fn new<T: FuturePayload>(
        default: fn() -> T,
    ) -> (
        ::wit_guest::rt::async_support::FutureWriter<T>,
        ::wit_guest::rt::async_support::FutureReader<T>,
    ) {
        unsafe { ::wit_guest::rt::async_support::future_new::<T>(default, T::VTABLE) }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable0 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-new-1][method]reader.pipe"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-read-1][method]reader.pipe"]
                pub(super) fn read_(_: i32, _: *mut u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-write-1][method]reader.pipe"]
                pub(super) fn write_(_: i32, _: *const u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(_: i32, _: *const u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-read-1][method]reader.pipe"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-write-1][method]reader.pipe"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-readable-1][method]reader.pipe"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-writable-1][method]reader.pipe"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        #[cfg(target_arch = "wasm32")]
        const _: () = ::core::assert!(
            ::core::mem::size_of:: < u32 > () == 4 && ::core::mem::align_of:: < u32 > ()
            == 4
        );
        unsafe fn lift(at: *mut u8) -> u32 {
            let _ = at;
            unsafe { *at.cast::<u32>() }
        }
        unsafe fn lower(
            value: &u32,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<i32>() = ::wit_guest::rt::as_i32(value);
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::FutureVtable<u32> = ::wit_guest::rt::async_support::FutureVtable {
            size: 4,
            align: 4,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::FuturePayload for u32 {
            const VTABLE: &'static ::wit_guest::rt::async_support::FutureVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable1 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-new-1][method]reader.drain"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-read-1][method]reader.drain"]
                pub(super) fn read_(_: i32, _: *mut u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-write-1][method]reader.drain"]
                pub(super) fn write_(_: i32, _: *const u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(_: i32, _: *const u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-read-1][method]reader.drain"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-write-1][method]reader.drain"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-readable-1][method]reader.drain"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-writable-1][method]reader.drain"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        #[cfg(target_arch = "wasm32")]
        const _: () = ::core::assert!(
            ::core::mem::size_of:: < u64 > () == 8 && ::core::mem::align_of:: < u64 > ()
            == 8
        );
        unsafe fn lift(at: *mut u8) -> u64 {
            let _ = at;
            unsafe { *at.cast::<u64>() }
        }
        unsafe fn lower(
            value: &u64,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<i64>() = ::wit_guest::rt::as_i64(value);
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::FutureVtable<u64> = ::wit_guest::rt::async_support::FutureVtable {
            size: 8,
            align: 8,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::FuturePayload for u64 {
            const VTABLE: &'static ::wit_guest::rt::async_support::FutureVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable2 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-new-1]text"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-read-1]text"]
                pub(super) fn read_(_: i32, _: *mut u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-write-1]text"]
                pub(super) fn write_(_: i32, _: *const u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(_: i32, _: *const u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-read-1]text"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-write-1]text"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-readable-1]text"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-writable-1]text"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(
            at: *mut u8,
        ) -> ::core::result::Result<::wit_guest::rt::String, ::wit_guest::rt::String> {
            let _ = at;
            unsafe {
                match *at.cast::<u8>() {
                    0 => {
                        ::core::result::Result::Ok(
                            ::wit_guest::rt::string_lift(
                                *at.add(4).cast::<i32>(),
                                *at.add(8).cast::<i32>(),
                            ),
                        )
                    }
                    1 => {
                        ::core::result::Result::Err(
                            ::wit_guest::rt::string_lift(
                                *at.add(4).cast::<i32>(),
                                *at.add(8).cast::<i32>(),
                            ),
                        )
                    }
                    _ => ::wit_guest::rt::invalid_discriminant(),
                }
            }
        }
        unsafe fn lower(
            value: &::core::result::Result<
                ::wit_guest::rt::String,
                ::wit_guest::rt::String,
            >,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                match &value {
                    ::core::result::Result::Ok(e1_) => {
                        *at.cast::<u8>() = 0;
                        *at.add(4).cast::<i32>() = ::wit_guest::rt::ptr_i32(
                            e1_.as_ptr(),
                        );
                        *at.add(8).cast::<i32>() = ::wit_guest::rt::len_i32(e1_.len());
                    }
                    ::core::result::Result::Err(e2_) => {
                        *at.cast::<u8>() = 1;
                        *at.add(4).cast::<i32>() = ::wit_guest::rt::ptr_i32(
                            e2_.as_ptr(),
                        );
                        *at.add(8).cast::<i32>() = ::wit_guest::rt::len_i32(e2_.len());
                    }
                }
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::FutureVtable<
            ::core::result::Result<::wit_guest::rt::String, ::wit_guest::rt::String>,
        > = ::wit_guest::rt::async_support::FutureVtable {
            size: 12,
            align: 4,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::FuturePayload
        for ::core::result::Result<::wit_guest::rt::String, ::wit_guest::rt::String> {
            const VTABLE: &'static ::wit_guest::rt::async_support::FutureVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable3 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-new-1]handles"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-read-1]handles"]
                pub(super) fn read_(_: i32, _: *mut u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-write-1]handles"]
                pub(super) fn write_(_: i32, _: *const u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(_: i32, _: *const u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-read-1]handles"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-write-1]handles"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-readable-1]handles"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-writable-1]handles"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(
            at: *mut u8,
        ) -> ::wit_guest::rt::Vec<super::super::fixture::flows::types::Handle> {
            let _ = at;
            unsafe {
                ::wit_guest::rt::list_lift_with(
                    *at.cast::<i32>(),
                    *at.add(4).cast::<i32>(),
                    4,
                    4,
                    |at1_: *mut u8| super::super::fixture::flows::types::Handle::from_handle(
                        *at1_.cast::<i32>() as u32,
                    ),
                )
            }
        }
        unsafe fn lower(
            value: &::wit_guest::rt::Vec<super::super::fixture::flows::types::Handle>,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                let len2_ = value.len();
                let base3_ = cleanup_.alloc(len2_ * 4, 4);
                for (i6_, e5_) in value.iter().enumerate() {
                    let at4_ = base3_.add(i6_ * 4);
                    *at4_.cast::<i32>() = e5_.handle() as i32;
                }
                let ptr1_ = ::wit_guest::rt::ptr_i32(base3_);
                *at.cast::<i32>() = ptr1_;
                *at.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(len2_);
            }
        }
        fn disown(
            value: &::wit_guest::rt::Vec<super::super::fixture::flows::types::Handle>,
        ) {
            let mut cleanup_ = ::wit_guest::rt::Cleanup::new();
            let at = cleanup_.alloc(8, 4);
            let _: &::wit_guest::rt::Vec<super::super::fixture::flows::types::Handle> = value;
            unsafe {
                let len2_ = value.len();
                let base3_ = cleanup_.alloc(len2_ * 4, 4);
                for (i6_, e5_) in value.iter().enumerate() {
                    let at4_ = base3_.add(i6_ * 4);
                    *at4_.cast::<i32>() = e5_.take_handle() as i32;
                }
                let ptr1_ = ::wit_guest::rt::ptr_i32(base3_);
                *at.cast::<i32>() = ptr1_;
                *at.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(len2_);
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::FutureVtable<
            ::wit_guest::rt::Vec<super::super::fixture::flows::types::Handle>,
        > = ::wit_guest::rt::async_support::FutureVtable {
            size: 8,
            align: 4,
            lift,
            lower,
            disown: ::core::option::Option::Some(disown),
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::FuturePayload
        for ::wit_guest::rt::Vec<super::super::fixture::flows::types::Handle> {
            const VTABLE: &'static ::wit_guest::rt::async_support::FutureVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable4 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-new-1]nested"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-read-1]nested"]
                pub(super) fn read_(_: i32, _: *mut u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-write-1]nested"]
                pub(super) fn write_(_: i32, _: *const u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(_: i32, _: *const u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-read-1]nested"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-write-1]nested"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-readable-1]nested"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-writable-1]nested"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(at: *mut u8) -> ::wit_guest::rt::async_support::StreamReader<u8> {
            let _ = at;
            unsafe {
                ::wit_guest::rt::async_support::StreamReader::<
                    u8,
                >::new(
                    *at.cast::<i32>() as u32,
                    <u8 as super::super::wit_stream::StreamPayload>::VTABLE,
                )
            }
        }
        unsafe fn lower(
            value: &::wit_guest::rt::async_support::StreamReader<u8>,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<i32>() = value.handle() as i32;
            }
        }
        fn disown(value: &::wit_guest::rt::async_support::StreamReader<u8>) {
            let mut cleanup_ = ::wit_guest::rt::Cleanup::new();
            let at = cleanup_.alloc(4, 4);
            let _: &::wit_guest::rt::async_support::StreamReader<u8> = value;
            unsafe {
                *at.cast::<i32>() = value.take_handle() as i32;
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::FutureVtable<
            ::wit_guest::rt::async_support::StreamReader<u8>,
        > = ::wit_guest::rt::async_support::FutureVtable {
            size: 4,
            align: 4,
            lift,
            lower,
            disown: ::core::option::Option::Some(disown),
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::FuturePayload
        for ::wit_guest::rt::async_support::StreamReader<u8> {
            const VTABLE: &'static ::wit_guest::rt::async_support::FutureVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable5 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-new-unit]units"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-read-unit]units"]
                pub(super) fn read_(_: i32, _: *mut u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-write-unit]units"]
                pub(super) fn write_(_: i32, _: *const u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(_: i32, _: *const u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-read-unit]units"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-write-unit]units"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-readable-unit]units"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-writable-unit]units"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(at: *mut u8) -> () {
            let _ = at;
            unsafe { () }
        }
        unsafe fn lower(
            value: &(),
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::FutureVtable<()> = ::wit_guest::rt::async_support::FutureVtable {
            size: 0,
            align: 1,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::FuturePayload for () {
            const VTABLE: &'static ::wit_guest::rt::async_support::FutureVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable6 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-new-3]units"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-read-3]units"]
                pub(super) fn read_(_: i32, _: *mut u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-write-3]units"]
                pub(super) fn write_(_: i32, _: *const u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(_: i32, _: *const u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-read-3]units"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-write-3]units"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-readable-3]units"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-writable-3]units"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        #[cfg(target_arch = "wasm32")]
        const _: () = ::core::assert!(
            ::core::mem::size_of:: < u8 > () == 1 && ::core::mem::align_of:: < u8 > () ==
            1
        );
        unsafe fn lift(at: *mut u8) -> u8 {
            let _ = at;
            unsafe { *at.cast::<u8>() }
        }
        unsafe fn lower(
            value: &u8,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<u8>() = ::wit_guest::rt::as_i32(value) as u8;
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::FutureVtable<u8> = ::wit_guest::rt::async_support::FutureVtable {
            size: 1,
            align: 1,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::FuturePayload for u8 {
            const VTABLE: &'static ::wit_guest::rt::async_support::FutureVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable7 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-new-0]in-record"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-read-0]in-record"]
                pub(super) fn read_(_: i32, _: *mut u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][future-write-0]in-record"]
                pub(super) fn write_(_: i32, _: *const u8) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(_: i32, _: *const u8) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-read-0]in-record"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-cancel-write-0]in-record"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-readable-0]in-record"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[future-drop-writable-0]in-record"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(at: *mut u8) -> super::super::fixture::flows::source::Chunk {
            let _ = at;
            unsafe { super::super::fixture::flows::types::Chunk::__wit_guest_load(at) }
        }
        unsafe fn lower(
            value: &super::super::fixture::flows::source::Chunk,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<i64>() = ::wit_guest::rt::as_i64(value.seq);
                *at.add(8).cast::<i32>() = ::wit_guest::rt::ptr_i32(value.data.as_ptr());
                *at.add(12).cast::<i32>() = ::wit_guest::rt::len_i32(value.data.len());
                let len2_ = value.tags.len();
                let base3_ = cleanup_.alloc(len2_ * 8, 4);
                for (i6_, e5_) in value.tags.iter().enumerate() {
                    let at4_ = base3_.add(i6_ * 8);
                    *at4_.cast::<i32>() = ::wit_guest::rt::ptr_i32(e5_.as_ptr());
                    *at4_.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(e5_.len());
                }
                let ptr1_ = ::wit_guest::rt::ptr_i32(base3_);
                *at.add(16).cast::<i32>() = ptr1_;
                *at.add(20).cast::<i32>() = ::wit_guest::rt::len_i32(len2_);
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::FutureVtable<
            super::super::fixture::flows::source::Chunk,
        > = ::wit_guest::rt::async_support::FutureVtable {
            size: 24,
            align: 8,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::FuturePayload
        for super::super::fixture::flows::source::Chunk {
            const VTABLE: &'static ::wit_guest::rt::async_support::FutureVtable<Self> = &VTABLE;
        }
    }
}
/// `stream<T>` for the payload types of this world: make a pair
/// with [`new`].
#[allow(dead_code, reason = "not every payload is made here")]
pub mod wit_stream {
    /// A payload type of the world's streams.
    ///
    /// # Safety
    /// `VTABLE` is the one generated for `Self` (the runtime copies
    /// canonical payloads as bytes); only these bindings implement it.
    #[allow(
        clippy::missing_safety_doc,
        reason = "clippy does not see the section above in expanded code"
    )]
    pub unsafe trait StreamPayload: ::core::marker::Unpin + ::core::marker::Sized + 'static {
        #[doc(hidden)]
        const VTABLE: &'static ::wit_guest::rt::async_support::StreamVtable<Self>;
    }
    /// A new stream: its writer and its reader.
    pub fn new<T: StreamPayload>() -> (
        ::wit_guest::rt::async_support::StreamWriter<T>,
        ::wit_guest::rt::async_support::StreamReader<T>,
    ) {
        unsafe { ::wit_guest::rt::async_support::stream_new::<T>(T::VTABLE) }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable0 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-new-0][method]reader.pipe"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-read-0][method]reader.pipe"]
                pub(super) fn read_(_: i32, _: *mut u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8, _: usize) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-write-0][method]reader.pipe"]
                pub(super) fn write_(_: i32, _: *const u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(
                _: i32,
                _: *const u8,
                _: usize,
            ) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-read-0][method]reader.pipe"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-write-0][method]reader.pipe"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-readable-0][method]reader.pipe"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-writable-0][method]reader.pipe"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(at: *mut u8) -> super::super::fixture::flows::source::Chunk {
            let _ = at;
            unsafe { super::super::fixture::flows::types::Chunk::__wit_guest_load(at) }
        }
        unsafe fn lower(
            value: &super::super::fixture::flows::source::Chunk,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<i64>() = ::wit_guest::rt::as_i64(value.seq);
                *at.add(8).cast::<i32>() = ::wit_guest::rt::ptr_i32(value.data.as_ptr());
                *at.add(12).cast::<i32>() = ::wit_guest::rt::len_i32(value.data.len());
                let len2_ = value.tags.len();
                let base3_ = cleanup_.alloc(len2_ * 8, 4);
                for (i6_, e5_) in value.tags.iter().enumerate() {
                    let at4_ = base3_.add(i6_ * 8);
                    *at4_.cast::<i32>() = ::wit_guest::rt::ptr_i32(e5_.as_ptr());
                    *at4_.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(e5_.len());
                }
                let ptr1_ = ::wit_guest::rt::ptr_i32(base3_);
                *at.add(16).cast::<i32>() = ptr1_;
                *at.add(20).cast::<i32>() = ::wit_guest::rt::len_i32(len2_);
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::StreamVtable<
            super::super::fixture::flows::source::Chunk,
        > = ::wit_guest::rt::async_support::StreamVtable {
            size: 24,
            align: 8,
            canonical: false,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::StreamPayload
        for super::super::fixture::flows::source::Chunk {
            const VTABLE: &'static ::wit_guest::rt::async_support::StreamVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable1 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-new-2][method]reader.pipe"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-read-2][method]reader.pipe"]
                pub(super) fn read_(_: i32, _: *mut u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8, _: usize) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-write-2][method]reader.pipe"]
                pub(super) fn write_(_: i32, _: *const u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(
                _: i32,
                _: *const u8,
                _: usize,
            ) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-read-2][method]reader.pipe"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-write-2][method]reader.pipe"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-readable-2][method]reader.pipe"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-writable-2][method]reader.pipe"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(at: *mut u8) -> super::super::fixture::flows::source::Event {
            let _ = at;
            unsafe {
                match *at.cast::<u8>() {
                    0 => super::super::fixture::flows::types::Event::Started,
                    1 => {
                        super::super::fixture::flows::types::Event::Data(
                            super::super::fixture::flows::types::Chunk::__wit_guest_load(
                                at.add(8),
                            ),
                        )
                    }
                    2 => {
                        super::super::fixture::flows::types::Event::Failed(
                            ::wit_guest::rt::string_lift(
                                *at.add(8).cast::<i32>(),
                                *at.add(12).cast::<i32>(),
                            ),
                        )
                    }
                    3 => {
                        super::super::fixture::flows::types::Event::Nested(
                            ::wit_guest::rt::async_support::FutureReader::<
                                u32,
                            >::new(
                                *at.add(8).cast::<i32>() as u32,
                                <u32 as super::super::wit_future::FuturePayload>::VTABLE,
                            ),
                        )
                    }
                    _ => ::wit_guest::rt::invalid_discriminant(),
                }
            }
        }
        unsafe fn lower(
            value: &super::super::fixture::flows::source::Event,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                match &value {
                    super::super::fixture::flows::types::Event::Started => {
                        *at.cast::<u8>() = 0;
                    }
                    super::super::fixture::flows::types::Event::Data(e1_) => {
                        *at.cast::<u8>() = 1;
                        *at.add(8).cast::<i64>() = ::wit_guest::rt::as_i64(e1_.seq);
                        *at.add(16).cast::<i32>() = ::wit_guest::rt::ptr_i32(
                            e1_.data.as_ptr(),
                        );
                        *at.add(20).cast::<i32>() = ::wit_guest::rt::len_i32(
                            e1_.data.len(),
                        );
                        let len3_ = e1_.tags.len();
                        let base4_ = cleanup_.alloc(len3_ * 8, 4);
                        for (i7_, e6_) in e1_.tags.iter().enumerate() {
                            let at5_ = base4_.add(i7_ * 8);
                            *at5_.cast::<i32>() = ::wit_guest::rt::ptr_i32(e6_.as_ptr());
                            *at5_.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(
                                e6_.len(),
                            );
                        }
                        let ptr2_ = ::wit_guest::rt::ptr_i32(base4_);
                        *at.add(24).cast::<i32>() = ptr2_;
                        *at.add(28).cast::<i32>() = ::wit_guest::rt::len_i32(len3_);
                    }
                    super::super::fixture::flows::types::Event::Failed(e8_) => {
                        *at.cast::<u8>() = 2;
                        *at.add(8).cast::<i32>() = ::wit_guest::rt::ptr_i32(
                            e8_.as_ptr(),
                        );
                        *at.add(12).cast::<i32>() = ::wit_guest::rt::len_i32(e8_.len());
                    }
                    super::super::fixture::flows::types::Event::Nested(e9_) => {
                        *at.cast::<u8>() = 3;
                        *at.add(8).cast::<i32>() = e9_.handle() as i32;
                    }
                }
            }
        }
        fn disown(value: &super::super::fixture::flows::source::Event) {
            let mut cleanup_ = ::wit_guest::rt::Cleanup::new();
            let at = cleanup_.alloc(32, 8);
            let _: &super::super::fixture::flows::source::Event = value;
            unsafe {
                match &value {
                    super::super::fixture::flows::types::Event::Started => {
                        *at.cast::<u8>() = 0;
                    }
                    super::super::fixture::flows::types::Event::Data(e1_) => {
                        *at.cast::<u8>() = 1;
                        *at.add(8).cast::<i64>() = ::wit_guest::rt::as_i64(e1_.seq);
                        *at.add(16).cast::<i32>() = ::wit_guest::rt::ptr_i32(
                            e1_.data.as_ptr(),
                        );
                        *at.add(20).cast::<i32>() = ::wit_guest::rt::len_i32(
                            e1_.data.len(),
                        );
                        let len3_ = e1_.tags.len();
                        let base4_ = cleanup_.alloc(len3_ * 8, 4);
                        for (i7_, e6_) in e1_.tags.iter().enumerate() {
                            let at5_ = base4_.add(i7_ * 8);
                            *at5_.cast::<i32>() = ::wit_guest::rt::ptr_i32(e6_.as_ptr());
                            *at5_.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(
                                e6_.len(),
                            );
                        }
                        let ptr2_ = ::wit_guest::rt::ptr_i32(base4_);
                        *at.add(24).cast::<i32>() = ptr2_;
                        *at.add(28).cast::<i32>() = ::wit_guest::rt::len_i32(len3_);
                    }
                    super::super::fixture::flows::types::Event::Failed(e8_) => {
                        *at.cast::<u8>() = 2;
                        *at.add(8).cast::<i32>() = ::wit_guest::rt::ptr_i32(
                            e8_.as_ptr(),
                        );
                        *at.add(12).cast::<i32>() = ::wit_guest::rt::len_i32(e8_.len());
                    }
                    super::super::fixture::flows::types::Event::Nested(e9_) => {
                        *at.cast::<u8>() = 3;
                        *at.add(8).cast::<i32>() = e9_.take_handle() as i32;
                    }
                }
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::StreamVtable<
            super::super::fixture::flows::source::Event,
        > = ::wit_guest::rt::async_support::StreamVtable {
            size: 32,
            align: 8,
            canonical: false,
            lift,
            lower,
            disown: ::core::option::Option::Some(disown),
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::StreamPayload
        for super::super::fixture::flows::source::Event {
            const VTABLE: &'static ::wit_guest::rt::async_support::StreamVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable2 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-new-0][method]reader.drain"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-read-0][method]reader.drain"]
                pub(super) fn read_(_: i32, _: *mut u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8, _: usize) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-write-0][method]reader.drain"]
                pub(super) fn write_(_: i32, _: *const u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(
                _: i32,
                _: *const u8,
                _: usize,
            ) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-read-0][method]reader.drain"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-write-0][method]reader.drain"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-readable-0][method]reader.drain"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-writable-0][method]reader.drain"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        #[cfg(target_arch = "wasm32")]
        const _: () = ::core::assert!(
            ::core::mem::size_of:: < u8 > () == 1 && ::core::mem::align_of:: < u8 > () ==
            1
        );
        unsafe fn lift(at: *mut u8) -> u8 {
            let _ = at;
            unsafe { *at.cast::<u8>() }
        }
        unsafe fn lower(
            value: &u8,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<u8>() = ::wit_guest::rt::as_i32(value) as u8;
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::StreamVtable<u8> = ::wit_guest::rt::async_support::StreamVtable {
            size: 1,
            align: 1,
            canonical: true,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::StreamPayload for u8 {
            const VTABLE: &'static ::wit_guest::rt::async_support::StreamVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable3 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-new-0]numbers"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-read-0]numbers"]
                pub(super) fn read_(_: i32, _: *mut u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8, _: usize) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-write-0]numbers"]
                pub(super) fn write_(_: i32, _: *const u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(
                _: i32,
                _: *const u8,
                _: usize,
            ) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-read-0]numbers"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-write-0]numbers"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-readable-0]numbers"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-writable-0]numbers"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        #[cfg(target_arch = "wasm32")]
        const _: () = ::core::assert!(
            ::core::mem::size_of:: < u32 > () == 4 && ::core::mem::align_of:: < u32 > ()
            == 4
        );
        unsafe fn lift(at: *mut u8) -> u32 {
            let _ = at;
            unsafe { *at.cast::<u32>() }
        }
        unsafe fn lower(
            value: &u32,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<i32>() = ::wit_guest::rt::as_i32(value);
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::StreamVtable<u32> = ::wit_guest::rt::async_support::StreamVtable {
            size: 4,
            align: 4,
            canonical: true,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::StreamPayload for u32 {
            const VTABLE: &'static ::wit_guest::rt::async_support::StreamVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable4 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-new-0]text"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-read-0]text"]
                pub(super) fn read_(_: i32, _: *mut u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8, _: usize) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-write-0]text"]
                pub(super) fn write_(_: i32, _: *const u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(
                _: i32,
                _: *const u8,
                _: usize,
            ) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-read-0]text"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-write-0]text"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-readable-0]text"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-writable-0]text"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(at: *mut u8) -> ::wit_guest::rt::String {
            let _ = at;
            unsafe {
                ::wit_guest::rt::string_lift(*at.cast::<i32>(), *at.add(4).cast::<i32>())
            }
        }
        unsafe fn lower(
            value: &::wit_guest::rt::String,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<i32>() = ::wit_guest::rt::ptr_i32(value.as_ptr());
                *at.add(4).cast::<i32>() = ::wit_guest::rt::len_i32(value.len());
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::StreamVtable<
            ::wit_guest::rt::String,
        > = ::wit_guest::rt::async_support::StreamVtable {
            size: 8,
            align: 4,
            canonical: false,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::StreamPayload for ::wit_guest::rt::String {
            const VTABLE: &'static ::wit_guest::rt::async_support::StreamVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable5 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-new-0]handles"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-read-0]handles"]
                pub(super) fn read_(_: i32, _: *mut u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8, _: usize) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-write-0]handles"]
                pub(super) fn write_(_: i32, _: *const u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(
                _: i32,
                _: *const u8,
                _: usize,
            ) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-read-0]handles"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-write-0]handles"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-readable-0]handles"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-writable-0]handles"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(at: *mut u8) -> super::super::fixture::flows::types::Handle {
            let _ = at;
            unsafe {
                super::super::fixture::flows::types::Handle::from_handle(
                    *at.cast::<i32>() as u32,
                )
            }
        }
        unsafe fn lower(
            value: &super::super::fixture::flows::types::Handle,
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
                *at.cast::<i32>() = value.handle() as i32;
            }
        }
        fn disown(value: &super::super::fixture::flows::types::Handle) {
            let mut cleanup_ = ::wit_guest::rt::Cleanup::new();
            let at = cleanup_.alloc(4, 4);
            let _: &super::super::fixture::flows::types::Handle = value;
            unsafe {
                *at.cast::<i32>() = value.take_handle() as i32;
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::StreamVtable<
            super::super::fixture::flows::types::Handle,
        > = ::wit_guest::rt::async_support::StreamVtable {
            size: 4,
            align: 4,
            canonical: false,
            lift,
            lower,
            disown: ::core::option::Option::Some(disown),
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::StreamPayload
        for super::super::fixture::flows::types::Handle {
            const VTABLE: &'static ::wit_guest::rt::async_support::StreamVtable<Self> = &VTABLE;
        }
    }
    #[doc(hidden)]
    #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
    pub mod vtable6 {
        mod cm {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-new-unit]units"]
                pub(super) fn new_() -> i64;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn new_() -> i64 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-read-unit]units"]
                pub(super) fn read_(_: i32, _: *mut u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn read_(_: i32, _: *mut u8, _: usize) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[async-lower][stream-write-unit]units"]
                pub(super) fn write_(_: i32, _: *const u8, _: usize) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn write_(
                _: i32,
                _: *const u8,
                _: usize,
            ) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-read-unit]units"]
                pub(super) fn cancel_read_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_read_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-cancel-write-unit]units"]
                pub(super) fn cancel_write_(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn cancel_write_(_: i32) -> i32 {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-readable-unit]units"]
                pub(super) fn drop_readable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_readable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[stream-drop-writable-unit]units"]
                pub(super) fn drop_writable_(_: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            pub(super) unsafe extern "C" fn drop_writable_(_: i32) {
                ::wit_guest::rt::wasm32_only(
                    "wit-guest: imports can only be called on wasm32",
                )
            }
        }
        unsafe fn lift(at: *mut u8) -> () {
            let _ = at;
            unsafe { () }
        }
        unsafe fn lower(
            value: &(),
            at: *mut u8,
            cleanup_: &mut ::wit_guest::rt::Cleanup,
        ) {
            unsafe {
                let _ = (&value, at, &cleanup_);
            }
        }
        pub static VTABLE: ::wit_guest::rt::async_support::StreamVtable<()> = ::wit_guest::rt::async_support::StreamVtable {
            size: 0,
            align: 1,
            canonical: true,
            lift,
            lower,
            disown: ::core::option::Option::None,
            new: cm::new_,
            read: cm::read_,
            write: cm::write_,
            cancel_read: cm::cancel_read_,
            cancel_write: cm::cancel_write_,
            drop_readable: cm::drop_readable_,
            drop_writable: cm::drop_writable_,
        };
        unsafe impl super::StreamPayload for () {
            const VTABLE: &'static ::wit_guest::rt::async_support::StreamVtable<Self> = &VTABLE;
        }
    }
}
/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `flows` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_flows<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_flows_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_flows < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::__export__flows_cabi!($ty with_types_in $($path_to_types_root)*);
        $($path_to_types_root)*
        ::exports::fixture::flows::sink::__export_fixture__flows__sink_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::flows::sink);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_flows_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:flows:flows:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 954usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xDC\x06\x01A\x02\x01A\r\x01B\x10\x01p}\x01ps\x01r\x03\x03seqw\x04data\0\x04tags\x01\x04\0\x05chunk\x03\0\x02\x01e\x01y\x01q\x04\x07started\0\0\x04data\x01\x03\0\x06failed\x01s\0\x06nested\x01\x04\0\x04\0\x05event\x03\0\x05\x04\0\x06handle\x03\x01\x01f\x01}\x04\0\x05bytes\x03\0\x08\x01i\x07\x01@\x01\x02idy\0\n\x04\0\x13[constructor]handle\x01\x0B\x01h\x07\x01@\x01\x04self\x0C\0y\x04\0\x11[method]handle.id\x01\r\x03\0\x13fixture:flows/types\x05\0\x02\x03\0\0\x05chunk\x02\x03\0\0\x05event\x02\x03\0\0\x06handle\x02\x03\0\0\x05bytes\x01B3\x02\x03\x02\x01\x01\x04\0\x05chunk\x03\0\0\x02\x03\x02\x01\x02\x04\0\x05event\x03\0\x02\x02\x03\x02\x01\x03\x04\0\x06handle\x03\0\x04\x02\x03\x02\x01\x04\x04\0\x05bytes\x03\0\x06\x04\0\x06reader\x03\x01\x01i\x08\x01@\x01\x04names\0\t\x04\0\x13[constructor]reader\x01\n\x01h\x08\x01f\x01\x01\x01f\x01\x03\x01C\x02\x04self\x0B\x05input\x0C\0\r\x04\0\x13[method]reader.pipe\x01\x0E\x01e\x01w\x01@\x02\x04self\x0B\x05input\x07\0\x0F\x04\0\x14[method]reader.drain\x01\x10\x01f\x01y\x01@\0\0\x11\x04\0\x07numbers\x01\x12\x01f\x01s\x01j\x01s\x01s\x01e\x01\x14\x01C\x01\x01s\x13\0\x15\x04\0\x04text\x01\x16\x01i\x05\x01f\x01\x17\x01p\x17\x01e\x01\x19\x01C\x01\x01h\x18\0\x1A\x04\0\x07handles\x01\x1B\x01f\x01}\x01e\x01\x1C\x01e\x01y\x01k\x1E\x01@\x01\x01x\x1D\0\x1F\x04\0\x06nested\x01 \x01f\0\x01e\0\x01e\x01}\x01o\x02\x1C#\x01@\x02\x01s!\x01f\"\0$\x04\0\x05units\x01%\x01e\x01\x01\x01o\x02y&\x01p'\x01@\x01\x01c(\0y\x04\0\tin-record\x01)\x03\0\x14fixture:flows/source\x05\x05\x01f\x01}\x01C\x01\x01s\x06\0\x06\x04\0\x03top\x01\x07\x01B\x0C\x02\x03\x02\x01\x01\x04\0\x05chunk\x03\0\0\x02\x03\x02\x01\x03\x04\0\x06handle\x03\0\x02\x01f\x01\x01\x01e\0\x01C\x02\x01s\x04\x04done\x05\0w\x04\0\x07consume\x01\x06\x01i\x03\x01f\x01\x07\x01@\x01\x01h\x08\0\x08\x04\0\x07handles\x01\t\x04\0\x12fixture:flows/sink\x05\x08\x04\0\x13fixture:flows/flows\x04\0\x0B\x0B\x01\0\x05flows\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/futures-streams.wit");
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
    pub mod flows {
        pub mod types {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[derive(Clone)]
            pub struct Chunk {
                pub seq: u64,
                pub data: ::wit_guest::rt::Vec<u8>,
                pub tags: ::wit_guest::rt::Vec<::wit_guest::rt::String>,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Chunk {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Chunk")
                        .field("seq", &self.seq)
                        .field("data", &self.data)
                        .field("tags", &self.tags)
                        .finish()
                }
            }
            impl Chunk {
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Chunk {
                            seq: *at.cast::<u64>(),
                            data: __wit_guest_rt::list_lift::<
                                u8,
                            >(*at.add(8).cast::<i32>(), *at.add(12).cast::<i32>()),
                            tags: __wit_guest_rt::list_lift_with(
                                *at.add(16).cast::<i32>(),
                                *at.add(20).cast::<i32>(),
                                8,
                                4,
                                |at1_: *mut u8| __wit_guest_rt::string_lift(
                                    *at1_.cast::<i32>(),
                                    *at1_.add(4).cast::<i32>(),
                                ),
                            ),
                        }
                    }
                }
            }
            pub enum Event {
                Started,
                Data(Chunk),
                Failed(::wit_guest::rt::String),
                Nested(::wit_guest::rt::async_support::FutureReader<u32>),
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Event {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        Event::Started => f.debug_tuple("Event::Started").finish(),
                        Event::Data(e) => f.debug_tuple("Event::Data").field(e).finish(),
                        Event::Failed(e) => {
                            f.debug_tuple("Event::Failed").field(e).finish()
                        }
                        Event::Nested(e) => {
                            f.debug_tuple("Event::Nested").field(e).finish()
                        }
                    }
                }
            }
            #[derive(Debug)]
            #[repr(transparent)]
            pub struct Handle {
                handle: ::wit_guest::rt::Resource<Handle>,
            }
            unsafe impl ::wit_guest::rt::WasmResource for Handle {
                #[inline]
                unsafe fn drop(handle: u32) {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = "fixture:flows/types")]
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
            pub type Bytes = ::wit_guest::rt::async_support::StreamReader<u8>;
            #[allow(
                clippy::new_without_default,
                clippy::len_without_is_empty,
                clippy::should_implement_trait,
                reason = "methods mirror the WIT resource"
            )]
            impl Handle {
                #[inline]
                pub fn new(id: u32) -> Self {
                    unsafe {
                        let r_ = __import_handle__new(__wit_guest_rt::as_i32(id));
                        Handle::from_handle(r_ as u32)
                    }
                }
                #[inline]
                pub fn id(&self) -> u32 {
                    unsafe {
                        let r_ = __import_handle__id(self.handle() as i32);
                        r_ as u32
                    }
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/types")]
            unsafe extern "C" {
                #[link_name = "[constructor]handle"]
                fn __import_handle__new(_: i32) -> i32;
                #[link_name = "[method]handle.id"]
                fn __import_handle__id(_: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{__import_handle__new, __import_handle__id};
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_handle__new(_: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_handle__id(_: i32) -> i32 {
                    on_host()
                }
            }
        }
        pub mod source {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            pub type Handle = super::super::super::fixture::flows::types::Handle;
            #[derive(Debug)]
            #[repr(transparent)]
            pub struct Reader {
                handle: ::wit_guest::rt::Resource<Reader>,
            }
            unsafe impl ::wit_guest::rt::WasmResource for Reader {
                #[inline]
                unsafe fn drop(handle: u32) {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = "fixture:flows/source")]
                    unsafe extern "C" {
                        #[link_name = "[resource-drop]reader"]
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
            impl Reader {
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
            pub use super::super::super::fixture::flows::types::{Chunk, Event, Bytes};
            #[inline]
            pub fn numbers() -> ::wit_guest::rt::async_support::StreamReader<u32> {
                unsafe {
                    let r_ = __import_numbers();
                    __wit_guest_rt::async_support::StreamReader::<
                        u32,
                    >::new(
                        r_ as u32,
                        <u32 as super::super::super::wit_stream::StreamPayload>::VTABLE,
                    )
                }
            }
            pub async fn text(
                s: ::wit_guest::rt::async_support::StreamReader<::wit_guest::rt::String>,
            ) -> ::wit_guest::rt::async_support::FutureReader<
                ::core::result::Result<::wit_guest::rt::String, ::wit_guest::rt::String>,
            > {
                /// Lifts and drops a result nobody awaits any more.
                unsafe fn drop_result_(ret_: *mut u8) {
                    unsafe {
                        ::core::mem::drop(
                            __wit_guest_rt::async_support::FutureReader::<
                                ::core::result::Result<
                                    ::wit_guest::rt::String,
                                    ::wit_guest::rt::String,
                                >,
                            >::new(
                                *ret_.cast::<i32>() as u32,
                                <::core::result::Result<
                                    ::wit_guest::rt::String,
                                    ::wit_guest::rt::String,
                                > as super::super::super::wit_future::FuturePayload>::VTABLE,
                            ),
                        )
                    }
                }
                unsafe {
                    let mut taken_ = ::wit_guest::rt::Vec::new();
                    let area_ = ::wit_guest::rt::async_support::CallArea::new(4, 4);
                    let base_ = area_.as_mut_ptr();
                    let ret_ = base_.add(0);
                    let status_ = __import_text(
                        {
                            let h_ = s.take_handle();
                            taken_
                                .push((
                                    h_,
                                    (|h: u32| ::core::mem::drop(unsafe {
                                        __wit_guest_rt::async_support::StreamReader::<
                                            ::wit_guest::rt::String,
                                        >::new(
                                            h,
                                            <::wit_guest::rt::String as super::super::super::wit_stream::StreamPayload>::VTABLE,
                                        )
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
                            Some(drop_result_),
                            taken_,
                        )
                        .await;
                    let result_ = __wit_guest_rt::async_support::FutureReader::<
                        ::core::result::Result<
                            ::wit_guest::rt::String,
                            ::wit_guest::rt::String,
                        >,
                    >::new(
                        *ret_.cast::<i32>() as u32,
                        <::core::result::Result<
                            ::wit_guest::rt::String,
                            ::wit_guest::rt::String,
                        > as super::super::super::wit_future::FuturePayload>::VTABLE,
                    );
                    ::core::mem::drop(area_);
                    result_
                }
            }
            pub async fn handles(
                h: ::wit_guest::rt::async_support::StreamReader<
                    super::super::super::fixture::flows::types::Handle,
                >,
            ) -> ::wit_guest::rt::async_support::FutureReader<
                ::wit_guest::rt::Vec<super::super::super::fixture::flows::types::Handle>,
            > {
                /// Lifts and drops a result nobody awaits any more.
                unsafe fn drop_result_(ret_: *mut u8) {
                    unsafe {
                        ::core::mem::drop(
                            __wit_guest_rt::async_support::FutureReader::<
                                ::wit_guest::rt::Vec<
                                    super::super::super::fixture::flows::types::Handle,
                                >,
                            >::new(
                                *ret_.cast::<i32>() as u32,
                                <::wit_guest::rt::Vec<
                                    super::super::super::fixture::flows::types::Handle,
                                > as super::super::super::wit_future::FuturePayload>::VTABLE,
                            ),
                        )
                    }
                }
                unsafe {
                    let mut taken_ = ::wit_guest::rt::Vec::new();
                    let area_ = ::wit_guest::rt::async_support::CallArea::new(4, 4);
                    let base_ = area_.as_mut_ptr();
                    let ret_ = base_.add(0);
                    let status_ = __import_handles(
                        {
                            let h_ = h.take_handle();
                            taken_
                                .push((
                                    h_,
                                    (|h: u32| ::core::mem::drop(unsafe {
                                        __wit_guest_rt::async_support::StreamReader::<
                                            super::super::super::fixture::flows::types::Handle,
                                        >::new(
                                            h,
                                            <super::super::super::fixture::flows::types::Handle as super::super::super::wit_stream::StreamPayload>::VTABLE,
                                        )
                                    })) as fn(u32),
                                ));
                            h_ as i32
                        },
                        ::wit_guest::rt::ptr_i32(ret_),
                    );
                    let area_ = ::wit_guest::rt::async_support::Subtask::new(
                            status_,
                            area_,
                            (h,),
                            ret_,
                            Some(drop_result_),
                            taken_,
                        )
                        .await;
                    let result_ = __wit_guest_rt::async_support::FutureReader::<
                        ::wit_guest::rt::Vec<
                            super::super::super::fixture::flows::types::Handle,
                        >,
                    >::new(
                        *ret_.cast::<i32>() as u32,
                        <::wit_guest::rt::Vec<
                            super::super::super::fixture::flows::types::Handle,
                        > as super::super::super::wit_future::FuturePayload>::VTABLE,
                    );
                    ::core::mem::drop(area_);
                    result_
                }
            }
            #[inline]
            pub fn nested(
                x: ::wit_guest::rt::async_support::FutureReader<
                    ::wit_guest::rt::async_support::StreamReader<u8>,
                >,
            ) -> ::core::option::Option<
                ::wit_guest::rt::async_support::FutureReader<u32>,
            > {
                unsafe {
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<8>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_nested(
                        x.take_handle() as i32,
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    match *ret_.cast::<u8>() {
                        0 => ::core::option::Option::None,
                        1 => {
                            ::core::option::Option::Some(
                                __wit_guest_rt::async_support::FutureReader::<
                                    u32,
                                >::new(
                                    *ret_.add(4).cast::<i32>() as u32,
                                    <u32 as super::super::super::wit_future::FuturePayload>::VTABLE,
                                ),
                            )
                        }
                        _ => __wit_guest_rt::invalid_discriminant(),
                    }
                }
            }
            #[inline]
            pub fn units(
                s: ::wit_guest::rt::async_support::StreamReader<()>,
                f: ::wit_guest::rt::async_support::FutureReader<()>,
            ) -> (
                ::wit_guest::rt::async_support::StreamReader<u8>,
                ::wit_guest::rt::async_support::FutureReader<u8>,
            ) {
                unsafe {
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<8>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_units(
                        s.take_handle() as i32,
                        f.take_handle() as i32,
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    (
                        __wit_guest_rt::async_support::StreamReader::<
                            u8,
                        >::new(
                            *ret_.cast::<i32>() as u32,
                            <u8 as super::super::super::wit_stream::StreamPayload>::VTABLE,
                        ),
                        __wit_guest_rt::async_support::FutureReader::<
                            u8,
                        >::new(
                            *ret_.add(4).cast::<i32>() as u32,
                            <u8 as super::super::super::wit_future::FuturePayload>::VTABLE,
                        ),
                    )
                }
            }
            #[inline]
            pub fn in_record(
                c: ::wit_guest::rt::Vec<
                    (u32, ::wit_guest::rt::async_support::FutureReader<Chunk>),
                >,
            ) -> u32 {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = c.len();
                    let base3_ = cleanup_.alloc(len2_ * 8, 4);
                    for (i6_, e5_) in c.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 8);
                        *at4_.cast::<i32>() = __wit_guest_rt::as_i32(e5_.0);
                        *at4_.add(4).cast::<i32>() = e5_.1.take_handle() as i32;
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let r_ = __import_in_record(ptr1_, __wit_guest_rt::len_i32(len2_));
                    r_ as u32
                }
            }
            #[allow(
                clippy::new_without_default,
                clippy::len_without_is_empty,
                clippy::should_implement_trait,
                reason = "methods mirror the WIT resource"
            )]
            impl Reader {
                #[inline]
                pub fn new(name: &str) -> Self {
                    unsafe {
                        let r_ = __import_reader__new(
                            __wit_guest_rt::ptr_i32(name.as_ptr()),
                            __wit_guest_rt::len_i32(name.len()),
                        );
                        Reader::from_handle(r_ as u32)
                    }
                }
                /// A method taking and returning stream ends.
                pub async fn pipe(
                    &self,
                    input: ::wit_guest::rt::async_support::StreamReader<Chunk>,
                ) -> ::wit_guest::rt::async_support::StreamReader<Event> {
                    /// Lifts and drops a result nobody awaits any more.
                    unsafe fn drop_result_(ret_: *mut u8) {
                        unsafe {
                            ::core::mem::drop(
                                __wit_guest_rt::async_support::StreamReader::<
                                    Event,
                                >::new(
                                    *ret_.cast::<i32>() as u32,
                                    <Event as super::super::super::wit_stream::StreamPayload>::VTABLE,
                                ),
                            )
                        }
                    }
                    unsafe {
                        let mut taken_ = ::wit_guest::rt::Vec::new();
                        let area_ = ::wit_guest::rt::async_support::CallArea::new(4, 4);
                        let base_ = area_.as_mut_ptr();
                        let ret_ = base_.add(0);
                        let status_ = __import_reader__pipe(
                            self.handle() as i32,
                            {
                                let h_ = input.take_handle();
                                taken_
                                    .push((
                                        h_,
                                        (|h: u32| ::core::mem::drop(unsafe {
                                            __wit_guest_rt::async_support::StreamReader::<
                                                Chunk,
                                            >::new(
                                                h,
                                                <Chunk as super::super::super::wit_stream::StreamPayload>::VTABLE,
                                            )
                                        })) as fn(u32),
                                    ));
                                h_ as i32
                            },
                            ::wit_guest::rt::ptr_i32(ret_),
                        );
                        let area_ = ::wit_guest::rt::async_support::Subtask::new(
                                status_,
                                area_,
                                (input,),
                                ret_,
                                Some(drop_result_),
                                taken_,
                            )
                            .await;
                        let result_ = __wit_guest_rt::async_support::StreamReader::<
                            Event,
                        >::new(
                            *ret_.cast::<i32>() as u32,
                            <Event as super::super::super::wit_stream::StreamPayload>::VTABLE,
                        );
                        ::core::mem::drop(area_);
                        result_
                    }
                }
                #[inline]
                pub fn drain(
                    &self,
                    input: Bytes,
                ) -> ::wit_guest::rt::async_support::FutureReader<u64> {
                    unsafe {
                        let r_ = __import_reader__drain(
                            self.handle() as i32,
                            input.take_handle() as i32,
                        );
                        __wit_guest_rt::async_support::FutureReader::<
                            u64,
                        >::new(
                            r_ as u32,
                            <u64 as super::super::super::wit_future::FuturePayload>::VTABLE,
                        )
                    }
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:flows/source")]
            unsafe extern "C" {
                #[link_name = "[constructor]reader"]
                fn __import_reader__new(_: i32, _: i32) -> i32;
                #[link_name = "[async-lower][method]reader.pipe"]
                fn __import_reader__pipe(_: i32, _: i32, _: i32) -> i32;
                #[link_name = "[method]reader.drain"]
                fn __import_reader__drain(_: i32, _: i32) -> i32;
                #[link_name = "numbers"]
                fn __import_numbers() -> i32;
                #[link_name = "[async-lower]text"]
                fn __import_text(_: i32, _: i32) -> i32;
                #[link_name = "[async-lower]handles"]
                fn __import_handles(_: i32, _: i32) -> i32;
                #[link_name = "nested"]
                fn __import_nested(_: i32, _: i32);
                #[link_name = "units"]
                fn __import_units(_: i32, _: i32, _: i32);
                #[link_name = "in-record"]
                fn __import_in_record(_: i32, _: i32) -> i32;
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{
                __import_reader__new, __import_reader__pipe, __import_reader__drain,
                __import_numbers, __import_text, __import_handles, __import_nested,
                __import_units, __import_in_record,
            };
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                pub(super) unsafe fn __import_reader__new(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_reader__pipe(
                    _: i32,
                    _: i32,
                    _: i32,
                ) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_reader__drain(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_numbers() -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_text(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_handles(_: i32, _: i32) -> i32 {
                    on_host()
                }
                pub(super) unsafe fn __import_nested(_: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_units(_: i32, _: i32, _: i32) {
                    on_host()
                }
                pub(super) unsafe fn __import_in_record(_: i32, _: i32) -> i32 {
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
        pub mod flows {
            pub mod sink {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                pub type Handle = super::super::super::super::fixture::flows::types::Handle;
                #[allow(
                    unused_imports,
                    reason = "bindings cover the whole world; a component uses part of it"
                )]
                pub use super::super::super::super::fixture::flows::types::Chunk;
                #[doc(hidden)]
                pub unsafe fn _export_consume_cabi<T_: Guest + 'static>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    __wit_guest_rt::run_ctors_once();
                    unsafe {
                        __wit_guest_rt::async_support::start_task(async move {
                            unsafe {
                                let result_ = {
                                    let p0_ = __wit_guest_rt::async_support::StreamReader::<
                                        Chunk,
                                    >::new(
                                        arg0 as u32,
                                        <Chunk as super::super::super::super::wit_stream::StreamPayload>::VTABLE,
                                    );
                                    let p1_ = __wit_guest_rt::async_support::FutureReader::<
                                        (),
                                    >::new(
                                        arg1 as u32,
                                        <() as super::super::super::super::wit_future::FuturePayload>::VTABLE,
                                    );
                                    <T_ as Guest>::consume(p0_, p1_).await
                                };
                                #[cfg(target_arch = "wasm32")]
                                #[link(wasm_import_module = "[export]fixture:flows/sink")]
                                unsafe extern "C" {
                                    #[link_name = "[task-return]consume"]
                                    fn task_return_(_: i64);
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                unsafe extern "C" fn task_return_(_: i64) {
                                    __wit_guest_rt::wasm32_only(
                                        "wit-guest: imports can only be called on wasm32",
                                    )
                                }
                                task_return_(__wit_guest_rt::as_i64(result_));
                            }
                        })
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _callback_consume_cabi(
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
                pub unsafe fn _export_handles_cabi<T_: Guest>(arg0: i32) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::async_support::StreamReader::<
                            super::super::super::super::fixture::flows::types::Handle,
                        >::new(
                            arg0 as u32,
                            <super::super::super::super::fixture::flows::types::Handle as super::super::super::super::wit_stream::StreamPayload>::VTABLE,
                        );
                        let result_ = <T_ as Guest>::handles(p0_);
                        result_.take_handle() as i32
                    }
                }
                /// Implemented by the type passed to `export!`: the functions of `fixture:flows/sink`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:flows/sink`, but does not implement `exports::fixture::flows::sink::Guest`",
                    label = "missing `impl exports::fixture::flows::sink::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::flows::sink::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    #[allow(
                        async_fn_in_trait,
                        reason = "the component runs on one thread: no `Send` bound"
                    )]
                    async fn consume(
                        s: ::wit_guest::rt::async_support::StreamReader<Chunk>,
                        done: ::wit_guest::rt::async_support::FutureReader<()>,
                    ) -> u64;
                    fn handles(
                        h: ::wit_guest::rt::async_support::StreamReader<
                            super::super::super::super::fixture::flows::types::Handle,
                        >,
                    ) -> ::wit_guest::rt::async_support::StreamReader<
                        super::super::super::super::fixture::flows::types::Handle,
                    >;
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__flows__sink_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name =
                        "[async-lift]fixture:flows/sink#consume")] unsafe extern "C" fn
                        export_consume(arg0 : i32, arg1 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_consume_cabi:: < $ty > (arg0, arg1)
                        } } #[unsafe (export_name =
                        "[callback][async-lift]fixture:flows/sink#consume")] unsafe
                        extern "C" fn callback_consume(code : i32, p1 : i32, p2 : i32) ->
                        i32 { unsafe { $($path_to_types)* ::_callback_consume_cabi(code,
                        p1, p2) } } #[unsafe (export_name =
                        "fixture:flows/sink#handles")] unsafe extern "C" fn
                        export_handles(arg0 : i32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_handles_cabi:: < $ty > (arg0) } } };
                        #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn exported
                        < T : $($path_to_types)* ::Guest > () {} let _ = exported:: < $ty
                        >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__flows__sink_cabi;
            }
        }
    }
}
