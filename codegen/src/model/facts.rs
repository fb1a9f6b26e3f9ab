//! Facts about WIT types: computed once per type, in one walk over the
//! `Resolve`, and asked for everywhere else (the emitters, the ABI, the
//! ownership analysis and the world checks).
//!
//! `wit-parser` keeps types in topological order, but the table does not rely
//! on it: a type's facts are derived from its parts' facts, memoised.

use wit_parser::{Handle, Resolve, Type, TypeDefKind, TypeId};

/// What is true of a type's values, through every part of it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TypeFacts {
    /// Holds a string, list or map: its Rust value owns memory the host
    /// reads, so an import borrows it and an export returning it needs a
    /// post-return.
    pub has_list: bool,
    /// Holds an owned handle (`own<r>`, `future`, `stream`).
    pub has_own: bool,
    /// Holds a borrowed handle (its Rust type has a lifetime).
    pub has_borrow: bool,
    /// Its Rust type is `Copy`.
    pub is_copy: bool,
    /// Lowering it builds element arrays: a list whose elements' Rust layout
    /// is not their canonical layout, or a map.
    pub builds_arrays: bool,
    /// Holds a map (lowered by borrowing its entries).
    pub has_map: bool,
    /// Holds an `error-context`: lowering lends its handle, which the value
    /// must keep until the other side has lifted it.
    pub has_error_context: bool,
}

impl TypeFacts {
    /// A primitive type (no type definition).
    fn primitive(ty: &Type) -> TypeFacts {
        match ty {
            Type::String => TypeFacts { has_list: true, ..TypeFacts::default() },
            Type::ErrorContext => TypeFacts { has_own: true, has_error_context: true, ..TypeFacts::default() },
            _ => TypeFacts { is_copy: true, ..TypeFacts::default() },
        }
    }

    /// The facts of an aggregate made of `parts` (all parts present at once
    /// for records and tuples, one of them for variants).
    fn aggregate(parts: impl IntoIterator<Item = TypeFacts>) -> TypeFacts {
        let mut out = TypeFacts { is_copy: true, ..TypeFacts::default() };
        for p in parts {
            out.has_list |= p.has_list;
            out.has_own |= p.has_own;
            out.has_borrow |= p.has_borrow;
            out.is_copy &= p.is_copy;
            out.builds_arrays |= p.builds_arrays;
            out.has_map |= p.has_map;
            out.has_error_context |= p.has_error_context;
        }
        out
    }
}

/// The facts of every type of a `Resolve`.
pub struct Facts {
    table: Vec<TypeFacts>,
}

impl Facts {
    /// Computes the facts of every type in `resolve`.
    pub fn new(resolve: &Resolve) -> Facts {
        let mut memo: Vec<Option<TypeFacts>> = vec![None; resolve.types.len()];
        for (id, _) in resolve.types.iter() {
            compute(resolve, id, &mut memo);
        }
        Facts { table: memo.into_iter().map(Option::unwrap_or_default).collect() }
    }

    /// The facts of `ty`.
    pub fn of(&self, ty: &Type) -> TypeFacts {
        match ty {
            Type::Id(id) => self.of_id(*id),
            t => TypeFacts::primitive(t),
        }
    }

    /// The facts of the type `id`.
    pub fn of_id(&self, id: TypeId) -> TypeFacts {
        self.table.get(id.index()).copied().unwrap_or_default()
    }
}

fn compute(resolve: &Resolve, id: TypeId, memo: &mut Vec<Option<TypeFacts>>) -> TypeFacts {
    if let Some(f) = memo[id.index()] {
        return f;
    }
    let mut of = |t: &Type| match t {
        Type::Id(i) => compute(resolve, *i, memo),
        t => TypeFacts::primitive(t),
    };
    let facts = match &resolve.types[id].kind {
        TypeDefKind::Type(t) | TypeDefKind::Option(t) => of(t),
        TypeDefKind::FixedLengthList(t, _) => of(t),
        TypeDefKind::Record(r) => TypeFacts::aggregate(r.fields.iter().map(|f| of(&f.ty)).collect::<Vec<_>>()),
        TypeDefKind::Tuple(t) => TypeFacts::aggregate(t.types.iter().map(&mut of).collect::<Vec<_>>()),
        TypeDefKind::Variant(v) => {
            TypeFacts::aggregate(v.cases.iter().filter_map(|c| c.ty.as_ref()).map(&mut of).collect::<Vec<_>>())
        }
        TypeDefKind::Result(r) => {
            TypeFacts::aggregate(r.ok.iter().chain(r.err.iter()).map(&mut of).collect::<Vec<_>>())
        }
        TypeDefKind::List(elem) => {
            let e = of(elem);
            TypeFacts {
                has_list: true,
                has_own: e.has_own,
                has_borrow: e.has_borrow,
                is_copy: false,
                builds_arrays: canonical_lower(resolve, elem).is_none(),
                has_map: e.has_map,
                has_error_context: e.has_error_context,
            }
        }
        TypeDefKind::Map(k, v) => {
            let (k, v) = (of(k), of(v));
            TypeFacts {
                has_list: true,
                has_own: k.has_own || v.has_own,
                has_borrow: k.has_borrow || v.has_borrow,
                is_copy: false,
                builds_arrays: true,
                has_map: true,
                has_error_context: k.has_error_context || v.has_error_context,
            }
        }
        TypeDefKind::Handle(Handle::Own(_)) | TypeDefKind::Future(_) | TypeDefKind::Stream(_) => {
            TypeFacts { has_own: true, ..TypeFacts::default() }
        }
        TypeDefKind::Handle(Handle::Borrow(_)) => TypeFacts { has_borrow: true, ..TypeFacts::default() },
        TypeDefKind::Enum(_) | TypeDefKind::Flags(_) => TypeFacts { is_copy: true, ..TypeFacts::default() },
        TypeDefKind::Resource | TypeDefKind::Unknown => TypeFacts::default(),
    };
    memo[id.index()] = Some(facts);
    facts
}

/// Follows `type a = b` aliases (and `use`d names) to the defining type.
pub fn dealias(resolve: &Resolve, mut id: TypeId) -> TypeId {
    while let TypeDefKind::Type(Type::Id(next)) = &resolve.types[id].kind {
        id = *next;
    }
    id
}

/// [`dealias`] for any type; an alias of a primitive becomes the primitive.
pub fn dealias_type(resolve: &Resolve, ty: &Type) -> Type {
    let mut ty = *ty;
    while let Type::Id(id) = ty
        && let TypeDefKind::Type(next) = &resolve.types[id].kind
    {
        ty = *next;
    }
    ty
}

/// A primitive whose Rust values are valid canonical bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Canonical {
    /// `bool` and `char`: lowered in place, but lifted with a check.
    Checked,
    /// An integer or float: lowered and lifted in place.
    Number(Type),
}

/// Whether a list of `ty` can be lowered by pointing the host at the Rust
/// slice (and lifted by adopting the host's buffer, for numbers).
pub fn canonical_lower(resolve: &Resolve, ty: &Type) -> Option<Canonical> {
    match dealias_type(resolve, ty) {
        Type::Bool | Type::Char => Some(Canonical::Checked),
        t @ (Type::U8
        | Type::S8
        | Type::U16
        | Type::S16
        | Type::U32
        | Type::S32
        | Type::U64
        | Type::S64
        | Type::F32
        | Type::F64) => Some(Canonical::Number(t)),
        _ => None,
    }
}

/// Whether `ty` is a string or a list whose Rust buffer is its canonical
/// form: an export returning one hands the host that buffer (shrunk to its
/// length), and the post-return frees it.
pub fn is_buffer(resolve: &Resolve, ty: &Type) -> bool {
    match dealias_type(resolve, ty) {
        Type::String => true,
        Type::Id(id) => match &resolve.types[id].kind {
            TypeDefKind::List(elem) => canonical_lower(resolve, elem).is_some(),
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(wit: &str) -> Resolve {
        let mut r = Resolve::default();
        r.push_str("t.wit", wit).unwrap();
        r
    }

    fn named(r: &Resolve, name: &str) -> TypeId {
        r.types.iter().find(|(_, t)| t.name.as_deref() == Some(name)).map(|(id, _)| id).unwrap()
    }

    const WIT: &str = "package t:t;
        interface i {
            resource res;
            record point { x: u32, y: f64 }
            type point-alias = point;
            record label { text: string, at: point }
            variant shape { dot(point), named(label), none }
            record holder { r: borrow<res> }
            record owner { r: own<res> }
            type holders = list<holder>;
            type bare = list<borrow<res>>;
            type bytes = list<u8>;
            type flags-list = list<bool>;
            type points = list<point>;
            type table = map<string, u32>;
            type arr = list<point, 3>;
            type fut = future<u32>;
            enum color { red, green }
            flags perms { read, write }
        }";

    #[test]
    fn facts_of_named_types() {
        let r = resolve(WIT);
        let f = Facts::new(&r);
        let of = |n: &str| f.of_id(named(&r, n));
        let copy = TypeFacts { is_copy: true, ..TypeFacts::default() };
        assert_eq!(of("point"), copy);
        assert_eq!(of("point-alias"), copy);
        assert_eq!(of("color"), copy);
        assert_eq!(of("perms"), copy);
        assert_eq!(of("arr"), copy);
        assert_eq!(of("label"), TypeFacts { has_list: true, ..TypeFacts::default() });
        assert_eq!(of("shape"), of("label"));
        assert_eq!(of("holder"), TypeFacts { has_borrow: true, ..TypeFacts::default() });
        assert_eq!(of("owner"), TypeFacts { has_own: true, ..TypeFacts::default() });
        assert_eq!(of("fut"), TypeFacts { has_own: true, ..TypeFacts::default() });
        let holders = of("holders");
        assert!(holders.has_list && holders.has_borrow && holders.builds_arrays);
        let bare = of("bare");
        assert!(bare.has_borrow && bare.builds_arrays);
        assert!(!of("bytes").builds_arrays && !of("flags-list").builds_arrays);
        assert!(of("points").builds_arrays && of("table").builds_arrays);
        assert!(!of("res").is_copy && !of("res").has_own);
    }

    #[test]
    fn canonical_elements_and_buffers() {
        let r = resolve(WIT);
        let list_elem = |n: &str| match &r.types[named(&r, n)].kind {
            TypeDefKind::List(e) => *e,
            _ => unreachable!(),
        };
        assert_eq!(canonical_lower(&r, &list_elem("bytes")), Some(Canonical::Number(Type::U8)));
        assert_eq!(canonical_lower(&r, &list_elem("flags-list")), Some(Canonical::Checked));
        assert_eq!(canonical_lower(&r, &list_elem("points")), None);
        assert!(is_buffer(&r, &Type::String));
        assert!(is_buffer(&r, &Type::Id(named(&r, "bytes"))));
        assert!(!is_buffer(&r, &Type::Id(named(&r, "points"))));
        assert_eq!(dealias(&r, named(&r, "point-alias")), named(&r, "point"));
    }
}
