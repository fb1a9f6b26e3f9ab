//! `error-context`: an immutable, reference-counted diagnostic that crosses
//! component boundaries as a handle.

use alloc::string::String;
use core::fmt;

use super::intrinsics as cm;

/// A WIT `error-context` value, owning its handle (dropped with it).
#[derive(PartialEq, Eq)]
pub struct ErrorContext {
    handle: u32,
}

impl ErrorContext {
    /// A new error context carrying `debug_message` (which a runtime may
    /// keep or discard).
    pub fn new(debug_message: &str) -> ErrorContext {
        // SAFETY: the pointer and length describe `debug_message`'s bytes,
        // read by the built-in during the call.
        let handle = unsafe { cm::error_context_new(debug_message.as_ptr(), debug_message.len()) };
        ErrorContext { handle }
    }

    /// The message the runtime kept, possibly empty.
    pub fn debug_message(&self) -> String {
        let mut ret = [0usize; 2];
        // SAFETY: `ret` receives a pointer and a length of a UTF-8 string the
        // built-in allocated with `cabi_realloc` (align 1), which we adopt.
        unsafe {
            cm::error_context_debug_message(self.handle, &mut ret);
            crate::rt::string_lift(ret[0] as i32, ret[1] as i32)
        }
    }

    /// Takes ownership of a handle.
    ///
    /// # Safety
    /// `handle` is an error-context handle this component owns and that
    /// nothing else will drop.
    #[doc(hidden)]
    pub unsafe fn from_handle(handle: u32) -> ErrorContext {
        ErrorContext { handle }
    }

    /// The handle, still owned by `self`.
    #[doc(hidden)]
    pub fn handle(&self) -> u32 {
        self.handle
    }
}

impl fmt::Debug for ErrorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorContext").field("debug_message", &self.debug_message()).finish()
    }
}

impl fmt::Display for ErrorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.debug_message())
    }
}

impl core::error::Error for ErrorContext {}

impl Drop for ErrorContext {
    fn drop(&mut self) {
        // SAFETY: `self` owns the handle, dropped once here.
        unsafe { cm::error_context_drop(self.handle) }
    }
}
