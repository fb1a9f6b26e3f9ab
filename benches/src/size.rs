//! Code size of a component: the whole file, its main core module (found with
//! `wasmparser`, as `wasm-tools` would extract it), that module's code
//! section, and the `component-type` custom section the bindings embed.

use std::path::Path;

use anyhow::{Context, Result};
use wasmparser::{Parser, Payload};

/// Sizes in bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sizes {
    pub component: u64,
    /// The largest core module inside the component: the guest's own code
    /// (the others are small adapter shims added by `wasm-component-ld`).
    pub core_module: u64,
    pub code_section: u64,
    /// `component-type:*` custom sections left in the core module (the
    /// componentizer normally consumes them; see `Expansion::type_section`).
    pub component_type_left: u64,
}

/// Measures the component at `path`.
pub fn measure(path: &Path) -> Result<Sizes> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let mut sizes = Sizes { component: bytes.len() as u64, ..Sizes::default() };
    let mut largest: Option<std::ops::Range<usize>> = None;
    for payload in Parser::new(0).parse_all(&bytes) {
        if let Payload::ModuleSection { unchecked_range, .. } = payload?
            && largest.as_ref().is_none_or(|r| r.len() < unchecked_range.len())
        {
            largest = Some(unchecked_range);
        }
    }
    let module = &bytes[largest.context("the component holds no core module")?];
    sizes.core_module = module.len() as u64;
    for payload in Parser::new(0).parse_all(module) {
        match payload? {
            Payload::CodeSectionStart { size, .. } => sizes.code_section = size as u64,
            Payload::CustomSection(c) if c.name().starts_with("component-type") => {
                sizes.component_type_left += c.data().len() as u64;
            }
            _ => {}
        }
    }
    Ok(sizes)
}
