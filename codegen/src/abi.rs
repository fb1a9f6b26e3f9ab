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
//!   arguments and export results alike. Lowering never copies string bytes or
//!   canonical list elements: the host reads them where they are.
//! - Lifting takes ownership: strings and lists the host allocated with
//!   `cabi_realloc` are adopted in place (no copy) when their layout is Rust's.
//! - Temporaries end in `_` plus a number, which no escaped WIT name can.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{
    FlagsRepr, Handle, Int, Resolve, SizeAlign, Type, TypeDefKind, TypeId,
    abi::{FlatTypes, WasmType},
};

use crate::emit::Scope;

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
/// list of them is lifted by adopting the buffer.
fn canonical_lift(resolve: &Resolve, ty: &Type) -> Option<TokenStream> {
    Some(match ty {
        Type::U8 => quote!(u8),
        Type::S8 => quote!(i8),
        Type::U16 => quote!(u16),
        Type::S16 => quote!(i16),
        Type::U32 => quote!(u32),
        Type::S32 => quote!(i32),
        Type::U64 => quote!(u64),
        Type::S64 => quote!(i64),
        Type::F32 => quote!(f32),
        Type::F64 => quote!(f64),
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Type(t) => return canonical_lift(resolve, t),
            _ => return None,
        },
        _ => return None,
    })
}

/// Element types whose Rust values are valid canonical bytes, so a list of
/// them is lowered by pointing the host at the slice.
fn canonical_lower(resolve: &Resolve, ty: &Type) -> bool {
    match ty {
        Type::Bool | Type::Char => true,
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Type(t) => canonical_lower(resolve, t),
            _ => false,
        },
        t => canonical_lift(resolve, t).is_some(),
    }
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
    /// `raw_strings`: strings are `Vec<u8>`, lifted without UTF-8 checks.
    raw_strings: bool,
    tmp: usize,
    /// Set when the emitted code allocated through `cleanup_`.
    pub uses_cleanup: bool,
    /// `let` declarations that must precede the lifted values (handles of
    /// borrows that live until the call returns).
    pub deferred: TokenStream,
    /// Whether the value being lowered is spelled in the borrowed style of
    /// `ownership: Borrowing` (variant paths are then `NameParam`).
    pub borrowed: bool,
}

impl<'a> Abi<'a> {
    pub fn new(scope: &'a Scope<'a>) -> Self {
        Abi {
            resolve: scope.cx.resolve,
            sizes: &scope.cx.sizes,
            scope,
            rt: &scope.cx.rt,
            raw_strings: scope.cx.opts.raw_strings,
            tmp: 0,
            uses_cleanup: false,
            deferred: TokenStream::new(),
            borrowed: false,
        }
    }

    /// Steps into a value of type `id`: a borrowed value stays borrowed only
    /// where the type is spelled borrowed. Returns the style to restore.
    fn enter(&mut self, id: TypeId) -> bool {
        let prev = self.borrowed;
        if prev && !matches!(self.resolve.types[id].kind, TypeDefKind::Type(_)) {
            self.borrowed = self.scope.cx.usage.style(id) == crate::emit::ownership::Style::Borrowed;
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
                    Case { pat: pat_unit, ctor: quote!(::core::option::Option::None), unit: quote!(::core::option::Option::None), payload: None },
                    Case { pat: pat_tuple, ctor: quote!(::core::option::Option::Some), unit: TokenStream::new(), payload: Some(*t) },
                ],
                Int::U8,
            ),
            TypeDefKind::Result(r) => (
                vec![
                    Case { pat: pat_tuple, ctor: quote!(::core::result::Result::Ok), unit: quote!(::core::result::Result::Ok(())), payload: r.ok },
                    Case { pat: pat_tuple, ctor: quote!(::core::result::Result::Err), unit: quote!(::core::result::Result::Err(())), payload: r.err },
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

    fn construct(case: &Case, payload: Option<TokenStream>) -> TokenStream {
        let ctor = &case.ctor;
        match payload {
            Some(p) => quote!(#ctor(#p)),
            None => case.unit.clone(),
        }
    }

    // ---------------------------------------------------------------- lower

    /// Lowers `v` to flat values pushed on `out`; statements go to `stmts`.
    pub fn lower_flat(&mut self, ty: &Type, v: &TokenStream, out: &mut Vec<TokenStream>, stmts: &mut TokenStream) {
        let rt = self.rt;
        match ty {
            Type::Bool | Type::S8 | Type::U8 | Type::S16 | Type::U16 | Type::S32 | Type::U32 | Type::Char => {
                out.push(quote!(#rt::as_i32(#v)))
            }
            Type::S64 | Type::U64 => out.push(quote!(#rt::as_i64(#v))),
            Type::F32 => out.push(quote!(#rt::as_f32(#v))),
            Type::F64 => out.push(quote!(#rt::as_f64(#v))),
            Type::String => {
                out.push(quote!(#rt::ptr_i32(#v.as_ptr())));
                out.push(quote!(#rt::len_i32(#v.len())));
            }
            Type::ErrorContext => unreachable!("rejected before emission"),
            Type::Id(id) => self.lower_flat_id(*id, v, out, stmts),
        }
    }

    fn lower_flat_id(&mut self, id: TypeId, v: &TokenStream, out: &mut Vec<TokenStream>, stmts: &mut TokenStream) {
        let prev = self.enter(id);
        self.lower_flat_id_in(id, v, out, stmts);
        self.borrowed = prev;
    }

    fn lower_flat_id_in(&mut self, id: TypeId, v: &TokenStream, out: &mut Vec<TokenStream>, stmts: &mut TokenStream) {
        let resolve = self.resolve;
        match &resolve.types[id].kind {
            TypeDefKind::Type(t) => self.lower_flat(t, v, out, stmts),
            TypeDefKind::Record(r) => {
                for f in &r.fields {
                    let name = crate::names::snake_ident(&f.name);
                    self.lower_flat(&f.ty, &quote!(#v.#name), out, stmts);
                }
            }
            TypeDefKind::Tuple(t) => {
                for (i, ty) in t.types.iter().enumerate() {
                    let i = Literal::usize_unsuffixed(i);
                    self.lower_flat(ty, &quote!(#v.#i), out, stmts);
                }
            }
            TypeDefKind::Flags(f) => {
                let n = match f.repr() {
                    FlagsRepr::U8 | FlagsRepr::U16 => 1,
                    FlagsRepr::U32(n) => n,
                };
                for i in 0..n {
                    out.push(flags_word(v, i, quote!(i32)));
                }
            }
            TypeDefKind::Enum(e) => {
                let path = self.scope.type_path(id);
                let arms = e.cases.iter().enumerate().map(|(i, c)| {
                    let name = crate::names::ident(&crate::names::case(&c.name));
                    let i = Literal::i32_unsuffixed(i as i32);
                    quote!(#path::#name => #i,)
                });
                out.push(quote!(match #v { #(#arms)* }));
            }
            TypeDefKind::List(elem) => {
                let (p, n) = self.lower_list(elem, v, stmts);
                out.push(p);
                out.push(n);
            }
            TypeDefKind::Map(k, val) => {
                let (p, n) = self.lower_map(k, val, v, stmts);
                out.push(p);
                out.push(n);
            }
            TypeDefKind::FixedLengthList(elem, n) => {
                for i in 0..*n as usize {
                    let i = Literal::usize_unsuffixed(i);
                    self.lower_flat(elem, &quote!(#v[#i]), out, stmts);
                }
            }
            TypeDefKind::Handle(h) => out.push(self.lower_handle(h, v)),
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Variant(_) => {
                self.lower_flat_variant(id, v, out, stmts)
            }
            other => unreachable!("{} rejected before emission", other.as_str()),
        }
    }

    fn lower_handle(&mut self, h: &Handle, v: &TokenStream) -> TokenStream {
        crate::emit::resources::lower_handle(self, h, v)
    }

    /// Lowers a list to `(ptr, len)`; copies elements only when their Rust
    /// layout differs from the canonical one.
    fn lower_list(&mut self, elem: &Type, v: &TokenStream, stmts: &mut TokenStream) -> (TokenStream, TokenStream) {
        let rt = self.rt.clone();
        if canonical_lower(self.resolve, elem) {
            return (quote!(#rt::ptr_i32(#v.as_ptr())), quote!(#rt::len_i32(#v.len())));
        }
        self.uses_cleanup = true;
        let size = self.size(elem);
        let align = Literal::usize_unsuffixed(self.align(elem));
        let (ptr, len, base, at, e, i) =
            (self.tmp("ptr"), self.tmp("len"), self.tmp("base"), self.tmp("at"), self.tmp("e"), self.tmp("i"));
        let (len_bytes, i_bytes) = (times(&len, size), times(&i, size));
        let store = self.store(elem, &e, &at, 0);
        stmts.extend(quote! {
            let #len = #v.len();
            let #base = cleanup_.alloc(#len_bytes, #align);
            for (#i, #e) in #v.iter().enumerate() {
                let #at = #base.add(#i_bytes);
                #store
            }
            let #ptr = #rt::ptr_i32(#base);
        });
        (ptr, quote!(#rt::len_i32(#len)))
    }

    /// Lowers a map to `(ptr, len)` of a list of key/value records, written
    /// into a temporary buffer.
    fn lower_map(&mut self, k: &Type, val: &Type, v: &TokenStream, stmts: &mut TokenStream) -> (TokenStream, TokenStream) {
        let rt = self.rt.clone();
        self.uses_cleanup = true;
        let entry = self.sizes.record([k, val]);
        let size = entry.size.size_wasm32();
        let align = Literal::usize_unsuffixed(entry.align.align_wasm32());
        let val_off = self.sizes.field_offsets([k, val])[1].0.size_wasm32();
        let (ptr, len, base, at, ke, ve, i) = (
            self.tmp("ptr"),
            self.tmp("len"),
            self.tmp("base"),
            self.tmp("at"),
            self.tmp("k"),
            self.tmp("v"),
            self.tmp("i"),
        );
        let store_k = self.store(k, &ke, &at, 0);
        let store_v = self.store(val, &ve, &at, val_off);
        let entries = self.tmp("entries");
        let (len_bytes, i_bytes) = (times(&len, size), times(&i, size));
        stmts.extend(quote! {
            use #rt::MapEntries as _;
            let (#len, #entries) = #v.wit_map_entries();
            let #base = cleanup_.alloc(#len_bytes, #align);
            for (#i, (#ke, #ve)) in #entries.enumerate() {
                let #at = #base.add(#i_bytes);
                #store_k
                #store_v
            }
            let #ptr = #rt::ptr_i32(#base);
        });
        (ptr, quote!(#rt::len_i32(#len)))
    }

    fn lower_flat_variant(&mut self, id: TypeId, v: &TokenStream, out: &mut Vec<TokenStream>, stmts: &mut TokenStream) {
        let (cases, _) = self.cases(id).expect("variant-shaped");
        let joined = flat_types(self.resolve, &Type::Id(id), 64).expect("bounded by caller");
        let vars: Vec<TokenStream> = (0..joined.len()).map(|_| self.tmp("f")).collect();
        let mut arms = TokenStream::new();
        for (disc, case) in cases.iter().enumerate() {
            let disc = Literal::i32_unsuffixed(disc as i32);
            let mut vals = vec![quote!(#disc)];
            let mut body = TokenStream::new();
            let pat = match &case.payload {
                Some(t) => {
                    let e = self.tmp("e");
                    let pat = (case.pat)(&case.ctor, Some(&e));
                    let mut payload = Vec::new();
                    self.lower_flat(t, &e, &mut payload, &mut body);
                    let own = flat_types(self.resolve, t, 64).expect("bounded");
                    for ((val, from), to) in payload.into_iter().zip(own).zip(&joined[1..]) {
                        vals.push(join_cast(val, from, *to));
                    }
                    pat
                }
                None => (case.pat)(&case.ctor, None),
            };
            for to in &joined[vals.len()..] {
                vals.push(to.zero());
            }
            arms.extend(quote!(#pat => { #body (#(#vals,)*) })); 
        }
        stmts.extend(quote!(let (#(#vars,)*) = match &#v { #arms };));
        out.extend(vars);
    }

    /// Stores `v` at `at + off`.
    pub fn store(&mut self, ty: &Type, v: &TokenStream, at: &TokenStream, off: usize) -> TokenStream {
        let addr = |off: usize| addr_at(at, off);
        let prim = |this: &mut Self, ty: &Type, narrow: TokenStream| {
            let mut out = Vec::new();
            let mut stmts = TokenStream::new();
            this.lower_flat(ty, v, &mut out, &mut stmts);
            let a = addr(off);
            let flat = matches!(narrow.to_string().as_str(), "i32" | "i64" | "f32" | "f64");
            if flat {
                quote!(*#a.cast::<#narrow>() = #(#out)*;)
            } else {
                quote!(*#a.cast::<#narrow>() = #(#out)* as #narrow;)
            }
        };
        match ty {
            Type::Bool | Type::U8 => prim(self, ty, quote!(u8)),
            Type::S8 => prim(self, ty, quote!(i8)),
            Type::U16 => prim(self, ty, quote!(u16)),
            Type::S16 => prim(self, ty, quote!(i16)),
            Type::S32 | Type::U32 | Type::Char => prim(self, ty, quote!(i32)),
            Type::S64 | Type::U64 => prim(self, ty, quote!(i64)),
            Type::F32 => prim(self, ty, quote!(f32)),
            Type::F64 => prim(self, ty, quote!(f64)),
            Type::String => {
                let rt = self.rt;
                let (a, b) = (addr(off), addr(off + 4));
                quote! {
                    *#a.cast::<i32>() = #rt::ptr_i32(#v.as_ptr());
                    *#b.cast::<i32>() = #rt::len_i32(#v.len());
                }
            }
            Type::ErrorContext => unreachable!("rejected before emission"),
            Type::Id(id) => self.store_id(*id, v, at, off),
        }
    }

    fn store_id(&mut self, id: TypeId, v: &TokenStream, at: &TokenStream, off: usize) -> TokenStream {
        let prev = self.enter(id);
        let out = self.store_id_in(id, v, at, off);
        self.borrowed = prev;
        out
    }

    fn store_id_in(&mut self, id: TypeId, v: &TokenStream, at: &TokenStream, off: usize) -> TokenStream {
        let resolve = self.resolve;
        let addr = |off: usize| addr_at(at, off);
        match &resolve.types[id].kind {
            TypeDefKind::Type(t) => self.store(t, v, at, off),
            TypeDefKind::Record(r) => {
                let offsets = self.sizes.field_offsets(r.fields.iter().map(|f| &f.ty));
                let mut out = TokenStream::new();
                for (f, (o, ty)) in r.fields.iter().zip(offsets) {
                    let name = crate::names::snake_ident(&f.name);
                    out.extend(self.store(ty, &quote!(#v.#name), at, off + o.size_wasm32()));
                }
                out
            }
            TypeDefKind::Tuple(t) => {
                let offsets = self.sizes.field_offsets(t.types.iter());
                let mut out = TokenStream::new();
                for (i, (o, ty)) in offsets.into_iter().enumerate() {
                    let i = Literal::usize_unsuffixed(i);
                    out.extend(self.store(ty, &quote!(#v.#i), at, off + o.size_wasm32()));
                }
                out
            }
            TypeDefKind::Flags(f) => {
                let (n, word) = match f.repr() {
                    FlagsRepr::U8 => (1, quote!(u8)),
                    FlagsRepr::U16 => (1, quote!(u16)),
                    FlagsRepr::U32(n) => (n, quote!(u32)),
                };
                let mut out = TokenStream::new();
                for i in 0..n {
                    let a = addr(off + 4 * i);
                    let val = if n == 1 { quote!(#v.bits()) } else { flags_word(v, i, word.clone()) };
                    out.extend(quote!(*#a.cast::<#word>() = #val;));
                }
                out
            }
            TypeDefKind::Enum(e) => {
                let mut flat = Vec::new();
                self.lower_flat_id(id, v, &mut flat, &mut TokenStream::new());
                let word = int_ty(e.tag());
                let a = addr(off);
                quote!(*#a.cast::<#word>() = #(#flat)* as #word;)
            }
            TypeDefKind::List(elem) => {
                let mut stmts = TokenStream::new();
                let (p, n) = self.lower_list(elem, v, &mut stmts);
                let (a, b) = (addr(off), addr(off + 4));
                quote! { #stmts *#a.cast::<i32>() = #p; *#b.cast::<i32>() = #n; }
            }
            TypeDefKind::Map(k, val) => {
                let mut stmts = TokenStream::new();
                let (p, n) = self.lower_map(k, val, v, &mut stmts);
                let (a, b) = (addr(off), addr(off + 4));
                quote! { #stmts *#a.cast::<i32>() = #p; *#b.cast::<i32>() = #n; }
            }
            TypeDefKind::FixedLengthList(elem, _) => {
                let (e, i, at_i) = (self.tmp("e"), self.tmp("i"), self.tmp("at"));
                let i_bytes = times(&i, self.size(elem));
                let a = addr(off);
                let store = self.store(elem, &e, &at_i, 0);
                quote! {
                    for (#i, #e) in #v.iter().enumerate() {
                        let #at_i = #a.add(#i_bytes);
                        #store
                    }
                }
            }
            TypeDefKind::Handle(h) => {
                let val = self.lower_handle(h, v);
                let a = addr(off);
                quote!(*#a.cast::<i32>() = #val;)
            }
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Variant(_) => {
                let (cases, tag) = self.cases(id).expect("variant-shaped");
                let payload_off = self.sizes.payload_offset(tag, cases.iter().map(|c| c.payload.as_ref())).size_wasm32();
                let word = int_ty(tag);
                let a = addr(off);
                let mut arms = TokenStream::new();
                for (disc, case) in cases.iter().enumerate() {
                    let disc = Literal::usize_unsuffixed(disc);
                    let (pat, body) = match &case.payload {
                        Some(t) => {
                            let e = self.tmp("e");
                            (
                                (case.pat)(&case.ctor, Some(&e)),
                                self.store(t, &e, at, off + payload_off),
                            )
                        }
                        None => ((case.pat)(&case.ctor, None), TokenStream::new()),
                    };
                    arms.extend(quote!(#pat => { *#a.cast::<#word>() = #disc; #body }));
                }
                quote!(match &#v { #arms })
            }
            other => unreachable!("{} rejected before emission", other.as_str()),
        }
    }

    // ----------------------------------------------------------------- lift

    /// Lifts a value from the flat values in `vals` (consumed front to back).
    pub fn lift_flat(&mut self, ty: &Type, vals: &mut std::vec::IntoIter<TokenStream>) -> TokenStream {
        let rt = self.rt;
        let mut next = || vals.next().expect("flat value count matches the signature");
        match ty {
            Type::Bool => { let v = next(); quote!(#rt::bool_lift(#v)) }
            Type::S8 => { let v = next(); quote!(#v as i8) }
            Type::U8 => { let v = next(); quote!(#v as u8) }
            Type::S16 => { let v = next(); quote!(#v as i16) }
            Type::U16 => { let v = next(); quote!(#v as u16) }
            Type::S32 | Type::S64 | Type::F32 | Type::F64 => next(),
            Type::U32 => { let v = next(); quote!(#v as u32) }
            Type::U64 => { let v = next(); quote!(#v as u64) }
            Type::Char => { let v = next(); quote!(#rt::char_lift(#v)) }
            Type::String => {
                let (p, n) = (next(), next());
                if self.raw_strings {
                    quote!(#rt::list_lift::<u8>(#p, #n))
                } else {
                    quote!(#rt::string_lift(#p, #n))
                }
            }
            Type::ErrorContext => unreachable!("rejected before emission"),
            Type::Id(id) => self.lift_flat_id(*id, vals),
        }
    }

    fn lift_flat_id(&mut self, id: TypeId, vals: &mut std::vec::IntoIter<TokenStream>) -> TokenStream {
        let resolve = self.resolve;
        match &resolve.types[id].kind {
            TypeDefKind::Type(t) => self.lift_flat(t, vals),
            TypeDefKind::Record(r) => {
                let path = self.scope.type_path(id);
                let fields = r.fields.iter().map(|f| {
                    let name = crate::names::snake_ident(&f.name);
                    let v = self.lift_flat(&f.ty, vals);
                    quote!(#name: #v)
                }).collect::<Vec<_>>();
                quote!(#path { #(#fields),* })
            }
            TypeDefKind::Tuple(t) => {
                let elems = t.types.iter().map(|ty| self.lift_flat(ty, vals)).collect::<Vec<_>>();
                quote!((#(#elems,)*))
            }
            TypeDefKind::Flags(f) => {
                let path = self.scope.type_path(id);
                let n = match f.repr() { FlagsRepr::U8 | FlagsRepr::U16 => 1, FlagsRepr::U32(n) => n };
                let bits = flags_bits_type(f.flags.len());
                let words: Vec<TokenStream> = (0..n).map(|_| vals.next().expect("flat count")).collect();
                let value = if n == 1 {
                    let w = &words[0];
                    quote!(#w as #bits)
                } else {
                    let parts = words.iter().enumerate().map(|(i, w)| {
                        if i == 0 { quote!((#w as u32 as u64)) } else {
                            let shift = Literal::usize_unsuffixed(32 * i);
                            quote!(((#w as u32 as u64) << #shift))
                        }
                    });
                    quote!(#(#parts)|*)
                };
                quote!(#path::from_bits_retain(#value))
            }
            TypeDefKind::Enum(_) => {
                let v = vals.next().expect("flat count");
                self.lift_enum(id, v)
            }
            TypeDefKind::List(elem) => {
                let (p, n) = (vals.next().expect("flat count"), vals.next().expect("flat count"));
                self.lift_list(elem, p, n)
            }
            TypeDefKind::Map(k, val) => {
                let (p, n) = (vals.next().expect("flat count"), vals.next().expect("flat count"));
                self.lift_map(id, k, val, p, n)
            }
            TypeDefKind::FixedLengthList(elem, n) => {
                let elems = (0..*n).map(|_| self.lift_flat(elem, vals)).collect::<Vec<_>>();
                quote!([#(#elems),*])
            }
            TypeDefKind::Handle(h) => {
                let v = vals.next().expect("flat count");
                crate::emit::resources::lift_handle(self, id, h, v)
            }
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Variant(_) => {
                let (cases, _) = self.cases(id).expect("variant-shaped");
                let joined = flat_types(self.resolve, &Type::Id(id), 64).expect("bounded");
                let all: Vec<TokenStream> = (0..joined.len()).map(|_| vals.next().expect("flat count")).collect();
                let disc = &all[0];
                let mut arms = TokenStream::new();
                for (i, case) in cases.iter().enumerate() {
                    let i = Literal::i32_unsuffixed(i as i32);
                    let payload = case.payload.map(|t| {
                        let own = flat_types(self.resolve, &t, 64).expect("bounded");
                        let split: Vec<TokenStream> = own
                            .iter()
                            .zip(&joined[1..])
                            .zip(&all[1..])
                            .map(|((to, from), v)| split_cast(v.clone(), *from, *to))
                            .collect();
                        self.lift_flat(&t, &mut split.into_iter())
                    });
                    let value = Self::construct(case, payload);
                    arms.extend(quote!(#i => #value,));
                }
                let rt = self.rt;
                quote!(match #disc { #arms _ => #rt::invalid_discriminant() })
            }
            other => unreachable!("{} rejected before emission", other.as_str()),
        }
    }

    fn lift_enum(&mut self, id: TypeId, v: TokenStream) -> TokenStream {
        let TypeDefKind::Enum(e) = &self.resolve.types[id].kind else { unreachable!() };
        let path = self.scope.type_path(id);
        let rt = self.rt;
        let arms = e.cases.iter().enumerate().map(|(i, c)| {
            let name = crate::names::ident(&crate::names::case(&c.name));
            let i = Literal::i32_unsuffixed(i as i32);
            quote!(#i => #path::#name,)
        });
        quote!(match #v { #(#arms)* _ => #rt::invalid_discriminant() })
    }

    /// Lifts a map from a host-allocated list of key/value records.
    fn lift_map(&mut self, id: TypeId, k: &Type, val: &Type, p: TokenStream, n: TokenStream) -> TokenStream {
        let rt = self.rt.clone();
        let entry = self.sizes.record([k, val]);
        let size = Literal::usize_unsuffixed(entry.size.size_wasm32());
        let align = Literal::usize_unsuffixed(entry.align.align_wasm32());
        let val_off = self.sizes.field_offsets([k, val])[1].0.size_wasm32();
        let at = self.tmp("at");
        let (lk, lv) = (self.load(k, &at, 0), self.load(val, &at, val_off));
        let ty = self.scope.rust_type(&Type::Id(id), crate::emit::Mode::Owned);
        quote!(#rt::map_lift_with::<#ty, _, _>(#p, #n, #size, #align, |#at: *mut u8| (#lk, #lv)))
    }

    fn lift_list(&mut self, elem: &Type, p: TokenStream, n: TokenStream) -> TokenStream {
        let rt = self.rt.clone();
        if let Some(t) = canonical_lift(self.resolve, elem) {
            return quote!(#rt::list_lift::<#t>(#p, #n));
        }
        let size = Literal::usize_unsuffixed(self.size(elem));
        let align = Literal::usize_unsuffixed(self.align(elem));
        let at = self.tmp("at");
        if let Some(path) = crate::emit::resources::imported_borrow(self.scope, elem) {
            // Borrowed handles live until the call returns: keep the owning
            // wrappers in a list of their own and lend references to them.
            let handles = self.tmp("handles");
            self.deferred.extend(quote!(let #handles;));
            return quote!({
                #handles = #rt::list_lift_with(#p, #n, #size, #align, |#at: *mut u8| #path::from_handle(*#at.cast::<i32>() as u32));
                #handles.iter().collect::<#rt::Vec<_>>()
            });
        }
        let load = self.load(elem, &at, 0);
        quote!(#rt::list_lift_with(#p, #n, #size, #align, |#at: *mut u8| #load))
    }

    /// Loads a value stored at `at + off`.
    pub fn load(&mut self, ty: &Type, at: &TokenStream, off: usize) -> TokenStream {
        let rt = self.rt.clone();
        let addr = |off: usize| addr_at(at, off);
        let a = addr(off);
        match ty {
            Type::Bool => quote!(#rt::bool_lift(*#a.cast::<u8>() as i32)),
            Type::U8 => quote!(*#a.cast::<u8>()),
            Type::S8 => quote!(*#a.cast::<i8>()),
            Type::U16 => quote!(*#a.cast::<u16>()),
            Type::S16 => quote!(*#a.cast::<i16>()),
            Type::U32 => quote!(*#a.cast::<u32>()),
            Type::S32 => quote!(*#a.cast::<i32>()),
            Type::U64 => quote!(*#a.cast::<u64>()),
            Type::S64 => quote!(*#a.cast::<i64>()),
            Type::F32 => quote!(*#a.cast::<f32>()),
            Type::F64 => quote!(*#a.cast::<f64>()),
            Type::Char => quote!(#rt::char_lift(*#a.cast::<i32>())),
            Type::String => {
                let b = addr(off + 4);
                if self.raw_strings {
                    quote!(#rt::list_lift::<u8>(*#a.cast::<i32>(), *#b.cast::<i32>()))
                } else {
                    quote!(#rt::string_lift(*#a.cast::<i32>(), *#b.cast::<i32>()))
                }
            }
            Type::ErrorContext => unreachable!("rejected before emission"),
            Type::Id(id) => self.load_id(*id, at, off),
        }
    }

    fn load_id(&mut self, id: TypeId, at: &TokenStream, off: usize) -> TokenStream {
        let resolve = self.resolve;
        let addr = |off: usize| addr_at(at, off);
        match &resolve.types[id].kind {
            TypeDefKind::Type(t) => self.load(t, at, off),
            TypeDefKind::Record(r) => {
                let path = self.scope.type_path(id);
                let offsets = self.sizes.field_offsets(r.fields.iter().map(|f| &f.ty));
                let fields = r.fields.iter().zip(offsets).map(|(f, (o, ty))| {
                    let name = crate::names::snake_ident(&f.name);
                    let v = self.load(ty, at, off + o.size_wasm32());
                    quote!(#name: #v)
                }).collect::<Vec<_>>();
                quote!(#path { #(#fields),* })
            }
            TypeDefKind::Tuple(t) => {
                let offsets = self.sizes.field_offsets(t.types.iter());
                let elems = offsets.into_iter().map(|(o, ty)| self.load(ty, at, off + o.size_wasm32())).collect::<Vec<_>>();
                quote!((#(#elems,)*))
            }
            TypeDefKind::Flags(f) => {
                let path = self.scope.type_path(id);
                let value = match f.repr() {
                    FlagsRepr::U8 => { let a = addr(off); quote!(*#a.cast::<u8>()) }
                    FlagsRepr::U16 => { let a = addr(off); quote!(*#a.cast::<u16>()) }
                    FlagsRepr::U32(1) => { let a = addr(off); quote!(*#a.cast::<u32>()) }
                    FlagsRepr::U32(n) => {
                        let words = (0..n).map(|i| {
                            let a = addr(off + 4 * i);
                            if i == 0 { quote!((*#a.cast::<u32>() as u64)) } else {
                                let shift = Literal::usize_unsuffixed(32 * i);
                                quote!(((*#a.cast::<u32>() as u64) << #shift))
                            }
                        });
                        quote!((#(#words)|*))
                    }
                };
                quote!(#path::from_bits_retain(#value))
            }
            TypeDefKind::Enum(e) => {
                let word = int_ty(e.tag());
                let a = addr(off);
                self.lift_enum(id, quote!(*#a.cast::<#word>()))
            }
            TypeDefKind::List(elem) => {
                let (a, b) = (addr(off), addr(off + 4));
                self.lift_list(elem, quote!(*#a.cast::<i32>()), quote!(*#b.cast::<i32>()))
            }
            TypeDefKind::Map(k, val) => {
                let (a, b) = (addr(off), addr(off + 4));
                self.lift_map(id, k, val, quote!(*#a.cast::<i32>()), quote!(*#b.cast::<i32>()))
            }
            TypeDefKind::FixedLengthList(elem, n) if *n <= 4 => {
                let size = self.size(elem);
                let elems = (0..*n as usize).map(|i| self.load(elem, at, off + i * size)).collect::<Vec<_>>();
                quote!([#(#elems),*])
            }
            TypeDefKind::FixedLengthList(elem, _) => {
                let (i, at_i) = (self.tmp("i"), self.tmp("at"));
                let i_bytes = times(&i, self.size(elem));
                let a = addr(off);
                let load = self.load(elem, &at_i, 0);
                quote!(::core::array::from_fn(|#i| { let #at_i = #a.add(#i_bytes); #load }))
            }
            TypeDefKind::Handle(h) => {
                let a = addr(off);
                crate::emit::resources::lift_handle(self, id, h, quote!(*#a.cast::<i32>()))
            }
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Variant(_) => {
                let (cases, tag) = self.cases(id).expect("variant-shaped");
                let payload_off = self.sizes.payload_offset(tag, cases.iter().map(|c| c.payload.as_ref())).size_wasm32();
                let word = int_ty(tag);
                let a = addr(off);
                let mut arms = TokenStream::new();
                for (i, case) in cases.iter().enumerate() {
                    let i = Literal::usize_unsuffixed(i);
                    let payload = case.payload.map(|t| self.load(&t, at, off + payload_off));
                    let value = Self::construct(case, payload);
                    arms.extend(quote!(#i => #value,));
                }
                let rt = self.rt;
                quote!(match *#a.cast::<#word>() { #arms _ => #rt::invalid_discriminant() })
            }
            other => unreachable!("{} rejected before emission", other.as_str()),
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

impl Abi<'_> {
    /// Post-return code that frees the element arrays lowering built for a
    /// value stored at `at + off` (non-canonical lists and maps), reading
    /// their addresses back from the lowered memory. Strings and canonical
    /// lists are the Rust value's own buffers and are not touched.
    pub fn free_stored(&mut self, ty: &Type, at: &TokenStream, off: usize) -> TokenStream {
        if !builds_arrays(self.resolve, ty) {
            return TokenStream::new();
        }
        let Type::Id(id) = ty else { return TokenStream::new() };
        let addr = |off: usize| addr_at(at, off);
        match &self.resolve.types[*id].kind {
            TypeDefKind::Type(t) => self.free_stored(t, at, off),
            TypeDefKind::Record(r) => {
                let offsets = self.sizes.field_offsets(r.fields.iter().map(|f| &f.ty));
                offsets.into_iter().map(|(o, t)| self.free_stored(t, at, off + o.size_wasm32())).collect()
            }
            TypeDefKind::Tuple(t) => {
                let offsets = self.sizes.field_offsets(t.types.iter());
                offsets.into_iter().map(|(o, t)| self.free_stored(t, at, off + o.size_wasm32())).collect()
            }
            TypeDefKind::FixedLengthList(elem, n) => {
                let size = self.size(elem);
                (0..*n as usize).map(|i| self.free_stored(elem, at, off + i * size)).collect()
            }
            TypeDefKind::List(elem) => {
                let (size, align) = (self.size(elem), self.align(elem));
                self.free_array(&[(elem, 0)], size, align, at, off)
            }
            TypeDefKind::Map(k, v) => {
                let entry = self.sizes.record([k, v]);
                let v_off = self.sizes.field_offsets([k, v])[1].0.size_wasm32();
                self.free_array(&[(k, 0), (v, v_off)], entry.size.size_wasm32(), entry.align.align_wasm32(), at, off)
            }
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Variant(_) => {
                let (cases, tag) = self.cases(*id).expect("variant-shaped");
                let payload_off = self.sizes.payload_offset(tag, cases.iter().map(|c| c.payload.as_ref())).size_wasm32();
                let word = int_ty(tag);
                let a = addr(off);
                let arms: Vec<(Literal, TokenStream)> = cases
                    .iter()
                    .enumerate()
                    .filter_map(|(i, c)| {
                        let body = self.free_stored(c.payload.as_ref()?, at, off + payload_off);
                        (!body.is_empty()).then(|| (Literal::usize_unsuffixed(i), body))
                    })
                    .collect();
                if let [(i, body)] = &arms[..] {
                    quote!(if *#a.cast::<#word>() == #i { #body })
                } else {
                    let arms = arms.iter().map(|(i, body)| quote!(#i => { #body }));
                    quote!(match *#a.cast::<#word>() { #(#arms)* _ => {} })
                }
            }
            _ => TokenStream::new(),
        }
    }

    /// Frees one array of `size`-byte elements whose `(ptr, len)` is at `at`,
    /// after freeing what its elements' `parts` built.
    fn free_array(&mut self, parts: &[(&Type, usize)], size: usize, align: usize, at: &TokenStream, off: usize) -> TokenStream {
        let rt = self.rt.clone();
        let (base, len, i, at_i) = (self.tmp("base"), self.tmp("len"), self.tmp("i"), self.tmp("at"));
        let inner: TokenStream = parts.iter().map(|(t, o)| self.free_stored(t, &at_i, *o)).collect();
        let each = if inner.is_empty() {
            TokenStream::new()
        } else {
            let i_bytes = times(&i, size);
            quote!(for #i in 0..#len { let #at_i = #base.add(#i_bytes); #inner })
        };
        let bytes = times(&len, size);
        let align = Literal::usize_unsuffixed(align);
        let (ptr_at, len_at) = (addr_at(at, off), addr_at(at, off + 4));
        quote! {
            let #base = #rt::i32_ptr(*#ptr_at.cast::<i32>());
            let #len = *#len_at.cast::<i32>() as u32 as usize;
            #each
            #rt::dealloc(#base, #bytes, #align);
        }
    }
}

/// Whether lowering `ty` builds element arrays (non-canonical lists, maps).
pub fn builds_arrays(resolve: &Resolve, ty: &Type) -> bool {
    let Type::Id(id) = ty else { return false };
    match &resolve.types[*id].kind {
        TypeDefKind::List(elem) => !canonical_lower(resolve, elem),
        TypeDefKind::Map(..) => true,
        TypeDefKind::Type(t) | TypeDefKind::Option(t) | TypeDefKind::FixedLengthList(t, _) => builds_arrays(resolve, t),
        TypeDefKind::Record(r) => r.fields.iter().any(|f| builds_arrays(resolve, &f.ty)),
        TypeDefKind::Tuple(t) => t.types.iter().any(|t| builds_arrays(resolve, t)),
        TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty.as_ref()).any(|t| builds_arrays(resolve, t)),
        TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).any(|t| builds_arrays(resolve, t)),
        _ => false,
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

/// Whether `ty` is a string or a list whose Rust buffer is its canonical
/// form: an export returning one hands the host that buffer and keeps only
/// its capacity for the post-return.
pub fn is_buffer(resolve: &Resolve, ty: &Type) -> bool {
    match ty {
        Type::String => true,
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Type(t) => is_buffer(resolve, t),
            TypeDefKind::List(elem) => canonical_lower(resolve, elem),
            _ => false,
        },
        _ => false,
    }
}

/// Whether a value of `ty` owns heap memory the host reads (strings, lists),
/// so an export returning it needs a post-return.
pub fn needs_post_return(resolve: &Resolve, ty: &Type) -> bool {
    match ty {
        Type::String => true,
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Type(t) | TypeDefKind::Option(t) => needs_post_return(resolve, t),
            TypeDefKind::List(_) | TypeDefKind::Map(..) => true,
            TypeDefKind::FixedLengthList(t, _) => needs_post_return(resolve, t),
            TypeDefKind::Record(r) => r.fields.iter().any(|f| needs_post_return(resolve, &f.ty)),
            TypeDefKind::Tuple(t) => t.types.iter().any(|t| needs_post_return(resolve, t)),
            TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty.as_ref()).any(|t| needs_post_return(resolve, t)),
            TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).any(|t| needs_post_return(resolve, t)),
            _ => false,
        },
        _ => false,
    }
}
