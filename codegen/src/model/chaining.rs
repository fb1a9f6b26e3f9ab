//! Which imported methods return their resource (`chainable_methods`,
//! wit-bindgen 0.61): methods without results, matched by the first entry
//! naming them (`all`, `ns:pkg/iface#res`, `ns:pkg/iface#[method]res.m`;
//! `res` and `[method]res.m` at world level). An entry other than `all`
//! that matches no such method is an error on the entry.

use std::collections::HashMap;

use wit_parser::{Function, FunctionKind, Resolve, WorldId, WorldKey};

use super::functions;
use crate::diag::Diagnostics;
use crate::messages;
use crate::options::{ChainEntry, Chaining, Options};

/// The chained imported methods and how, by qualified name.
#[derive(Default)]
pub struct Chained {
    methods: HashMap<String, Chaining>,
}

/// `prefix#name` in an interface, `name` at world level.
fn qualified(resolve: &Resolve, key: Option<&WorldKey>, name: &str) -> String {
    match key {
        Some(key) => format!("{}#{name}", resolve.name_world_key(key)),
        None => name.to_string(),
    }
}

/// The resource of a method, if `func` is one.
fn method_of(func: &Function) -> Option<wit_parser::TypeId> {
    match func.kind {
        FunctionKind::Method(r) | FunctionKind::AsyncMethod(r) => Some(r),
        _ => None,
    }
}

impl Chained {
    /// Decides every imported method of `world`; unused entries go to `diag`.
    pub fn new(resolve: &Resolve, world: WorldId, opts: &Options, diag: &mut Diagnostics) -> Chained {
        // 0.60's `enable_method_chaining` is `["&all"]` on the import side
        // (its export side is the `GuestR` traits' business).
        let all = [ChainEntry::all(Chaining::Borrowing)];
        let entries: &[ChainEntry] = if opts.enable_method_chaining { &all } else { &opts.chainable_methods };
        let mut out = Chained::default();
        if entries.is_empty() {
            return out;
        }
        let mut used = vec![false; entries.len()];
        let mut names = Vec::new();
        for (key, item) in &resolve.worlds[world].imports {
            let key = matches!(item, wit_parser::WorldItem::Interface { .. }).then_some(key);
            for f in functions(resolve, item) {
                let Some(r) = method_of(f).filter(|_| f.result.is_none()) else { continue };
                let resource = qualified(resolve, key, resolve.types[r].name.as_deref().unwrap_or_default());
                let method = qualified(resolve, key, &f.name);
                let hit = entries.iter().zip(&mut used).find(|(e, _)| e.matches(&resource, &method));
                if let Some((e, used)) = hit {
                    *used = true;
                    if let Some(mode) = e.mode {
                        out.methods.insert(method.clone(), mode);
                    }
                }
                names.push(method);
                names.push(resource);
            }
        }
        for (e, used) in entries.iter().zip(used) {
            if !used && e.name.is_some() {
                let name = e.name.as_deref().unwrap_or_default();
                let suggestion = messages::closest(name, names.iter().map(String::as_str));
                diag.error(e.span, messages::unused_chain_entry(&e.text, suggestion));
            }
        }
        out
    }

    /// How the imported method `func` (of the interface at `key`, or of the
    /// world) returns its resource, if it does.
    pub fn of(&self, resolve: &Resolve, key: Option<&WorldKey>, func: &Function) -> Option<Chaining> {
        if self.methods.is_empty() || method_of(func).is_none() || func.result.is_some() {
            return None;
        }
        self.methods.get(&qualified(resolve, key, &func.name)).copied()
    }
}
