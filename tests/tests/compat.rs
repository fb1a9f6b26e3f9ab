//! The same guest source compiled against wit-guest (renamed to
//! `wit-bindgen`) and against wit-bindgen 0.60 must behave identically.
//!
//! The WIT uses names wasmtime's `bindgen!` cannot take (`guest`, `type`),
//! so this host declares the types with wasmtime's derives and links the
//! imports by name.

use wasmtime::Store;
use wasmtime::component::{ComponentType, Instance, Lift, Lower};
use wasmtime_wasi::{WasiCtxView, WasiView};
use wit_guest_tests::{Wasi, component, store_and_linker};

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(record)]
struct GuestRec {
    #[component(name = "type")]
    ty: u32,
    #[component(name = "self")]
    me: String,
}

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(variant)]
enum EnumV {
    #[component(name = "struct")]
    Struct(u32),
    #[component(name = "fn")]
    Fn,
}

#[derive(ComponentType, Lift, Lower, Clone, Copy, Debug, PartialEq)]
#[component(enum)]
#[repr(u8)]
enum AsyncE {
    #[component(name = "await")]
    Await,
    #[component(name = "dyn")]
    Dyn,
}

wasmtime::component::flags! {
    ModF {
        #[component(name = "crate")]
        const CRATE;
        #[component(name = "use")]
        const USE;
    }
}

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(record)]
struct Summary {
    total: u32,
    names: Vec<String>,
}

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(record)]
struct Note {
    title: String,
    tags: Vec<String>,
}

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(record)]
struct Page {
    id: u32,
    body: String,
}

#[derive(ComponentType, Lift, Lower, Clone, Debug, PartialEq)]
#[component(variant)]
enum Item {
    #[component(name = "text")]
    Text(String),
    #[component(name = "pages")]
    Pages(Vec<Page>),
    #[component(name = "none")]
    None,
}

#[derive(ComponentType, Lift, Lower, Clone, Copy, Debug, PartialEq)]
#[component(record)]
struct Point {
    x: u32,
    y: u32,
}

type Pairs = Vec<(String, Point)>;

#[derive(Default)]
struct Host {
    wasi: Wasi,
    seen: Vec<String>,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        self.wasi.view()
    }
}

fn instantiate(guest: &str) -> (Store<Host>, Instance) {
    let (mut store, mut linker) = store_and_linker(Host::default());
    let mut api = linker.instance("test:compat/api@0.1.0").unwrap();
    api.func_wrap("type", |mut s: wasmtime::StoreContextMut<'_, Host>, (n, m): (u32, String)| {
        s.data_mut().seen.push(format!("type({n}, {m:?})"));
        Ok((n + m.len() as u32,))
    })
    .unwrap();
    api.func_wrap("echo-guest", |mut s: wasmtime::StoreContextMut<'_, Host>, (g,): (GuestRec,)| {
        s.data_mut().seen.push(format!("{g:?}"));
        Ok((g,))
    })
    .unwrap();
    api.func_wrap("echo-enum", |mut s: wasmtime::StoreContextMut<'_, Host>, (e,): (EnumV,)| {
        s.data_mut().seen.push(format!("{e:?}"));
        Ok((e,))
    })
    .unwrap();
    api.func_wrap("echo-mod", |mut s: wasmtime::StoreContextMut<'_, Host>, (m,): (ModF,)| {
        s.data_mut().seen.push(format!("{m:?}"));
        Ok((m,))
    })
    .unwrap();
    api.func_wrap("echo-async", |mut s: wasmtime::StoreContextMut<'_, Host>, (a,): (AsyncE,)| {
        s.data_mut().seen.push(format!("{a:?}"));
        Ok((a,))
    })
    .unwrap();
    // `docs`: imported through `ownership: Borrowing` bindings.
    let mut docs = linker.instance("test:compat/docs@0.1.0").unwrap();
    docs.func_wrap("post", |mut s: wasmtime::StoreContextMut<'_, Host>, (n,): (Note,)| {
        s.data_mut().seen.push(format!("post {n:?}"));
        Ok((n.title.len() as u32 * 10 + n.tags.len() as u32,))
    })
    .unwrap();
    docs.func_wrap("store", |mut s: wasmtime::StoreContextMut<'_, Host>, (p, extra): (Page, Vec<Page>)| {
        s.data_mut().seen.push(format!("store {p:?} {extra:?}"));
        let body = std::iter::once(&p).chain(&extra).map(|p| p.body.as_str()).collect::<Vec<_>>().join("+");
        Ok((Page { id: p.id + extra.len() as u32, body },))
    })
    .unwrap();
    docs.func_wrap(
        "classify",
        |mut s: wasmtime::StoreContextMut<'_, Host>,
         (i, names, maybe, pairs): (Item, Vec<String>, Option<String>, Pairs)| {
            s.data_mut().seen.push(format!("classify {i:?} {names:?} {maybe:?} {pairs:?}"));
            Ok((match i {
                Item::Pages(p) => Item::Text(format!("{} pages, {} names", p.len(), names.len())),
                Item::Text(t) => Item::Pages(vec![Page { id: pairs.len() as u32, body: t }]),
                Item::None => Item::Text(maybe.unwrap_or_else(|| "nothing".into())),
            },))
        },
    )
    .unwrap();
    let instance = linker.instantiate(&mut store, &component(guest)).unwrap();
    (store, instance)
}

fn run_scenario(guest: &str) -> Vec<String> {
    let (mut store, inst) = instantiate(guest);
    let api = inst.get_export_index(&mut store, None, "test:compat/api@0.1.0").unwrap();
    let func = |store: &mut Store<Host>, name: &str| {
        let idx = inst.get_export_index(&mut *store, Some(&api), name).unwrap();
        inst.get_func(&mut *store, idx).unwrap()
    };

    let f = func(&mut store, "type").typed::<(u32, &str), (u32,)>(&store).unwrap();
    assert_eq!(f.call(&mut store, (4, "match")).unwrap(), (9,));

    let f = func(&mut store, "echo-guest").typed::<(GuestRec,), (GuestRec,)>(&store).unwrap();
    let g = GuestRec { ty: 7, me: "self ✓".to_string() };
    assert_eq!(f.call(&mut store, (g.clone(),)).unwrap(), (g,));

    let f = func(&mut store, "echo-enum").typed::<(EnumV,), (EnumV,)>(&store).unwrap();
    for e in [EnumV::Struct(u32::MAX), EnumV::Fn] {
        assert_eq!(f.call(&mut store, (e.clone(),)).unwrap(), (e,));
    }

    let f = func(&mut store, "echo-mod").typed::<(ModF,), (ModF,)>(&store).unwrap();
    for m in [ModF::empty(), ModF::CRATE, ModF::CRATE | ModF::USE] {
        assert_eq!(f.call(&mut store, (m,)).unwrap(), (m,));
    }

    let f = func(&mut store, "echo-async").typed::<(AsyncE,), (AsyncE,)>(&store).unwrap();
    for a in [AsyncE::Await, AsyncE::Dyn] {
        assert_eq!(f.call(&mut store, (a,)).unwrap(), (a,));
    }

    let run = inst.get_typed_func::<(u32,), (Summary,)>(&mut store, "run").unwrap();
    let (s,) = run.call(&mut store, (3,)).unwrap();
    assert_eq!(
        s,
        Summary { total: 6, names: vec!["Enum::Struct(0)".into(), "Enum::Struct(1)".into(), "Enum::Struct(2)".into()] }
    );

    // `ownership: Borrowing`, duplicated and not: what the host received and
    // what the guest got back.
    let mut seen = std::mem::take(&mut store.data_mut().seen);
    let borrow_run = inst.get_typed_func::<(), (Vec<String>,)>(&mut store, "borrow-run").unwrap();
    let (got,) = borrow_run.call(&mut store, ()).unwrap();
    assert_eq!(
        got,
        [
            "82",
            "PageResult { id: 3, body: \"one+two+three ✓\" }",
            "ItemResult::Text(\"1 pages, 2 names\")",
            "ItemResult::Pages([PageResult { id: 0, body: \"t\" }])",
            "101",
            "Page { id: 2, body: \"one+\" }",
            "Item::Text(\"1 pages, 1 names\")",
            "Item::Text(\"\")",
        ]
    );
    assert_eq!(
        store.data().seen,
        [
            "post Note { title: \"dup note\", tags: [\"a\", \"b\"] }",
            "store Page { id: 1, body: \"one\" } [Page { id: 2, body: \"two\" }, Page { id: 3, body: \"three ✓\" }]",
            "classify Pages([Page { id: 4, body: \"one+two+three ✓\" }]) [\"x\", \"y\"] Some(\"maybe\") [(\"k\", Point { x: 1, y: 2 })]",
            "classify Text(\"t\") [] None []",
            "post Note { title: \"nodup note\", tags: [\"c\"] }",
            "store Page { id: 1, body: \"one\" } [Page { id: 2, body: \"\" }]",
            "classify Pages([Page { id: 2, body: \"one+\" }]) [\"z\"] None [(\"q\", Point { x: 9, y: 8 }), (\"r\", Point { x: 0, y: 4294967295 })]",
            "classify None [] Some(\"\") []",
        ]
    );
    seen.extend(store.data().seen.iter().cloned());
    seen
}

#[test]
fn wit_guest_build_passes_the_scenario() {
    run_scenario("guest_compat");
}

#[test]
fn wit_bindgen_build_passes_the_same_scenario() {
    run_scenario("guest_compat_wb");
}

#[test]
fn both_builds_send_the_host_the_same_values() {
    assert_eq!(run_scenario("guest_compat"), run_scenario("guest_compat_wb"));
}
