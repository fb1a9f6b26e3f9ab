//! Exported functions → a `Guest` trait the user implements, a generic
//! `_export_*_cabi::<T>` shim per function that lifts arguments, calls
//! `T::f` and lowers the result, and a `macro_rules!` that `export!` invokes
//! to emit the `#[export_name]` symbols for the user's type.
//!
//! Results are lowered by reference: the returned Rust value is parked in a
//! per-function `ReturnSlot` and the host reads strings and lists straight
//! from its buffers; the post-return export just drops it.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{
    abi::AbiVariant, Function, LiftLowerAbi, ManglingAndAbi, WasmExport, WasmExportKind, WorldKey,
};

use super::{docs, Mode, Scope};
use crate::abi::{needs_post_return, Abi, Flat};
use crate::names;

/// Everything one exported function contributes.
pub struct ExportedFunc {
    /// The `Guest` trait method declaration.
    pub trait_method: TokenStream,
    /// Shims and statics in the bindings module.
    pub items: TokenStream,
    /// `#[export_name]` functions inside the `export!` macro.
    pub macro_items: TokenStream,
    /// The trait method with a body that panics (the `stubs` option).
    pub stub_method: TokenStream,
}

/// Builds the call expression from the type parameter and the lifted arguments.
pub type CallFn = Box<dyn Fn(&Ident, &[TokenStream]) -> TokenStream>;

/// How an exported function reaches the user's code.
pub struct Callee {
    /// The trait the shim's `T_` implements (`Guest`, `GuestR`).
    pub bound: TokenStream,
    /// Prefix of the shim's name, unique within the module (`""`, `"r_"`).
    pub prefix: String,
    /// The call, given the type parameter and the lifted arguments.
    pub call: CallFn,
    /// The type argument the export symbol passes to the shim.
    pub macro_ty: TokenStream,
    /// A resource constructor: the trait method is `new` and returns `Self`.
    pub constructor: bool,
}

impl Callee {
    /// `<T_ as Guest>::f(args)`: a freestanding function of a `Guest` trait.
    pub fn freestanding(bound: TokenStream, func: &Function) -> Callee {
        let method = names::snake_ident(func.item_name());
        let b = bound.clone();
        Callee {
            bound,
            prefix: String::new(),
            call: Box::new(move |t, args| quote!(<#t as #b>::#method(#(#args),*))),
            macro_ty: quote!($ty),
            constructor: false,
        }
    }
}

pub fn emit_export(scope: &Scope, key: Option<&WorldKey>, func: &Function, callee: &Callee) -> ExportedFunc {
    let resolve = scope.cx.resolve;
    let rt = &scope.cx.rt;
    let sig = resolve.wasm_signature(AbiVariant::GuestExport, func);
    let item = if callee.constructor { "new" } else { func.item_name() };
    let rust_name = format!("{}{}", callee.prefix, names::snake(item));
    let method = names::snake_ident(item);
    let shim = format_ident!("_export_{}_cabi", rust_name.trim_end_matches('_'));
    let post = format_ident!("__post_return_{}", rust_name.trim_end_matches('_'));
    let slot = format_ident!("RET_SLOT_{}", rust_name.to_uppercase());
    let area = format_ident!("RET_AREA_{}", rust_name.to_uppercase());
    let mut abi = Abi::new(scope);
    let macro_ty = &callee.macro_ty;

    let args: Vec<TokenStream> = (0..sig.params.len()).map(|i| {
        let a = format_ident!("arg{}", i);
        quote!(#a)
    }).collect();
    let arg_decls: Vec<TokenStream> = sig.params.iter().zip(&args).map(|(w, a)| {
        let t = Flat::from_wasm(*w).rust();
        quote!(#a: #t)
    }).collect();

    // Lift the arguments, each into its own binding, in order.
    let mut stmts = TokenStream::new();
    let mut lifted = Vec::new();
    if sig.indirect_params {
        let info = abi.sizes.record(func.params.iter().map(|p| &p.ty));
        let size = Literal::usize_unsuffixed(info.size.size_wasm32());
        let align = Literal::usize_unsuffixed(info.align.align_wasm32());
        let offsets = abi.sizes.field_offsets(func.params.iter().map(|p| &p.ty));
        stmts.extend(quote!(let params_ = #rt::i32_ptr(arg0);));
        for (i, (off, ty)) in offsets.into_iter().enumerate() {
            let v = abi.load(ty, &quote!(params_), off.size_wasm32());
            let b = format_ident!("p{}_", i);
            stmts.extend(quote!(let #b = #v;));
            lifted.push(quote!(#b));
        }
        stmts.extend(quote!(#rt::free_params(params_, #size, #align);));
    } else {
        let mut vals = args.clone().into_iter();
        for (i, p) in func.params.iter().enumerate() {
            let v = abi.lift_flat(&p.ty, &mut vals);
            let b = format_ident!("p{}_", i);
            stmts.extend(quote!(let #b = #v;));
            lifted.push(quote!(#b));
        }
    }
    let t = format_ident!("T_");
    let call = (callee.call)(&t, &lifted);

    // Lower the result.
    let mut statics = TokenStream::new();
    let mut post_items = TokenStream::new();
    let mut post_macro = TokenStream::new();
    let (ret_ty, lower) = match &func.result {
        None => (TokenStream::new(), quote!(#call;)),
        Some(ty) if sig.retptr => {
            let size = Literal::usize_unsuffixed(abi.size(ty).max(1));
            let owned = scope.rust_type(ty, Mode::Owned);
            statics.extend(quote! {
                static #area: #rt::StaticRetArea<#size> = #rt::StaticRetArea::new();
            });
            let mut body = TokenStream::new();
            // The post-return's body, and whether it reads the return area
            // (its argument `ret`).
            let mut post_body = None;
            if crate::abi::is_buffer(resolve, ty) {
                // A string or canonical list: the host reads the Rust buffer;
                // the post-return frees it knowing only its capacity.
                statics.extend(quote! {
                    static #slot: #rt::ReturnBuffer = #rt::ReturnBuffer::new();
                });
                body.extend(quote! {
                    let ret_ = #area.as_mut_ptr();
                    #slot.put(#call, ret_);
                });
                post_body = Some((quote!(#slot.free::<#owned>(ret)), true));
            } else if needs_post_return(resolve, ty) {
                let store = abi.store(ty, &quote!(result_), &quote!(ret_), 0);
                statics.extend(quote! {
                    static #slot: #rt::ReturnSlot<#owned> = #rt::ReturnSlot::new();
                });
                if abi.uses_cleanup {
                    // Element arrays built for the result are found again
                    // through the lowered memory and freed in the post-return.
                    let free = abi.free_stored(ty, &quote!(ret_), 0);
                    body.extend(quote! {
                        let result_ = &*#slot.put(#call);
                        let ret_ = #area.as_mut_ptr();
                        let mut cleanup_ = #rt::Untracked;
                        #store
                    });
                    post_body = Some((quote!(let ret_ = #rt::i32_ptr(ret); #free #slot.clear()), true));
                } else {
                    body.extend(quote! {
                        let result_ = #slot.put(#call);
                        let ret_ = #area.as_mut_ptr();
                        #store
                    });
                    post_body = Some((quote!(#slot.clear()), false));
                }
            } else {
                let store = abi.store(ty, &quote!(result_), &quote!(ret_), 0);
                body.extend(quote! {
                    let result_ = #call;
                    let ret_ = #area.as_mut_ptr();
                    #store
                });
            }
            if let Some((post_body, reads_ret)) = post_body {
                let post_name = prefixed(scope, resolve.wasm_export_name(
                    ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
                    WasmExport::Func { interface: key, func, kind: WasmExportKind::PostReturn },
                ));
                let bound = &callee.bound;
                // The return area's address, when the body reads it.
                let ret = if reads_ret { quote!(ret) } else { quote!(_ret) };
                post_items.extend(quote! {
                    #[doc(hidden)]
                    #[allow(non_snake_case, reason = "mirrors the WIT function name")]
                    /// # Safety
                    /// Called by the host once after the export returned.
                    pub unsafe fn #post<T_: #bound>(#ret: i32) {
                        unsafe { #post_body }
                    }
                });
                let export_post = format_ident!("post_return_{}", rust_name.trim_end_matches('_'));
                post_macro.extend(quote! {
                    #[cfg_attr(target_arch = "wasm32", unsafe(export_name = #post_name))]
                    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "exported on wasm32 only"))]
                    unsafe extern "C" fn #export_post(arg0: i32) {
                        unsafe { $($path_to_types)*::#post::<#macro_ty>(arg0) }
                    }
                });
            }
            body.extend(quote!(#rt::ptr_i32(ret_)));
            (quote!(-> i32), body)
        }
        Some(_) if sig.results.is_empty() => (TokenStream::new(), quote!(let _ = #call;)),
        Some(ty) => {
            let mut out = Vec::new();
            let mut lstmts = TokenStream::new();
            abi.lower_flat(ty, &quote!(result_), &mut out, &mut lstmts);
            let t = Flat::from_wasm(sig.results[0]).rust();
            (quote!(-> #t), quote! { let result_ = #call; #lstmts #(#out)* })
        }
    };

    let ctors = if scope.cx.opts.disable_run_ctors_once_workaround {
        TokenStream::new()
    } else {
        quote!(#rt::run_ctors_once();)
    };
    let bound = &callee.bound;
    let deferred = std::mem::take(&mut abi.deferred);
    let many = super::imports::allow_many_args(arg_decls.len());
    let items = quote! {
        #statics
        #many
        #[doc(hidden)]
        #[allow(non_snake_case, reason = "mirrors the WIT function name")]
        /// # Safety
        /// Called only by the export symbol with the canonical ABI's arguments.
        pub unsafe fn #shim<T_: #bound>(#(#arg_decls),*) #ret_ty {
            #[allow(unused_unsafe, unused_parens, reason = "uniform glue: some types need no unsafe code or grouping")]
            unsafe {
                #ctors
                #deferred
                #stmts
                #lower
            }
        }
        #post_items
    };

    let export_name = prefixed(scope, resolve.wasm_export_name(
        ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
        WasmExport::Func { interface: key, func, kind: WasmExportKind::Normal },
    ));
    let export_fn = format_ident!("export_{}", rust_name.trim_end_matches('_'));
    let macro_items = quote! {
        #many
        #[cfg_attr(target_arch = "wasm32", unsafe(export_name = #export_name))]
        #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "exported on wasm32 only"))]
        unsafe extern "C" fn #export_fn(#(#arg_decls),*) #ret_ty {
            unsafe { $($path_to_types)*::#shim::<#macro_ty>(#(#args),*) }
        }
        #post_macro
    };

    // The trait method the user writes.
    let doc = docs(&func.docs);
    let params = func.params.iter().skip(usize::from(is_method(func))).map(|p| {
        let n = names::snake_ident(&p.name);
        let t = scope.rust_type(&p.ty, Mode::Owned);
        quote!(#n: #t)
    });
    let self_param = if is_method(func) { Some(quote!(&self,)) } else { None };
    let ret = match &func.result {
        Some(t) if callee.constructor => Some(constructor_result(scope, t)),
        Some(t) => {
            let t = scope.rust_type(t, Mode::Owned);
            Some(quote!(-> #t))
        }
        // `enable_method_chaining`: the glue ignores the returned `&Self`.
        None if is_method(func) && scope.cx.opts.enable_method_chaining => Some(quote!(-> &Self)),
        None => None,
    };
    let lint = super::imports::allow_many_args(func.params.len());
    let stub_params = func.params.iter().skip(usize::from(is_method(func))).map(|p| {
        let t = scope.rust_type(&p.ty, Mode::Owned);
        quote!(_: #t)
    });
    let unimplemented = format!("`{}` is a stub (generated by the `stubs` option)", func.name);
    let stub_method = quote! {
        #lint
        fn #method(#self_param #(#stub_params),*) #ret {
            ::core::unimplemented!(#unimplemented)
        }
    };
    let trait_method = quote! {
        #doc
        #lint
        fn #method(#self_param #(#params),*) #ret;
    };
    ExportedFunc { trait_method, items, macro_items, stub_method }
}

/// Methods of resources take `&self`.
pub fn is_method(func: &Function) -> bool {
    matches!(func.kind, wit_parser::FunctionKind::Method(_))
}

/// `-> Self`, or `-> Result<Self, E>` for a fallible constructor.
fn constructor_result(scope: &Scope, ty: &wit_parser::Type) -> TokenStream {
    if let wit_parser::Type::Id(id) = ty
        && let wit_parser::TypeDefKind::Result(r) = &scope.cx.resolve.types[*id].kind
    {
        let err = r.err.as_ref().map(|t| scope.rust_type(t, Mode::Owned)).unwrap_or(quote!(()));
        return quote!(-> ::core::result::Result<Self, #err>);
    }
    quote!(-> Self)
}

/// An export symbol with the `export_prefix` option applied.
pub fn prefixed(scope: &Scope, name: String) -> String {
    match &scope.cx.opts.export_prefix {
        Some(p) => format!("{p}{name}"),
        None => name,
    }
}
