//! The large world of issue #17: WASI 0.2's `wasi:http/proxy` plus a
//! generated package of [`TYPES`] types and [`FUNCS`] functions (no WIT is
//! committed; this module writes it, the same every run), for the rebuild
//! after a WIT edit and the macro's own time per phase.
//!
//! The package `bench:large` has one interface of types (records, variants,
//! enums, flags, and lists, options, results and tuples of earlier types)
//! and [`IFACES`] interfaces of functions over them, half imported and half
//! exported by the world `large`, which also includes `wasi:http/proxy`.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::cargo::guests_dir;

pub const TYPES: usize = 200;
pub const FUNCS: usize = 2000;
const IFACES: usize = 20;

/// A small deterministic generator (xorshift), so every run writes the
/// same WIT.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SCALARS: [&str; 8] = ["u8", "u32", "s64", "f32", "f64", "bool", "char", "string"];

/// A value type: a scalar or one of the first `defined` generated types.
fn value(rng: &mut Rng, defined: usize) -> String {
    if defined == 0 || rng.below(3) == 0 {
        SCALARS[rng.below(SCALARS.len())].to_string()
    } else {
        format!("t{}", rng.below(defined))
    }
}

/// The generated package's WIT text; `proxy` is the `wasi:http/proxy`
/// world's versioned name.
pub fn wit(proxy: &str) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut s = String::from("package bench:large;\n\ninterface types {\n");
    for i in 0..TYPES {
        let _ = match i % 5 {
            0 => writeln!(
                s,
                "  record t{i} {{ a: {}, b: {}, c: {} }}",
                value(&mut rng, i),
                value(&mut rng, i),
                value(&mut rng, i)
            ),
            1 => writeln!(s, "  variant t{i} {{ a({}), b({}), c }}", value(&mut rng, i), value(&mut rng, i)),
            2 => writeln!(s, "  enum t{i} {{ x, y, z, w }}"),
            3 => writeln!(s, "  flags t{i} {{ p, q, r, s, t }}"),
            _ => {
                let (a, b) = (value(&mut rng, i), value(&mut rng, i));
                let ty = match rng.below(4) {
                    0 => format!("list<{a}>"),
                    1 => format!("option<{a}>"),
                    2 => format!("result<{a}, {b}>"),
                    _ => format!("tuple<{a}, {b}>"),
                };
                writeln!(s, "  type t{i} = {ty};")
            }
        };
    }
    s.push_str("}\n");
    for k in 0..IFACES {
        let _ = writeln!(s, "\ninterface f{k} {{");
        let uses: Vec<String> = (0..TYPES).map(|i| format!("t{i}")).collect();
        let _ = writeln!(s, "  use types.{{{}}};", uses.join(", "));
        for f in 0..FUNCS / IFACES {
            let params: Vec<String> = (0..rng.below(4)).map(|p| format!("p{p}: {}", value(&mut rng, TYPES))).collect();
            let result = match rng.below(3) {
                0 => String::new(),
                _ => format!(" -> {}", value(&mut rng, TYPES)),
            };
            let _ = writeln!(s, "  fn{k}-{f}: func({}){result};", params.join(", "));
        }
        s.push_str("}\n");
    }
    let _ = writeln!(s, "\nworld large {{\n  include {proxy};");
    for k in 0..IFACES {
        let _ = writeln!(s, "  {} f{k};", if k < IFACES / 2 { "import" } else { "export" });
    }
    s.push_str("}\n");
    s
}

/// Writes `benches/guests/wit-large` (the generated package and the WASI
/// WIT from `wit-wasi-http/deps`); returns the generated file.
pub fn write() -> Result<PathBuf> {
    let dir = guests_dir().join("wit-large");
    let deps = guests_dir().join("wit-wasi-http/deps");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(dir.join("deps"))?;
    let mut version = None;
    for e in std::fs::read_dir(&deps).with_context(|| format!("reading {}", deps.display()))? {
        let e = e?;
        let text = std::fs::read_to_string(e.path())?;
        if e.file_name() == "http.wit" {
            version = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("package wasi:http@")?.strip_suffix(';').map(str::to_string));
        }
        std::fs::write(dir.join("deps").join(e.file_name()), text)?;
    }
    let version = version.context("no `package wasi:http@…;` in the WASI WIT")?;
    let file = dir.join("large.wit");
    std::fs::write(&file, wit(&format!("wasi:http/proxy@{version}")))?;
    Ok(file)
}

/// An edit of the WIT file as a user makes one: a doc comment added to the
/// last function's interface (the bindings change, so both generators
/// must expand again and the crate recompile).
pub fn edit(file: &Path, n: usize) -> Result<()> {
    let text = std::fs::read_to_string(file)?;
    let at = text.rfind("\n  fn").context("no function in the large world")?;
    let (head, tail) = text.split_at(at + 1);
    std::fs::write(file, format!("{head}  /// edit {n}\n{tail}"))?;
    Ok(())
}

/// Lines of the generated WIT, for the report.
pub fn size(file: &Path) -> usize {
    std::fs::read_to_string(file).map(|t| t.lines().count()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_large_world_has_its_counts() {
        let w = super::wit("wasi:http/proxy@0.2.12");
        assert_eq!(w.matches(": func(").count(), super::FUNCS);
        assert_eq!(
            w.matches("\n  record t").count()
                + w.matches("\n  variant t").count()
                + w.matches("\n  enum t").count()
                + w.matches("\n  flags t").count()
                + w.matches("\n  type t").count(),
            super::TYPES
        );
        assert_eq!(w, super::wit("wasi:http/proxy@0.2.12"), "deterministic");
    }
}
