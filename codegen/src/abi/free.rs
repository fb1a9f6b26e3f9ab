//! Post-return cleanup of export results: the element arrays lowering built
//! (and, for a consumed result, the strings and lists it handed over) are
//! found again through the lowered memory.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use wit_parser::{Type, TypeDefKind};

use super::*;

impl Abi<'_> {
    /// Post-return code that frees the element arrays lowering built for a
    /// value stored at `at + off` (non-canonical lists and maps), reading
    /// their addresses back from the lowered memory. Strings and canonical
    /// lists are the Rust value's own buffers and are not touched, unless
    /// the value was consumed (`Abi::consume`): then they were handed over
    /// at their length and are freed with it.
    pub fn free_stored(&mut self, ty: &Type, at: &TokenStream, off: usize) -> TokenStream {
        let facts = self.scope.model.facts.of(ty);
        if !(facts.builds_arrays || self.consume && facts.has_list) {
            return TokenStream::new();
        }
        let Type::Id(id) = ty else {
            // A string handed over (`has_list` holds only for strings here).
            return self.free_array(&[], 1, 1, at, off);
        };
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
                let (cases, word, payload_off) = self.variant_in_memory(*id);
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
    fn free_array(
        &mut self,
        parts: &[(&Type, usize)],
        size: usize,
        align: usize,
        at: &TokenStream,
        off: usize,
    ) -> TokenStream {
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
