//! Random WIT types for the differential value fuzzing: the `fuzz` guest's
//! build script turns a [`World`] into WIT and the Rust that implements it,
//! and the host test rebuilds the same world from the same seed to make
//! random values of its types.
//!
//! Every function type `ti` gets `echo-i: func(v: ti) -> ti` (exported, the
//! value back as lifted) and `fetch-i: func() -> ti`, which returns what the
//! imported `make-i: func() -> ti` gave.

use std::fmt::Write;

use heck::ToUpperCamelCase;

/// A small deterministic generator (xorshift), the same on both sides.
pub struct Rng(u64);

impl Rng {
    /// Seeded; 0 is replaced, as xorshift would stay at 0.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// A WIT type.
#[derive(Clone, Debug)]
pub enum Ty {
    Bool,
    U8,
    S8,
    U16,
    S16,
    U32,
    S32,
    U64,
    S64,
    F32,
    F64,
    Char,
    String,
    List(Box<Ty>),
    /// `list<T, N>`.
    Fixed(Box<Ty>, u32),
    Option(Box<Ty>),
    Result(Option<Box<Ty>>, Option<Box<Ty>>),
    Tuple(Vec<Ty>),
    /// `map<K, V>`: keys are `string` or `u32`.
    Map(Box<Ty>, Box<Ty>),
    /// A named type of [`World::defs`], by index.
    Named(usize),
}

/// A named WIT type, `t<index>` in the `types` interface.
#[derive(Clone, Debug)]
pub enum Def {
    Record(Vec<(String, Ty)>),
    Variant(Vec<(String, Option<Ty>)>),
    Enum(Vec<String>),
    Flags(Vec<String>),
}

/// The named types and one function type per case.
pub struct World {
    pub defs: Vec<Def>,
    pub funcs: Vec<Ty>,
}

/// How deep types nest.
const DEPTH: u32 = 3;

impl World {
    /// `cases` function types (and the named types they use) from `seed`.
    pub fn new(seed: u64, cases: usize) -> World {
        let mut rng = Rng::new(seed);
        let mut w = World { defs: Vec::new(), funcs: Vec::new() };
        for _ in 0..cases {
            let ty = w.ty(&mut rng, DEPTH);
            w.funcs.push(ty);
        }
        w
    }

    fn ty(&mut self, rng: &mut Rng, depth: u32) -> Ty {
        let leaf = depth == 0 || rng.below(3) == 0;
        if leaf {
            return [
                Ty::Bool,
                Ty::U8,
                Ty::S8,
                Ty::U16,
                Ty::S16,
                Ty::U32,
                Ty::S32,
                Ty::U64,
                Ty::S64,
                Ty::F32,
                Ty::F64,
                Ty::Char,
                Ty::String,
            ][rng.below(13) as usize]
                .clone();
        }
        let d = depth - 1;
        match rng.below(10) {
            0 => Ty::List(Box::new(self.ty(rng, d))),
            1 => Ty::Fixed(Box::new(self.ty(rng, d)), 1 + rng.below(4) as u32),
            2 => Ty::Option(Box::new(self.ty(rng, d))),
            3 => {
                let ok = (rng.below(3) != 0).then(|| Box::new(self.ty(rng, d)));
                let err = (rng.below(3) != 0).then(|| Box::new(self.ty(rng, d)));
                Ty::Result(ok, err)
            }
            4 => Ty::Tuple((0..1 + rng.below(4)).map(|_| self.ty(rng, d)).collect()),
            5 => {
                let key = if rng.below(2) == 0 { Ty::String } else { Ty::U32 };
                Ty::Map(Box::new(key), Box::new(self.ty(rng, d)))
            }
            6 => self.def(rng, d, |w, rng, d| {
                Def::Record((0..1 + rng.below(4)).map(|i| (format!("f{i}"), w.ty(rng, d))).collect())
            }),
            7 => self.def(rng, d, |w, rng, d| {
                let cases = 1 + rng.below(4);
                Def::Variant((0..cases).map(|i| (format!("c{i}"), (rng.below(3) != 0).then(|| w.ty(rng, d)))).collect())
            }),
            8 => self.def(rng, d, |_, rng, _| Def::Enum((0..1 + rng.below(5)).map(|i| format!("e{i}")).collect())),
            _ => self.def(rng, d, |_, rng, _| Def::Flags((0..1 + rng.below(12)).map(|i| format!("g{i}")).collect())),
        }
    }

    fn def(&mut self, rng: &mut Rng, depth: u32, make: impl FnOnce(&mut World, &mut Rng, u32) -> Def) -> Ty {
        let def = make(self, rng, depth);
        self.defs.push(def);
        Ty::Named(self.defs.len() - 1)
    }

    /// The WIT package `test:fuzz`: interfaces `types`, `host` (imported)
    /// and `api` (exported), and the world `fuzz`.
    pub fn wit(&self) -> String {
        let mut out = String::from("package test:fuzz;\n\ninterface types {\n");
        for (i, def) in self.defs.iter().enumerate() {
            let body = match def {
                Def::Record(fields) => {
                    let f: Vec<String> = fields.iter().map(|(n, t)| format!("{n}: {}", wit(t))).collect();
                    format!("record t{i} {{ {} }}", f.join(", "))
                }
                Def::Variant(cases) => {
                    let c: Vec<String> = cases
                        .iter()
                        .map(|(n, t)| match t {
                            Some(t) => format!("{n}({})", wit(t)),
                            None => n.clone(),
                        })
                        .collect();
                    format!("variant t{i} {{ {} }}", c.join(", "))
                }
                Def::Enum(cases) => format!("enum t{i} {{ {} }}", cases.join(", ")),
                Def::Flags(flags) => format!("flags t{i} {{ {} }}", flags.join(", ")),
            };
            let _ = writeln!(out, "  {body}");
        }
        out.push_str("}\n\n");
        let names: Vec<String> = (0..self.defs.len()).map(|i| format!("t{i}")).collect();
        let uses = if names.is_empty() { String::new() } else { format!("  use types.{{{}}};\n", names.join(", ")) };
        out.push_str("interface host {\n");
        out.push_str(&uses);
        for (i, t) in self.funcs.iter().enumerate() {
            let _ = writeln!(out, "  make-{i}: func() -> {};", wit(t));
        }
        out.push_str("}\n\ninterface api {\n");
        out.push_str(&uses);
        for (i, t) in self.funcs.iter().enumerate() {
            let _ = writeln!(out, "  echo-{i}: func(v: {0}) -> {0};", wit(t));
            let _ = writeln!(out, "  fetch-{i}: func() -> {};", wit(t));
        }
        out.push_str("}\n\nworld fuzz {\n  import host;\n  export api;\n}\n");
        out
    }

    /// The guest's implementation of `api`, for the bindings generated
    /// from [`World::wit`] at the crate root.
    pub fn guest_rust(&self) -> String {
        let mut out = String::from("struct Component;\n\nimpl exports::test::fuzz::api::Guest for Component {\n");
        for (i, t) in self.funcs.iter().enumerate() {
            let r = rust(t);
            let _ = writeln!(out, "    fn echo_{i}(v: {r}) -> {r} {{\n        v\n    }}");
            let _ = writeln!(out, "    fn fetch_{i}() -> {r} {{\n        test::fuzz::host::make_{i}()\n    }}");
        }
        out.push_str("}\n\nexport!(Component);\n");
        out
    }
}

/// `ty` in WIT.
pub fn wit(ty: &Ty) -> String {
    match ty {
        Ty::Bool => "bool".into(),
        Ty::U8 => "u8".into(),
        Ty::S8 => "s8".into(),
        Ty::U16 => "u16".into(),
        Ty::S16 => "s16".into(),
        Ty::U32 => "u32".into(),
        Ty::S32 => "s32".into(),
        Ty::U64 => "u64".into(),
        Ty::S64 => "s64".into(),
        Ty::F32 => "f32".into(),
        Ty::F64 => "f64".into(),
        Ty::Char => "char".into(),
        Ty::String => "string".into(),
        Ty::List(t) => format!("list<{}>", wit(t)),
        Ty::Fixed(t, n) => format!("list<{}, {n}>", wit(t)),
        Ty::Option(t) => format!("option<{}>", wit(t)),
        Ty::Result(None, None) => "result".into(),
        Ty::Result(Some(o), None) => format!("result<{}>", wit(o)),
        Ty::Result(None, Some(e)) => format!("result<_, {}>", wit(e)),
        Ty::Result(Some(o), Some(e)) => format!("result<{}, {}>", wit(o), wit(e)),
        Ty::Tuple(ts) => format!("tuple<{}>", ts.iter().map(wit).collect::<Vec<_>>().join(", ")),
        Ty::Map(k, v) => format!("map<{}, {}>", wit(k), wit(v)),
        Ty::Named(i) => format!("t{i}"),
    }
}

/// `ty` in the generated Rust API (owned, as exports take and return it).
pub fn rust(ty: &Ty) -> String {
    match ty {
        Ty::Bool => "bool".into(),
        Ty::U8 => "u8".into(),
        Ty::S8 => "i8".into(),
        Ty::U16 => "u16".into(),
        Ty::S16 => "i16".into(),
        Ty::U32 => "u32".into(),
        Ty::S32 => "i32".into(),
        Ty::U64 => "u64".into(),
        Ty::S64 => "i64".into(),
        Ty::F32 => "f32".into(),
        Ty::F64 => "f64".into(),
        Ty::Char => "char".into(),
        Ty::String => "String".into(),
        Ty::List(t) => format!("Vec<{}>", rust(t)),
        Ty::Fixed(t, n) => format!("[{}; {n}]", rust(t)),
        Ty::Option(t) => format!("Option<{}>", rust(t)),
        Ty::Result(o, e) => {
            let side = |t: &Option<Box<Ty>>| t.as_deref().map_or("()".to_string(), rust);
            format!("Result<{}, {}>", side(o), side(e))
        }
        Ty::Tuple(ts) => format!("({},)", ts.iter().map(rust).collect::<Vec<_>>().join(", ")),
        Ty::Map(k, v) => format!("wit_guest::rt::Map<{}, {}>", rust(k), rust(v)),
        Ty::Named(i) => format!("test::fuzz::types::{}", format!("t{i}").to_upper_camel_case()),
    }
}

/// The seed and the number of cases, from `WIT_GUEST_FUZZ_SEED` and
/// `WIT_GUEST_FUZZ_CASES` (defaults 1 and 300: the suite's quick run).
pub fn seed_and_cases() -> (u64, usize) {
    let var = |name: &str| std::env::var(name).ok().and_then(|v| v.replace('_', "").parse().ok());
    (var("WIT_GUEST_FUZZ_SEED").unwrap_or(1), var("WIT_GUEST_FUZZ_CASES").unwrap_or(300) as usize)
}
