//! Lowering: Rust values to flat core values (`lower_flat`) or to bytes at
//! an address (`store`), borrowing strings and canonical lists in place, or
//! (`Abi::consume`, an export's result) handing them over.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use wit_parser::{FlagsRepr, Type, TypeDefKind, TypeId};

use super::*;

impl Abi<'_> {
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
            // The handle stays the value's: lowering lends the callee a new one.
            Type::ErrorContext => out.push(quote!(#v.handle() as i32)),
            Type::Id(id) => self.lower_flat_id(*id, v, out, stmts),
        }
    }

    fn lower_flat_id(&mut self, id: TypeId, v: &TokenStream, out: &mut Vec<TokenStream>, stmts: &mut TokenStream) {
        if let Some(flat) = self.flat_helper(id) {
            let vars: Vec<TokenStream> = flat.iter().map(|_| self.tmp("f")).collect();
            stmts.extend(quote!(let (#(#vars,)*) = (#v).__wit_guest_flat();));
            out.extend(vars);
            return;
        }
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
            TypeDefKind::Enum(_) if self.scope.model.enum_helper(id) => {
                out.push(quote!((#v).__wit_guest_lower()));
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
            TypeDefKind::Future(_) | TypeDefKind::Stream(_) => out.push(self.lower_end(id, v)),
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Variant(_) => {
                self.lower_flat_variant(id, v, out, stmts)
            }
            other => unreachable!("{} rejected before emission", other.as_str()),
        }
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
        let each = if self.consume {
            quote!(#rt::for_each_owned(#v, |#i, #e| { let #at = #base.add(#i_bytes); #store });)
        } else {
            quote!(for (#i, #e) in #v.iter().enumerate() { let #at = #base.add(#i_bytes); #store })
        };
        stmts.extend(quote! {
            let #len = #v.len();
            let #base = cleanup_.alloc(#len_bytes, #align);
            #each
            let #ptr = #rt::ptr_i32(#base);
        });
        (ptr, quote!(#rt::len_i32(#len)))
    }

    /// Lowers a map to `(ptr, len)` of a list of key/value records, written
    /// into a temporary buffer.
    fn lower_map(
        &mut self,
        k: &Type,
        val: &Type,
        v: &TokenStream,
        stmts: &mut TokenStream,
    ) -> (TokenStream, TokenStream) {
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
            // Two maps lowered in one block import it twice.
            #[allow(unused_imports)]
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
            // Stored as their bits: rustc keeps a variant whose payloads mix
            // floats and integers in memory when it is read back as a float.
            Type::F32 => {
                let a = addr(off);
                quote!(*#a.cast::<u32>() = (#v).to_bits();)
            }
            Type::F64 => {
                let a = addr(off);
                quote!(*#a.cast::<u64>() = (#v).to_bits();)
            }
            Type::String if self.consume => self.hand_over(v, &addr(off)),
            Type::String => {
                let rt = self.rt;
                let (a, b) = (addr(off), addr(off + 4));
                quote! {
                    *#a.cast::<i32>() = #rt::ptr_i32(#v.as_ptr());
                    *#b.cast::<i32>() = #rt::len_i32(#v.len());
                }
            }
            Type::ErrorContext => {
                let a = addr(off);
                quote!(*#a.cast::<i32>() = #v.handle() as i32;)
            }
            Type::Id(id) => self.store_id(*id, v, at, off),
        }
    }

    fn store_id(&mut self, id: TypeId, v: &TokenStream, at: &TokenStream, off: usize) -> TokenStream {
        // The helper borrows: a consumed value hands its buffers over inline.
        if self.scope.model.store_helper(id) && !(self.consume && self.scope.model.facts.of_id(id).has_list) {
            let a = addr_at(at, off);
            return quote!((#v).__wit_guest_store(#a););
        }
        let prev = self.enter(id);
        let out = self.store_id_in(id, v, at, off);
        self.borrowed = prev;
        out
    }

    /// The body of `T::__wit_guest_flat` (see `Abi::flat_helper`): `v` (a
    /// `&T`) lowered to a tuple of its flat values, spelled out.
    pub fn flat_helper_body(&mut self, id: TypeId, v: &TokenStream) -> TokenStream {
        let (mut out, mut stmts) = (Vec::new(), TokenStream::new());
        self.lower_flat_id_in(id, v, &mut out, &mut stmts);
        quote!(#stmts (#(#out,)*))
    }

    /// The body of `T::__wit_guest_store` (see `Model::store_helper`): the
    /// store of `v` (a `&T`) at `at`, spelled out.
    pub fn store_helper_body(&mut self, id: TypeId, v: &TokenStream, at: &TokenStream) -> TokenStream {
        self.store_id_in(id, v, at, 0)
    }

    fn store_id_in(&mut self, id: TypeId, v: &TokenStream, at: &TokenStream, off: usize) -> TokenStream {
        let resolve = self.resolve;
        let addr = |off: usize| addr_at(at, off);
        match &resolve.types[id].kind {
            TypeDefKind::Type(t) => self.store(t, v, at, off),
            TypeDefKind::Record(r) => {
                let offsets = self.sizes.field_offsets(r.fields.iter().map(|f| &f.ty));
                let parts = r.fields.iter().zip(offsets).map(|(f, (o, ty))| {
                    let name = crate::names::snake_ident(&f.name);
                    (ty, quote!(#v.#name), o.size_wasm32())
                });
                self.store_parts(parts.collect(), at, off)
            }
            TypeDefKind::Tuple(t) => {
                let offsets = self.sizes.field_offsets(t.types.iter());
                let parts = offsets.into_iter().enumerate().map(|(i, (o, ty))| {
                    let i = Literal::usize_unsuffixed(i);
                    (ty, quote!(#v.#i), o.size_wasm32())
                });
                self.store_parts(parts.collect(), at, off)
            }
            TypeDefKind::Flags(f) => self.store_flags(f.repr(), v, at, off),
            TypeDefKind::Enum(e) => {
                let mut flat = Vec::new();
                self.lower_flat_id(id, v, &mut flat, &mut TokenStream::new());
                let word = int_ty(e.tag());
                let a = addr(off);
                quote!(*#a.cast::<#word>() = #(#flat)* as #word;)
            }
            TypeDefKind::List(elem) if self.consume && canonical_lower(resolve, elem) => self.hand_over(v, &addr(off)),
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
            TypeDefKind::FixedLengthList(elem, _) => self.store_array(elem, v, at, off),
            TypeDefKind::Handle(h) => {
                let val = self.lower_handle(h, v);
                let a = addr(off);
                quote!(*#a.cast::<i32>() = #val;)
            }
            TypeDefKind::Future(_) | TypeDefKind::Stream(_) => {
                let val = self.lower_end(id, v);
                let a = addr(off);
                quote!(*#a.cast::<i32>() = #val;)
            }
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Variant(_) => {
                self.store_variant(id, v, at, off)
            }
            other => unreachable!("{} rejected before emission", other.as_str()),
        }
    }
}

// The longer arms of `store_id_in`.
impl Abi<'_> {
    /// Stores the parts of a record or tuple: `(type, value, offset)`.
    fn store_parts(&mut self, parts: Vec<(&Type, TokenStream, usize)>, at: &TokenStream, off: usize) -> TokenStream {
        parts.into_iter().map(|(ty, v, o)| self.store(ty, &v, at, off + o)).collect()
    }

    /// Stores flags in one word or several 32-bit ones.
    fn store_flags(&mut self, repr: FlagsRepr, v: &TokenStream, at: &TokenStream, off: usize) -> TokenStream {
        let (n, word) = match repr {
            FlagsRepr::U8 => (1, quote!(u8)),
            FlagsRepr::U16 => (1, quote!(u16)),
            FlagsRepr::U32(n) => (n, quote!(u32)),
        };
        let mut out = TokenStream::new();
        for i in 0..n {
            let a = addr_at(at, off + 4 * i);
            let val = if n == 1 { quote!(#v.bits()) } else { flags_word(v, i, word.clone()) };
            out.extend(quote!(*#a.cast::<#word>() = #val;));
        }
        out
    }

    /// Stores a fixed-length list element by element.
    fn store_array(&mut self, elem: &Type, v: &TokenStream, at: &TokenStream, off: usize) -> TokenStream {
        let (e, i, at_i) = (self.tmp("e"), self.tmp("i"), self.tmp("at"));
        let i_bytes = times(&i, self.size(elem));
        let a = addr_at(at, off);
        let store = self.store(elem, &e, &at_i, 0);
        let elems = self.elements(v);
        quote! {
            for (#i, #e) in #elems.enumerate() {
                let #at_i = #a.add(#i_bytes);
                #store
            }
        }
    }

    /// Stores a variant-shaped value: its discriminant, then its payload.
    fn store_variant(&mut self, id: TypeId, v: &TokenStream, at: &TokenStream, off: usize) -> TokenStream {
        let (cases, word, payload_off) = self.variant_in_memory(id);
        let a = addr_at(at, off);
        let mut arms = TokenStream::new();
        for (disc, case) in cases.iter().enumerate() {
            let disc = Literal::usize_unsuffixed(disc);
            let (pat, body) = match &case.payload {
                Some(t) => {
                    let e = self.tmp("e");
                    ((case.pat)(&case.ctor, Some(&e)), self.store(t, &e, at, off + payload_off))
                }
                None => ((case.pat)(&case.ctor, None), TokenStream::new()),
            };
            arms.extend(quote!(#pat => { *#a.cast::<#word>() = #disc; #body }));
        }
        match (self.consume, self.in_place) {
            (true, false) => quote!(match #v { #arms }),
            // `v` is a binding (a `&mut`) or a field (a place): `by_mut`
            // reborrows either.
            (true, true) => quote!(match #v.by_mut() { #arms }),
            (false, _) => quote!(match &#v { #arms }),
        }
    }

    /// The elements of the array `v`: borrowed, or moved out when consuming.
    fn elements(&self, v: &TokenStream) -> TokenStream {
        match (self.consume, self.in_place) {
            (true, false) => quote!(::core::iter::IntoIterator::into_iter(#v)),
            (true, true) => quote!(#v.iter_mut()),
            (false, _) => quote!(#v.iter()),
        }
    }

    /// Hands the host the string or canonical list `v` of a consumed value,
    /// writing its pointer and length at `a`.
    fn hand_over(&self, v: &TokenStream, a: &TokenStream) -> TokenStream {
        let rt = self.rt;
        if self.in_place { quote!(#v.give_in_place(#a);) } else { quote!(#rt::give(#v, #a);) }
    }
}
