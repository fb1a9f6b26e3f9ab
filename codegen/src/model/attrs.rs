//! `additional_type_attributes` and `additional_member_attributes`: keys
//! matched against the world's named types, attributes kept by `TypeId`.
//!
//! A key is a WIT type name (`point`: every type of that name in the world)
//! or one qualified by its interface (`ns:pkg/iface/point`, with or without
//! the version); a member key adds `.field` or `.case`. Keys that match
//! nothing are errors naming the closest candidate. A name that aliases
//! another named type (a `use`, or `type a = b`) stands for the type it names.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::{Resolve, TypeDefKind, TypeId, WorldId, WorldItem};

use super::facts::dealias;
use crate::diag::Diagnostics;
use crate::messages;
use crate::options::{AttrEntry, Options};

/// Attributes for generated types and their members.
#[derive(Default, Clone)]
pub struct Attrs {
    types: HashMap<TypeId, Vec<syn::Attribute>>,
    members: HashMap<(TypeId, String), Vec<syn::Attribute>>,
}

impl Attrs {
    /// Whether the item for `id` has extra attributes.
    pub fn has_type(&self, id: TypeId) -> bool {
        self.types.get(&id).is_some_and(|a| !a.is_empty())
    }

    /// The extra attributes of the item for `id`.
    pub fn of_type(&self, id: TypeId) -> TokenStream {
        let attrs = self.types.get(&id).into_iter().flatten();
        quote!(#(#attrs)*)
    }

    /// The extra attributes of the field, case or flag `member` of `id`.
    pub fn of_member(&self, id: TypeId, member: &str) -> TokenStream {
        let attrs = self.members.get(&(id, member.to_string())).into_iter().flatten();
        quote!(#(#attrs)*)
    }
}

/// Every name a key may use for each named type of the world.
fn candidates(resolve: &Resolve, world: WorldId) -> Vec<(String, TypeId)> {
    let w = &resolve.worlds[world];
    let mut out = Vec::new();
    for (key, item) in w.imports.iter().chain(w.exports.iter()) {
        match item {
            WorldItem::Interface { id, .. } => {
                let prefixes = super::interface_names(resolve, key);
                for (tname, tid) in &resolve.interfaces[*id].types {
                    out.push((tname.clone(), *tid));
                    for p in &prefixes {
                        out.push((format!("{p}/{tname}"), *tid));
                    }
                }
            }
            WorldItem::Type { id, .. } => {
                if let Some(name) = &resolve.types[*id].name {
                    out.push((name.clone(), *id));
                }
            }
            WorldItem::Function(_) => {}
        }
    }
    // A `use`d name (or any alias of a named type) stands for the type it
    // names: that is where the attributes go.
    for (_, id) in &mut out {
        let target = dealias(resolve, *id);
        if resolve.types[target].name.is_some() {
            *id = target;
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.dedup();
    out
}

/// The members a key may name on `id` (WIT names), or `None` when the type
/// has none.
fn members(resolve: &Resolve, id: TypeId) -> Option<Vec<String>> {
    Some(match &resolve.types[id].kind {
        TypeDefKind::Record(r) => r.fields.iter().map(|f| f.name.clone()).collect(),
        TypeDefKind::Variant(v) => v.cases.iter().map(|c| c.name.clone()).collect(),
        TypeDefKind::Enum(e) => e.cases.iter().map(|c| c.name.clone()).collect(),
        TypeDefKind::Flags(f) => f.flags.iter().map(|f| f.name.clone()).collect(),
        _ => return None,
    })
}

/// Matches the options' keys against the world.
pub fn resolve(resolve: &Resolve, world: WorldId, opts: &Options, diag: &mut Diagnostics) -> Attrs {
    let mut out = Attrs::default();
    if opts.type_attributes.is_empty() && opts.member_attributes.is_empty() {
        return out;
    }
    let all = candidates(resolve, world);
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    let lookup = |key: &str| -> Vec<TypeId> {
        let mut ids: Vec<TypeId> = all.iter().filter(|(n, _)| n == key).map(|(_, t)| *t).collect();
        ids.sort_by_key(|t| t.index());
        ids.dedup();
        ids
    };
    for AttrEntry { key, span, attrs } in &opts.type_attributes {
        let found = lookup(key);
        if found.is_empty() {
            diag.error(*span, messages::unknown_type_key("additional_type_attributes", key, &names));
        }
        for id in found {
            if matches!(resolve.types[id].kind, TypeDefKind::Resource) {
                diag.error(*span, messages::attributes_on_resource(key));
                continue;
            }
            out.types.entry(id).or_default().extend(attrs.iter().cloned());
        }
    }
    for AttrEntry { key, span, attrs } in &opts.member_attributes {
        // Versions hold dots, so the member is after the last `/`'s last `.`.
        let slash = key.rfind('/').map(|i| i + 1).unwrap_or(0);
        let Some(dot) = key[slash..].rfind('.').map(|i| slash + i) else {
            diag.error(*span, messages::member_key_without_member(key));
            continue;
        };
        let (ty, member) = (&key[..dot], &key[dot + 1..]);
        let found = lookup(ty);
        if found.is_empty() {
            diag.error(*span, messages::unknown_type_key("additional_member_attributes", ty, &names));
        }
        for id in found {
            match members(resolve, id) {
                Some(m) if m.iter().any(|n| n == member) => {
                    out.members.entry((id, member.to_string())).or_default().extend(attrs.iter().cloned());
                }
                Some(m) => {
                    let m: Vec<&str> = m.iter().map(String::as_str).collect();
                    diag.error(*span, messages::unknown_member(ty, member, &m));
                }
                None => diag.error(*span, messages::type_without_members(ty)),
            }
        }
    }
    out
}
