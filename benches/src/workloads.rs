//! The workloads: what each table row calls, with which payload, in both
//! directions. Payloads are built the same way as the guest builds them
//! (`benches/guests/src/bench.rs`).

use anyhow::Result;

use crate::host::{Guest, Item, Perms, Shape, Workload};

/// The function a workload calls.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Noop,
    EchoU32,
    Many,
    EchoString,
    EchoBytes,
    EchoU64s,
    EchoItems,
    EchoNested,
    EchoFlags,
    ThingCycle,
}

/// Who calls whom.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Direction {
    /// The host calls the guest's export.
    Export,
    /// The guest calls the host's import (from `run-import-bench`).
    Import,
}

/// What a bulk workload's payload is counted in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unit {
    None,
    Bytes(u64),
    Items(u64),
}

/// One row of the glue table.
#[derive(Clone, Debug)]
pub struct Spec {
    pub kind: Kind,
    /// Payload length: bytes of a string or `list<u8>`, elements otherwise.
    pub size: u32,
    pub label: &'static str,
    pub unit: Unit,
    /// Calls per fuel measurement (fuel is deterministic: few are enough).
    pub iters: u32,
}

const KI: u32 = 1024;

/// Every workload, in table order.
pub fn all() -> Vec<Spec> {
    use Kind::*;
    let s = |kind, size, label, unit, iters| Spec { kind, size, label, unit, iters };
    vec![
        s(Noop, 0, "no-arg call", Unit::None, 200),
        s(EchoU32, 0, "u32 echo", Unit::None, 200),
        s(Many, 0, "17 scalar params (spilled)", Unit::None, 200),
        s(EchoString, 0, "string echo, 0 B", Unit::Bytes(0), 200),
        s(EchoString, 16, "string echo, 16 B", Unit::Bytes(16), 200),
        s(EchoString, KI, "string echo, 1 KiB", Unit::Bytes(1024), 100),
        s(EchoString, 64 * KI, "string echo, 64 KiB", Unit::Bytes(65536), 40),
        s(EchoBytes, 64 * KI, "list<u8> echo, 64 KiB", Unit::Bytes(65536), 40),
        s(EchoBytes, KI * KI, "list<u8> echo, 1 MiB", Unit::Bytes(1 << 20), 10),
        s(EchoU64s, 10_000, "list<u64> echo, 10k", Unit::Bytes(80_000), 40),
        s(EchoItems, 1000, "list<record> echo, 1,000 items", Unit::Items(1000), 10),
        s(EchoNested, 0, "option<result<variant>> echo", Unit::None, 240),
        s(EchoFlags, 0, "flags (12) echo", Unit::None, 200),
        s(ThingCycle, 0, "resource create + method + drop", Unit::None, 200),
    ]
}

/// The guest's name for a workload.
pub fn workload(kind: Kind) -> Workload {
    match kind {
        Kind::Noop => Workload::Noop,
        Kind::EchoU32 => Workload::EchoU32,
        Kind::Many => Workload::Many,
        Kind::EchoString => Workload::EchoString,
        Kind::EchoBytes => Workload::EchoBytes,
        Kind::EchoU64s => Workload::EchoU64s,
        Kind::EchoItems => Workload::EchoItems,
        Kind::EchoNested => Workload::EchoNested,
        Kind::EchoFlags => Workload::EchoFlags,
        Kind::ThingCycle => Workload::ThingCycle,
    }
}

/// A workload's arguments, built once on the host.
pub struct Payload {
    string: String,
    bytes: Vec<u8>,
    u64s: Vec<u64>,
    items: Vec<Item>,
    nested: Vec<Option<Result<Shape, String>>>,
}

impl Payload {
    pub fn new(spec: &Spec) -> Payload {
        let n = spec.size as usize;
        let pick = |k| spec.kind == k;
        Payload {
            string: if pick(Kind::EchoString) {
                (0..n).map(|i| (b'a' + (i % 26) as u8) as char).collect()
            } else {
                String::new()
            },
            bytes: if pick(Kind::EchoBytes) { (0..n).map(|i| i as u8).collect() } else { Vec::new() },
            u64s: if pick(Kind::EchoU64s) { (0..n as u64).collect() } else { Vec::new() },
            items: if pick(Kind::EchoItems) {
                (0..n as u64)
                    .map(|i| Item {
                        id: i,
                        name: format!("item-{i}"),
                        tags: vec!["alpha".to_string(), format!("t{i}")],
                    })
                    .collect()
            } else {
                Vec::new()
            },
            nested: vec![
                None,
                Some(Ok(Shape::Circle(1.5))),
                Some(Ok(Shape::Rect((1.5, 2.5)))),
                Some(Ok(Shape::Named("shape".to_string()))),
                Some(Ok(Shape::Empty)),
                Some(Err("error".to_string())),
            ],
        }
    }
}

fn nested_sum(r: &Option<Result<Shape, String>>) -> u64 {
    match r {
        None => 0,
        Some(Ok(Shape::Named(s))) => s.len() as u64,
        Some(Ok(_)) => 1,
        Some(Err(e)) => e.len() as u64,
    }
}

/// Calls the guest's export for call number `i`; returns a checksum.
pub fn call_export(g: &mut Guest, spec: &Spec, p: &Payload, i: u32) -> Result<u64> {
    let api = g.bench.bench_glue_api();
    let st = &mut g.store;
    Ok(match spec.kind {
        Kind::Noop => {
            api.call_noop(&mut *st)?;
            0
        }
        Kind::EchoU32 => api.call_echo_u32(st, i)? as u64,
        Kind::Many => {
            api.call_many(st, i as u8, -2, 3, -4, 5, -6, 7, -8, 9.5, 10.5, true, 'λ', 13, 14, 15, 16, 17.5)?
        }
        Kind::EchoString => api.call_echo_string(st, &p.string)?.len() as u64,
        Kind::EchoBytes => api.call_echo_bytes(st, &p.bytes)?.len() as u64,
        Kind::EchoU64s => api.call_echo_u64s(st, &p.u64s)?.len() as u64,
        Kind::EchoItems => api.call_echo_items(st, &p.items)?.len() as u64,
        Kind::EchoNested => {
            let x = p.nested[i as usize % 6].as_ref().map(|r| r.as_ref().map_err(String::as_str));
            nested_sum(&api.call_echo_nested(st, x)?)
        }
        Kind::EchoFlags => {
            let p = perms(i);
            (api.call_echo_flags(st, p)? == p) as u64
        }
        Kind::ThingCycle => {
            let thing = api.thing();
            let t = thing.call_constructor(&mut *st, i)?;
            let v = thing.call_get(&mut *st, t)?;
            t.resource_drop(&mut *st)?;
            v as u64
        }
    })
}

/// Runs the guest's loop over the import: `n` calls, or the same loop
/// without the call when `baseline`.
pub fn run_import(g: &mut Guest, kind: Workload, size: u32, n: u32, baseline: bool) -> Result<u64> {
    Ok(g.bench.call_run_import_bench(&mut g.store, kind, size, n, baseline)?)
}

/// The flags for call number `i`: its low 12 bits, like the guest's.
fn perms(i: u32) -> Perms {
    const ALL: [Perms; 12] = [
        Perms::READ,
        Perms::WRITE,
        Perms::EXEC,
        Perms::LIST,
        Perms::CREATE,
        Perms::DELETE,
        Perms::ADMIN,
        Perms::AUDIT,
        Perms::SHARE,
        Perms::LOCK,
        Perms::SYNC,
        Perms::TRACE,
    ];
    ALL.iter().enumerate().filter(|(b, _)| i & (1 << b) != 0).fold(Perms::empty(), |p, (_, f)| p | *f)
}
