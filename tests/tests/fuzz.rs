//! Differential value fuzzing: the `fuzz` guest is a world of random types
//! (`tests/fuzz-gen`, from `WIT_GUEST_FUZZ_SEED` / `WIT_GUEST_FUZZ_CASES`);
//! random values of each go host → guest → host through `echo-i` (export
//! parameters lifted, results lowered) and host → guest → host through
//! `fetch-i`, which returns what the imported `make-i` gave (import results
//! lifted). wasmtime's dynamic `Val` view, which lifts and lowers on its
//! own, is the reference: what comes back must equal what went in (maps
//! compared as the guest's `BTreeMap` keeps them: one entry per key, the
//! last one written).
//!
//! The suite runs 300 types, three values each; `cargo xtask fuzz --cases N`
//! runs more worlds (seeds) until N types were tried.

use std::sync::{Arc, Mutex};

use wasmtime::component::{Linker, Val};
use wit_guest_fuzz_gen::{Def, Rng, Ty, World};
use wit_guest_tests::{Wasi, component, store_and_linker};

/// Values made for each type per run.
const VALUES: usize = 3;

#[test]
fn random_values_of_random_types_round_trip() {
    let (seed, cases) = wit_guest_fuzz_gen::seed_and_cases();
    let world = World::new(seed, cases);
    let mut rng = Rng::new(seed ^ 0xF00D);
    let made: Arc<Mutex<Vec<Val>>> = Arc::new(Mutex::new(Vec::new()));
    let (mut store, mut linker): (_, Linker<Wasi>) = store_and_linker(Wasi::default());
    {
        let mut host = linker.instance("test:fuzz/host").unwrap();
        for i in 0..world.funcs.len() {
            let made = made.clone();
            host.func_new(&format!("make-{i}"), move |_, _, _, results| {
                results[0] = made.lock().unwrap()[i].clone();
                Ok(())
            })
            .unwrap();
        }
    }
    let instance = linker.instantiate(&mut store, &component("guest_fuzz")).unwrap();
    let api = instance.get_export_index(&mut store, None, "test:fuzz/api").expect("the api export");
    let mut tried = 0;
    for round in 0..VALUES {
        let values: Vec<Val> = world.funcs.iter().map(|t| value(&world, t, &mut rng)).collect();
        *made.lock().unwrap() = values.clone();
        for (i, v) in values.iter().enumerate() {
            let what =
                |f: &str| format!("seed {seed}, round {round}, {f}-{i}: {}", wit_guest_fuzz_gen::wit(&world.funcs[i]));
            let want = normal(v.clone());
            for (f, args) in [("echo", vec![v.clone()]), ("fetch", vec![])] {
                let idx = instance.get_export_index(&mut store, Some(&api), &format!("{f}-{i}")).unwrap();
                let func = instance.get_func(&mut store, idx).unwrap();
                let mut out = [Val::Bool(false)];
                func.call(&mut store, &args, &mut out).unwrap_or_else(|e| panic!("{}: {e:?}", what(f)));
                let [got] = out;
                assert_eq!(normal(got), want, "{}\nsent {v:?}", what(f));
                tried += 1;
            }
        }
    }
    eprintln!(
        "[fuzz] seed {seed}: {} types, {} defined types, {tried} round trips",
        world.funcs.len(),
        world.defs.len()
    );
}

/// A random value of `ty`.
fn value(w: &World, ty: &Ty, rng: &mut Rng) -> Val {
    let n = |rng: &mut Rng, max: u64| rng.below(max + 1) as usize;
    // Edges half the time.
    let bits = |rng: &mut Rng| match rng.below(6) {
        0 => 0,
        1 => 1,
        2 => u64::MAX,
        3 => 1 << 63,
        _ => rng.next_u64(),
    };
    match ty {
        Ty::Bool => Val::Bool(rng.below(2) == 1),
        Ty::U8 => Val::U8(bits(rng) as u8),
        Ty::S8 => Val::S8(bits(rng) as i8),
        Ty::U16 => Val::U16(bits(rng) as u16),
        Ty::S16 => Val::S16(bits(rng) as i16),
        Ty::U32 => Val::U32(bits(rng) as u32),
        Ty::S32 => Val::S32(bits(rng) as i32),
        Ty::U64 => Val::U64(bits(rng)),
        Ty::S64 => Val::S64(bits(rng) as i64),
        // NaNs may be canonicalised on the way; every other float must not change.
        Ty::F32 => Val::Float32(Some(f32::from_bits(rng.next_u64() as u32)).filter(|f| !f.is_nan()).unwrap_or(-0.0)),
        Ty::F64 => Val::Float64(Some(f64::from_bits(rng.next_u64())).filter(|f| !f.is_nan()).unwrap_or(1e300)),
        Ty::Char => Val::Char(char_(rng)),
        Ty::String => {
            let len = if rng.below(8) == 0 { n(rng, 200) } else { n(rng, 8) };
            Val::String((0..len).map(|_| char_(rng)).collect())
        }
        Ty::List(t) => Val::List((0..n(rng, 4)).map(|_| value(w, t, rng)).collect()),
        Ty::Fixed(t, len) => Val::FixedLengthList((0..*len).map(|_| value(w, t, rng)).collect()),
        Ty::Option(t) => Val::Option((rng.below(3) != 0).then(|| Box::new(value(w, t, rng)))),
        Ty::Result(ok, err) => {
            let side = |t: &Option<Box<Ty>>, rng: &mut Rng| t.as_ref().map(|t| Box::new(value(w, t, rng)));
            Val::Result(if rng.below(2) == 0 { Ok(side(ok, rng)) } else { Err(side(err, rng)) })
        }
        Ty::Tuple(ts) => Val::Tuple(ts.iter().map(|t| value(w, t, rng)).collect()),
        Ty::Map(k, v) => Val::Map((0..n(rng, 4)).map(|_| (key(k, rng), value(w, v, rng))).collect()),
        Ty::Named(i) => match &w.defs[*i] {
            Def::Record(fields) => {
                Val::Record(fields.iter().map(|(name, t)| (name.clone(), value(w, t, rng))).collect())
            }
            Def::Variant(cases) => {
                let (name, t) = &cases[rng.below(cases.len() as u64) as usize];
                Val::Variant(name.clone(), t.as_ref().map(|t| Box::new(value(w, t, rng))))
            }
            Def::Enum(cases) => Val::Enum(cases[rng.below(cases.len() as u64) as usize].clone()),
            Def::Flags(flags) => Val::Flags(flags.iter().filter(|_| rng.below(2) == 0).cloned().collect()),
        },
    }
}

/// A map key: few distinct ones, so that keys repeat.
fn key(ty: &Ty, rng: &mut Rng) -> Val {
    match ty {
        Ty::U32 => Val::U32(rng.below(4) as u32),
        _ => Val::String(["", "a", "b", "ü"][rng.below(4) as usize].to_string()),
    }
}

/// Any scalar value: ASCII often, then the whole range without surrogates.
fn char_(rng: &mut Rng) -> char {
    match rng.below(3) {
        0 => char::from(b' ' + rng.below(95) as u8),
        _ => loop {
            if let Some(c) = char::from_u32(rng.below(0x11_0000) as u32) {
                break c;
            }
        },
    }
}

/// `v` as the guest gives it back: map entries one per key (the last one
/// written) in key order, everywhere inside `v`.
fn normal(v: Val) -> Val {
    let b = |v: Box<Val>| Box::new(normal(*v));
    match v {
        Val::List(vs) => Val::List(vs.into_iter().map(normal).collect()),
        Val::FixedLengthList(vs) => Val::FixedLengthList(vs.into_iter().map(normal).collect()),
        Val::Tuple(vs) => Val::Tuple(vs.into_iter().map(normal).collect()),
        Val::Record(fs) => Val::Record(fs.into_iter().map(|(n, v)| (n, normal(v))).collect()),
        Val::Variant(n, v) => Val::Variant(n, v.map(b)),
        Val::Option(v) => Val::Option(v.map(b)),
        Val::Result(r) => Val::Result(r.map(|v| v.map(b)).map_err(|v| v.map(b))),
        Val::Map(entries) => {
            let mut kept: Vec<(Val, Val)> = Vec::new();
            for (k, v) in entries {
                let v = normal(v);
                match kept.iter_mut().find(|(kk, _)| *kk == k) {
                    Some(slot) => slot.1 = v,
                    None => kept.push((k, v)),
                }
            }
            kept.sort_by_key(|(k, _)| order(k));
            Val::Map(kept)
        }
        other => other,
    }
}

/// A map key's order in the guest's `BTreeMap`.
fn order(k: &Val) -> (u64, String) {
    match k {
        Val::U32(n) => (u64::from(*n), String::new()),
        Val::String(s) => (0, s.clone()),
        other => panic!("unexpected map key {other:?}"),
    }
}
