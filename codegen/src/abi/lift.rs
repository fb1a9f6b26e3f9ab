//! Lifting: flat core values (`lift_flat`) or bytes at an address (`load`)
//! to owned Rust values, adopting host-allocated buffers where the layout
//! allows.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use wit_parser::{FlagsRepr, Type, TypeDefKind, TypeId};

use super::*;

impl Abi<'_> {
    /// Lifts a value from the flat values in `vals` (consumed front to back).
    pub fn lift_flat(&mut self, ty: &Type, vals: &mut std::vec::IntoIter<TokenStream>) -> TokenStream {
        let rt = self.rt;
        let mut next = || vals.next().expect("flat value count matches the signature");
        match ty {
            Type::Bool => {
                let v = next();
                quote!(#rt::bool_lift(#v))
            }
            Type::S8 => {
                let v = next();
                quote!(#v as i8)
            }
            Type::U8 => {
                let v = next();
                quote!(#v as u8)
            }
            Type::S16 => {
                let v = next();
                quote!(#v as i16)
            }
            Type::U16 => {
                let v = next();
                quote!(#v as u16)
            }
            Type::S32 | Type::S64 | Type::F32 | Type::F64 => next(),
            Type::U32 => {
                let v = next();
                quote!(#v as u32)
            }
            Type::U64 => {
                let v = next();
                quote!(#v as u64)
            }
            Type::Char => {
                let v = next();
                quote!(#rt::char_lift(#v))
            }
            Type::String => {
                let (p, n) = (next(), next());
                let f = &self.string_lift;
                quote!(#rt::#f(#p, #n))
            }
            Type::ErrorContext => {
                let v = next();
                quote!(#rt::async_support::ErrorContext::from_handle(#v as u32))
            }
            Type::Id(id) => self.lift_flat_id(*id, vals),
        }
    }

    fn lift_flat_id(&mut self, id: TypeId, vals: &mut std::vec::IntoIter<TokenStream>) -> TokenStream {
        if let Some(flat) = self.flat_helper(id) {
            let path = self.scope.type_path(id);
            let args: Vec<TokenStream> = flat.iter().map(|_| vals.next().expect("flat count")).collect();
            return quote!(#path::__wit_guest_lift_flat(#(#args),*));
        }
        self.lift_flat_spelled_out(id, vals)
    }

    /// The body of `T::__wit_guest_lift_flat` (see `Abi::flat_helper`): the
    /// lift of `id` from the flat values `vals`, spelled out.
    pub fn lift_flat_helper_body(&mut self, id: TypeId, vals: Vec<TokenStream>) -> TokenStream {
        self.lift_flat_spelled_out(id, &mut vals.into_iter())
    }

    fn lift_flat_spelled_out(&mut self, id: TypeId, vals: &mut std::vec::IntoIter<TokenStream>) -> TokenStream {
        let resolve = self.resolve;
        match &resolve.types[id].kind {
            TypeDefKind::Type(t) => self.lift_flat(t, vals),
            TypeDefKind::Record(r) => {
                let fields = r.fields.iter().map(|f| (f, self.lift_flat(&f.ty, vals))).collect::<Vec<_>>();
                self.record_value(id, fields)
            }
            TypeDefKind::Tuple(t) => {
                let elems = t.types.iter().map(|ty| self.lift_flat(ty, vals)).collect::<Vec<_>>();
                quote!((#(#elems,)*))
            }
            TypeDefKind::Flags(f) => {
                let n = match f.repr() {
                    FlagsRepr::U8 | FlagsRepr::U16 => 1,
                    FlagsRepr::U32(n) => n,
                };
                let words: Vec<TokenStream> = (0..n).map(|_| vals.next().expect("flat count")).collect();
                self.lift_flat_flags(id, f.flags.len(), &words)
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
                self.lift_handle(h, v)
            }
            TypeDefKind::Future(_) | TypeDefKind::Stream(_) => {
                let v = vals.next().expect("flat count");
                self.lift_end(id, v)
            }
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Variant(_) => {
                self.lift_flat_variant(id, vals)
            }
            other => unreachable!("{} rejected before emission", other.as_str()),
        }
    }

    fn lift_enum(&mut self, id: TypeId, v: TokenStream) -> TokenStream {
        let TypeDefKind::Enum(e) = &self.resolve.types[id].kind else { unreachable!() };
        let path = self.scope.type_path(id);
        if self.scope.model.enum_helper(id) {
            return quote!(#path::__wit_guest_lift(#v as u32));
        }
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
        let (lk, lv) = self.in_closure(|abi| (abi.load(k, &at, 0), abi.load(val, &at, val_off)));
        let ty = self.scope.rust_type(&Type::Id(id), crate::model::Mode::Owned);
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
        if let Some(path) = self.imported_borrow(elem) {
            // Borrowed handles live until the call returns: keep the owning
            // wrappers in a list of their own and lend references to them.
            let wrappers = quote!(#rt::list_lift_with(#p, #n, #size, #align, |#at: *mut u8| #path::from_handle(*#at.cast::<i32>() as u32)));
            if self.closures > 0 {
                let kept = self.keep_for_call(wrappers);
                return quote!(#kept.iter().collect::<#rt::Vec<_>>());
            }
            let handles = self.tmp("handles");
            self.deferred.extend(quote!(let #handles;));
            return quote!({
                #handles = #wrappers;
                #handles.iter().collect::<#rt::Vec<_>>()
            });
        }
        let load = self.in_closure(|abi| abi.load(elem, &at, 0));
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
                let f = &self.string_lift;
                quote!(#rt::#f(*#a.cast::<i32>(), *#b.cast::<i32>()))
            }
            Type::ErrorContext => quote!(#rt::async_support::ErrorContext::from_handle(*#a.cast::<i32>() as u32)),
            Type::Id(id) => self.load_id(*id, at, off),
        }
    }

    fn load_id(&mut self, id: TypeId, at: &TokenStream, off: usize) -> TokenStream {
        if self.scope.model.load_helper(id) {
            let path = self.scope.type_path(id);
            let a = addr_at(at, off);
            return quote!(#path::__wit_guest_load(#a));
        }
        self.load_spelled_out(id, at, off)
    }

    /// The body of `T::__wit_guest_load` (see `Model::load_helper`): the
    /// lift of `id` at `at`, spelled out.
    pub fn load_helper_body(&mut self, id: TypeId, at: &TokenStream) -> TokenStream {
        self.load_spelled_out(id, at, 0)
    }

    fn load_spelled_out(&mut self, id: TypeId, at: &TokenStream, off: usize) -> TokenStream {
        let resolve = self.resolve;
        let addr = |off: usize| addr_at(at, off);
        match &resolve.types[id].kind {
            TypeDefKind::Type(t) => self.load(t, at, off),
            TypeDefKind::Record(r) => {
                let offsets = self.sizes.field_offsets(r.fields.iter().map(|f| &f.ty));
                let fields = r
                    .fields
                    .iter()
                    .zip(offsets)
                    .map(|(f, (o, ty))| (f, self.load(ty, at, off + o.size_wasm32())))
                    .collect::<Vec<_>>();
                self.record_value(id, fields)
            }
            TypeDefKind::Tuple(t) => {
                let offsets = self.sizes.field_offsets(t.types.iter());
                let elems =
                    offsets.into_iter().map(|(o, ty)| self.load(ty, at, off + o.size_wasm32())).collect::<Vec<_>>();
                quote!((#(#elems,)*))
            }
            TypeDefKind::Flags(f) => self.load_flags(id, f.repr(), at, off),
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
            TypeDefKind::FixedLengthList(elem, n) => self.load_array(elem, *n as usize, at, off),
            TypeDefKind::Handle(h) => {
                let a = addr(off);
                self.lift_handle(h, quote!(*#a.cast::<i32>()))
            }
            TypeDefKind::Future(_) | TypeDefKind::Stream(_) => {
                let a = addr(off);
                self.lift_end(id, quote!(*#a.cast::<i32>()))
            }
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Variant(_) => self.load_variant(id, at, off),
            other => unreachable!("{} rejected before emission", other.as_str()),
        }
    }
}

// The longer arms of `lift_flat_id` and `load_id`.
impl Abi<'_> {
    /// A record built from its fields' lifted values.
    fn record_value(&self, id: TypeId, fields: Vec<(&wit_parser::Field, TokenStream)>) -> TokenStream {
        let path = self.scope.type_path(id);
        let fields = fields.into_iter().map(|(f, v)| {
            let name = crate::names::snake_ident(&f.name);
            quote!(#name: #v)
        });
        quote!(#path { #(#fields),* })
    }

    /// Flags from their flat 32-bit words; unknown bits are dropped, as the
    /// canonical ABI lifts them.
    fn lift_flat_flags(&self, id: TypeId, count: usize, words: &[TokenStream]) -> TokenStream {
        let path = self.scope.type_path(id);
        let bits = flags_bits_type(count);
        let value = if let [w] = words {
            quote!(#w as #bits)
        } else {
            let parts = words.iter().enumerate().map(|(i, w)| {
                if i == 0 {
                    quote!((#w as u32 as u64))
                } else {
                    let shift = Literal::usize_unsuffixed(32 * i);
                    quote!(((#w as u32 as u64) << #shift))
                }
            });
            quote!(#(#parts)|*)
        };
        quote!(#path::from_bits_truncate(#value))
    }

    /// A variant-shaped value from its joined flat values: each case's
    /// payload is cast back from the join.
    fn lift_flat_variant(&mut self, id: TypeId, vals: &mut std::vec::IntoIter<TokenStream>) -> TokenStream {
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

    /// Flags stored at `at + off`, in one word or several 32-bit ones.
    fn load_flags(&self, id: TypeId, repr: FlagsRepr, at: &TokenStream, off: usize) -> TokenStream {
        let path = self.scope.type_path(id);
        let a = addr_at(at, off);
        let value = match repr {
            FlagsRepr::U8 => quote!(*#a.cast::<u8>()),
            FlagsRepr::U16 => quote!(*#a.cast::<u16>()),
            FlagsRepr::U32(1) => quote!(*#a.cast::<u32>()),
            FlagsRepr::U32(n) => {
                let words = (0..n).map(|i| {
                    let a = addr_at(at, off + 4 * i);
                    if i == 0 {
                        quote!((*#a.cast::<u32>() as u64))
                    } else {
                        let shift = Literal::usize_unsuffixed(32 * i);
                        quote!(((*#a.cast::<u32>() as u64) << #shift))
                    }
                });
                quote!((#(#words)|*))
            }
        };
        quote!(#path::from_bits_truncate(#value))
    }

    /// A fixed-length list: its elements one by one when there are few,
    /// else built by `from_fn`.
    fn load_array(&mut self, elem: &Type, n: usize, at: &TokenStream, off: usize) -> TokenStream {
        let size = self.size(elem);
        if n <= 4 {
            let elems = (0..n).map(|i| self.load(elem, at, off + i * size)).collect::<Vec<_>>();
            return quote!([#(#elems),*]);
        }
        let (i, at_i) = (self.tmp("i"), self.tmp("at"));
        let i_bytes = times(&i, size);
        let a = addr_at(at, off);
        let load = self.in_closure(|abi| abi.load(elem, &at_i, 0));
        quote!(::core::array::from_fn(|#i| { let #at_i = #a.add(#i_bytes); #load }))
    }

    /// A variant-shaped value stored at `at + off`.
    fn load_variant(&mut self, id: TypeId, at: &TokenStream, off: usize) -> TokenStream {
        let (cases, word, payload_off) = self.variant_in_memory(id);
        let a = addr_at(at, off);
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
}
