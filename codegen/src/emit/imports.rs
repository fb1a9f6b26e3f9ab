//! Imported functions → safe Rust functions that lower their arguments, call
//! the core wasm import and lift the result.
//!
//! Arguments are borrowed (`&str`, `&[T]`, `&Record`) and handed to the host
//! in place; only lists whose elements need conversion get a temporary
//! buffer, freed when the call returns. On targets other than wasm32 the
//! import is a stub that panics, so the bindings still type-check there.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use wit_parser::abi::AbiVariant;
use wit_parser::{Function, LiftLowerAbi, ManglingAndAbi, WasmImport, WorldKey};

use super::{docs, Mode, Scope};
use crate::abi::{Abi, Flat};
use crate::names;

/// The Rust function for an imported WIT function (freestanding).
pub fn emit_import(scope: &Scope, key: Option<&WorldKey>, func: &Function) -> TokenStream {
    let name = names::snake_ident(func_rust_name(func));
    let doc = docs(&func.docs);
    let params: Vec<_> = func
        .params
        .iter()
        .map(|p| {
            let n = names::snake_ident(&p.name);
            let t = scope.rust_type(&p.ty, Mode::Param);
            quote!(#n: #t)
        })
        .collect();
    let ret = func.result.as_ref().map(|t| {
        let t = scope.rust_type(t, Mode::Owned);
        quote!(-> #t)
    });
    let body = call_body(scope, key, func, None);
    let lint = allow_many_args(func.params.len());
    let root_lints = scope.root_lints();
    // `#[inline]` lets the glue fold into its callers (the release bench
    // component came out slightly smaller).
    quote! {
        #doc
        #lint
        #root_lints
        #[inline]
        pub fn #name(#(#params),*) #ret {
            #body
        }
    }
}

/// `clippy::too_many_arguments` is the WIT's choice, not ours.
pub fn allow_many_args(n: usize) -> TokenStream {
    if n > 7 {
        quote!(#[allow(clippy::too_many_arguments, reason = "the WIT function has this many parameters")])
    } else {
        TokenStream::new()
    }
}

/// The name a function has in Rust (methods drop the `[method]r.` prefix).
pub fn func_rust_name(func: &Function) -> &str {
    func.item_name()
}

/// The body of an import call: lowering, the extern declaration, lifting.
/// `self_arg` replaces the first parameter's value (methods on resources).
pub fn call_body(scope: &Scope, key: Option<&WorldKey>, func: &Function, self_arg: Option<TokenStream>) -> TokenStream {
    let resolve = scope.cx.resolve;
    let rt = &scope.cx.rt;
    let sig = resolve.wasm_signature(AbiVariant::GuestImport, func);
    let (module, field) = resolve.wasm_import_name(
        ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
        WasmImport::Func { interface: key, func },
    );
    let mut abi = Abi::new(scope);
    // Parameters are lowered from their borrowed spelling, results lifted owned.
    abi.borrowed = scope.cx.usage.borrowing();
    let mut stmts = TokenStream::new();
    let mut args = Vec::new();
    let values: Vec<TokenStream> = func
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| match (&self_arg, i) {
            (Some(s), 0) => s.clone(),
            _ => {
                let n = names::snake_ident(&p.name);
                quote!(#n)
            }
        })
        .collect();
    if sig.indirect_params {
        let info = abi.sizes.record(func.params.iter().map(|p| &p.ty));
        let size = Literal::usize_unsuffixed(info.size.size_wasm32());
        // A stack buffer (8-aligned, enough for any parameter record): the
        // host reads the arguments before the call returns.
        let area = abi.tmp("params");
        let buf = abi.tmp("params_buf");
        stmts.extend(quote! {
            let mut #buf = ::core::mem::MaybeUninit::<#rt::RetArea<#size>>::uninit();
            let #area = #buf.as_mut_ptr().cast::<u8>();
        });
        let offsets = abi.sizes.field_offsets(func.params.iter().map(|p| &p.ty));
        for ((off, ty), v) in offsets.into_iter().zip(&values) {
            let s = abi.store(ty, v, &area, off.size_wasm32());
            stmts.extend(s);
        }
        args.push(quote!(#rt::ptr_i32(#area)));
    } else {
        for (p, v) in func.params.iter().zip(&values) {
            abi.lower_flat(&p.ty, v, &mut args, &mut stmts);
        }
    }
    abi.borrowed = false;
    let mut ret_area = TokenStream::new();
    if sig.retptr {
        let ty = func.result.as_ref().expect("retptr implies a result");
        let size = Literal::usize_unsuffixed(abi.size(ty).max(1));
        ret_area = quote! {
            let mut ret_area_ = ::core::mem::MaybeUninit::<#rt::RetArea<#size>>::uninit();
            let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
        };
        args.push(quote!(#rt::ptr_i32(ret_)));
    }
    let param_tys: Vec<TokenStream> = sig.params.iter().map(|w| Flat::from_wasm(*w).rust()).collect();
    let result_ty = sig.results.first().map(|w| {
        let t = Flat::from_wasm(*w).rust();
        quote!(-> #t)
    });
    let many = allow_many_args(param_tys.len());
    let underscores: Vec<_> = param_tys.iter().map(|t| quote!(_: #t)).collect();
    let underscores_decl = underscores.clone();
    let lift = match &func.result {
        None => quote!(import_(#(#args),*);),
        Some(ty) if sig.retptr => {
            let load = abi.load(ty, &quote!(ret_), 0);
            quote! { import_(#(#args),*); #load }
        }
        Some(ty) if sig.results.is_empty() => {
            let v = abi.lift_flat(ty, &mut Vec::new().into_iter());
            quote! { import_(#(#args),*); #v }
        }
        Some(ty) => {
            let r = quote!(r_);
            let v = abi.lift_flat(ty, &mut vec![r.clone()].into_iter());
            if v.to_string() == r.to_string() {
                // The flat value is the Rust value (s32, s64, f32, f64).
                quote! { import_(#(#args),*) }
            } else {
                quote! { let r_ = import_(#(#args),*); #v }
            }
        }
    };
    let cleanup = if abi.uses_cleanup {
        quote!(let mut cleanup_ = #rt::Cleanup::new();)
    } else {
        TokenStream::new()
    };
    quote! {
        #[cfg(target_arch = "wasm32")]
        #[link(wasm_import_module = #module)]
        unsafe extern "C" {
            #[link_name = #field]
            fn import_(#(#underscores_decl),*) #result_ty;
        }
        #[cfg(not(target_arch = "wasm32"))]
        #many
        unsafe extern "C" fn import_(#(#underscores),*) #result_ty {
            ::core::panic!("wit-guest: imports can only be called on wasm32")
        }
        #[allow(unused_unsafe, unused_parens, reason = "uniform glue: some types need no unsafe code or grouping")]
        unsafe {
            #cleanup
            #stmts
            #ret_area
            #lift
        }
    }
}
