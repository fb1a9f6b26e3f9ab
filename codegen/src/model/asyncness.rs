//! Which functions get async bindings: every `async func`, unless a `sync`
//! entry (or a `-` entry of wit-bindgen 0.60's `async`) names it. Entries
//! are checked against the world: one that names no function, or asks for
//! async on a function the WIT has sync, is an error on the entry.

use std::collections::HashSet;

use wit_parser::{Function, Resolve, WorldId, WorldItem, WorldKey};

use super::functions;
use crate::diag::Diagnostics;
use crate::messages;
use crate::options::Options;

/// The functions bound as async, by side (`true`: export) and name.
#[derive(Default)]
pub struct Asyncness {
    async_funcs: HashSet<(bool, String)>,
}

/// How entries name a function: `ns:pkg/iface@1.0.0#f` in an interface,
/// `f` at world level (as wit-bindgen does).
fn qualified(resolve: &Resolve, key: Option<&WorldKey>, func: &Function) -> String {
    match key {
        Some(key) => format!("{}#{}", resolve.name_world_key(key), func.name),
        None => func.name.clone(),
    }
}

impl Asyncness {
    /// Decides every function of `world`; problems with entries go to `diag`.
    pub fn new(resolve: &Resolve, world: WorldId, opts: &Options, diag: &mut Diagnostics) -> Asyncness {
        let w = &resolve.worlds[world];
        let entries = &opts.sync;
        let mut used = vec![false; entries.len()];
        let mut names = Vec::new();
        let mut out = Asyncness::default();
        for (export, items) in [(false, &w.imports), (true, &w.exports)] {
            for (key, item) in items {
                let key = matches!(item, WorldItem::Interface { .. }).then_some(key);
                for f in functions(resolve, item) {
                    let name = qualified(resolve, key, f);
                    let mut decided = None;
                    for (e, used) in entries.iter().zip(&mut used) {
                        if !e.matches(export, &name) {
                            continue;
                        }
                        *used = true;
                        if e.name.is_some() && !e.sync && !f.kind.is_async() {
                            let at = resolve.render_location(f.span);
                            let at = if at == "<unknown>" { String::new() } else { at };
                            diag.error(e.span, messages::async_on_sync_function(&e.text, &at));
                        }
                        decided.get_or_insert(e.sync);
                    }
                    if f.kind.is_async() && decided != Some(true) {
                        out.async_funcs.insert((export, name.clone()));
                    }
                    names.push(format!("{}:{name}", if export { "export" } else { "import" }));
                    names.push(name);
                }
            }
        }
        let key = if opts.sync.iter().all(|e| e.sync) { "sync" } else { "async" };
        for (e, used) in entries.iter().zip(used) {
            if !used && e.name.is_some() {
                let suggestion = messages::closest(&e.text, names.iter().map(String::as_str));
                diag.error(e.span, messages::unused_sync_entry(key, &e.text, suggestion));
            }
        }
        out
    }

    /// Whether `func` (of the interface at `key`, or of the world) gets
    /// async bindings on the given side.
    pub fn is_async(&self, resolve: &Resolve, export: bool, key: Option<&WorldKey>, func: &Function) -> bool {
        func.kind.is_async() && self.async_funcs.contains(&(export, qualified(resolve, key, func)))
    }
}
