//! Driving wit-bindgen-rust 0.60.0 (with its own wit-parser 0.254) on the same cases.
use crate::gen::Case;
use wbc60::wit_parser::Resolve;
use wbc60::{AsyncFilterSet, Files, WorldGenerator};
use wbr60::{Opts, Ownership};

pub fn wit_bindgen_060(case: &Case) -> anyhow::Result<String> {
    let mut resolve = Resolve::default();
    // Parsed with wit-parser 0.254 (accessors do not parse there: the error is reported as a skip).
    let (pkg, _) = resolve.push_path(&case.path)?;
    let world = resolve.select_world(&[pkg], Some(&case.world))?;
    let mut opts = Opts::default();
    opts.generate_all = case.opts.generate_all;
    if let Some(dup) = case.opts.ownership {
        opts.ownership = Ownership::Borrowing { duplicate_if_necessary: dup };
    }
    opts.type_section_suffix = case.opts.type_section_suffix.clone();
    if !case.opts.sync.is_empty() {
        // 0.63's `--sync X` is 0.60's `--async -X` (0.60: a leading `-` forces sync).
        let mut s = AsyncFilterSet::default();
        for d in &case.opts.sync {
            s.push(&format!("-{d}"));
        }
        opts.async_ = s;
    }
    if !case.opts.chainable.is_empty() {
        // 0.60 only has the all-or-nothing `enable_method_chaining`.
        if case.opts.chainable == ["&all"] {
            opts.enable_method_chaining = true;
        } else {
            anyhow::bail!("0.60 has no per-method chainable filter (only enable_method_chaining)");
        }
    }
    if case.opts.merge {
        opts.merge_structurally_equal_types = Some(Some(true));
    }
    let mut files = Files::default();
    let mut g = opts.build();
    g.generate(&mut resolve, world, &mut files)?;
    let (_, src) = files.iter().next().unwrap();
    Ok(String::from_utf8(src.to_vec())?)
}
