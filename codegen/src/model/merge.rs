//! `merge_structurally_equal_types`: named records, variants, enums and flags
//! that are structurally equal to an earlier one (same field, case and flag
//! names, equal types) become `pub type` aliases of it, so values pass
//! between interfaces without conversion.
//!
//! Equality looks through aliases and anonymous types; resources are equal
//! only to themselves. The representative of a class is its first member in
//! the world's topological type order.

use std::collections::HashMap;

use wit_parser::{Handle, Resolve, Type, TypeDefKind, TypeId};

use super::facts::dealias_type;

/// Whether a type is defined as a Rust item of its own (the kinds merging
/// turns into aliases).
fn nominal(kind: &TypeDefKind) -> bool {
    matches!(kind, TypeDefKind::Record(_) | TypeDefKind::Variant(_) | TypeDefKind::Enum(_) | TypeDefKind::Flags(_))
}

/// Maps each merged type to the representative it aliases. Only types
/// emitted on the same sides merge (`side` tells, e.g. in import modules, in
/// export modules, or both): an export module spells the types of exported
/// interfaces as their export, so a type there and an equal one spelled
/// from an import module are different Rust types.
pub fn representatives<S: PartialEq>(
    resolve: &Resolve,
    live: &[TypeId],
    side: impl Fn(TypeId) -> S,
) -> HashMap<TypeId, TypeId> {
    let mut reps: Vec<(TypeId, S)> = Vec::new();
    let mut out = HashMap::new();
    for &id in live {
        let def = &resolve.types[id];
        if def.name.is_none() || !nominal(&def.kind) {
            continue;
        }
        let s = side(id);
        match reps.iter().find(|(r, rs)| *rs == s && equal_ids(resolve, *r, id)) {
            Some((r, _)) => {
                out.insert(id, *r);
            }
            None => reps.push((id, s)),
        }
    }
    out
}

/// Across the import/export boundary, as wit-bindgen merges: each type
/// emitted in an export module (`exported`) that holds no handle and equals
/// a type emitted on the import side (`imported`) → the import side's
/// representative (`merged` applied), which the export module aliases. A
/// type with handles stays apart: an exported resource's handle is another
/// Rust type than the imported one of the same WIT resource.
pub fn export_aliases(
    resolve: &Resolve,
    live: &[TypeId],
    merged: &HashMap<TypeId, TypeId>,
    has_handles: impl Fn(TypeId) -> bool,
    exported: impl Fn(TypeId) -> bool,
    imported: impl Fn(TypeId) -> bool,
) -> HashMap<TypeId, TypeId> {
    let mut out = HashMap::new();
    for &id in live {
        let def = &resolve.types[id];
        if def.name.is_none() || !nominal(&def.kind) || !exported(id) || has_handles(id) {
            continue;
        }
        if let Some(&r) = live.iter().find(|&&r| imported(r) && equal_ids(resolve, r, id)) {
            out.insert(id, merged.get(&r).copied().unwrap_or(r));
        }
    }
    out
}

fn equal(resolve: &Resolve, a: &Type, b: &Type) -> bool {
    match (dealias_type(resolve, a), dealias_type(resolve, b)) {
        (Type::Id(a), Type::Id(b)) => equal_ids(resolve, a, b),
        (Type::Id(_), _) | (_, Type::Id(_)) => false,
        (a, b) => a == b,
    }
}

fn equal_opt(resolve: &Resolve, a: &Option<Type>, b: &Option<Type>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => equal(resolve, a, b),
        (None, None) => true,
        _ => false,
    }
}

fn equal_ids(resolve: &Resolve, a: TypeId, b: TypeId) -> bool {
    if a == b {
        return true;
    }
    use TypeDefKind as K;
    match (&resolve.types[a].kind, &resolve.types[b].kind) {
        (K::Type(x), _) => equal(resolve, x, &Type::Id(b)),
        (_, K::Type(y)) => equal(resolve, &Type::Id(a), y),
        (K::Record(x), K::Record(y)) => {
            x.fields.len() == y.fields.len()
                && x.fields.iter().zip(&y.fields).all(|(f, g)| f.name == g.name && equal(resolve, &f.ty, &g.ty))
        }
        (K::Variant(x), K::Variant(y)) => {
            x.cases.len() == y.cases.len()
                && x.cases.iter().zip(&y.cases).all(|(c, d)| c.name == d.name && equal_opt(resolve, &c.ty, &d.ty))
        }
        (K::Enum(x), K::Enum(y)) => {
            x.cases.len() == y.cases.len() && x.cases.iter().zip(&y.cases).all(|(c, d)| c.name == d.name)
        }
        (K::Flags(x), K::Flags(y)) => {
            x.flags.len() == y.flags.len() && x.flags.iter().zip(&y.flags).all(|(c, d)| c.name == d.name)
        }
        (K::Tuple(x), K::Tuple(y)) => {
            x.types.len() == y.types.len() && x.types.iter().zip(&y.types).all(|(s, t)| equal(resolve, s, t))
        }
        (K::List(x), K::List(y)) | (K::Option(x), K::Option(y)) => equal(resolve, x, y),
        (K::FixedLengthList(x, n), K::FixedLengthList(y, m)) => n == m && equal(resolve, x, y),
        (K::Map(k, v), K::Map(l, w)) => equal(resolve, k, l) && equal(resolve, v, w),
        (K::Result(x), K::Result(y)) => equal_opt(resolve, &x.ok, &y.ok) && equal_opt(resolve, &x.err, &y.err),
        (K::Handle(Handle::Own(x)), K::Handle(Handle::Own(y)))
        | (K::Handle(Handle::Borrow(x)), K::Handle(Handle::Borrow(y))) => equal_ids(resolve, *x, *y),
        // Resources are distinct unless they are the same resource.
        _ => false,
    }
}
