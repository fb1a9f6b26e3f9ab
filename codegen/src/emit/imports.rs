//! Imported functions → safe Rust functions that lower their arguments, call
//! the core wasm import and lift the result.
//!
//! Arguments are borrowed (`&str`, `&[T]`, `&Record`) and handed to the host
//! in place; only lists whose elements need conversion get a temporary
//! buffer, freed when the call returns. On targets other than wasm32 the
//! import is a stub that panics, so the bindings still type-check there.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use wit_parser::abi::{AbiVariant, WasmSignature};
use wit_parser::{Function, InterfaceId, LiftLowerAbi, ManglingAndAbi, WasmImport, WorldKey};

use super::{allow_many_args, docs, glue, wasm_import};
use crate::abi::{Abi, Flat};
use crate::messages;
use crate::model::scope::type_name;
use crate::model::{Mode, Scope};
use crate::names;

/// Whether `func` is imported with async bindings.
pub fn is_async(scope: &Scope, key: Option<&WorldKey>, func: &Function) -> bool {
    scope.model.asyncness.is_async(scope.model.resolve, false, key, func)
}

/// How an import takes its parameters: borrowed, or owned by its future
/// when it is async.
pub fn param_mode(is_async: bool) -> Mode {
    if is_async { Mode::Owned } else { Mode::Param }
}

/// The Rust function for an imported WIT function (freestanding).
pub fn emit_import(scope: &Scope, key: Option<&WorldKey>, func: &Function) -> TokenStream {
    let name = names::function_ident(func);
    let doc = docs(&func.docs);
    let asyncness = is_async(scope, key, func);
    let params: Vec<_> = func
        .params
        .iter()
        .map(|p| {
            let n = names::snake_ident(&p.name);
            let t = scope.rust_type(&p.ty, param_mode(asyncness));
            quote!(#n: #t)
        })
        .collect();
    let ret = func.result.as_ref().map(|t| {
        let t = scope.rust_type(t, Mode::Owned);
        quote!(-> #t)
    });
    // `#[inline]` lets the glue fold into its callers (the release bench
    // component came out slightly smaller); an async body is a future.
    let (body, head) = if asyncness {
        (async_call_body(scope, key, func, None), quote!(pub async fn))
    } else {
        (call_body(scope, key, func, None), quote!(#[inline] pub fn))
    };
    let lint = allow_many_args(func.params.len());
    let root_lints = scope.root_lints();
    quote! {
        #doc
        #lint
        #root_lints
        #head #name(#(#params),*) #ret {
            #body
        }
    }
}

/// The argument expressions: the parameters' names, with `self_arg` for
/// the first one (methods on resources).
fn arg_values(func: &Function, self_arg: Option<TokenStream>) -> Vec<TokenStream> {
    let names = func.params.iter().map(|p| {
        let n = names::snake_ident(&p.name);
        quote!(#n)
    });
    match self_arg {
        Some(s) => std::iter::once(s).chain(names.skip(1)).collect(),
        None => names.collect(),
    }
}

/// The body of an import call: lowering, the extern declaration (unless the
/// module declares it, see [`module_imports`]), lifting.
/// `self_arg` replaces the first parameter's value (methods on resources).
pub fn call_body(scope: &Scope, key: Option<&WorldKey>, func: &Function, self_arg: Option<TokenStream>) -> TokenStream {
    let rt = scope.glue_rt();
    let sig = scope.model.resolve.wasm_signature(AbiVariant::GuestImport, func);
    let mut abi = Abi::new(scope);
    let values = arg_values(func, self_arg);
    let (mut stmts, mut args) = lower_params(&mut abi, func, &sig, &values);
    let mut ret_area = TokenStream::new();
    if sig.retptr {
        let size = func.result.as_ref().map_or(1, |ty| abi.size(ty).max(1));
        let size = Literal::usize_unsuffixed(size);
        ret_area = quote! {
            let mut ret_area_ = ::core::mem::MaybeUninit::<#rt::RetArea<#size>>::uninit();
            let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
        };
        args.push(quote!(#rt::ptr_i32(ret_)));
    }
    let (extern_fn, callee) = callee(scope, key, func, &sig, LiftLowerAbi::Sync);
    let lift = lift_result(&mut abi, func, &sig, &args, &callee);
    if abi.uses_cleanup {
        stmts = quote!(let mut cleanup_ = #rt::Cleanup::new(); #stmts);
    }
    let glue_lints = scope.glue_lints();
    quote! {
        #extern_fn
        #glue_lints
        unsafe {
            #stmts
            #ret_area
            #lift
        }
    }
}

/// The body of an async import call: the arguments are lowered into (or
/// pointed at from) a heap area and kept by the [`Subtask`] future until the
/// callee is done with them; the result is lifted from the area.
///
/// [`Subtask`]: crate
pub fn async_call_body(
    scope: &Scope,
    key: Option<&WorldKey>,
    func: &Function,
    self_arg: Option<TokenStream>,
) -> TokenStream {
    let rt = &scope.model.rt;
    let sig = scope.model.resolve.wasm_signature(AbiVariant::GuestImportAsync, func);
    let mut abi = Abi::new(scope);
    abi.record_taken = true;
    // The owned arguments (not `self`) stay with the call.
    let mut kept: Vec<TokenStream> = func
        .params
        .iter()
        .skip(usize::from(self_arg.is_some()))
        .map(|p| {
            let n = names::snake_ident(&p.name);
            quote!(#n)
        })
        .collect();
    let values = arg_values(func, self_arg);
    // The area: spilled parameters at 0, then the results.
    let (params_size, params_align) = if sig.indirect_params {
        let info = abi.sizes.record(func.params.iter().map(|p| &p.ty));
        (info.size.size_wasm32(), info.align.align_wasm32())
    } else {
        (0, 1)
    };
    let (ret_size, ret_align) = func.result.as_ref().map_or((0, 1), |t| (abi.size(t), abi.align(t)));
    let ret_off = params_size.div_ceil(ret_align) * ret_align;
    let size = Literal::usize_unsuffixed(ret_off + ret_size);
    let align = Literal::usize_unsuffixed(params_align.max(ret_align));
    let mut stmts = quote! {
        let area_ = #rt::async_support::CallArea::new(#size, #align);
        let base_ = area_.as_mut_ptr();
    };
    let mut args = Vec::new();
    if sig.indirect_params {
        let offsets = abi.sizes.field_offsets(func.params.iter().map(|p| &p.ty));
        for ((off, ty), v) in offsets.into_iter().zip(&values) {
            stmts.extend(abi.store(ty, v, &quote!(base_), off.size_wasm32()));
        }
        args.push(quote!(#rt::ptr_i32(base_)));
    } else {
        for (p, v) in func.params.iter().zip(&values) {
            abi.lower_flat(&p.ty, v, &mut args, &mut stmts);
        }
    }
    let off = Literal::usize_unsuffixed(ret_off);
    stmts.extend(quote!(let ret_ = base_.add(#off);));
    if func.result.is_some() {
        args.push(quote!(#rt::ptr_i32(ret_)));
    }
    if abi.uses_cleanup {
        stmts = quote!(let mut cleanup_ = #rt::Cleanup::new(); #stmts);
        kept.push(quote!(cleanup_));
    }
    let taken = if abi.uses_taken {
        stmts = quote!(let mut taken_ = #rt::Vec::new(); #stmts);
        quote!(taken_)
    } else {
        quote!(#rt::Vec::new())
    };
    let (drop_result, lift) = match &func.result {
        Some(ty) if !scope.model.facts.of(ty).is_copy => {
            let mut drop_abi = Abi::new(scope);
            let dropped = drop_abi.load(ty, &quote!(ret_), 0);
            let lift = abi.load(ty, &quote!(ret_), 0);
            let f = quote! {
                /// Lifts and drops a result nobody awaits any more.
                unsafe fn drop_result_(ret_: *mut u8) {
                    unsafe { ::core::mem::drop(#dropped) }
                }
            };
            (Some(f), lift)
        }
        Some(ty) => (None, abi.load(ty, &quote!(ret_), 0)),
        None => (None, quote!(())),
    };
    let drop_arg = if drop_result.is_some() { quote!(Some(drop_result_)) } else { quote!(None) };
    let (extern_fn, callee) = callee(scope, key, func, &sig, LiftLowerAbi::AsyncCallback);
    let glue_lints = scope.glue_lints();
    quote! {
        #extern_fn
        #drop_result
        #glue_lints
        unsafe {
            #stmts
            let status_ = #callee(#(#args),*);
            let area_ = #rt::async_support::Subtask::new(status_, area_, (#(#kept,)*), ret_, #drop_arg, #taken).await;
            let result_ = #lift;
            ::core::mem::drop(area_);
            result_
        }
    }
}

/// Lowers the arguments: flat, or (past 16 values) into a stack buffer the
/// host reads before the call returns.
fn lower_params(
    abi: &mut Abi,
    func: &Function,
    sig: &WasmSignature,
    values: &[TokenStream],
) -> (TokenStream, Vec<TokenStream>) {
    let rt = abi.rt;
    // Parameters are lowered from their borrowed spelling, results lifted owned.
    abi.borrowed = abi.scope.model.usage.borrowing();
    let mut stmts = TokenStream::new();
    let mut args = Vec::new();
    if sig.indirect_params {
        let info = abi.sizes.record(func.params.iter().map(|p| &p.ty));
        let size = Literal::usize_unsuffixed(info.size.size_wasm32());
        let area = abi.tmp("params");
        let buf = abi.tmp("params_buf");
        stmts.extend(quote! {
            let mut #buf = ::core::mem::MaybeUninit::<#rt::RetArea<#size>>::uninit();
            let #area = #buf.as_mut_ptr().cast::<u8>();
        });
        let offsets = abi.sizes.field_offsets(func.params.iter().map(|p| &p.ty));
        for ((off, ty), v) in offsets.into_iter().zip(values) {
            stmts.extend(abi.store(ty, v, &area, off.size_wasm32()));
        }
        args.push(quote!(#rt::ptr_i32(#area)));
    } else {
        for (p, v) in func.params.iter().zip(values) {
            abi.lower_flat(&p.ty, v, &mut args, &mut stmts);
        }
    }
    abi.borrowed = false;
    (stmts, args)
}

/// The call and the lifting of its result.
fn lift_result(
    abi: &mut Abi,
    func: &Function,
    sig: &WasmSignature,
    args: &[TokenStream],
    callee: &Ident,
) -> TokenStream {
    match &func.result {
        None => quote!(#callee(#(#args),*);),
        Some(ty) if sig.retptr => {
            let load = abi.load(ty, &quote!(ret_), 0);
            quote! { #callee(#(#args),*); #load }
        }
        Some(ty) if sig.results.is_empty() => {
            let v = abi.lift_flat(ty, &mut Vec::new().into_iter());
            quote! { #callee(#(#args),*); #v }
        }
        Some(ty) => {
            let r = quote!(r_);
            let v = abi.lift_flat(ty, &mut vec![r.clone()].into_iter());
            if v.to_string() == r.to_string() {
                // The flat value is the Rust value (s32, s64, f32, f64).
                quote! { #callee(#(#args),*) }
            } else {
                quote! { let r_ = #callee(#(#args),*); #v }
            }
        }
    }
}

/// The core wasm import a call goes through, lowered with `abi`: declared
/// in the function itself (`import_`, returned with it), or, in an imported
/// interface's module, once for the module by [`module_imports`].
fn callee(
    scope: &Scope,
    key: Option<&WorldKey>,
    func: &Function,
    sig: &WasmSignature,
    abi: LiftLowerAbi,
) -> (TokenStream, Ident) {
    if scope.groups_imports() {
        return (TokenStream::new(), import_ident(scope, func));
    }
    let (module, field, params, result) = import_parts(scope, key, func, sig, abi);
    let many = allow_many_args(params.len());
    let decl = wasm_import(
        scope.glue_rt(),
        &module,
        &field,
        quote!(fn import_(#(#params),*) #result),
        quote!(#many unsafe extern "C" fn import_(#(#params),*) #result),
        messages::IMPORTS_ON_WASM32_ONLY,
    );
    (decl, format_ident!("import_"))
}

/// `__import_n`, the module-level core wasm import of `func`.
fn import_ident(scope: &Scope, func: &Function) -> Ident {
    let resource = func.kind.resource().map(|r| type_name(scope.model.resolve, r));
    glue::import(&glue::function(resource, &names::function(func)))
}

/// The module and name of `func`'s core wasm import, and its parameters
/// (`_: i32`) and result (`-> i32`).
fn import_parts(
    scope: &Scope,
    key: Option<&WorldKey>,
    func: &Function,
    sig: &WasmSignature,
    abi: LiftLowerAbi,
) -> (String, String, Vec<TokenStream>, Option<TokenStream>) {
    let (module, field) =
        scope.model.resolve.wasm_import_name(ManglingAndAbi::Legacy(abi), WasmImport::Func { interface: key, func });
    let params = sig.params.iter().map(|w| Flat::from_wasm(*w).rust()).map(|t| quote!(_: #t)).collect();
    let result = sig.results.first().map(|w| {
        let t = Flat::from_wasm(*w).rust();
        quote!(-> #t)
    });
    (module, field, params, result)
}

/// The core wasm imports of the functions the bindings emit for the
/// imported interface `id` (freestanding and resource functions alike,
/// [`Model::emits_import`]), declared once for its module: one `extern`
/// block per wasm import module on wasm32, and elsewhere stand-ins that
/// panic, in a module of their own.
///
/// [`Model::emits_import`]: crate::model::Model::emits_import
pub fn module_imports(scope: &Scope, key: &WorldKey, id: InterfaceId) -> TokenStream {
    let model = scope.model;
    let mut blocks: Vec<(String, TokenStream)> = Vec::new();
    let mut stand_ins = TokenStream::new();
    let mut names = Vec::new();
    let rt = scope.glue_rt();
    let message = messages::IMPORTS_ON_WASM32_ONLY;
    for func in model.resolve.interfaces[id].functions.values().filter(|f| model.emits_import(f)) {
        let (variant, abi) = if is_async(scope, Some(key), func) {
            (AbiVariant::GuestImportAsync, LiftLowerAbi::AsyncCallback)
        } else {
            (AbiVariant::GuestImport, LiftLowerAbi::Sync)
        };
        let sig = model.resolve.wasm_signature(variant, func);
        let (module, field, params, result) = import_parts(scope, Some(key), func, &sig, abi);
        let name = import_ident(scope, func);
        let many = allow_many_args(params.len());
        let decl = quote! {
            #[link_name = #field]
            fn #name(#(#params),*) #result;
        };
        match blocks.iter_mut().find(|(m, _)| *m == module) {
            Some((_, decls)) => decls.extend(decl),
            None => blocks.push((module, decl)),
        }
        stand_ins.extend(quote! {
            #many
            pub(super) unsafe fn #name(#(#params),*) #result {
                on_host()
            }
        });
        names.push(name);
    }
    if blocks.is_empty() {
        return TokenStream::new();
    }
    let blocks = blocks.into_iter().map(|(module, decls)| {
        quote! {
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = #module)]
            unsafe extern "C" {
                #decls
            }
        }
    });
    quote! {
        #(#blocks)*
        #[cfg(not(target_arch = "wasm32"))]
        use __wit_guest_host::{#(#names),*};
        #[cfg(not(target_arch = "wasm32"))]
        mod __wit_guest_host {
            fn on_host() -> ! {
                super::#rt::wasm32_only(#message)
            }
            #stand_ins
        }
    }
}
