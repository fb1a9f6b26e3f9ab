//! A crate whose `Cargo.lock` was made with wit-bindgen 0.60 switches to
//! wit-guest with no `cargo update`: with the dependency renamed, cargo only
//! adds packages, it changes none that are locked.
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
    let changed: Vec<String> = before
        .iter()
        .filter_map(|(name, versions)| {
            let now = after.get(name)?;
            (now != versions).then(|| format!("{name}: {versions:?} -> {now:?}"))
        })
        .collect();
    assert!(changed.is_empty(), "locked packages changed: {changed:#?}");
    assert!(after.contains_key("wit-guest-codegen"), "the renamed dependency was resolved");
}
