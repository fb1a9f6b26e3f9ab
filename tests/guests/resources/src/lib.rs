//! Resources in every position: the host's `counter` used from the guest,
//! the guest's `blob` driven by the host, and `cell` both imported and
//! exported (the guest's cells wrap the host's).
#![deny(warnings)]

use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, Ordering};

wit_guest::generate!({ world: "resources" });

use exports::test::resources::guest_res::{self, Blob, BlobBorrow, Blobs, GuestBlob};
use exports::test::resources::shared::{self as shared_ex, CellBorrow, GuestCell};
use test::resources::host_res::{self, BorrowedPair, Counter, Maybe, OwnedPair};
use test::resources::shared as shared_im;

#[global_allocator]
static A: guest_support::CountingAlloc = guest_support::CountingAlloc;

static LIVE_BLOBS: AtomicU32 = AtomicU32::new(0);

/// The guest's blob: bytes behind a `RefCell` since methods take `&self`.
struct MyBlob(RefCell<Vec<u8>>);

impl MyBlob {
    fn new_value(bytes: Vec<u8>) -> Self {
        LIVE_BLOBS.fetch_add(1, Ordering::Relaxed);
        MyBlob(RefCell::new(bytes))
    }
}

impl Drop for MyBlob {
    fn drop(&mut self) {
        LIVE_BLOBS.fetch_sub(1, Ordering::Relaxed);
    }
}

impl GuestBlob for MyBlob {
    fn new(init: Vec<u8>) -> Self {
        MyBlob::new_value(init)
    }
    fn from_string(s: String) -> Blob {
        Blob::new(MyBlob::new_value(s.into_bytes()))
    }
    fn len(&self) -> u32 {
        self.0.borrow().len() as u32
    }
    fn append(&self, more: Vec<u8>) {
        self.0.borrow_mut().extend(more);
    }
    fn data(&self) -> Vec<u8> {
        self.0.borrow().clone()
    }
    fn concat(a: BlobBorrow<'_>, b: BlobBorrow<'_>) -> Blob {
        let mut v = a.get::<MyBlob>().data();
        v.extend(b.get::<MyBlob>().data());
        Blob::new(MyBlob::new_value(v))
    }
    fn take(b: Blob) -> Vec<u8> {
        b.into_inner::<MyBlob>().0.take()
    }
}

/// A second type for `blob`: using it once `MyBlob` backs the resource must panic.
struct OtherBlob;

impl GuestBlob for OtherBlob {
    fn new(_: Vec<u8>) -> Self {
        OtherBlob
    }
    fn from_string(_: String) -> Blob {
        Blob::new(OtherBlob)
    }
    fn len(&self) -> u32 {
        0
    }
    fn append(&self, _: Vec<u8>) {}
    fn data(&self) -> Vec<u8> {
        Vec::new()
    }
    fn concat(_: BlobBorrow<'_>, _: BlobBorrow<'_>) -> Blob {
        Blob::new(OtherBlob)
    }
    fn take(_: Blob) -> Vec<u8> {
        Vec::new()
    }
}

struct Component;

impl guest_res::Guest for Component {
    type Blob = MyBlob;

    fn split(b: BlobBorrow<'_>, at: u32) -> Blobs {
        let data = b.get::<MyBlob>().data();
        let (l, r) = data.split_at((at as usize).min(data.len()));
        Blobs {
            first: Blob::new(MyBlob::new_value(l.to_vec())),
            rest: r.chunks(2).map(|c| Blob::new(MyBlob::new_value(c.to_vec()))).collect(),
        }
    }
    fn sizes(bs: Vec<BlobBorrow<'_>>) -> Vec<u32> {
        bs.iter().map(|b| b.get::<MyBlob>().len()).collect()
    }
    fn maybe_blob(make: bool) -> Option<Blob> {
        make.then(|| Blob::new(MyBlob::new_value(vec![7; 3])))
    }
    fn misuse(kind: u32) -> u32 {
        match kind {
            0 => {
                let c = Counter::new(1);
                let raw = c.take_handle();
                // Hand the handle back so it is not leaked, then misuse `c`.
                drop(unsafe { Counter::from_handle(raw) });
                c.increment(1)
            }
            _ => {
                drop(Blob::new(MyBlob::new_value(vec![1])));
                Blob::new(OtherBlob).handle()
            }
        }
    }
    fn measure(c: &Counter, cs: Vec<&Counter>) -> u32 {
        c.increment(0) * 100 + cs.iter().map(|c| c.increment(0)).sum::<u32>()
    }
    fn live_blobs() -> u32 {
        LIVE_BLOBS.load(Ordering::Relaxed)
    }
    fn drive_host(n: u32) -> u32 {
        let mut sum = 0;
        let a = Counter::new(n);
        sum += a.increment(1); // n + 1
        sum += a.name().len() as u32;
        let b = Counter::try_create(5).expect("non-negative start");
        assert_eq!(Counter::try_create(-1).unwrap_err(), "negative start");
        let merged = Counter::merge(&a, b); // b moved to the host
        sum += merged.increment(0);
        let many = host_res::make_many(3);
        let borrowed: Vec<&Counter> = many.iter().collect();
        sum += host_res::total(&borrowed);
        sum += host_res::peek(&BorrowedPair { a: &a, b: &merged });
        let pair = OwnedPair { a: Counter::new(100), label: "pair".to_string() };
        sum += host_res::consume(pair, Some(Counter::new(1000)), many);
        let (c, m) = host_res::wrap(merged);
        sum += c.increment(0);
        if let Maybe::Some(inner) = m {
            sum += inner.increment(0);
        }
        // The same resource through an alias in another interface.
        let f: test::resources::alias_user::Ctr = test::resources::alias_user::fresh();
        sum += test::resources::alias_user::bump(&f, 3) - f.increment(0);
        sum
    }
}

/// The guest's cell wraps the host's.
struct MyCell(shared_im::Cell);

/// A slot of the arena; boxed so its address stays put while the arena grows.
type Slot = Box<Option<MyCell>>;

thread_local! {
    /// Where cells live: an arena instead of one `Box` per cell.
    #[allow(clippy::vec_box, reason = "slots must not move while the arena grows")]
    static ARENA: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
}

impl GuestCell for MyCell {
    unsafe fn resource_into_raw_(val: Option<MyCell>) -> *mut Option<MyCell> {
        ARENA.with(|a| {
            let mut slot = Box::new(val);
            let ptr: *mut Option<MyCell> = &mut *slot;
            a.borrow_mut().push(slot);
            ptr
        })
    }
    unsafe fn resource_from_raw_(rep: *mut Option<MyCell>) -> Option<MyCell> {
        ARENA.with(|a| {
            let mut a = a.borrow_mut();
            let i = a.iter().position(|s| std::ptr::eq(&**s, rep)).expect("cell from this arena");
            *a.swap_remove(i)
        })
    }
    fn new(v: u32) -> Self {
        MyCell(shared_im::Cell::new(v + 1))
    }
    fn get(&self) -> u32 {
        self.0.get()
    }
}

impl shared_ex::Guest for Component {
    type Cell = MyCell;
    fn double(c: CellBorrow<'_>) -> u32 {
        shared_im::double(&c.get::<MyCell>().0)
    }
}

// Borrows of the guest's own resources through another exported
// interface's (renamed) `use`: `BlobBorrow` and `CellBorrow`, as for the
// interface that defines them.
impl exports::test::resources::blob_views::Guest for Component {
    fn view_len(v: BlobBorrow<'_>) -> u32 {
        v.get::<MyBlob>().0.borrow().len() as u32
    }
    fn lens_len(l: exports::test::resources::blob_views::Lens<'_>) -> u32 {
        l.target.map_or(0, |v| Self::view_len(v)).saturating_sub(l.skip)
    }
    fn sum_tagged(items: Vec<exports::test::resources::blob_views::Tagged<'_>>) -> u32 {
        items.iter().map(|t| t.c.increment(0) + t.tag.len() as u32).sum()
    }
    fn sum_either(items: Vec<exports::test::resources::blob_views::Either<'_>>) -> u32 {
        use exports::test::resources::blob_views::Either;
        items
            .into_iter()
            .map(|e| match e {
                Either::Host(c) => c.increment(0),
                Either::Mine(v) => 100 * Self::view_len(v),
                Either::Neither => 10_000,
            })
            .sum()
    }
    fn sum_nested(groups: Vec<Vec<&Counter>>, lenses: Vec<exports::test::resources::blob_views::Lens<'_>>) -> u32 {
        let counters: u32 = groups.iter().flatten().map(|c| c.increment(0)).sum();
        counters + lenses.into_iter().map(Self::lens_len).sum::<u32>()
    }
}

impl exports::test::resources::shared_user::Guest for Component {
    fn peek(c: CellBorrow<'_>) -> u32 {
        c.get::<MyCell>().get() + 1000
    }
}

impl Guest for Component {
    fn top_id() -> u32 {
        let t = get_top();
        let fresh = TopThing::new();
        t.id() * 10 + fresh.id()
    }
    fn heap_live() -> i64 {
        guest_support::live_bytes()
    }
}

export!(Component);
