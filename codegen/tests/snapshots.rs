//! Expansion snapshots: every WIT fixture in `tests/fixtures/` expanded with
//! `generate_all`, pretty-printed, and compared with `tests/snapshots/`.
//! Set `WIT_GUEST_BLESS=1` to rewrite them; review the diff like code.
//!
//! The same fixtures are compiled for wasm32 and the host by the
//! `guest-fixtures` crate, so every snapshot is also known to compile.

use std::path::{Path, PathBuf};

use proc_macro2::Span;
use wit_guest_codegen::{Bindings, Options};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "wit"))
        .collect();
    out.sort();
    out
}

/// `// world: NAME` on a fixture's first line picks its world.
pub fn fixture_world(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().next()?.strip_prefix("// world: ").map(|w| w.trim().to_string())
}

/// `// options: ..` on a fixture's second line: more options.
fn fixture_options(path: &Path) -> Options {
    let text = std::fs::read_to_string(path).unwrap();
    let extra = text.lines().nth(1).and_then(|l| l.strip_prefix("// options: ")).unwrap_or("");
    Options::parse_str(&format!("{{ {extra} }}"))
        .unwrap_or_else(|e| panic!("{}: bad options: {:?}", path.display(), e.messages()))
}

fn expand(path: &Path) -> String {
    let opts = Options {
        paths: vec![(path.to_str().unwrap().to_string(), Span::call_site())],
        world: fixture_world(path).map(|w| (w, Span::call_site())),
        generate_all: true,
        ..fixture_options(path)
    };
    let (tokens, _) = Bindings::from_options(opts)
        .manifest_dir("/")
        .tokens()
        .unwrap_or_else(|errors| panic!("{}: {errors:?}", path.display()));
    // Paths of tracked files depend on the checkout; the snapshot must not,
    // and neither may the line breaks, so the path goes before printing.
    let dir = path.parent().unwrap().to_str().unwrap();
    let tokens: proc_macro2::TokenStream = tokens.to_string().replace(dir, "$FIXTURES").parse().unwrap();
    wit_guest_codegen::pretty(&tokens)
}

#[test]
fn expansions_match_snapshots() {
    let bless = std::env::var_os("WIT_GUEST_BLESS").is_some();
    let mut failures = Vec::new();
    for f in fixtures() {
        let name = f.file_stem().unwrap().to_str().unwrap().to_string();
        let snap = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("{name}.rs"));
        let actual = expand(&f);
        if bless {
            std::fs::write(&snap, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&snap).unwrap_or_default();
        if expected != actual {
            let diff = first_difference(&expected, &actual);
            failures.push(format!("{name}: expansion changed (WIT_GUEST_BLESS=1 to accept)\n{diff}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<_>, Vec<_>) = (expected.lines().collect(), actual.lines().collect());
    let i = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let show = |v: &[&str]| {
        v.iter().skip(i.saturating_sub(2)).take(6).map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n")
    };
    format!("at line {}:\n--- snapshot\n{}\n+++ now\n{}", i + 1, show(&e), show(&a))
}

#[test]
fn expansion_is_deterministic() {
    for f in fixtures() {
        assert_eq!(expand(&f), expand(&f), "{}", f.display());
    }
}

#[test]
fn expansion_sizes() {
    // Printed so the suite's output records the size of each expansion.
    for f in fixtures() {
        let lines = expand(&f).lines().count();
        println!("{}: {lines} lines", f.file_name().unwrap().to_str().unwrap());
        assert!(lines > 0);
    }
}
