//! Driving both generators.
use std::path::Path;
use wit_bindgen_core::wit_parser::Resolve;
use wit_bindgen_core::{AsyncFilterSet, ChainableMethodFilterSet, Files, WorldGenerator};
use wit_bindgen_rust::{Opts, Ownership};

/// Options common to both sides, spelled once.
#[derive(Clone, Default, Debug)]
pub struct CaseOpts {
    pub generate_all: bool,
    pub ownership: Option<bool>, // Some(dup) = Borrowing { duplicate_if_necessary: dup }
    pub type_section_suffix: Option<String>,
    pub sync: Vec<String>,
    pub chainable: Vec<String>,
    pub merge: bool,
}

#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    pub path: String,
    pub world: String,
    pub opts: CaseOpts,
}

pub fn wit_bindgen(case: &Case) -> anyhow::Result<String> {
    let mut resolve = Resolve::default();
    let (pkg, _) = resolve.push_path(&case.path)?;
    let world = resolve.select_world(&[pkg], Some(&case.world))?;
    let mut opts = Opts::default();
    opts.generate_all = case.opts.generate_all;
    if let Some(dup) = case.opts.ownership {
        opts.ownership = Ownership::Borrowing { duplicate_if_necessary: dup };
    }
    opts.type_section_suffix = case.opts.type_section_suffix.clone();
    if !case.opts.sync.is_empty() {
        let mut s = AsyncFilterSet::default();
        for d in &case.opts.sync {
            s.push(d);
        }
        opts.async_ = s;
    }
    if !case.opts.chainable.is_empty() {
        let mut s = ChainableMethodFilterSet::default();
        for d in &case.opts.chainable {
            s.push(d);
        }
        opts.chainable_methods = s;
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

pub fn wit_guest(case: &Case) -> anyhow::Result<String> {
    let mut s = format!("{{ path: {:?}, world: {:?}, ", case.path, case.world);
    let o = &case.opts;
    if o.generate_all {
        s += "generate_all, ";
    }
    if let Some(dup) = o.ownership {
        s += &format!("ownership: Borrowing {{ duplicate_if_necessary: {dup} }}, ");
    }
    if let Some(t) = &o.type_section_suffix {
        s += &format!("type_section_suffix: {t:?}, ");
    }
    if !o.sync.is_empty() {
        s += &format!("sync: {:?}, ", o.sync);
    }
    if !o.chainable.is_empty() {
        s += &format!("chainable_methods: {:?}, ", o.chainable);
    }
    if o.merge {
        s += "merge_structurally_equal_types: true, ";
    }
    s += "}";
    let tokens: proc_macro2::TokenStream = s.parse().map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let out = wit_guest_codegen::expand(tokens, Path::new("/"), quote::quote!(::wit_bindgen));
    let text = out.to_string();
    if text.contains("compile_error") && syn::parse_str::<syn::File>(&text).map(|f| f.items.len() < 3).unwrap_or(true) {
        anyhow::bail!("wit-guest rejected: {}", text);
    }
    Ok(text)
}

/// Worlds of the main package of a WIT file or directory.
pub fn worlds(path: &str) -> anyhow::Result<Vec<String>> {
    let mut resolve = Resolve::default();
    let (pkg, _) = resolve.push_path(path)?;
    Ok(resolve.packages[pkg].worlds.keys().cloned().collect())
}
