//! The component-model built-ins the async runtime calls, imported from the
//! `$root` module under the names `wit-component` recognises. On targets
//! other than wasm32 there is no component runtime: each stub panics, and
//! the executor refuses to start before any of them could be reached.

#[cfg(target_arch = "wasm32")]
mod imp {
    #[link(wasm_import_module = "$root")]
    unsafe extern "C" {
        #[link_name = "[waitable-set-new]"]
        pub safe fn waitable_set_new() -> u32;
        #[link_name = "[waitable-set-wait]"]
        pub unsafe fn waitable_set_wait(set: u32, payload: *mut [u32; 2]) -> u32;
        #[link_name = "[waitable-set-poll]"]
        pub unsafe fn waitable_set_poll(set: u32, payload: *mut [u32; 2]) -> u32;
        #[link_name = "[waitable-set-drop]"]
        pub unsafe fn waitable_set_drop(set: u32);
        #[link_name = "[waitable-join]"]
        pub unsafe fn waitable_join(waitable: u32, set: u32);
        #[link_name = "[subtask-drop]"]
        pub unsafe fn subtask_drop(subtask: u32);
        #[link_name = "[subtask-cancel]"]
        pub unsafe fn subtask_cancel(subtask: u32) -> u32;
        #[link_name = "[context-get-0]"]
        pub safe fn context_get() -> usize;
        #[link_name = "[context-set-0]"]
        pub unsafe fn context_set(value: usize);
        #[link_name = "[thread-yield]"]
        pub safe fn thread_yield() -> u32;
        #[link_name = "[backpressure-inc]"]
        pub safe fn backpressure_inc();
        #[link_name = "[backpressure-dec]"]
        pub safe fn backpressure_dec();
        #[link_name = "[error-context-new-utf8]"]
        pub unsafe fn error_context_new(ptr: *const u8, len: usize) -> u32;
        #[link_name = "[error-context-debug-message-utf8]"]
        pub unsafe fn error_context_debug_message(handle: u32, ret: *mut [usize; 2]);
        #[link_name = "[error-context-drop]"]
        pub unsafe fn error_context_drop(handle: u32);
        #[link_name = "[stream-new-unit]"]
        pub safe fn unit_stream_new() -> u64;
        #[link_name = "[async-lower][stream-read-unit]"]
        pub unsafe fn unit_stream_read(readable: u32, buf: *mut u8, len: usize) -> u32;
        #[link_name = "[async-lower][stream-write-unit]"]
        pub unsafe fn unit_stream_write(writable: u32, buf: *const u8, len: usize) -> u32;
        #[link_name = "[stream-cancel-write-unit]"]
        pub unsafe fn unit_stream_cancel_write(writable: u32) -> u32;
        #[link_name = "[stream-drop-readable-unit]"]
        pub unsafe fn unit_stream_drop_readable(readable: u32);
        #[link_name = "[stream-drop-writable-unit]"]
        pub unsafe fn unit_stream_drop_writable(writable: u32);
    }

    #[link(wasm_import_module = "[export]$root")]
    unsafe extern "C" {
        #[link_name = "[task-cancel]"]
        pub unsafe fn task_cancel();
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::missing_safety_doc, reason = "stubs that never run")]
mod imp {
    const MSG: &str = "component-model built-ins exist only on wasm32";
    pub fn waitable_set_new() -> u32 {
        unimplemented!("{MSG}")
    }
    pub unsafe fn waitable_set_wait(_: u32, _: *mut [u32; 2]) -> u32 {
        unimplemented!("{MSG}")
    }
    pub unsafe fn waitable_set_poll(_: u32, _: *mut [u32; 2]) -> u32 {
        unimplemented!("{MSG}")
    }
    pub unsafe fn waitable_set_drop(_: u32) {
        unimplemented!("{MSG}")
    }
    pub unsafe fn waitable_join(_: u32, _: u32) {
        unimplemented!("{MSG}")
    }
    pub unsafe fn subtask_drop(_: u32) {
        unimplemented!("{MSG}")
    }
    pub unsafe fn subtask_cancel(_: u32) -> u32 {
        unimplemented!("{MSG}")
    }
    pub fn context_get() -> usize {
        unimplemented!("{MSG}")
    }
    pub unsafe fn context_set(_: usize) {
        unimplemented!("{MSG}")
    }
    pub fn thread_yield() -> u32 {
        unimplemented!("{MSG}")
    }
    pub fn backpressure_inc() {
        unimplemented!("{MSG}")
    }
    pub fn backpressure_dec() {
        unimplemented!("{MSG}")
    }
    pub unsafe fn task_cancel() {
        unimplemented!("{MSG}")
    }
    pub unsafe fn error_context_new(_: *const u8, _: usize) -> u32 {
        unimplemented!("{MSG}")
    }
    pub unsafe fn error_context_debug_message(_: u32, _: *mut [usize; 2]) {
        unimplemented!("{MSG}")
    }
    pub unsafe fn error_context_drop(_: u32) {
        unimplemented!("{MSG}")
    }
    pub fn unit_stream_new() -> u64 {
        unimplemented!("{MSG}")
    }
    pub unsafe fn unit_stream_read(_: u32, _: *mut u8, _: usize) -> u32 {
        unimplemented!("{MSG}")
    }
    pub unsafe fn unit_stream_write(_: u32, _: *const u8, _: usize) -> u32 {
        unimplemented!("{MSG}")
    }
    pub unsafe fn unit_stream_cancel_write(_: u32) -> u32 {
        unimplemented!("{MSG}")
    }
    pub unsafe fn unit_stream_drop_readable(_: u32) {
        unimplemented!("{MSG}")
    }
    pub unsafe fn unit_stream_drop_writable(_: u32) {
        unimplemented!("{MSG}")
    }
}

pub use imp::*;

/// What a stream or future operation returns when it did not finish.
pub const BLOCKED: u32 = 0xffff_ffff;

/// Event codes delivered by `waitable-set.wait`/`poll` and to callbacks.
pub mod event {
    pub const NONE: u32 = 0;
    // SUBTASK = 1, STREAM_READ = 2, STREAM_WRITE = 3, FUTURE_READ = 4 and
    // FUTURE_WRITE = 5 go to the waitable named in the event.
    pub const TASK_CANCELLED: u32 = 6;
}

/// Subtask states, in an async-lowered call's result and in `SUBTASK` events.
pub mod state {
    pub const STARTING: u32 = 0;
    pub const STARTED: u32 = 1;
    pub const RETURNED: u32 = 2;
    pub const CANCELLED_BEFORE_STARTED: u32 = 3;
    pub const CANCELLED_BEFORE_RETURNED: u32 = 4;
}

/// What a callback (or the async-lifted entry point) tells the runtime.
pub mod code {
    pub const EXIT: u32 = 0;
    pub const YIELD: u32 = 1;
    pub const WAIT: u32 = 2;
}
