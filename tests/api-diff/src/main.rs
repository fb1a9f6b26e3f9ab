//! `cargo xtask api-diff`: the public API wit-guest generates, compared with
//! what wit-bindgen 0.63 and 0.60 generate for the same WIT and options, on
//! every codegen fixture, the guests written for wit-bindgen and the probes
//! here. Both generators run as libraries; each output is parsed with syn
//! and reduced to one normalized line per public fact (`api.rs`): paths,
//! fields, variants, derives and trait impls, signatures, trait items.
//!
//! The differences between wit-guest and 0.63 must be exactly those listed
//! in `expected.txt` (each explained in README's "Known differences"): a new
//! one, or a listed one gone, fails the run. 0.60's differences from 0.63
//! are printed (none today). Everything is written to `target/api-diff/out`.

mod api;
mod gen;
mod gen60;
mod paths;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gen::{Case, CaseOpts};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    let dir = root().join("codegen/tests/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "wit"))
        .collect();
    files.sort();
    for f in files {
        let stem = f.file_stem().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(&f).unwrap();
        let optline = text.lines().nth(1).and_then(|l| l.strip_prefix("// options: ")).unwrap_or("");
        let mut o = CaseOpts { generate_all: true, ..Default::default() };
        let mut variant = String::new();
        if optline.contains("duplicate_if_necessary: true") {
            o.ownership = Some(true);
        }
        if optline.contains("duplicate_if_necessary: false") {
            o.ownership = Some(false);
        }
        if optline.contains("merge_structurally_equal_types") {
            o.merge = true;
        }
        if let Some(i) = optline.find("sync: [") {
            let rest = &optline[i + 7..];
            let list = &rest[..rest.find(']').unwrap()];
            o.sync =
                list.split(',').map(|s| s.trim().trim_matches('"').to_string()).filter(|s| !s.is_empty()).collect();
        }
        if optline.contains("enable_method_chaining") {
            // wit-bindgen 0.63 rejects 0.60's `enable_method_chaining`; run its
            // documented equivalent on both sides instead.
            o.chainable = vec!["&all".into()];
            variant = "~chain-all".into();
        }
        let path = f.to_str().unwrap().to_string();
        for w in gen::worlds(&path).unwrap() {
            out.push(Case {
                name: format!("fixture-{stem}{variant}@{w}"),
                path: path.clone(),
                world: w,
                opts: o.clone(),
            });
        }
    }
    let g = root().join("tests/guests");
    let g = g.display();
    out.push(Case {
        name: "guest-compat@compat".into(),
        path: format!("{g}/compat/wit"),
        world: "compat".into(),
        opts: CaseOpts::default(),
    });
    out.push(Case {
        name: "guest-compat@borrowing-dup".into(),
        path: format!("{g}/compat/wit"),
        world: "borrowing".into(),
        opts: CaseOpts { ownership: Some(true), type_section_suffix: Some("dup".into()), ..Default::default() },
    });
    out.push(Case {
        name: "guest-compat@borrowing-nodup".into(),
        path: format!("{g}/compat/wit"),
        world: "borrowing".into(),
        opts: CaseOpts { ownership: Some(false), type_section_suffix: Some("nodup".into()), ..Default::default() },
    });
    out.push(Case {
        name: "guest-asyncs@asyncs".into(),
        path: format!("{g}/asyncs/wit"),
        world: "asyncs".into(),
        opts: CaseOpts { sync: vec!["export:test:asyncs/api#blocking".into()], ..Default::default() },
    });
    out.push(Case {
        name: "guest-streams@streams".into(),
        path: format!("{g}/streams/wit"),
        world: "streams".into(),
        opts: CaseOpts::default(),
    });
    let chain_world = gen::worlds(&format!("{g}/chain/wit")).unwrap();
    for w in chain_world {
        out.push(Case {
            name: format!("guest-chain@{w}"),
            path: format!("{g}/chain/wit"),
            world: w,
            opts: CaseOpts {
                chainable: vec![
                    "-test:chain/builder#[method]text-builder.clear".into(),
                    "&test:chain/builder#[method]text-builder.push-char".into(),
                    "test:chain/builder#text-builder".into(),
                ],
                ..Default::default()
            },
        });
    }
    for w in gen::worlds(&format!("{g}/accessors/wit")).unwrap() {
        out.push(Case {
            name: format!("guest-accessors@{w}"),
            path: format!("{g}/accessors/wit"),
            world: w,
            opts: CaseOpts::default(),
        });
    }
    // Probes of wit-bindgen's rules (tests/api-diff/probes).
    for e in std::fs::read_dir(root().join("tests/api-diff/probes")).into_iter().flatten().flatten() {
        let p = e.path();
        let stem = p.file_stem().unwrap().to_str().unwrap().to_string();
        let path = p.to_str().unwrap().to_string();
        for w in gen::worlds(&path).unwrap() {
            out.push(Case {
                name: format!("probe-{stem}@{w}"),
                path: path.clone(),
                world: w,
                opts: CaseOpts { generate_all: true, ..Default::default() },
            });
        }
    }
    out
}

fn lines(text: &str) -> anyhow::Result<Vec<String>> {
    Ok(api::surface(&syn::parse_file(text)?).0)
}

/// `- x` only in `a`, `+ x` only in `b`.
fn diff(a: &[String], b: &[String]) -> Vec<String> {
    let (sa, sb): (BTreeSet<_>, BTreeSet<_>) = (a.iter().collect(), b.iter().collect());
    sa.difference(&sb).map(|l| format!("- {l}")).chain(sb.difference(&sa).map(|l| format!("+ {l}"))).collect()
}

fn main() -> ExitCode {
    let out = root().join("target/api-diff/out");
    std::fs::create_dir_all(&out).expect("target/api-diff/out");
    let (mut found, mut versions, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    for case in cases() {
        let (wb, wg) = match (gen::wit_bindgen(&case), gen::wit_guest(&case)) {
            (Ok(wb), Ok(wg)) => (wb, wg),
            (wb, wg) => {
                let err = |r: anyhow::Result<String>| r.err().map(|e| format!("{e:#}")).unwrap_or_else(|| "ok".into());
                skipped.push(format!("{}: wit-bindgen 0.63 {}, wit-guest {}", case.name, err(wb), err(wg)));
                continue;
            }
        };
        let dir = out.join(&case.name);
        std::fs::create_dir_all(&dir).expect("an output directory");
        let _ = std::fs::write(dir.join("wit-bindgen.rs"), &wb);
        let _ = std::fs::write(dir.join("wit-guest.rs"), &wg);
        let (l63, lg) = match (lines(&wb), lines(&wg)) {
            (Ok(a), Ok(b)) => (a, b),
            (a, b) => {
                skipped.push(format!("{}: output does not parse ({:?} / {:?})", case.name, a.err(), b.err()));
                continue;
            }
        };
        found.extend(diff(&l63, &lg).into_iter().map(|l| format!("{}: {l}", case.name)));
        // 0.60 parses with wit-parser 0.254: no accessors, no per-method chaining.
        if let Ok(l60) = gen60::wit_bindgen_060(&case).and_then(|t| lines(&t)) {
            versions.extend(diff(&l63, &l60).into_iter().map(|l| format!("{}: {l}", case.name)));
        }
    }
    let text = found.join("\n") + "\n";
    let _ = std::fs::write(out.join("found.txt"), &text);
    for s in &skipped {
        println!("skipped {s}");
    }
    for v in &versions {
        println!(
            "0.60 differs from 0.63 ({}): {v}",
            if v.contains(": - ") { "- only in 0.63" } else { "+ only in 0.60" }
        );
    }
    let expected_path = root().join("tests/api-diff/expected.txt");
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    let expected: Vec<String> =
        expected.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect();
    let new = diff(&expected, &found);
    if new.is_empty() {
        println!(
            "public API: {} known differences from wit-bindgen 0.63 (tests/api-diff/expected.txt), none new",
            found.len()
        );
        return ExitCode::SUCCESS;
    }
    println!(
        "public API differences changed (`+` new, `-` listed but gone); all found: {}",
        out.join("found.txt").display()
    );
    for l in new {
        println!("{l}");
    }
    ExitCode::FAILURE
}
