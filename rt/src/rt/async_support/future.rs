//! `future<T>`: a value that arrives once, from a writer end to a reader end
//! (of this component or of another one).
//!
//! [`wit_future::new`] in the generated bindings makes a pair; a reader is
//! awaited for the value; a writer gives it with [`FutureWriter::write`].
//! The component model requires every writer to write: one dropped without
//! writing writes the default value that `wit_future::new` was given, in
//! the background (the task it belongs to ends only after that write).
//!
//! A written value is lowered in place (strings and lists are read where they
//! are) and stays in the write's future until the reader took it, so a value
//! the reader never took comes back whole.
//!
//! [`wit_future::new`]: crate#futures-and-streams

use core::fmt;
use core::future::{Future, IntoFuture};
use core::pin::Pin;
use core::task::{Context, Poll};

use super::executor::{Executor, assert_supported};
use super::intrinsics::BLOCKED;
use super::pending::{Pending, copy};
use crate::rt::Cleanup;

/// How the bindings move one payload type through a future: its layout, its
/// canonical-ABI glue and the built-ins of a future of it. Generated once per
/// payload type; not meant to be written by hand.
#[doc(hidden)]
pub struct FutureVtable<T> {
    /// Size and alignment of the payload in linear memory.
    pub size: usize,
    pub align: usize,
    /// Lifts a payload from memory, taking ownership of what it points to.
    pub lift: unsafe fn(*mut u8) -> T,
    /// Lowers a payload into memory, leaving it the owner of its strings,
    /// lists and handles (read by the reader where they are); arrays built
    /// for the lowered form go to the cleanup.
    pub lower: unsafe fn(&T, *mut u8, &mut Cleanup),
    /// Forgets the owned handles of a payload the reader took (they are the
    /// reader's now); `None` where the payload holds none.
    pub disown: Option<fn(&T)>,
    pub new: unsafe extern "C" fn() -> i64,
    pub read: unsafe extern "C" fn(i32, *mut u8) -> i32,
    pub write: unsafe extern "C" fn(i32, *const u8) -> i32,
    pub cancel_read: unsafe extern "C" fn(i32) -> i32,
    pub cancel_write: unsafe extern "C" fn(i32) -> i32,
    pub drop_readable: unsafe extern "C" fn(i32),
    pub drop_writable: unsafe extern "C" fn(i32),
}

/// Makes a future: its writer (which writes `default()` if dropped without
/// writing) and its reader. The generated `wit_future::new` calls this.
///
/// # Safety
/// `vtable` is the generated one of `T`.
#[doc(hidden)]
pub unsafe fn future_new<T: 'static>(
    default: fn() -> T,
    vtable: &'static FutureVtable<T>,
) -> (FutureWriter<T>, FutureReader<T>) {
    assert_supported();
    // SAFETY: the built-in takes no arguments; it returns two new handles.
    let pair = unsafe { (vtable.new)() } as u64;
    let writer = FutureWriter { handle: (pair >> 32) as u32, vtable, default };
    // SAFETY: the readable end is new and ours, of a future of `T`.
    let reader = unsafe { FutureReader::new(pair as u32, vtable) };
    (writer, reader)
}

/// A heap area for one payload in its lowered form.
struct Slot {
    ptr: *mut u8,
    size: usize,
    align: usize,
}

impl Slot {
    fn new(size: usize, align: usize) -> Slot {
        Slot { ptr: crate::rt::alloc(size, align), size, align }
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        // SAFETY: allocated by `new` with this size and alignment.
        unsafe { crate::rt::dealloc(self.ptr, self.size, self.align) }
    }
}

// ---------------------------------------------------------------- reading

/// The readable end of a `future<T>`: await it (it is `IntoFuture`) for the
/// value. Dropping it tells the writer nobody will read.
pub struct FutureReader<T: 'static> {
    handle: core::cell::Cell<u32>,
    vtable: &'static FutureVtable<T>,
}

impl<T> FutureReader<T> {
    /// Takes over a readable end.
    ///
    /// # Safety
    /// `handle` is a readable end of a future of `T` that this component
    /// owns and nothing else will use, and `vtable` is `T`'s.
    pub unsafe fn new(handle: u32, vtable: &'static FutureVtable<T>) -> Self {
        FutureReader { handle: core::cell::Cell::new(handle), vtable }
    }

    /// The end's handle (0 once taken).
    pub fn handle(&self) -> u32 {
        self.handle.get()
    }

    /// Takes the handle out, to give it away: dropping `self` then drops
    /// nothing.
    pub fn take_handle(&self) -> u32 {
        self.handle.replace(0)
    }
}

impl<T> fmt::Debug for FutureReader<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FutureReader").field("handle", &self.handle.get()).finish()
    }
}

impl<T> Drop for FutureReader<T> {
    fn drop(&mut self) {
        let h = self.handle.get();
        if h != 0 {
            // SAFETY: the end is ours and idle (a read owns its reader).
            unsafe { (self.vtable.drop_readable)(h as i32) }
        }
    }
}

impl<T> IntoFuture for FutureReader<T> {
    type Output = T;
    type IntoFuture = FutureRead<T>;

    fn into_future(self) -> FutureRead<T> {
        FutureRead { reader: Some(self), slot: None, pending: None }
    }
}

/// Reading a future's value: resolves to it.
#[must_use = "a read does nothing unless awaited"]
pub struct FutureRead<T: 'static> {
    reader: Option<FutureReader<T>>,
    /// Where the value is written, while a read is in flight.
    slot: Option<Slot>,
    pending: Option<Pending>,
}

impl<T> Unpin for FutureRead<T> {}

impl<T> FutureRead<T> {
    /// The value of a finished read (`None`: the read was cancelled).
    fn finish(&mut self, packed: u32) -> Option<T> {
        self.pending = None;
        let slot = self.slot.take().expect("a read in flight has its slot");
        match copy::split(packed).0 {
            copy::COMPLETED => {
                let reader = self.reader.as_ref().expect("a read in flight has its reader");
                // SAFETY: the writer's value was copied into the slot, in the
                // lowered form of `T` that the vtable lifts.
                Some(unsafe { (reader.vtable.lift)(slot.ptr) })
            }
            copy::CANCELLED => None,
            // A writer end cannot be dropped before it wrote (it traps).
            _ => panic!("a future's writer went away without writing"),
        }
    }

    /// Cancels the read: the value if it had arrived, else the reader back.
    ///
    /// # Panics
    /// If the read had resolved already.
    pub fn cancel(self: Pin<&mut Self>) -> Result<T, FutureReader<T>> {
        let this = self.get_mut();
        if let Some(pending) = &mut this.pending {
            let packed = match pending.stop() {
                Some(packed) => packed,
                None => {
                    // SAFETY: a read is in flight on our end.
                    (unsafe { (this.reader.as_ref().expect("reader").vtable.cancel_read)(pending.handle as i32) })
                        as u32
                }
            };
            if let Some(value) = this.finish(packed) {
                this.reader = None;
                return Ok(value);
            }
        }
        match this.reader.take() {
            Some(reader) => Err(reader),
            None => panic!("a future read was cancelled after it resolved"),
        }
    }
}

impl<T> Future for FutureRead<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let this = self.get_mut();
        let packed = match &mut this.pending {
            Some(pending) => match pending.poll(cx) {
                Poll::Ready(packed) => packed,
                Poll::Pending => return Poll::Pending,
            },
            None => {
                let reader = this.reader.as_ref().expect("a future read polled after it resolved");
                let slot = Slot::new(reader.vtable.size, reader.vtable.align);
                let h = reader.handle();
                // SAFETY: `h` is our idle readable end; the slot holds one
                // lowered payload and stays put until the read is over.
                let packed = unsafe { (reader.vtable.read)(h as i32, slot.ptr) } as u32;
                this.slot = Some(slot);
                if packed == BLOCKED {
                    let mut pending = Pending::new(h);
                    let poll = pending.poll(cx);
                    this.pending = Some(pending);
                    match poll {
                        Poll::Ready(packed) => packed,
                        Poll::Pending => return Poll::Pending,
                    }
                } else {
                    packed
                }
            }
        };
        match this.finish(packed) {
            Some(value) => {
                // The end is done: dropping it is all that is left.
                this.reader = None;
                Poll::Ready(value)
            }
            None => panic!("a future read was cancelled by the runtime"),
        }
    }
}

impl<T> Drop for FutureRead<T> {
    fn drop(&mut self) {
        if self.pending.is_some() {
            // Cancelled by dropping: a value that arrived meanwhile is dropped.
            let _ = Pin::new(self).cancel();
        }
    }
}

// ---------------------------------------------------------------- writing

/// The writable end of a `future<T>`: [`write`](Self::write) gives the
/// value. Dropped without writing, it writes its default value.
pub struct FutureWriter<T: 'static> {
    handle: u32,
    vtable: &'static FutureVtable<T>,
    default: fn() -> T,
}

impl<T> FutureWriter<T> {
    /// Writes `value`: resolves once the reader took it, or gives it back if
    /// the reader was dropped.
    pub fn write(mut self, value: T) -> FutureWrite<T> {
        let end = WriterEnd { handle: core::mem::take(&mut self.handle), vtable: self.vtable, default: self.default };
        FutureWrite { end: Some(end), value: Some(value), lowered: None, pending: None }
    }
}

impl<T> fmt::Debug for FutureWriter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FutureWriter").field("handle", &self.handle).finish()
    }
}

impl<T: 'static> Drop for FutureWriter<T> {
    fn drop(&mut self) {
        if self.handle == 0 {
            return;
        }
        let writer =
            FutureWriter { handle: core::mem::take(&mut self.handle), vtable: self.vtable, default: self.default };
        let write = async move {
            let value = (writer.default)();
            let _ = writer.write(value).await;
        };
        // In the background where a task runs (it ends after the write),
        // else right here.
        if Executor::with_current(|_| ()).is_some() {
            drop(super::spawn_local(write));
        } else {
            super::block_on(write);
        }
    }
}

/// A writer end taken into a write.
struct WriterEnd<T: 'static> {
    handle: u32,
    vtable: &'static FutureVtable<T>,
    default: fn() -> T,
}

impl<T> WriterEnd<T> {
    fn into_writer(mut self) -> FutureWriter<T> {
        FutureWriter { handle: core::mem::take(&mut self.handle), vtable: self.vtable, default: self.default }
    }
}

impl<T> Drop for WriterEnd<T> {
    fn drop(&mut self) {
        if self.handle != 0 {
            // SAFETY: the end is ours and done (its write finished).
            unsafe { (self.vtable.drop_writable)(self.handle as i32) }
        }
    }
}

/// The reader was dropped before taking the value: here it is back.
pub struct FutureWriteError<T> {
    pub value: T,
}

impl<T> fmt::Debug for FutureWriteError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FutureWriteError").finish_non_exhaustive()
    }
}

impl<T> fmt::Display for FutureWriteError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("read end dropped")
    }
}

impl<T> core::error::Error for FutureWriteError<T> {}

/// What cancelling a write left.
pub enum FutureWriteCancel<T: 'static> {
    /// The reader had taken the value already.
    AlreadySent,
    /// The reader was dropped: the value is back (the end is done).
    Dropped(T),
    /// Cancelled in time: the value and the writer, to write again.
    Cancelled(T, FutureWriter<T>),
}

/// Writing a future's value: resolves once it was taken, or with the value
/// back if the reader went away.
#[must_use = "a write does nothing unless awaited"]
pub struct FutureWrite<T: 'static> {
    end: Option<WriterEnd<T>>,
    value: Option<T>,
    /// The value's lowered form and the arrays built for it, while the
    /// reader may read them.
    lowered: Option<(Slot, Cleanup)>,
    pending: Option<Pending>,
}

impl<T> Unpin for FutureWrite<T> {}

/// How a write ended.
enum Written<T> {
    Sent,
    Dropped(T),
    Cancelled(T),
}

impl<T> FutureWrite<T> {
    fn finish(&mut self, packed: u32, vtable: &FutureVtable<T>) -> Written<T> {
        self.pending = None;
        self.lowered = None;
        let value = self.value.take().expect("a write in flight has its value");
        match copy::split(packed).0 {
            copy::COMPLETED => {
                if let Some(disown) = vtable.disown {
                    disown(&value);
                }
                drop(value);
                Written::Sent
            }
            copy::DROPPED => Written::Dropped(value),
            _ => Written::Cancelled(value),
        }
    }

    /// Cancels the write.
    ///
    /// # Panics
    /// If the write had resolved already.
    pub fn cancel(self: Pin<&mut Self>) -> FutureWriteCancel<T> {
        let this = self.get_mut();
        let Some(end) = this.end.take() else { panic!("a future write was cancelled after it resolved") };
        let Some(pending) = &mut this.pending else {
            // Not started: nothing was offered.
            let value = this.value.take().expect("value");
            return FutureWriteCancel::Cancelled(value, end.into_writer());
        };
        let packed = match pending.stop() {
            Some(packed) => packed,
            // SAFETY: a write is in flight on our end.
            None => (unsafe { (end.vtable.cancel_write)(end.handle as i32) }) as u32,
        };
        match this.finish(packed, end.vtable) {
            Written::Sent => FutureWriteCancel::AlreadySent,
            Written::Dropped(value) => FutureWriteCancel::Dropped(value),
            Written::Cancelled(value) => FutureWriteCancel::Cancelled(value, end.into_writer()),
        }
    }
}

impl<T> Future for FutureWrite<T> {
    type Output = Result<(), FutureWriteError<T>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let packed = match &mut this.pending {
            Some(pending) => match pending.poll(cx) {
                Poll::Ready(packed) => packed,
                Poll::Pending => return Poll::Pending,
            },
            None => {
                let end = this.end.as_ref().expect("a future write polled after it resolved");
                let value = this.value.as_ref().expect("value");
                let slot = Slot::new(end.vtable.size, end.vtable.align);
                let mut cleanup = Cleanup::new();
                // SAFETY: the slot holds one lowered payload; `value` and
                // the cleanup outlive the write (both stay in `self`).
                unsafe { (end.vtable.lower)(value, slot.ptr, &mut cleanup) };
                // SAFETY: our idle writable end; the slot stays put until
                // the write is over.
                let packed = unsafe { (end.vtable.write)(end.handle as i32, slot.ptr) } as u32;
                this.lowered = Some((slot, cleanup));
                this.pending = Some(Pending::new(end.handle));
                if packed == BLOCKED {
                    match this.pending.as_mut().expect("pending").poll(cx) {
                        Poll::Ready(packed) => packed,
                        Poll::Pending => return Poll::Pending,
                    }
                } else {
                    packed
                }
            }
        };
        let vtable = this.end.as_ref().expect("a write in flight has its end").vtable;
        let out = match this.finish(packed, vtable) {
            Written::Sent => Ok(()),
            Written::Dropped(value) => Err(FutureWriteError { value }),
            Written::Cancelled(_) => panic!("a future write was cancelled by the runtime"),
        };
        this.end = None;
        Poll::Ready(out)
    }
}

impl<T> Drop for FutureWrite<T> {
    fn drop(&mut self) {
        if self.pending.is_some() {
            // Dropped while in flight: cancel; a writer that got its value
            // back is dropped, which writes its default.
            let _ = Pin::new(self).cancel();
        } else if let Some(end) = self.end.take() {
            // Never started: the writer must still write, its default.
            drop(end.into_writer());
        }
    }
}
