//! Canonical ABI glue: how a WIT value becomes core wasm values or bytes in
//! linear memory, and back.
//!
//! Layouts and flattening come from `wit-parser` (`SizeAlign`, `push_flat`,
//! `wasm_signature`); this module only turns them into Rust statements.
//!
//! Conventions of the emitted code:
//! - Core values are `i32`/`i64`/`f32`/`f64`: pointers and lengths are `i32`
//!   (wasm32), so the join of two variant cases needs only the four casts of
//!   the canonical ABI.
//! - Lowering reads a value through an expression that may be `T`, `&T` or
//!   `&&T` and may be evaluated more than once (a binding or a field path);
//!   it uses only auto-deref operations, so one routine serves borrowed import
//!   arguments and stream writes alike. An export's result is instead lowered
//!   by consuming it (`Abi::consume`). Lowering never copies string bytes or
//!   canonical list elements (except to shrink a returned buffer that has
//!   spare capacity): the host reads them where they are.
//! - Lifting takes ownership: strings and lists the host allocated with
//!   `cabi_realloc` are adopted in place (no copy) when their layout is Rust's.
//! - Temporaries end in `_` plus a number, which no escaped WIT name can.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{
    Int, Resolve, SizeAlign, Type, TypeDefKind, TypeId,
    abi::{FlatTypes, WasmType},
};

use crate::model::Scope;
use crate::model::facts::{self, Canonical};

// `Abi`'s methods, by direction: Rust values to the canonical ABI, back,
// and the post-return that frees what lowering an export result built.
mod free;
mod handles;
mod lift;
mod lower;
#[cfg(test)]
mod tests;

/// The most flat values a function's parameters are passed as; a type
/// with more is never lowered or lifted flat.
const MAX_FLAT_PARAMS: usize = 16;

/// One of the four core wasm value types.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flat {
    I32,
    I64,
    F32,
    F64,
}

impl Flat {
    pub fn from_wasm(w: WasmType) -> Flat {
        match w {
            WasmType::I32 | WasmType::Pointer | WasmType::Length => Flat::I32,
            WasmType::I64 | WasmType::PointerOrI64 => Flat::I64,
            WasmType::F32 => Flat::F32,
            WasmType::F64 => Flat::F64,
        }
    }

    pub fn rust(self) -> TokenStream {
        match self {
            Flat::I32 => quote!(i32),
            Flat::I64 => quote!(i64),
            Flat::F32 => quote!(f32),
            Flat::F64 => quote!(f64),
        }
    }

    fn zero(self) -> TokenStream {
        match self {
            Flat::I32 => quote!(0i32),
            Flat::I64 => quote!(0i64),
            Flat::F32 => quote!(0f32),
            Flat::F64 => quote!(0f64),
        }
    }
}

/// The flat types of `ty`, or `None` past `max` values.
pub fn flat_types(resolve: &Resolve, ty: &Type, max: usize) -> Option<Vec<Flat>> {
    let mut storage = vec![WasmType::I32; max];
    let mut flat = FlatTypes::new(&mut storage);
    if !resolve.push_flat(ty, &mut flat) {
        return None;
    }
    Some(flat.to_vec().into_iter().map(Flat::from_wasm).collect())
}

/// One case of a variant-shaped type (variant, option, result).
struct Case {
    /// Pattern that matches the case, binding its payload to the given ident.
    pat: fn(&TokenStream, Option<&TokenStream>) -> TokenStream,
    ctor: TokenStream,
    /// The value of the case when it has no payload.
    unit: TokenStream,
    payload: Option<Type>,
}

fn pat_tuple(ctor: &TokenStream, bind: Option<&TokenStream>) -> TokenStream {
    match bind {
        Some(b) => quote!(#ctor(#b)),
        None => quote!(#ctor(_)),
    }
}

fn pat_unit(ctor: &TokenStream, bind: Option<&TokenStream>) -> TokenStream {
    match bind {
        Some(b) => quote!(#ctor(#b)),
        None => quote!(#ctor),
    }
}

/// Rust integer type of a discriminant or flags word.
fn int_ty(i: Int) -> TokenStream {
    match i {
        Int::U8 => quote!(u8),
        Int::U16 => quote!(u16),
        Int::U32 => quote!(u32),
        Int::U64 => quote!(u64),
    }
}

/// Numeric element types whose Rust layout is their canonical layout, so a
/// list of them is lifted by adopting the buffer: their Rust type.
pub fn canonical_lift(resolve: &Resolve, ty: &Type) -> Option<TokenStream> {
    let Some(Canonical::Number(t)) = facts::canonical_lower(resolve, ty) else { return None };
    Some(match t {
        Type::U8 => quote!(u8),
        Type::S8 => quote!(i8),
        Type::U16 => quote!(u16),
        Type::S16 => quote!(i16),
        Type::U32 => quote!(u32),
        Type::S32 => quote!(i32),
        Type::U64 => quote!(u64),
        Type::S64 => quote!(i64),
        Type::F32 => quote!(f32),
        _ => quote!(f64),
    })
}

/// Element types whose Rust values are valid canonical bytes, so a list of
/// them is lowered by pointing the host at the slice.
fn canonical_lower(resolve: &Resolve, ty: &Type) -> bool {
    facts::canonical_lower(resolve, ty).is_some()
}

/// Converts a flat value of type `from` to the joined type `to` (lowering).
fn join_cast(v: TokenStream, from: Flat, to: Flat) -> TokenStream {
    match (from, to) {
        (a, b) if a == b => v,
        (Flat::I32, Flat::I64) => quote!(#v as u32 as i64),
        (Flat::F32, Flat::I32) => quote!(#v.to_bits() as i32),
        (Flat::F32, Flat::I64) => quote!(#v.to_bits() as i64),
        (Flat::F64, Flat::I64) => quote!(#v.to_bits() as i64),
        (a, b) => unreachable!("no canonical join from {a:?} to {b:?}"),
    }
}

/// Converts a joined flat value back to the case's own type (lifting).
fn split_cast(v: TokenStream, joined: Flat, to: Flat) -> TokenStream {
    match (joined, to) {
        (a, b) if a == b => v,
        (Flat::I64, Flat::I32) => quote!(#v as i32),
        (Flat::I32, Flat::F32) => quote!(f32::from_bits(#v as u32)),
        (Flat::I64, Flat::F32) => quote!(f32::from_bits(#v as u32)),
        (Flat::I64, Flat::F64) => quote!(f64::from_bits(#v as u64)),
        (a, b) => unreachable!("no canonical split from {a:?} to {b:?}"),
    }
}

/// Emits lowering and lifting code for one function body.
pub struct Abi<'a> {
    pub resolve: &'a Resolve,
    pub sizes: &'a SizeAlign,
    pub scope: &'a Scope<'a>,
    pub rt: &'a TokenStream,
    /// The runtime function lifting a string: `string_lift` (checked),
    /// `string_lift_unchecked` (`assume_valid_utf8`) or `list_lift::<u8>`
    /// (`raw_strings`: `Vec<u8>`).
    string_lift: TokenStream,
    tmp: usize,
    /// Set when the emitted code allocated through `cleanup_`.
    pub uses_cleanup: bool,
    /// `let` declarations that must precede the lifted values (handles of
    /// borrows that live until the call returns).
    pub deferred: TokenStream,
    /// Whether the value being lowered is spelled in the borrowed style of
    /// `ownership: Borrowing` (variant paths are then `NameParam`).
    pub borrowed: bool,
    /// How many element closures (of lists, maps, arrays) the code being
    /// lifted is inside: values kept for the call then go to a `Lender`.
    closures: usize,
    /// Owned handles moved out for an async call are recorded in `taken_`
    /// (with how to drop each), so that a call cancelled before it started
    /// drops them instead of leaking them.
    pub record_taken: bool,
    /// Set when the emitted code pushed to `taken_`.
    pub uses_taken: bool,
    /// Owned handles are lowered without being taken out of their wrapper:
    /// a stream or future write keeps its values until the reader took them.
    pub peek_own: bool,
    /// The value is lowered by consuming it (an export's result): strings
    /// and canonical lists are handed over (`rt::give`, or
    /// `Buffer::give_in_place` with `in_place`) and element arrays built
    /// from the value's own elements, so the post-return frees everything
    /// through the lowered memory (`free_stored`) and no Rust value outlives
    /// the export call.
    pub consume: bool,
    /// With `consume`: the value is lowered through `&mut` and forgotten
    /// afterwards instead of moved apart (`Buffer::give_in_place`), for a
    /// value without element arrays, which has no Rust container to free.
    pub in_place: bool,
}

impl<'a> Abi<'a> {
    pub fn new(scope: &'a Scope<'a>) -> Self {
        Abi {
            resolve: scope.model.resolve,
            sizes: &scope.model.sizes,
            scope,
            rt: scope.glue_rt(),
            string_lift: match (scope.model.opts.raw_strings, scope.model.opts.assume_valid_utf8) {
                (true, _) => quote!(list_lift::<u8>),
                (false, true) => quote!(string_lift_unchecked),
                (false, false) => quote!(string_lift),
            },
            tmp: 0,
            uses_cleanup: false,
            deferred: TokenStream::new(),
            borrowed: false,
            closures: 0,
            record_taken: false,
            uses_taken: false,
            peek_own: false,
            consume: false,
            in_place: false,
        }
    }

    /// The flat types of the record or variant `id` when it is lowered to
    /// and lifted from flat values through the helpers beside its
    /// definition (`T::__wit_guest_flat`, `T::__wit_guest_lift_flat`): the
    /// types of `Model::store_helper` that fit in a call's flat parameters.
    pub fn flat_helper(&self, id: TypeId) -> Option<Vec<Flat>> {
        if !self.scope.model.store_helper(id) {
            return None;
        }
        flat_types(self.resolve, &Type::Id(id), MAX_FLAT_PARAMS)
    }

    /// Steps into a value of type `id`: a borrowed value stays borrowed only
    /// where the type is spelled borrowed. Returns the style to restore.
    fn enter(&mut self, id: TypeId) -> bool {
        let prev = self.borrowed;
        if prev && !matches!(self.resolve.types[id].kind, TypeDefKind::Type(_)) {
            self.borrowed = self.scope.model.usage.style(id) == crate::model::ownership::Style::Borrowed;
        }
        prev
    }

    /// A fresh temporary, `name` + counter + `_`.
    pub fn tmp(&mut self, name: &str) -> TokenStream {
        self.tmp += 1;
        let id = format_ident!("{}{}_", name, self.tmp);
        quote!(#id)
    }

    pub fn size(&self, ty: &Type) -> usize {
        self.sizes.size(ty).size_wasm32()
    }

    pub fn align(&self, ty: &Type) -> usize {
        self.sizes.align(ty).align_wasm32()
    }

    fn cases(&self, id: TypeId) -> Option<(Vec<Case>, Int)> {
        let def = &self.resolve.types[id];
        Some(match &def.kind {
            TypeDefKind::Option(t) => (
                vec![
                    Case {
                        pat: pat_unit,
                        ctor: quote!(::core::option::Option::None),
                        unit: quote!(::core::option::Option::None),
                        payload: None,
                    },
                    Case {
                        pat: pat_tuple,
                        ctor: quote!(::core::option::Option::Some),
                        unit: TokenStream::new(),
                        payload: Some(*t),
                    },
                ],
                Int::U8,
            ),
            TypeDefKind::Result(r) => (
                vec![
                    Case {
                        pat: pat_tuple,
                        ctor: quote!(::core::result::Result::Ok),
                        unit: quote!(::core::result::Result::Ok(())),
                        payload: r.ok,
                    },
                    Case {
                        pat: pat_tuple,
                        ctor: quote!(::core::result::Result::Err),
                        unit: quote!(::core::result::Result::Err(())),
                        payload: r.err,
                    },
                ],
                Int::U8,
            ),
            TypeDefKind::Variant(v) => {
                let path = self.scope.type_path_as(id, self.borrowed);
                let cases = v
                    .cases
                    .iter()
                    .map(|c| {
                        let name = crate::names::ident(&crate::names::case(&c.name));
                        Case { pat: pat_unit, ctor: quote!(#path::#name), unit: quote!(#path::#name), payload: c.ty }
                    })
                    .collect();
                (cases, v.tag())
            }
            _ => return None,
        })
    }

    /// A variant-shaped type in memory: its cases, the Rust type of its
    /// discriminant, and the offset of the payload.
    fn variant_in_memory(&self, id: TypeId) -> (Vec<Case>, TokenStream, usize) {
        let (cases, tag) = self.cases(id).expect("variant-shaped");
        let payload_off = self.sizes.payload_offset(tag, cases.iter().map(|c| c.payload.as_ref())).size_wasm32();
        (cases, int_ty(tag), payload_off)
    }

    fn construct(case: &Case, payload: Option<TokenStream>) -> TokenStream {
        let ctor = &case.ctor;
        match payload {
            Some(p) => quote!(#ctor(#p)),
            None => case.unit.clone(),
        }
    }
}

/// `n * size` without a no-op `* 1`.
fn times(n: &TokenStream, size: usize) -> TokenStream {
    if size == 1 {
        n.clone()
    } else {
        let size = Literal::usize_unsuffixed(size);
        quote!(#n * #size)
    }
}

/// `at + off` as a pointer expression.
fn addr_at(at: &TokenStream, off: usize) -> TokenStream {
    if off == 0 {
        quote!(#at)
    } else {
        let o = Literal::usize_unsuffixed(off);
        quote!(#at.add(#o))
    }
}

/// Word `i` (32 bits) of a flags value, as `ty`.
fn flags_word(v: &TokenStream, i: usize, ty: TokenStream) -> TokenStream {
    if i == 0 {
        quote!(#v.bits() as #ty)
    } else {
        let shift = Literal::usize_unsuffixed(32 * i);
        quote!((#v.bits() >> #shift) as #ty)
    }
}

/// The integer a flags type's bitflags struct is built on.
pub fn flags_bits_type(n: usize) -> TokenStream {
    match n {
        0..=8 => quote!(u8),
        9..=16 => quote!(u16),
        17..=32 => quote!(u32),
        _ => quote!(u64),
    }
}
