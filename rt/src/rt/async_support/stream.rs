//! `stream<T>`: values in order, from a writer end to a reader end.
//!
//! `wit_stream::new()` in the generated bindings makes a pair. A read fills
//! the spare capacity of a `Vec` with what the writer offers; a write offers
//! a `Vec` (as an [`AbiBuffer`]) and resolves with how much of it the reader
//! took, so the rest can be written again.
//!
//! Payloads whose Rust layout is their canonical one (integers, floats, and
//! the generated `#[repr(C)]` records of them) move in bulk: the reader's copy lands in the `Vec`'s own buffer and a write
//! offers the `Vec`'s buffer, with no work per element. Other payloads are
//! lowered once per write and lifted per element read.

use alloc::vec::Vec;
use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use super::abi_buffer::AbiBuffer;
use super::executor::assert_supported;
use super::intrinsics::BLOCKED;
use super::pending::{Pending, copy};
use crate::rt::Cleanup;

/// The most elements one read or write moves (the count has 28 bits).
const MAX_COUNT: usize = (1 << 28) - 1;

/// How the bindings move one payload type through a stream: its layout, its
/// canonical-ABI glue and the built-ins of a stream of it. Generated once per
/// payload type; not meant to be written by hand.
#[doc(hidden)]
pub struct StreamVtable<T> {
    /// Size and alignment of one element in linear memory.
    pub size: usize,
    pub align: usize,
    /// Elements are their own canonical form: no lift or lower, copies go
    /// to and from the `Vec`'s buffer (every bit pattern is a valid `T`).
    pub canonical: bool,
    /// As in [`FutureVtable`](super::FutureVtable), per element.
    pub lift: unsafe fn(*mut u8) -> T,
    pub lower: unsafe fn(&T, *mut u8, &mut Cleanup),
    pub disown: Option<fn(&T)>,
    pub new: unsafe extern "C" fn() -> i64,
    pub read: unsafe extern "C" fn(i32, *mut u8, usize) -> i32,
    pub write: unsafe extern "C" fn(i32, *const u8, usize) -> i32,
    pub cancel_read: unsafe extern "C" fn(i32) -> i32,
    pub cancel_write: unsafe extern "C" fn(i32) -> i32,
    pub drop_readable: unsafe extern "C" fn(i32),
    pub drop_writable: unsafe extern "C" fn(i32),
}

/// Makes a stream: its writer and its reader. The generated
/// `wit_stream::new` calls this.
///
/// # Safety
/// `vtable` is the generated one of `T`.
#[doc(hidden)]
pub unsafe fn stream_new<T: 'static>(vtable: &'static StreamVtable<T>) -> (StreamWriter<T>, StreamReader<T>) {
    assert_supported();
    // SAFETY: the built-in takes no arguments; it returns two new handles.
    let pair = unsafe { (vtable.new)() } as u64;
    // SAFETY: both ends are new and ours, of a stream of `T`.
    unsafe { (StreamWriter::new((pair >> 32) as u32, vtable), StreamReader::new(pair as u32, vtable)) }
}

/// How a read or write ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamResult {
    /// This many elements moved (possibly 0); the other end is still there.
    Complete(usize),
    /// The other end was dropped: nothing more will move.
    Dropped,
    /// The operation was cancelled before anything moved.
    Cancelled,
}

impl StreamResult {
    /// The result of a packed copy result, and whether the end is done.
    fn of(packed: u32) -> (StreamResult, bool) {
        let (code, n) = copy::split(packed);
        match code {
            // Elements that moved before the other end went away count: the
            // next operation reports the drop.
            copy::DROPPED if n > 0 => (StreamResult::Complete(n), true),
            copy::DROPPED => (StreamResult::Dropped, true),
            copy::CANCELLED if n == 0 => (StreamResult::Cancelled, false),
            _ => (StreamResult::Complete(n), false),
        }
    }
}

// ---------------------------------------------------------------- reading

/// The readable end of a `stream<T>`.
pub struct StreamReader<T: 'static> {
    handle: core::cell::Cell<u32>,
    vtable: &'static StreamVtable<T>,
    /// The writer went away: reads report `Dropped` without asking.
    pub(crate) done: bool,
}

impl<T> StreamReader<T> {
    /// Takes over a readable end.
    ///
    /// # Safety
    /// `handle` is a readable end of a stream of `T` that this component
    /// owns and nothing else will use, and `vtable` is `T`'s.
    pub unsafe fn new(handle: u32, vtable: &'static StreamVtable<T>) -> Self {
        StreamReader { handle: core::cell::Cell::new(handle), vtable, done: false }
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

    /// Reads into `buf`'s spare capacity (at most 2^28 - 1 elements):
    /// resolves to how it went and `buf` with the elements appended.
    pub fn read(&mut self, buf: Vec<T>) -> StreamRead<'_, T> {
        let op = RawRead::new(self, buf);
        StreamRead { reader: self, op }
    }

    /// The next element, or `None` once the writer is gone.
    pub async fn next(&mut self) -> Option<T> {
        loop {
            let (result, mut buf) = self.read(Vec::with_capacity(1)).await;
            match result {
                StreamResult::Complete(_) if !buf.is_empty() => return buf.pop(),
                StreamResult::Complete(_) => {}
                StreamResult::Dropped | StreamResult::Cancelled => return None,
            }
        }
    }

    /// Every element until the writer is gone.
    pub async fn collect(mut self) -> Vec<T> {
        let mut out = Vec::new();
        loop {
            if out.capacity() == out.len() {
                out.reserve(out.len().clamp(16, 1 << 16));
            }
            let (result, buf) = self.read(out).await;
            out = buf;
            if let StreamResult::Dropped | StreamResult::Cancelled = result {
                return out;
            }
        }
    }
}

impl<T> fmt::Debug for StreamReader<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamReader").field("handle", &self.handle.get()).finish()
    }
}

impl<T> Drop for StreamReader<T> {
    fn drop(&mut self) {
        let h = self.handle.get();
        if h != 0 {
            // SAFETY: the end is ours and idle (a read borrows its reader).
            unsafe { (self.vtable.drop_readable)(h as i32) }
        }
    }
}

/// A read in flight, owning its buffer; borrowed or owned by its caller.
pub(crate) struct RawRead<T: 'static> {
    handle: u32,
    vtable: &'static StreamVtable<T>,
    done: bool,
    buf: Option<Vec<T>>,
    /// The lowered elements' area (non-canonical payloads) and its capacity.
    area: Option<(*mut u8, usize)>,
    pending: Option<Pending>,
}

impl<T> RawRead<T> {
    pub(crate) fn new(reader: &StreamReader<T>, buf: Vec<T>) -> Self {
        RawRead {
            handle: reader.handle(),
            vtable: reader.vtable,
            done: reader.done,
            buf: Some(buf),
            area: None,
            pending: None,
        }
    }

    /// Whether the writer turned out to be gone.
    pub(crate) fn writer_gone(&self) -> bool {
        self.done
    }

    fn free_area(&mut self) {
        if let Some((ptr, cap)) = self.area.take() {
            // SAFETY: allocated in `start` with this many elements.
            unsafe { crate::rt::dealloc(ptr, cap * self.vtable.size, self.vtable.align) }
        }
    }

    /// Starts the read: the packed result, or `BLOCKED`.
    fn start(&mut self) -> u32 {
        let vt = self.vtable;
        let buf = self.buf.as_mut().expect("a stream read polled after it resolved");
        let cap = (buf.capacity() - buf.len()).min(MAX_COUNT);
        let dst = if vt.canonical {
            // SAFETY: within the allocation: `len + cap <= capacity`.
            unsafe { buf.as_mut_ptr().add(buf.len()).cast::<u8>() }
        } else {
            let bytes = cap.checked_mul(vt.size).expect("a stream read's buffer fits in memory");
            let ptr = crate::rt::alloc(bytes, vt.align);
            self.area = Some((ptr, cap));
            ptr
        };
        // SAFETY: our idle readable end; `dst` has room for `cap` lowered
        // elements and stays put (the `Vec`'s buffer or the area) until
        // the read is over.
        unsafe { (vt.read)(self.handle as i32, dst, cap) as u32 }
    }

    /// Takes the `n` elements the writer copied in.
    fn finish(&mut self, packed: u32) -> (StreamResult, Vec<T>) {
        self.pending = None;
        let (result, done) = StreamResult::of(packed);
        self.done |= done;
        let n = copy::split(packed).1;
        let mut buf = self.buf.take().expect("a read in flight has its buffer");
        if n > 0 {
            if self.vtable.canonical {
                // SAFETY: the runtime wrote `n` (at most the spare capacity)
                // elements after `len`, and every bit pattern is a `T`.
                unsafe { buf.set_len(buf.len() + n) }
            } else {
                let (ptr, _) = self.area.expect("a non-canonical read has its area");
                for i in 0..n {
                    // SAFETY: element `i < n` was written in lowered form.
                    buf.push(unsafe { (self.vtable.lift)(ptr.add(i * self.vtable.size)) });
                }
            }
        }
        self.free_area();
        (result, buf)
    }

    pub(crate) fn poll(&mut self, cx: &mut Context<'_>) -> Poll<(StreamResult, Vec<T>)> {
        let packed = match &mut self.pending {
            Some(pending) => match pending.poll(cx) {
                Poll::Ready(packed) => packed,
                Poll::Pending => return Poll::Pending,
            },
            None if self.done => {
                return Poll::Ready((StreamResult::Dropped, self.buf.take().expect("polled after it resolved")));
            }
            None => {
                let packed = self.start();
                if packed != BLOCKED {
                    packed
                } else {
                    let pending = self.pending.insert(Pending::new(self.handle));
                    match pending.poll(cx) {
                        Poll::Ready(packed) => packed,
                        Poll::Pending => return Poll::Pending,
                    }
                }
            }
        };
        Poll::Ready(self.finish(packed))
    }

    pub(crate) fn cancel(&mut self) -> (StreamResult, Vec<T>) {
        let Some(pending) = &mut self.pending else {
            let buf = self.buf.take().expect("a stream read was cancelled after it resolved");
            return (StreamResult::Cancelled, buf);
        };
        let packed = match pending.stop() {
            Some(packed) => packed,
            // SAFETY: a read is in flight on our end.
            None => (unsafe { (self.vtable.cancel_read)(self.handle as i32) }) as u32,
        };
        self.finish(packed)
    }
}

impl<T> Drop for RawRead<T> {
    fn drop(&mut self) {
        if self.pending.is_some() {
            // Elements that arrived meanwhile are lifted and dropped.
            drop(self.cancel());
        }
        self.free_area();
    }
}

/// A read from a stream: resolves to how it went and the buffer.
#[must_use = "a read does nothing unless awaited"]
pub struct StreamRead<'a, T: 'static> {
    reader: &'a mut StreamReader<T>,
    op: RawRead<T>,
}

impl<T> Unpin for StreamRead<'_, T> {}

impl<T> StreamRead<'_, T> {
    /// Cancels the read: what had arrived, in the buffer.
    pub fn cancel(self: Pin<&mut Self>) -> (StreamResult, Vec<T>) {
        let this = self.get_mut();
        let out = this.op.cancel();
        this.reader.done |= this.op.writer_gone();
        out
    }
}

impl<T> Future for StreamRead<'_, T> {
    type Output = (StreamResult, Vec<T>);

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let out = this.op.poll(cx);
        this.reader.done |= this.op.writer_gone();
        out
    }
}

// ---------------------------------------------------------------- writing

/// The writable end of a `stream<T>`.
pub struct StreamWriter<T: 'static> {
    handle: u32,
    vtable: &'static StreamVtable<T>,
    /// The reader went away: writes report `Dropped` without asking.
    done: bool,
}

impl<T> StreamWriter<T> {
    /// Takes over a writable end.
    ///
    /// # Safety
    /// `handle` is a writable end of a stream of `T` that this component
    /// owns and nothing else will use, and `vtable` is `T`'s.
    pub unsafe fn new(handle: u32, vtable: &'static StreamVtable<T>) -> Self {
        StreamWriter { handle, vtable, done: false }
    }

    /// The end's handle.
    pub fn handle(&self) -> u32 {
        self.handle
    }

    /// Offers `values`: resolves to how many the reader took and the rest.
    pub fn write(&mut self, values: Vec<T>) -> StreamWrite<'_, T> {
        let buf = AbiBuffer::new(values, self.vtable);
        self.write_buf(buf)
    }

    /// Offers what is left in `buf` (from an earlier write).
    pub fn write_buf(&mut self, buf: AbiBuffer<T>) -> StreamWrite<'_, T> {
        StreamWrite { writer: self, buf: Some(buf), pending: None }
    }

    /// Writes all of `values`, in as many writes as the reader needs; what
    /// is returned was not written because the reader went away.
    pub async fn write_all(&mut self, values: Vec<T>) -> Vec<T> {
        let mut buf = AbiBuffer::new(values, self.vtable);
        while buf.remaining() > 0 {
            let (result, rest) = self.write_buf(buf).await;
            buf = rest;
            if let StreamResult::Dropped | StreamResult::Cancelled = result {
                break;
            }
        }
        buf.into_vec()
    }

    /// Writes one value; it comes back if the reader went away first.
    pub async fn write_one(&mut self, value: T) -> Option<T> {
        let mut v = Vec::with_capacity(1);
        v.push(value);
        self.write_all(v).await.pop()
    }
}

impl<T> fmt::Debug for StreamWriter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamWriter").field("handle", &self.handle).finish()
    }
}

impl<T> Drop for StreamWriter<T> {
    fn drop(&mut self) {
        if self.handle != 0 {
            // SAFETY: the end is ours and idle (a write borrows its writer).
            unsafe { (self.vtable.drop_writable)(self.handle as i32) }
        }
    }
}

/// A write to a stream: resolves to how it went and the values not taken.
#[must_use = "a write does nothing unless awaited"]
pub struct StreamWrite<'a, T: 'static> {
    writer: &'a mut StreamWriter<T>,
    buf: Option<AbiBuffer<T>>,
    pending: Option<Pending>,
}

impl<T> Unpin for StreamWrite<'_, T> {}

impl<T> StreamWrite<'_, T> {
    fn finish(&mut self, packed: u32) -> (StreamResult, AbiBuffer<T>) {
        self.pending = None;
        let (result, done) = StreamResult::of(packed);
        self.writer.done |= done;
        let mut buf = self.buf.take().expect("a write in flight has its buffer");
        buf.advance(copy::split(packed).1);
        (result, buf)
    }

    /// Cancels the write: how much was taken, and the rest.
    pub fn cancel(self: Pin<&mut Self>) -> (StreamResult, AbiBuffer<T>) {
        let this = self.get_mut();
        let Some(pending) = &mut this.pending else {
            let buf = this.buf.take().expect("a stream write was cancelled after it resolved");
            return (StreamResult::Cancelled, buf);
        };
        let packed = match pending.stop() {
            Some(packed) => packed,
            // SAFETY: a write is in flight on our end.
            None => (unsafe { (this.writer.vtable.cancel_write)(this.writer.handle as i32) }) as u32,
        };
        this.finish(packed)
    }
}

impl<T> Future for StreamWrite<'_, T> {
    type Output = (StreamResult, AbiBuffer<T>);

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let packed = match &mut this.pending {
            Some(pending) => match pending.poll(cx) {
                Poll::Ready(packed) => packed,
                Poll::Pending => return Poll::Pending,
            },
            None if this.writer.done => {
                return Poll::Ready((StreamResult::Dropped, this.buf.take().expect("polled after it resolved")));
            }
            None => {
                let buf = this.buf.as_mut().expect("a stream write polled after it resolved");
                let (ptr, n) = buf.lowered();
                // SAFETY: our idle writable end; `n` lowered elements are at
                // `ptr` and stay there (with what they point to) until the
                // write is over: the buffer is ours until then.
                let packed =
                    unsafe { (this.writer.vtable.write)(this.writer.handle as i32, ptr, n.min(MAX_COUNT)) } as u32;
                if packed != BLOCKED {
                    packed
                } else {
                    let pending = this.pending.insert(Pending::new(this.writer.handle));
                    match pending.poll(cx) {
                        Poll::Ready(packed) => packed,
                        Poll::Pending => return Poll::Pending,
                    }
                }
            }
        };
        Poll::Ready(this.finish(packed))
    }
}

impl<T> Drop for StreamWrite<'_, T> {
    fn drop(&mut self) {
        if self.pending.is_some() {
            // What was not taken is dropped with the buffer.
            drop(Pin::new(self).cancel());
        }
    }
}
