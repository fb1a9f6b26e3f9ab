//! Resources end to end: host-implemented resources used by the guest in
//! every position, guest-implemented resources driven by the host, and one
//! interface both imported and exported. The host counts every handle it
//! creates and drops, and asserts each is dropped exactly once.

use std::collections::BTreeSet;

use wasmtime::Store;
use wasmtime::component::{HasSelf, Resource, ResourceAny};
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

pub struct CounterState {
    value: u32,
}
pub struct CellState {
    value: u32,
}
pub struct TopState {
    id: u32,
}

wasmtime::component::bindgen!({
    path: "guests/resources/wit",
    world: "resources",
    with: {
        "test:resources/host-res.counter": CounterState,
        "test:resources/shared.cell": CellState,
        "top-thing": TopState,
    },
});

use test::resources::host_res::{BorrowedPair, Maybe, OwnedPair};

#[derive(Default)]
struct Host {
    wasi: Wasi,
    /// Reps of host resources alive, and every rep ever dropped.
    live: BTreeSet<u32>,
    dropped: Vec<u32>,
    created: u32,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

impl Host {
    fn push<T: Send + 'static>(&mut self, v: T) -> Resource<T> {
        let r = self.wasi.table.push(v).unwrap();
        self.created += 1;
        assert!(self.live.insert(r.rep()), "rep reused while alive");
        r
    }
    fn remove<T: 'static>(&mut self, r: Resource<T>) -> T {
        let rep = r.rep();
        assert!(self.live.remove(&rep), "handle {rep} dropped twice or never created");
        self.dropped.push(rep);
        self.wasi.table.delete(r).unwrap()
    }
    fn counter(&self, r: &Resource<CounterState>) -> u32 {
        self.wasi.table.get(r).unwrap().value
    }
}

impl test::resources::host_res::HostCounter for Host {
    fn new(&mut self, start: u32) -> Resource<CounterState> {
        self.push(CounterState { value: start })
    }
    fn try_create(&mut self, start: i32) -> Result<Resource<CounterState>, String> {
        if start < 0 {
            return Err("negative start".to_string());
        }
        Ok(self.push(CounterState { value: start as u32 }))
    }
    fn increment(&mut self, c: Resource<CounterState>, by: u32) -> u32 {
        let s = self.wasi.table.get_mut(&c).unwrap();
        s.value += by;
        s.value
    }
    fn name(&mut self, _c: Resource<CounterState>) -> String {
        "counter".to_string()
    }
    fn merge(&mut self, a: Resource<CounterState>, b: Resource<CounterState>) -> Resource<CounterState> {
        let v = self.counter(&a) + self.remove(b).value;
        self.push(CounterState { value: v })
    }
    fn drop(&mut self, c: Resource<CounterState>) -> wasmtime::Result<()> {
        self.remove(c);
        Ok(())
    }
}

impl test::resources::host_res::Host for Host {
    fn total(&mut self, cs: Vec<Resource<CounterState>>) -> u32 {
        cs.iter().map(|c| self.counter(c)).sum()
    }
    fn consume(
        &mut self,
        p: OwnedPair,
        extra: Option<Resource<CounterState>>,
        many: Vec<Resource<CounterState>>,
    ) -> u32 {
        assert_eq!(p.label, "pair");
        let mut sum = self.remove(p.a).value;
        if let Some(e) = extra {
            sum += self.remove(e).value;
        }
        for m in many {
            sum += self.remove(m).value;
        }
        sum
    }
    fn peek(&mut self, p: BorrowedPair) -> u32 {
        self.counter(&p.a) + self.counter(&p.b)
    }
    fn make_many(&mut self, n: u32) -> Vec<Resource<CounterState>> {
        (1..=n).map(|v| self.push(CounterState { value: v })).collect()
    }
    fn wrap(&mut self, c: Resource<CounterState>) -> (Resource<CounterState>, Maybe) {
        let doubled = self.counter(&c) * 2;
        let extra = self.push(CounterState { value: doubled });
        (c, Maybe::Some(extra))
    }
}

impl test::resources::alias_user::Host for Host {
    fn bump(&mut self, c: Resource<CounterState>, by: u32) -> u32 {
        let s = self.wasi.table.get_mut(&c).unwrap();
        s.value += by;
        s.value + 1
    }
    fn fresh(&mut self) -> Resource<CounterState> {
        self.push(CounterState { value: 0 })
    }
}

impl test::resources::shared::HostCell for Host {
    fn new(&mut self, v: u32) -> Resource<CellState> {
        self.push(CellState { value: v })
    }
    fn get(&mut self, c: Resource<CellState>) -> u32 {
        self.wasi.table.get(&c).unwrap().value
    }
    fn drop(&mut self, c: Resource<CellState>) -> wasmtime::Result<()> {
        self.remove(c);
        Ok(())
    }
}

impl test::resources::shared::Host for Host {
    fn double(&mut self, c: Resource<CellState>) -> u32 {
        self.wasi.table.get(&c).unwrap().value * 2
    }
}

impl HostTopThing for Host {
    fn new(&mut self) -> Resource<TopState> {
        self.push(TopState { id: 7 })
    }
    fn id(&mut self, t: Resource<TopState>) -> u32 {
        self.wasi.table.get(&t).unwrap().id
    }
    fn drop(&mut self, t: Resource<TopState>) -> wasmtime::Result<()> {
        self.remove(t);
        Ok(())
    }
}

impl ResourcesImports for Host {
    fn get_top(&mut self) -> Resource<TopState> {
        self.push(TopState { id: 4 })
    }
}

fn setup() -> (Store<Host>, Resources) {
    let (mut store, mut linker) = store_and_linker(Host::default());
    Resources::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
    let w = Resources::instantiate(&mut store, &component("guest_resources"), &linker).unwrap();
    (store, w)
}

fn drop_all(store: &mut Store<Host>, rs: impl IntoIterator<Item = ResourceAny>) {
    for r in rs {
        r.resource_drop(&mut *store).unwrap();
    }
}

#[test]
fn guest_uses_host_resources_in_every_position() {
    let (mut store, w) = setup();
    let g = w.test_resources_guest_res();
    for n in [0, 10, 1000] {
        let before = store.data().created;
        assert_eq!(g.call_drive_host(&mut store, n).unwrap(), 7 * n + 1152);
        let h = store.data();
        assert_eq!(h.created - before, 10, "counters created by one drive");
        assert!(h.live.is_empty(), "host handles still alive: {:?}", h.live);
    }
    let h = store.data();
    let unique: BTreeSet<_> = h.dropped.iter().collect();
    assert_eq!(h.dropped.len(), h.created as usize);
    // Reps are reused after a drop, so uniqueness is per lifetime: `remove`
    // asserted that no live handle was dropped twice.
    assert!(!unique.is_empty());
}

#[test]
fn host_drives_guest_resources() {
    let (mut store, w) = setup();
    let g = w.test_resources_guest_res();
    let blob = g.blob();
    let a = blob.call_constructor(&mut store, &[1, 2, 3]).unwrap();
    assert_eq!(blob.call_len(&mut store, a).unwrap(), 3);
    blob.call_append(&mut store, a, &[4, 5]).unwrap();
    assert_eq!(blob.call_data(&mut store, a).unwrap(), vec![1, 2, 3, 4, 5]);
    let b = blob.call_from_string(&mut store, "héllo").unwrap();
    assert_eq!(blob.call_data(&mut store, b).unwrap(), "héllo".as_bytes());
    let c = blob.call_concat(&mut store, a, b).unwrap();
    assert_eq!(blob.call_len(&mut store, c).unwrap(), 5 + 6);
    assert_eq!(g.call_sizes(&mut store, &[a, b, c]).unwrap(), vec![5, 6, 11]);
    assert_eq!(g.call_live_blobs(&mut store).unwrap(), 3);

    let parts = g.call_split(&mut store, c, 4).unwrap();
    assert_eq!(blob.call_data(&mut store, parts.first).unwrap(), vec![1, 2, 3, 4]);
    let rest: Vec<Vec<u8>> = parts.rest.iter().map(|r| blob.call_data(&mut store, *r).unwrap()).collect();
    assert_eq!(rest, vec![vec![5, b'h'], "é".as_bytes().to_vec(), b"ll".to_vec(), b"o".to_vec()]);
    assert_eq!(g.call_live_blobs(&mut store).unwrap(), 3 + 1 + 4);

    // Passing ownership into the guest: `take` moves the value out.
    assert_eq!(blob.call_take(&mut store, a).unwrap(), vec![1, 2, 3, 4, 5]);
    assert_eq!(g.call_live_blobs(&mut store).unwrap(), 2 + 1 + 4);

    let some = g.call_maybe_blob(&mut store, true).unwrap().expect("some");
    assert_eq!(blob.call_data(&mut store, some).unwrap(), vec![7, 7, 7]);
    assert!(g.call_maybe_blob(&mut store, false).unwrap().is_none());

    // Dropping handles runs the guest's destructor, observed through `Drop`.
    drop_all(&mut store, [b, c, parts.first, some]);
    drop_all(&mut store, parts.rest);
    assert_eq!(g.call_live_blobs(&mut store).unwrap(), 0);
}

#[test]
fn one_interface_imported_and_exported() {
    let (mut store, w) = setup();
    let s = w.test_resources_shared();
    let cell = s.cell().call_constructor(&mut store, 5).unwrap();
    assert_eq!(store.data().live.len(), 1, "the guest's cell wraps a host cell");
    assert_eq!(s.cell().call_get(&mut store, cell).unwrap(), 6);
    assert_eq!(s.call_double(&mut store, cell).unwrap(), 12);
    cell.resource_drop(&mut store).unwrap();
    assert!(store.data().live.is_empty(), "dropping the guest's cell drops the host's");
}

#[test]
fn borrows_of_own_resources_through_another_exported_interface() {
    let (mut store, w) = setup();
    let blob = w.test_resources_guest_res().blob();
    let b = blob.call_constructor(&mut store, &[1, 2, 3, 4, 5]).unwrap();
    let views = w.test_resources_blob_views();
    // `borrow<view>`, `view` being `guest-res.{blob}` renamed.
    assert_eq!(views.call_view_len(&mut store, b).unwrap(), 5);
    use exports::test::resources::blob_views::Lens;
    assert_eq!(views.call_lens_len(&mut store, Lens { target: Some(b), skip: 2 }).unwrap(), 3);
    assert_eq!(views.call_lens_len(&mut store, Lens { target: None, skip: 2 }).unwrap(), 0);
    b.resource_drop(&mut store).unwrap();
    assert_eq!(w.test_resources_guest_res().call_live_blobs(&mut store).unwrap(), 0);
    // `shared` is imported and exported: `shared-user` sees the exported cell.
    let cell = w.test_resources_shared().cell().call_constructor(&mut store, 5).unwrap();
    assert_eq!(w.test_resources_shared_user().call_peek(&mut store, cell).unwrap(), 1006);
    cell.resource_drop(&mut store).unwrap();
    assert!(store.data().live.is_empty());
}

#[test]
fn lists_of_records_and_variants_holding_borrows_reach_exports() {
    use exports::test::resources::blob_views::{Either, Lens, Tagged};
    let (mut store, w) = setup();
    let views = w.test_resources_blob_views();
    let counters: Vec<_> = [1, 20, 300].map(|v| store.data_mut().push(CounterState { value: v })).into();
    let lend = |c: &Resource<CounterState>| Resource::<CounterState>::new_borrow(c.rep());
    // Host borrows in records: counter values plus tag lengths.
    let tagged: Vec<Tagged> =
        counters.iter().zip(["a", "bb", "ccc"]).map(|(c, t)| Tagged { c: lend(c), tag: t.into() }).collect();
    assert_eq!(views.call_sum_tagged(&mut store, &tagged).unwrap(), 321 + 6);
    // Host and guest borrows in variants.
    let blob = w.test_resources_guest_res().blob().call_constructor(&mut store, &[9, 9]).unwrap();
    let either =
        [Either::Host(lend(&counters[0])), Either::Mine(blob), Either::Neither, Either::Host(lend(&counters[2]))];
    assert_eq!(views.call_sum_either(&mut store, &either).unwrap(), 1 + 200 + 10_000 + 300);
    // Lists of lists of borrows, and records with optional guest borrows.
    let groups = vec![vec![lend(&counters[0]), lend(&counters[1])], vec![], vec![lend(&counters[2])]];
    let lenses = [Lens { target: Some(blob), skip: 1 }, Lens { target: None, skip: 0 }];
    assert_eq!(views.call_sum_nested(&mut store, &groups, &lenses).unwrap(), 321 + 1);
    // Every borrow was given back by the end of each call (wasmtime traps
    // otherwise): the host's handles are still its own to drop, once.
    for c in counters {
        store.data_mut().remove(c);
    }
    assert!(store.data().live.is_empty());
    blob.resource_drop(&mut store).unwrap();
    assert_eq!(w.test_resources_guest_res().call_live_blobs(&mut store).unwrap(), 0);
}

#[test]
fn world_level_imported_resource() {
    let (mut store, w) = setup();
    assert_eq!(w.call_top_id(&mut store).unwrap(), 47);
    assert!(store.data().live.is_empty());
    assert_eq!(store.data().created, 2);
}

#[test]
fn ten_thousand_cycles_leave_no_trace() {
    let (mut store, w) = setup();
    let g = w.test_resources_guest_res();
    let blob = g.blob();
    // Warm up lazily-allocated state.
    let warm = blob.call_constructor(&mut store, &[0]).unwrap();
    warm.resource_drop(&mut store).unwrap();
    g.call_drive_host(&mut store, 1).unwrap();
    let heap = w.call_heap_live(&mut store).unwrap();
    let rounds = wit_guest_tests::soak_rounds();
    for i in 0..rounds {
        let b = blob.call_constructor(&mut store, &i.to_le_bytes()).unwrap();
        blob.call_append(&mut store, b, b"xy").unwrap();
        assert_eq!(blob.call_len(&mut store, b).unwrap(), 6);
        if i % 100 == 0 {
            assert_eq!(g.call_drive_host(&mut store, i).unwrap(), 7 * i + 1152);
        }
        b.resource_drop(&mut store).unwrap();
    }
    let live = g.call_live_blobs(&mut store).unwrap();
    let after = w.call_heap_live(&mut store).unwrap();
    let handles = format!("{live} guest resources and {} host resources left", store.data().live.len());
    wit_guest_tests::soak_report("resources (created, borrowed, passed, dropped)", rounds, heap, after, &handles);
    assert_eq!(live, 0);
    assert!(store.data().live.is_empty());
    assert_eq!(after, heap, "guest heap changed");
}

#[test]
fn misuse_panics_with_a_clear_message() {
    for (kind, message) in [
        (0, "resource handle used after its ownership was passed to the other side"),
        (1, "resource `blob` used with a Rust type other than the one it was first created with"),
    ] {
        let (wasi, stderr) = Wasi::capturing_stderr();
        let (mut store, mut linker) = store_and_linker(Host { wasi, ..Host::default() });
        Resources::add_to_linker::<_, HasSelf<Host>>(&mut linker, |h| h).unwrap();
        let w = Resources::instantiate(&mut store, &component("guest_resources"), &linker).unwrap();
        let err = w.test_resources_guest_res().call_misuse(&mut store, kind).unwrap_err();
        let printed = String::from_utf8_lossy(&stderr.contents()).to_string();
        assert!(printed.contains(message), "kind {kind}: stderr was {printed:?}, error {err:?}");
    }
}

#[test]
fn guest_borrows_host_resources_for_one_call() {
    let (mut store, w) = setup();
    let g = w.test_resources_guest_res();
    let a = store.data_mut().push(CounterState { value: 7 });
    let bs: Vec<_> = (1..=3).map(|v| store.data_mut().push(CounterState { value: v })).collect();
    let borrowed: Vec<Resource<CounterState>> = bs.iter().map(|b| Resource::new_borrow(b.rep())).collect();
    let out = g.call_measure(&mut store, Resource::new_borrow(a.rep()), &borrowed).unwrap();
    assert_eq!(out, 706);
    // The guest gave every borrow back: the host can drop its handles.
    store.data_mut().remove(a);
    for b in bs {
        store.data_mut().remove(b);
    }
    assert!(store.data().live.is_empty());
}

/// The host of `guest-named`: three instances of one interface, told apart.
#[derive(Default)]
struct NamedHost {
    wasi: Wasi,
    /// Every bucket opened: (import name, bucket name); a bucket's rep is its index.
    buckets: Vec<(&'static str, String)>,
    /// Every drop: (the import whose drop ran, the bucket's import).
    drops: Vec<(&'static str, &'static str)>,
}

impl WasiView for NamedHost {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

/// Defines `store` under `import` with its own resource type `B`.
fn define_store<B: 'static>(
    linker: &mut wasmtime::component::Linker<NamedHost>,
    import: &'static str,
) -> wasmtime::Result<()> {
    use wasmtime::component::ResourceType;
    let mut inst = linker.instance(import)?;
    inst.resource("bucket", ResourceType::host::<B>(), move |mut store, rep| {
        let owner = store.data().buckets[rep as usize].0;
        store.data_mut().drops.push((import, owner));
        Ok(())
    })?;
    inst.func_wrap("open", move |mut store, (name,): (String,)| {
        let host = store.data_mut();
        host.buckets.push((import, name));
        Ok((Resource::<B>::new_own(host.buckets.len() as u32 - 1),))
    })?;
    inst.func_wrap("[method]bucket.get", move |store, (b, key): (Resource<B>, String)| {
        let (owner, name) = &store.data().buckets[b.rep() as usize];
        assert_eq!(*owner, import, "a bucket of `{owner}` reached `{import}`");
        Ok((Some(format!("{import}/{name}/{key}")).filter(|_| key != "missing"),))
    })?;
    Ok(())
}

#[test]
fn one_interface_imported_under_several_names_links_each_import_apart() {
    struct Primary;
    struct Secondary;
    struct Plain;
    let (mut store, mut linker) = store_and_linker(NamedHost::default());
    define_store::<Primary>(&mut linker, "primary").unwrap();
    define_store::<Secondary>(&mut linker, "secondary").unwrap();
    define_store::<Plain>(&mut linker, "test:named/store").unwrap();
    let instance = linker.instantiate(&mut store, &component("guest_named")).unwrap();
    let run = instance.get_typed_func::<(), (Vec<String>,)>(&mut store, "run").unwrap();
    let (got,) = run.call(&mut store, ()).unwrap();
    assert_eq!(got, ["primary/p/x", "secondary/s/y", "test:named/store/d/z", "none"]);
    let opened: Vec<_> = store.data().buckets.iter().map(|(i, n)| format!("{i}:{n}")).collect();
    assert_eq!(opened, ["primary:p", "secondary:s", "test:named/store:d"]);
    // Each bucket dropped once, through its own import's drop.
    let mut drops = store.data().drops.clone();
    drops.sort();
    assert_eq!(drops, [("primary", "primary"), ("secondary", "secondary"), ("test:named/store", "test:named/store")]);
}
