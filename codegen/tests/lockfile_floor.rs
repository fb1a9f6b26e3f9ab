//! A crate whose `Cargo.lock` was made with wit-bindgen 0.60 switches to
//! wit-guest with no `cargo update`: with the dependency renamed, cargo adds
//! packages and drops those only wit-bindgen used, and moves no locked
//! package to another compatible version. (The generator's wasm-tools
//! family, 0.263, is newer than the one wit-bindgen 0.60 locked, 0.254: a
//! semver-incompatible second family is added, the old one left unused.)
//!
//! `lockfile/wit-bindgen-0.60-minimal.lock` is the lockfile of a crate that
//! depends on `wit-bindgen = "=0.60.0"`, resolved to the lowest versions
//! wit-bindgen allows (`cargo +nightly generate-lockfile -Z minimal-versions`,
//! once): the oldest lockfile such a crate can have. Resolving needs the
//! crates.io index (no builds).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// `name` → versions in a lockfile.
fn packages(lock: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut name = None;
    for line in lock.lines() {
        if let Some(n) = line.strip_prefix("name = ") {
            name = Some(n.trim_matches('"').to_string());
        } else if let (Some(v), Some(n)) = (line.strip_prefix("version = "), name.take()) {
            out.entry(n).or_default().push(v.trim_matches('"').to_string());
        }
    }
    out
}

/// Whether cargo's `^a` accepts `b`: the same major version, or for 0.x the
/// same minor (0.0.x: the same patch).
fn compatible(a: &str, b: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> { v.split(['.', '-', '+']).take(3).map(|p| p.parse().unwrap_or(0)).collect() };
    let (a, b) = (parts(a), parts(b));
    match (a[0], a[1]) {
        (0, 0) => a == b,
        (0, _) => a[..2] == b[..2],
        _ => a[0] == b[0],
    }
}

#[test]
fn compatible_follows_cargos_caret() {
    assert!(compatible("2.0.50", "2.0.100") && compatible("0.3.1", "0.3.9"));
    assert!(!compatible("0.254.0", "0.263.0") && !compatible("1.0.0", "2.0.0") && !compatible("0.0.1", "0.0.2"));
}

#[test]
fn a_wit_bindgen_lockfile_takes_wit_guest_without_updates() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rt = here.join("../rt").canonicalize().unwrap();
    let old = std::fs::read_to_string(here.join("tests/lockfile/wit-bindgen-0.60-minimal.lock")).unwrap();
    let dir = std::env::temp_dir().join(format!("wit-guest-lockfile-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), "").unwrap();
    // The lockfile's root package, now depending on wit-guest under wit-bindgen's name.
    let manifest = format!(
        "[package]\nname = \"minv-wb\"\nversion = \"0.0.0\"\nedition = \"2021\"\n[workspace]\n\
         [dependencies]\nwit-bindgen = {{ package = \"wit-guest\", path = {:?} }}\n",
        rt.to_str().unwrap()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(dir.join("Cargo.lock"), &old).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .current_dir(&dir)
        .args(["metadata", "--format-version", "1", "--quiet"])
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .output()
        .unwrap();
    assert!(out.status.success(), "resolution failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let new = std::fs::read_to_string(dir.join("Cargo.lock")).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    let (before, after) = (packages(&old), packages(&new));
    // A locked version gone while a compatible one is there: an update.
    let changed: Vec<String> = before
        .iter()
        .flat_map(|(name, versions)| versions.iter().map(move |v| (name, v)))
        .filter_map(|(name, v)| {
            let now = after.get(name)?;
            let moved = !now.contains(v) && now.iter().any(|w| compatible(v, w));
            moved.then(|| format!("{name}: {v} -> {now:?}"))
        })
        .collect();
    assert!(changed.is_empty(), "locked packages changed: {changed:#?}");
    assert!(after.contains_key("wit-guest-codegen"), "the renamed dependency was resolved");
}
