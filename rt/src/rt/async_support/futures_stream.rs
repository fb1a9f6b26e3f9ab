//! [`StreamReader::into_stream`]: a stream's reader as a `futures` `Stream`
//! (feature `futures-stream`).

use alloc::collections::VecDeque;
use alloc::vec::Vec;
use core::pin::Pin;
use core::task::{Context, Poll};

use super::stream::{RawRead, StreamReader, StreamResult};

/// How many elements one read asks for.
const CHUNK: usize = 64;

/// A [`StreamReader`] as a `futures_core::Stream` of its elements.
pub struct StreamReaderStream<T: 'static> {
    reader: StreamReader<T>,
    read: Option<RawRead<T>>,
    ready: VecDeque<T>,
}

impl<T> Unpin for StreamReaderStream<T> {}

impl<T> StreamReader<T> {
    /// The elements as a `futures_core::Stream`, read in chunks.
    pub fn into_stream(self) -> StreamReaderStream<T> {
        StreamReaderStream { reader: self, read: None, ready: VecDeque::new() }
    }
}

impl<T> StreamReaderStream<T> {
    /// The reader back, unless a read is in flight (it is cancelled, and
    /// what it brought is dropped) — elements already read are dropped.
    pub fn into_inner(mut self) -> StreamReader<T> {
        if let Some(mut read) = self.read.take() {
            drop(read.cancel());
            self.reader.done |= read.writer_gone();
        }
        self.reader
    }
}

impl<T> futures_core::Stream for StreamReaderStream<T> {
    type Item = T;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let this = self.get_mut();
        loop {
            if let Some(v) = this.ready.pop_front() {
                return Poll::Ready(Some(v));
            }
            let read = this.read.get_or_insert_with(|| RawRead::new(&this.reader, Vec::with_capacity(CHUNK)));
            let Poll::Ready((result, buf)) = read.poll(cx) else { return Poll::Pending };
            this.reader.done |= read.writer_gone();
            this.read = None;
            this.ready.extend(buf);
            if this.ready.is_empty() && matches!(result, StreamResult::Dropped | StreamResult::Cancelled) {
                return Poll::Ready(None);
            }
        }
    }
}
