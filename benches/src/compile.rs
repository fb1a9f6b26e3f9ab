//! Compile time and expansion size.
//!
//! - Warm rebuild: touch `benches/guests/src/proxy.rs` (the `wasi:http/proxy`
//!   world with `stubs`) and rebuild one side, alternating the generators.
//! - Cold build: the minimal guest from an empty target directory
//!   (`target/bench-cold/<side>`, removed afterwards).
//! - Expansion: both generators run as libraries on the same WIT, their
//!   output pretty-printed with prettyplease, lines counted.

use std::path::Path;
use std::time::{Duration, SystemTime};

use anyhow::{Result, anyhow};
use proc_macro2::Span;
use wit_bindgen_core::WorldGenerator;
use wit_bindgen_core::wit_parser::Resolve;

use crate::cargo::{self, bench_target, cargo, guests_dir, timed};
use crate::glue::Sides;

const TARGET: &str = "wasm32-wasip2";

/// Warm rebuild wall times.
pub struct Warm {
    /// Rebuilds after a touch, in the order measured.
    pub rebuild: Sides<Vec<Duration>>,
    /// Median of builds with nothing to do: cargo's own share of a rebuild.
    pub noop: Sides<Duration>,
    /// Rebuilds of the minimal guest (a world of one function) after a
    /// touch: the floor under any guest's rebuild (rustc, the linker,
    /// `wasm-component-ld`, cargo), whatever generated its bindings.
    pub floor: Sides<Vec<Duration>>,
}

/// Touches `src/<file>` and rebuilds `<pkg>-wb` and `<pkg>-wg` in turn,
/// `runs` times per side, sides alternating.
fn touch_rebuilds(file: &str, pkg: &str, runs: usize) -> Result<Sides<Vec<Duration>>> {
    let target = bench_target();
    let (wb, wg) = (format!("{pkg}-wb"), format!("{pkg}-wg"));
    // Untimed: brings the dependencies and both crates up to date.
    cargo::run(cargo(&target, &["build", "--offline", "--target", TARGET, "-p", &wb, "-p", &wg]))?;
    let src = guests_dir().join("src").join(file);
    let mut out = Sides::<Vec<Duration>>::default();
    for r in 0..runs {
        let sides = if r % 2 == 0 { [(&wb, true), (&wg, false)] } else { [(&wg, false), (&wb, true)] };
        for (pkg, is_wb) in sides {
            let d = timed(|| touch(&src), || cargo(&target, &["build", "--offline", "--target", TARGET, "-p", pkg]))?;
            eprintln!("    {pkg}: {:.2} s", d.as_secs_f64());
            if is_wb { out.wb.push(d) } else { out.wg.push(d) }
        }
    }
    Ok(out)
}

/// Touches the proxy guest's source and rebuilds one side, `runs` times per
/// side, alternating; then the minimal guest the same way (half as many
/// runs), and builds with nothing to do.
pub fn warm_rebuild(runs: usize) -> Result<Warm> {
    let target = bench_target();
    let out = touch_rebuilds("proxy.rs", "proxy", runs)?;
    let floor = touch_rebuilds("min.rs", "min", runs.div_ceil(2))?;
    let noop = |pkg: &str| -> Result<Duration> {
        let build = || cargo(&target, &["build", "--offline", "--target", TARGET, "-p", pkg]);
        let mut v = (0..5).map(|_| timed(|| Ok(()), build)).collect::<Result<Vec<_>>>()?;
        v.sort();
        Ok(v[v.len() / 2])
    };
    let noop = Sides { wb: noop("proxy-wb")?, wg: noop("proxy-wg")? };
    Ok(Warm { rebuild: out, noop, floor })
}

fn touch(path: &Path) -> Result<()> {
    std::fs::File::options().append(true).open(path)?.set_modified(SystemTime::now())?;
    Ok(())
}

/// Wall times of building the minimal guest from nothing, `runs` per side,
/// alternating sides (the machine's load changes between builds).
///
/// Incremental compilation is off (`CARGO_INCREMENTAL=0`) on both sides, so
/// that wit-guest builds as a user gets it. Here it is a path dependency,
/// which cargo compiles incrementally (saving query caches as it goes: a
/// cold build of the generator crate takes about 1.7 times as long); a user
/// depends on it from crates.io, which cargo never compiles incrementally,
/// as it does not wit-bindgen here. The guest crate itself, the only local
/// crate of the wit-bindgen side, is a few lines on both sides.
pub fn cold_build(runs: usize) -> Result<Sides<Vec<Duration>>> {
    let base = cargo::main_target().join("bench-cold");
    let one = |side: &str| -> Result<Duration> {
        let dir = base.join(side);
        let empty = || -> Result<()> {
            if dir.exists() {
                std::fs::remove_dir_all(&dir)?;
            }
            Ok(())
        };
        let pkg = format!("min-{side}");
        let d = timed(empty, || {
            let mut c = cargo(&dir, &["build", "--offline", "--target", TARGET, "-p", &pkg]);
            c.env("CARGO_INCREMENTAL", "0");
            c
        })?;
        eprintln!("    {pkg}: {:.1} s", d.as_secs_f64());
        std::fs::remove_dir_all(&dir)?;
        Ok(d)
    };
    let mut out = Sides::<Vec<Duration>>::default();
    for r in 0..runs {
        if r % 2 == 0 {
            out.wb.push(one("wb")?);
            out.wg.push(one("wg")?);
        } else {
            out.wg.push(one("wg")?);
            out.wb.push(one("wb")?);
        }
    }
    let _ = std::fs::remove_dir(&base);
    Ok(out)
}

/// One generator's expansion of a world.
#[derive(Clone, Debug, Default)]
pub struct Expansion {
    pub lines: usize,
    pub bytes: usize,
    /// Length of the `component-type` custom section it embeds.
    pub type_section: Option<usize>,
}

impl Expansion {
    fn of(text: &str) -> Expansion {
        Expansion { lines: text.lines().count(), bytes: text.len(), type_section: type_section_len(text) }
    }
}

/// Expands `world` from the WIT at `path` with both generators; `proxy`
/// adds the options the proxy guest uses (`generate_all`, `stubs`).
pub fn expand(path: &Path, world: &str, proxy: bool) -> Result<Sides<Expansion>> {
    Ok(Sides { wb: Expansion::of(&expand_wb(path, world, proxy)?), wg: Expansion::of(&expand_wg(path, world, proxy)?) })
}

fn expand_wg(path: &Path, world: &str, proxy: bool) -> Result<String> {
    let opts = wit_guest_codegen::Options {
        world: Some((world.to_string(), Span::call_site())),
        paths: vec![(path.display().to_string(), Span::call_site())],
        generate_all: proxy,
        stubs: proxy,
        ..Default::default()
    };
    wit_guest_codegen::Bindings::from_options(opts)
        .manifest_dir(guests_dir())
        .runtime_crate("::wit_bindgen")
        .generate()
        .map_err(|errors| anyhow!("wit-guest cannot expand {world}: {}", errors.join("\n")))
}

fn expand_wb(path: &Path, world: &str, proxy: bool) -> Result<String> {
    let mut resolve = Resolve::default();
    let (pkg, _) = resolve.push_path(path).map_err(|e| anyhow!("{e:?}"))?;
    let id = resolve.select_world(&[pkg], Some(world)).map_err(|e| anyhow!("{e:?}"))?;
    let opts = wit_bindgen_rust::Opts { generate_all: proxy, stubs: proxy, format: true, ..Default::default() };
    let mut files = wit_bindgen_core::Files::default();
    opts.build()
        .generate(&mut resolve, id, &mut files)
        .map_err(|e| anyhow!("wit-bindgen cannot expand {world}: {e:?}"))?;
    let mut text = String::new();
    for (_, bytes) in files.iter() {
        text.push_str(&String::from_utf8_lossy(bytes));
    }
    Ok(text)
}

/// The `N` of `[u8; N]` in the static placed in a `component-type` section.
fn type_section_len(text: &str) -> Option<usize> {
    let at = text.find("link_section = \"component-type")?;
    let rest = &text[at..];
    let ty = rest.find("[u8; ")? + "[u8; ".len();
    rest[ty..].chars().take_while(char::is_ascii_digit).collect::<String>().parse().ok()
}

/// Rebuilds of the large world's guest after an edit of its WIT file
/// (dev profile), `runs` per side, alternating; each build follows its own
/// edit.
pub fn wit_edit_rebuild(file: &Path, runs: usize) -> Result<Sides<Vec<Duration>>> {
    let target = bench_target();
    // Untimed: brings both crates up to date, then one rebuild after an
    // edit per side, built alone as the timed builds are. Without it the
    // first timed rebuild of wit-guest's side took 4–14 s against about 3 s
    // for the ones after it (a crate built in one cargo invocation with the
    // other is compiled again when built alone), which is not what a user
    // editing WIT sees.
    cargo::run(cargo(&target, &["build", "--offline", "--target", TARGET, "-p", "large-wb", "-p", "large-wg"]))?;
    let mut n = 0;
    for pkg in ["large-wb", "large-wg"] {
        n += 1;
        crate::large::edit(file, n)?;
        cargo::run(cargo(&target, &["build", "--offline", "--target", TARGET, "-p", pkg]))?;
    }
    let mut out = Sides::<Vec<Duration>>::default();
    for r in 0..runs {
        let sides: [(&str, bool); 2] = if r % 2 == 0 {
            [("large-wb", true), ("large-wg", false)]
        } else {
            [("large-wg", false), ("large-wb", true)]
        };
        for (pkg, is_wb) in sides {
            n += 1;
            let d = timed(
                || crate::large::edit(file, n),
                || cargo(&target, &["build", "--offline", "--target", TARGET, "-p", pkg]),
            )?;
            eprintln!("    {pkg}: {:.2} s", d.as_secs_f64());
            if is_wb { out.wb.push(d) } else { out.wg.push(d) }
        }
    }
    Ok(out)
}

/// The macro's time per phase: `(phase, median)`, in the order run.
pub type Phases = Vec<(String, Duration)>;

/// A guest's `generate!` input, for timing the macro on its world alone.
pub struct MacroInput {
    /// The guest crate whose directory relative WIT paths start from.
    pub guest: &'static str,
    pub input: &'static str,
}

/// The large world (`large-wg`).
pub const LARGE: MacroInput = MacroInput {
    guest: "large-wg",
    input: r#"{ path: "../wit-large", world: "bench:large/large", generate_all, stubs }"#,
};

/// The `wasi:http/proxy` world (`proxy-wg`).
pub const PROXY: MacroInput = MacroInput {
    guest: "proxy-wg",
    input: r#"{ path: "../wit-wasi-http", world: "wasi:http/proxy", generate_all, stubs }"#,
};

/// The wit-guest macro's time per phase on the large world, in this
/// process (the generator as a library, release build): the median of
/// `runs` expansions.
pub fn phases(runs: usize) -> Result<Phases> {
    let input: proc_macro2::TokenStream = LARGE.input.parse().map_err(|e| anyhow!("{e:?}"))?;
    let dir = guests_dir().join(LARGE.guest);
    let mut all = Vec::new();
    for _ in 0..runs {
        all.push(
            wit_guest_codegen::expand_phases(input.clone(), &dir, quote::quote!(::wit_bindgen))
                .map_err(|e| anyhow!(e))?,
        );
    }
    Ok(all[0]
        .iter()
        .enumerate()
        .map(|(i, (n, _))| {
            let mut v: Vec<Duration> = all.iter().map(|p| p[i].1).collect();
            v.sort();
            (n.to_string(), v[v.len() / 2])
        })
        .collect())
}

/// The macro's time per phase on `world`, with the generator built as cargo
/// builds a proc-macro in a user's dev build: without optimization, its
/// dependencies too (the `phases` profile, running
/// `codegen/examples/phases.rs`). The median of `runs` expansions.
pub fn phases_unoptimized(world: &MacroInput, runs: usize) -> Result<Phases> {
    let dir = guests_dir().join(world.guest);
    let out = std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(crate::cargo::root())
        .env("CARGO_TARGET_DIR", crate::cargo::main_target())
        .args(["run", "-q", "--offline", "-p", "wit-guest-codegen", "--example", "phases", "--profile", "phases", "--"])
        .arg(&dir)
        .arg(world.input)
        .arg(runs.to_string())
        .output()?;
    if !out.status.success() {
        return Err(anyhow!("the phases example failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let (name, ms) = l.split_once(' ').ok_or_else(|| anyhow!("unexpected line {l:?}"))?;
            Ok((name.to_string(), Duration::from_secs_f64(ms.parse::<f64>()? / 1e3)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::type_section_len;

    #[test]
    fn finds_the_type_section_length() {
        let wg = "#[unsafe(\n link_section = \"component-type:x\"\n)]\npub static T: [u8; 1268usize] = *b\"\";";
        let wb = "#[unsafe(link_section = \"component-type:y\")]\npub static T: [u8; 99] = *b\"\";";
        assert_eq!(type_section_len(wg), Some(1268));
        assert_eq!(type_section_len(wb), Some(99));
        assert_eq!(type_section_len("pub static T: [u8; 3] = [0; 3];"), None);
    }
}
