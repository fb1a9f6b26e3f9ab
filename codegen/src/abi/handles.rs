//! Handles: own handles move out of their wrapper (`take_handle`, so the
//! wrapper drops nothing), borrowed imported handles pass `handle()`, and a
//! borrow of one of this component's own resources arrives as its rep
//! pointer.

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::{Handle, Type, TypeDefKind, TypeId};

use super::Abi;
use crate::model::Mode;

impl Abi<'_> {
    /// Lowers a handle value (reached by value, `&` or `&mut`) to its flat
    /// `i32`.
    pub(super) fn lower_handle(&mut self, h: &Handle, v: &TokenStream) -> TokenStream {
        match h {
            Handle::Own(_) if self.peek_own => quote!(#v.handle() as i32),
            Handle::Own(_) if self.record_taken => {
                self.uses_taken = true;
                let path = self.scope.type_path(self.scope.resource_of(h));
                quote!({
                    let h_ = #v.take_handle();
                    taken_.push((h_, (|h: u32| ::core::mem::drop(unsafe { #path::from_handle(h) })) as fn(u32)));
                    h_ as i32
                })
            }
            Handle::Own(_) => quote!(#v.take_handle() as i32),
            Handle::Borrow(_) => quote!(#v.handle() as i32),
        }
    }

    /// The reader type (in expression form) of a `future<T>` or `stream<T>` and the expression of
    /// its payload's vtable (implemented in `wit_future` / `wit_stream`).
    fn end_parts(&self, id: TypeId) -> (TokenStream, TokenStream) {
        let scope = self.scope;
        let rt = self.rt;
        let (payload, reader, module, payload_trait) = match &self.resolve.types[id].kind {
            TypeDefKind::Future(t) => (t, quote!(FutureReader), quote!(wit_future), quote!(FuturePayload)),
            TypeDefKind::Stream(t) => (t, quote!(StreamReader), quote!(wit_stream), quote!(StreamPayload)),
            _ => unreachable!("a future or a stream"),
        };
        let p = payload.as_ref().map(|t| scope.rust_type(t, Mode::Owned)).unwrap_or(quote!(()));
        let root = scope.root();
        (quote!(#rt::async_support::#reader::<#p>), quote!(<#p as #root #module::#payload_trait>::VTABLE))
    }

    /// Lifts the readable end of a future or stream from its flat `i32`.
    pub(super) fn lift_end(&mut self, id: TypeId, v: TokenStream) -> TokenStream {
        let (reader, vtable) = self.end_parts(id);
        quote!(#reader::new(#v as u32, #vtable))
    }

    /// Lowers the readable end of a future or stream (reached by value, `&`
    /// or `&mut`).
    pub(super) fn lower_end(&mut self, id: TypeId, v: &TokenStream) -> TokenStream {
        if self.peek_own {
            return quote!(#v.handle() as i32);
        }
        if self.record_taken {
            self.uses_taken = true;
            let (reader, vtable) = self.end_parts(id);
            return quote!({
                let h_ = #v.take_handle();
                taken_.push((h_, (|h: u32| ::core::mem::drop(unsafe { #reader::new(h, #vtable) })) as fn(u32)));
                h_ as i32
            });
        }
        quote!(#v.take_handle() as i32)
    }

    /// Lifts a handle from its flat `i32`.
    pub(super) fn lift_handle(&mut self, h: &Handle, v: TokenStream) -> TokenStream {
        let scope = self.scope;
        let r = scope.resource_of(h);
        let path = scope.type_path(r);
        match h {
            Handle::Own(_) => quote!(#path::from_handle(#v as u32)),
            Handle::Borrow(_) if scope.is_ours(r) => {
                let borrow = scope.borrow_path(r);
                quote!(#borrow::lift(#v as u32 as usize as *const u8))
            }
            // The callee owns a borrowed handle until the call ends: keep the
            // wrapper alive for the call, then drop it, which ends the borrow.
            Handle::Borrow(_) => self.keep_for_call(quote!(#path::from_handle(#v as u32))),
        }
    }

    /// A reference to `value` (an owning handle wrapper, or a list of them)
    /// kept alive until the call returns: in a `let` declared before the
    /// lifted values, or, inside an element closure (lists, maps, arrays),
    /// in a [`Lender`](crate) that lends each one out.
    pub(super) fn keep_for_call(&mut self, value: TokenStream) -> TokenStream {
        if self.closures == 0 {
            let h = self.tmp("handle");
            self.deferred.extend(quote!(let #h;));
            return quote!({ #h = #value; &#h });
        }
        let rt = self.rt;
        let lender = self.tmp("lender");
        self.deferred.extend(quote!(let #lender = #rt::Lender::new();));
        quote!(#lender.lend(#value))
    }

    /// Runs `f` for code that goes inside an element closure.
    pub(super) fn in_closure<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.closures += 1;
        let out = f(self);
        self.closures -= 1;
        out
    }

    /// If `ty` is a borrow of a resource this component imports, the path of
    /// the resource's type.
    pub(super) fn imported_borrow(&self, ty: &Type) -> Option<TokenStream> {
        let Type::Id(id) = ty else { return None };
        let scope = self.scope;
        let id = scope.model.dealias(*id);
        match &scope.model.resolve.types[id].kind {
            TypeDefKind::Handle(h @ Handle::Borrow(_)) => {
                let r = scope.resource_of(h);
                (!scope.is_ours(r)).then(|| scope.type_path(r))
            }
            _ => None,
        }
    }
}
