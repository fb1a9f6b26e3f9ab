//! A hostile peer: the canonical ABI makes the runtime validate what it
//! passes between components, but not every runtime does. Here the host
//! speaks the ABI by hand through wasmtime's *core* API to
//! `tests/guests/hostile`, built as a core module (wasm32-unknown-unknown,
//! debug and release), calling its exports with malformed values and
//! answering its imports with malformed results. Every malformed case must
//! trap before the guest holds an invalid Rust value; the same call made
//! valid must succeed with the right answer.

use wasmtime::{Caller, Engine, Extern, Instance, Linker, Memory, Module, Store, Trap, TypedFunc, Val};
use wit_guest_tests::target_dir;

/// What the host's imports answer with.
#[derive(Clone, Copy, Debug)]
enum Give {
    /// Bytes placed in fresh guest memory (through `cabi_realloc`).
    Bytes(&'static [u8], u32),
    /// A raw pointer and length, pointing wherever.
    Raw(u32, u32),
    /// A scalar.
    Char(u32),
}

fn modules(engine: &Engine) -> Vec<(&'static str, Module)> {
    ["debug", "release"]
        .into_iter()
        .map(|profile| {
            let path = target_dir().join(format!("wasm32-unknown-unknown/{profile}/guest_hostile.wasm"));
            assert!(path.exists(), "{} is missing: run `cargo xtask guests`", path.display());
            (profile, Module::from_file(engine, &path).unwrap())
        })
        .collect()
}

/// A fresh instance whose imports answer with `give`.
fn instance(engine: &Engine, module: &Module, give: Give) -> (Store<Give>, Instance) {
    let mut store = Store::new(engine, give);
    let mut linker = Linker::new(engine);
    let list = |mut caller: Caller<'_, Give>, ret: i32| {
        let (ptr, len) = match *caller.data() {
            Give::Bytes(bytes, align) => {
                let ptr = realloc(&mut caller, bytes.len() as u32, align);
                memory(&mut caller).write(&mut caller, ptr as usize, bytes).unwrap();
                (ptr, bytes.len() as u32 / align.max(1))
            }
            Give::Raw(ptr, len) => (ptr, len),
            Give::Char(_) => unreachable!(),
        };
        let mut pair = ptr.to_le_bytes().to_vec();
        pair.extend(len.to_le_bytes());
        memory(&mut caller).write(&mut caller, ret as usize, &pair).unwrap();
    };
    linker.func_wrap("$root", "give-string", list).unwrap();
    linker.func_wrap("$root", "give-bytes", list).unwrap();
    linker
        .func_wrap("$root", "give-char", |caller: Caller<'_, Give>| match *caller.data() {
            Give::Char(c) => c as i32,
            _ => unreachable!(),
        })
        .unwrap();
    let instance = linker.instantiate(&mut store, module).unwrap();
    (store, instance)
}

fn memory(caller: &mut Caller<'_, Give>) -> Memory {
    match caller.get_export("memory") {
        Some(Extern::Memory(m)) => m,
        _ => panic!("the guest exports its memory"),
    }
}

/// Memory for `len` bytes at `align`, from the guest's own allocator.
fn realloc(caller: &mut Caller<'_, Give>, len: u32, align: u32) -> u32 {
    let f = caller.get_export("cabi_realloc").and_then(Extern::into_func).expect("cabi_realloc");
    let f: TypedFunc<(i32, i32, i32, i32), i32> = f.typed(&*caller).unwrap();
    f.call(&mut *caller, (0, 0, align as i32, len as i32)).unwrap() as u32
}

/// Places `bytes` in the guest's memory at a fresh `align`-aligned address
/// plus `skew` bytes.
fn place(store: &mut Store<Give>, instance: &Instance, bytes: &[u8], align: u32, skew: u32) -> u32 {
    let f = instance.get_typed_func::<(i32, i32, i32, i32), i32>(&mut *store, "cabi_realloc").unwrap();
    let ptr = f.call(&mut *store, (0, 0, align as i32, bytes.len() as i32 + skew as i32)).unwrap() as u32 + skew;
    let memory = instance.get_memory(&mut *store, "memory").unwrap();
    memory.write(&mut *store, ptr as usize, bytes).unwrap();
    ptr
}

/// Calls export `name` with `args`: its one result, or `None` on a trap.
fn call(store: &mut Store<Give>, instance: &Instance, name: &str, args: &[Val]) -> Option<Val> {
    let f = instance.get_func(&mut *store, name).unwrap_or_else(|| panic!("no export {name}"));
    let mut out = [Val::I32(0)];
    match f.call(&mut *store, args, &mut out) {
        Ok(()) => Some(out[0]),
        Err(e) => {
            let trap = e.downcast_ref::<Trap>().unwrap_or_else(|| panic!("{name}: not a trap: {e:?}"));
            assert_eq!(*trap, Trap::UnreachableCodeReached, "{name}: {e:?}");
            None
        }
    }
}

fn i32s(v: &[u32]) -> Vec<Val> {
    v.iter().map(|&x| Val::I32(x as i32)).collect()
}

fn as_u64(v: Option<Val>) -> Option<u64> {
    v.map(|v| match v {
        Val::I32(x) => x as u32 as u64,
        Val::I64(x) => x as u64,
        other => panic!("unexpected {other:?}"),
    })
}

/// An export case: the arguments (given the instance, to place data), and
/// the answer (`None`: a trap).
type Case = (&'static str, &'static str, fn(&mut Store<Give>, &Instance) -> Vec<Val>, Option<u64>);

#[test]
fn malformed_arguments_trap_and_valid_ones_pass() {
    let cases: &[Case] = &[
        ("string", "take-string", |s, i| i32s(&[place(s, i, "héllo".as_bytes(), 1, 0), 6]), Some(6)),
        ("string: empty at address 0", "take-string", |_, _| i32s(&[0, 0]), Some(0)),
        ("string: not UTF-8", "take-string", |s, i| i32s(&[place(s, i, b"h\xffllo", 1, 0), 5]), None),
        ("string: a lone surrogate", "take-string", |s, i| i32s(&[place(s, i, b"\xed\xa0\x80", 1, 0), 3]), None),
        ("string: past memory", "take-string", |s, i| i32s(&[memory_end(s, i) - 2, 10]), None),
        ("string: wraps around", "take-string", |_, _| i32s(&[0xffff_fff0, 0x7fff_ffff]), None),
        ("list<u64>", "take-list", |s, i| i32s(&[place(s, i, &u64s(&[1, 2, 3]), 8, 0), 3]), Some(6)),
        ("list<u64>: misaligned", "take-list", |s, i| i32s(&[place(s, i, &u64s(&[1, 2, 3]), 8, 4), 3]), None),
        ("list<u64>: longer than memory", "take-list", |_, _| i32s(&[8, 0x2000_0000]), None),
        ("char", "take-char", |_, _| i32s(&[0xe9]), Some(0xe9)),
        ("char: a surrogate", "take-char", |_, _| i32s(&[0xd800]), None),
        ("char: past U+10FFFF", "take-char", |_, _| i32s(&[0x11_0000]), None),
        ("bool: 2 is true", "take-bool", |_, _| i32s(&[2]), Some(1)),
        ("bool: 0 is false", "take-bool", |_, _| i32s(&[0]), Some(0)),
        ("enum", "take-color", |_, _| i32s(&[2]), Some(2)),
        ("enum: no such case", "take-color", |_, _| i32s(&[3]), None),
        ("flags: unknown bits dropped", "take-perms", |_, _| i32s(&[0xff]), Some(3)),
        ("option: none", "take-maybe", |_, _| i32s(&[0, 0, 0]), Some(0)),
        ("option: some", "take-maybe", |s, i| i32s(&[1, place(s, i, b"abc", 1, 0), 3]), Some(4)),
        ("option: no such case", "take-maybe", |_, _| i32s(&[2, 0, 0]), None),
        ("option: some, not UTF-8", "take-maybe", |s, i| i32s(&[1, place(s, i, b"\xc0", 1, 0), 1]), None),
    ];
    let engine = Engine::default();
    for (profile, module) in modules(&engine) {
        for (what, export, args, want) in cases {
            let (mut store, instance) = instance(&engine, &module, Give::Raw(0, 0));
            let args = args(&mut store, &instance);
            let got = as_u64(call(&mut store, &instance, export, &args));
            assert_eq!(got, *want, "{profile}: {what}");
        }
    }
}

#[test]
fn malformed_import_results_trap_and_valid_ones_pass() {
    let cases: &[(&str, &str, Give, Option<u64>)] = &[
        ("string", "call-give-string", Give::Bytes("naïve".as_bytes(), 1), Some(6)),
        ("string: not UTF-8", "call-give-string", Give::Bytes(b"\xff\xfe", 1), None),
        ("string: past memory", "call-give-string", Give::Raw(0xffff_0000, 0x10_0000), None),
        ("string: empty at address 0", "call-give-string", Give::Raw(0, 0), Some(0)),
        ("list<u64>", "call-give-bytes", Give::Bytes(&[1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0], 8), Some(3)),
        ("list<u64>: misaligned", "call-give-bytes", Give::Raw(4, 1), None),
        ("list<u64>: wraps around", "call-give-bytes", Give::Raw(8, 0xffff_ffff), None),
        ("char", "call-give-char", Give::Char(0x1f600), Some(0x1f600)),
        ("char: a surrogate", "call-give-char", Give::Char(0xdfff), None),
    ];
    let engine = Engine::default();
    for (profile, module) in modules(&engine) {
        for (what, export, give, want) in cases {
            let (mut store, instance) = instance(&engine, &module, *give);
            let got = as_u64(call(&mut store, &instance, export, &[]));
            assert_eq!(got, *want, "{profile}: {what}");
        }
    }
}

fn u64s(v: &[u64]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn memory_end(store: &mut Store<Give>, instance: &Instance) -> u32 {
    instance.get_memory(&mut *store, "memory").unwrap().data_size(&*store) as u32
}
