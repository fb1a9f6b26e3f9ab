//! Exported functions → a `Guest` trait the user implements, a generic
//! `_export_*_cabi::<T>` shim per function that lifts arguments, calls
//! `T::f` and lowers the result, and a `macro_rules!` that `export!` invokes
//! to emit the `#[export_name]` symbols for the user's type.
//!
//! Results are lowered by one of the strategies of [`Strategy`], chosen from
//! the model's facts about the result type.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use wit_parser::abi::{AbiVariant, WasmSignature};
use wit_parser::{Function, LiftLowerAbi, ManglingAndAbi, Type, WasmExport, WasmExportKind, WorldKey};

use super::{allow_many_args, docs, glue};
use crate::abi::{Abi, Flat};
use crate::messages;
use crate::model::facts::is_buffer;
use crate::model::{Mode, Scope};
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
    /// The function's glue name (see [`glue`]).
    pub glue: String,
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
        let method = names::function_ident(func);
        let b = bound.clone();
        Callee {
            bound,
            glue: glue::function(None, &names::function(func)),
            call: Box::new(move |t, args| quote!(<#t as #b>::#method(#(#args),*))),
            macro_ty: quote!($ty),
            constructor: false,
        }
    }
}

/// How an export's result reaches the host.
enum Strategy {
    /// No result, or one that flattens to no value.
    Nothing,
    /// One flat value, returned directly.
    Flat,
    /// Stored in a static return area; nothing to free afterwards.
    Stored,
    /// A string or canonical list, or a value whose lowering builds element
    /// arrays (a list of records, of strings, ..): the value is consumed, its
    /// strings and canonical lists handed to the host in place (shrunk to
    /// their length) and the arrays built from its moved elements, so the
    /// post-return frees all of them in one walk of the lowered memory.
    Given,
    /// Any other value with strings or canonical lists (and no map): they
    /// are handed over through `&mut` (shrunk to their length) and the value
    /// is forgotten; the post-return frees them through the lowered memory.
    /// Cheaper than consuming it, whose by-value matches of nested variants
    /// rustc compiles to moves through the stack.
    InPlace,
    /// A value holding a map (lowered by borrowing its entries) or an
    /// `error-context` (whose handle it lends): it is parked in a
    /// `ReturnSlot` while the host reads it in place (returned flat, or
    /// through the return area); the post-return frees the element arrays
    /// lowering built (found again through the lowered memory), then drops
    /// it, or, holding an `error-context`, the next call does.
    Slot,
}

/// The glue of one export being emitted.
struct Export<'s, 'a> {
    scope: &'s Scope<'a>,
    key: Option<&'s WorldKey>,
    func: &'s Function,
    callee: &'s Callee,
    sig: WasmSignature,
    abi: Abi<'s>,
}

/// The post-return function of an export, if it has one.
struct PostReturn {
    /// The body of `__post_return_n`.
    body: TokenStream,
    /// Whether the body reads the return area's address (its argument).
    reads_ret: bool,
}

/// Emits the trait method, shim, post-return and export symbols of `func`.
pub fn emit_export(scope: &Scope, key: Option<&WorldKey>, func: &Function, callee: &Callee) -> ExportedFunc {
    let asyncness = scope.model.asyncness.is_async(scope.model.resolve, true, key, func);
    let variant = if asyncness { AbiVariant::GuestExportAsync } else { AbiVariant::GuestExport };
    let sig = scope.model.resolve.wasm_signature(variant, func);
    let mut e = Export { scope, key, func, callee, sig, abi: Abi::new(scope) };
    if asyncness {
        return e.emit_async();
    }
    let (stmts, lifted) = e.lift_params();
    let call = (callee.call)(&format_ident!("T_"), &lifted);
    let (statics, ret_ty, lower, post) = e.lower_result(call);
    let shim = e.shim(statics, &ret_ty, stmts, lower);
    let (post_items, post_macro) = match post {
        Some(p) => e.post_return(p),
        None => (TokenStream::new(), TokenStream::new()),
    };
    let macro_items = e.export_symbol(&ret_ty, post_macro);
    ExportedFunc {
        trait_method: trait_method(scope, func, callee, false),
        items: quote!(#shim #post_items),
        macro_items,
        stub_method: stub_method(scope, func, callee, false),
    }
}

impl Export<'_, '_> {
    /// An async export: lifted with a callback; the shim starts a task whose
    /// future awaits the user's method and hands the result to `task.return`.
    fn emit_async(&mut self) -> ExportedFunc {
        let rt = self.abi.rt;
        let (stmts, lifted) = self.lift_params();
        let deferred = std::mem::take(&mut self.abi.deferred);
        let call = (self.callee.call)(&format_ident!("T_"), &lifted);
        let task_return = self.task_return();
        // Without a result (or with the `&Self` of method chaining) the
        // method's output is not lowered.
        let body = if self.func.result.is_some() {
            quote! {
                let result_ = { #deferred #stmts #call.await };
                #task_return
            }
        } else {
            quote! {
                { #deferred #stmts #call.await; }
                #task_return
            }
        };
        let ctors = if self.scope.model.opts.disable_run_ctors_once_workaround {
            TokenStream::new()
        } else {
            quote!(#rt::run_ctors_once();)
        };
        let shim = glue::shim(&self.callee.glue);
        let callback = glue::callback(&self.callee.glue);
        let bound = &self.callee.bound;
        let arg_decls = self.arg_decls();
        let many = allow_many_args(arg_decls.len());
        let glue_lints = self.scope.glue_lints();
        let shim_lints = self.scope.shim_lints();
        // Handles borrowed for the call are dropped before `task.return`,
        // which traps while the task still holds a borrow.
        let items = quote! {
            #many
            #[doc(hidden)]
            #shim_lints
            // # Safety
            // Called only by the export symbol with the canonical ABI's arguments.
            pub unsafe fn #shim<T_: #bound + 'static>(#(#arg_decls),*) -> i32 {
                #ctors
                // SAFETY: this is the entry point of the async-lifted export.
                unsafe {
                    #rt::async_support::start_task(async move {
                        #glue_lints
                        unsafe {
                            #body
                        }
                    })
                }
            }
            #[doc(hidden)]
            #shim_lints
            // # Safety
            // Called only by the callback symbol, in the task the shim started.
            pub unsafe fn #callback(code: i32, p1: i32, p2: i32) -> i32 {
                unsafe { #rt::async_support::callback(code as u32, p1 as u32, p2 as u32) }
            }
        };
        let name = self.export_name_abi(WasmExportKind::Normal, LiftLowerAbi::AsyncCallback);
        let callback_name = self.export_name_abi(WasmExportKind::Callback, LiftLowerAbi::AsyncCallback);
        let export_fn = glue::export_fn(&self.callee.glue);
        let export_callback = glue::export_callback_fn(&self.callee.glue);
        let macro_ty = &self.callee.macro_ty;
        let args = self.args();
        let macro_items = quote! {
            #many
            #[unsafe(export_name = #name)]
            unsafe extern "C" fn #export_fn(#(#arg_decls),*) -> i32 {
                unsafe { $($path_to_types)*::#shim::<#macro_ty>(#(#args),*) }
            }
            #[unsafe(export_name = #callback_name)]
            unsafe extern "C" fn #export_callback(code: i32, p1: i32, p2: i32) -> i32 {
                unsafe { $($path_to_types)*::#callback(code, p1, p2) }
            }
        };
        ExportedFunc {
            trait_method: trait_method(self.scope, self.func, self.callee, true),
            items,
            macro_items,
            stub_method: stub_method(self.scope, self.func, self.callee, true),
        }
    }

    /// Lowers `result_` and calls `task.return` with it.
    fn task_return(&mut self) -> TokenStream {
        let rt = self.abi.rt;
        let (module, field, sig) =
            self.func.task_return_import(self.scope.model.resolve, self.key, wit_parser::Mangling::Legacy);
        let params: Vec<TokenStream> = sig.params.iter().map(|w| Flat::from_wasm(*w).rust()).collect();
        let many = allow_many_args(params.len());
        let extern_fn = super::wasm_import(
            rt,
            &module,
            &field,
            quote!(fn task_return_(#(_: #params),*)),
            quote!(#many unsafe extern "C" fn task_return_(#(_: #params),*)),
            messages::IMPORTS_ON_WASM32_ONLY,
        );
        let Some(ty) = self.func.result else {
            return quote! { #extern_fn task_return_(); };
        };
        let mut stmts = TokenStream::new();
        let mut args = Vec::new();
        if sig.indirect_params {
            let size = Literal::usize_unsuffixed(self.abi.size(&ty));
            let align = Literal::usize_unsuffixed(self.abi.align(&ty));
            let store = self.abi.store(&ty, &quote!(result_), &quote!(ret_), 0);
            stmts.extend(quote! {
                let area_ = #rt::async_support::CallArea::new(#size, #align);
                let ret_ = area_.as_mut_ptr();
                #store
            });
            args.push(quote!(#rt::ptr_i32(ret_)));
        } else {
            self.abi.lower_flat(&ty, &quote!(result_), &mut args, &mut stmts);
        }
        if self.abi.uses_cleanup {
            stmts = quote!(let mut cleanup_ = #rt::Cleanup::new(); #stmts);
        }
        quote! {
            #extern_fn
            #stmts
            task_return_(#(#args),*);
        }
    }

    /// The shim's core parameters, `arg0..`.
    fn args(&self) -> Vec<TokenStream> {
        (0..self.sig.params.len()).map(|i| format_ident!("arg{}", i)).map(|a| quote!(#a)).collect()
    }

    fn arg_decls(&self) -> Vec<TokenStream> {
        let args = self.args();
        self.sig
            .params
            .iter()
            .zip(&args)
            .map(|(w, a)| {
                let t = Flat::from_wasm(*w).rust();
                quote!(#a: #t)
            })
            .collect()
    }

    /// Lifts the arguments, each into its own binding (`p0_`, ..), in order.
    fn lift_params(&mut self) -> (TokenStream, Vec<TokenStream>) {
        let rt = self.abi.rt;
        let mut stmts = TokenStream::new();
        let mut lifted = Vec::new();
        let params = &self.func.params;
        let mut bind = |stmts: &mut TokenStream, i: usize, v: TokenStream| {
            let b = format_ident!("p{}_", i);
            stmts.extend(quote!(let #b = #v;));
            lifted.push(quote!(#b));
        };
        if self.sig.indirect_params {
            let info = self.abi.sizes.record(params.iter().map(|p| &p.ty));
            let size = Literal::usize_unsuffixed(info.size.size_wasm32());
            let align = Literal::usize_unsuffixed(info.align.align_wasm32());
            let offsets = self.abi.sizes.field_offsets(params.iter().map(|p| &p.ty));
            stmts.extend(quote!(let params_ = #rt::i32_ptr(arg0);));
            for (i, (off, ty)) in offsets.into_iter().enumerate() {
                let v = self.abi.load(ty, &quote!(params_), off.size_wasm32());
                bind(&mut stmts, i, v);
            }
            stmts.extend(quote!(#rt::free_params(params_, #size, #align);));
        } else {
            let mut vals = self.args().into_iter();
            for (i, p) in params.iter().enumerate() {
                let v = self.abi.lift_flat(&p.ty, &mut vals);
                bind(&mut stmts, i, v);
            }
        }
        (stmts, lifted)
    }

    fn strategy(&self) -> Strategy {
        let resolve = self.scope.model.resolve;
        match &self.func.result {
            None => Strategy::Nothing,
            Some(_) if !self.sig.retptr && self.sig.results.is_empty() => Strategy::Nothing,
            // The host lifts an `error-context` after the export returns,
            // from the handle the value still holds (see `lower_slot`).
            Some(ty) if self.scope.model.facts.of(ty).has_error_context => Strategy::Slot,
            Some(_) if !self.sig.retptr => Strategy::Flat,
            Some(ty) if is_buffer(resolve, ty) => Strategy::Given,
            Some(ty) => {
                let facts = self.scope.model.facts.of(ty);
                match (facts.has_list, facts.has_map, facts.builds_arrays) {
                    (false, _, _) => Strategy::Stored,
                    (true, true, _) => Strategy::Slot,
                    (true, false, true) => Strategy::Given,
                    (true, false, false) => Strategy::InPlace,
                }
            }
        }
    }

    /// Lowers the call's result: the statics it needs, the shim's return
    /// type, the statements, and the post-return.
    fn lower_result(&mut self, call: TokenStream) -> (TokenStream, TokenStream, TokenStream, Option<PostReturn>) {
        let rt = self.abi.rt;
        let Some(ty) = self.func.result else {
            return (TokenStream::new(), TokenStream::new(), quote!(#call;), None);
        };
        let (area, area_static) = if self.scope.shares_ret_area() {
            (format_ident!("RET_AREA"), TokenStream::new())
        } else {
            let area = glue::ret_area(&self.callee.glue);
            let size = Literal::usize_unsuffixed(self.abi.size(&ty).max(1));
            let area_static = quote!(static #area: #rt::StaticRetArea<#size> = #rt::StaticRetArea::new(););
            (area, area_static)
        };
        let (statics, body, post) = match self.strategy() {
            Strategy::Nothing => return (TokenStream::new(), TokenStream::new(), quote!(let _ = #call;), None),
            Strategy::Flat => {
                let mut out = Vec::new();
                let mut stmts = TokenStream::new();
                self.abi.lower_flat(&ty, &quote!(result_), &mut out, &mut stmts);
                let t = Flat::from_wasm(self.sig.results[0]).rust();
                return (TokenStream::new(), quote!(-> #t), quote! { let result_ = #call; #stmts #(#out)* }, None);
            }
            Strategy::Stored => {
                let store = self.abi.store(&ty, &quote!(result_), &quote!(ret_), 0);
                (area_static, quote! { let result_ = #call; let ret_ = #area.as_mut_ptr(); #store }, None)
            }
            handed @ (Strategy::Given | Strategy::InPlace) => {
                let in_place = matches!(handed, Strategy::InPlace);
                let (body, post) = self.lower_handed(&ty, &area, call, in_place);
                (area_static, body, Some(post))
            }
            Strategy::Slot if !self.sig.retptr => {
                let slot = glue::ret_slot(&self.callee.glue);
                let owned = self.scope.rust_type(&ty, Mode::Owned);
                let (mut out, mut stmts) = (Vec::new(), TokenStream::new());
                self.abi.lower_flat(&ty, &quote!(result_), &mut out, &mut stmts);
                let t = Flat::from_wasm(self.sig.results[0]).rust();
                let statics = quote!(static #slot: #rt::ReturnSlot<#owned> = #rt::ReturnSlot::new(););
                // Kept until the next call (see `lower_slot`): no post-return.
                let body = quote! { let result_ = &*#slot.put(#call); #stmts #(#out)* };
                return (statics, quote!(-> #t), body, None);
            }
            Strategy::Slot => {
                let (statics, body, post) = self.lower_slot(&ty, &area, call);
                (quote!(#area_static #statics), body, post)
            }
        };
        (statics, quote!(-> i32), quote!(#body #rt::ptr_i32(ret_)), post)
    }

    /// The `Given` and `InPlace` strategies: the value's strings and lists
    /// are handed to the host, moved apart (`Given`) or through `&mut` and
    /// then forgotten (`InPlace`: its strings and lists are the host's until
    /// the post-return, and it owns nothing else, no arrays, handles taken);
    /// the post-return frees them through the lowered memory.
    fn lower_handed(
        &mut self,
        ty: &Type,
        area: &Ident,
        call: TokenStream,
        in_place: bool,
    ) -> (TokenStream, PostReturn) {
        let rt = self.abi.rt;
        (self.abi.consume, self.abi.in_place) = (true, in_place);
        let store = self.abi.store(ty, &quote!(result_), &quote!(ret_), 0);
        let free = self.abi.free_stored(ty, &quote!(ret_), 0);
        (self.abi.consume, self.abi.in_place) = (false, false);
        let cleanup = if self.abi.uses_cleanup { quote!(let mut cleanup_ = #rt::Untracked;) } else { quote!() };
        let body = if in_place {
            quote! {
                #[allow(unused_imports)]
                use #rt::{Buffer as _, ByMut as _};
                let mut result_ = #call;
                let ret_ = #area.as_mut_ptr();
                #store
                ::core::mem::forget(result_);
            }
        } else {
            quote! {
                let result_ = #call;
                let ret_ = #area.as_mut_ptr();
                #cleanup
                #store
            }
        };
        (body, PostReturn { body: quote!(let ret_ = #rt::i32_ptr(ret); #free), reads_ret: true })
    }

    /// The `ReturnSlot` strategy. A value holding an `error-context` stays
    /// in the slot until the export is next called: the host lifts the
    /// handle after the export returns, and `error-context.drop` traps in a
    /// post-return (the canonical ABI forbids leaving the instance there),
    /// so the next `put` drops it.
    fn lower_slot(
        &mut self,
        ty: &Type,
        area: &Ident,
        call: TokenStream,
    ) -> (TokenStream, TokenStream, Option<PostReturn>) {
        let rt = self.abi.rt;
        let slot = glue::ret_slot(&self.callee.glue);
        let owned = self.scope.rust_type(ty, Mode::Owned);
        let store = self.abi.store(ty, &quote!(result_), &quote!(ret_), 0);
        let statics = quote!(static #slot: #rt::ReturnSlot<#owned> = #rt::ReturnSlot::new(););
        let clear = if self.scope.model.facts.of(ty).has_error_context { None } else { Some(quote!(#slot.clear())) };
        if !self.abi.uses_cleanup {
            let body = quote! {
                let result_ = #slot.put(#call);
                let ret_ = #area.as_mut_ptr();
                #store
            };
            return (statics, body, clear.map(|body| PostReturn { body, reads_ret: false }));
        }
        // Element arrays built for the result are found again through the
        // lowered memory and freed in the post-return.
        let free = self.abi.free_stored(ty, &quote!(ret_), 0);
        let body = quote! {
            let result_ = &*#slot.put(#call);
            let ret_ = #area.as_mut_ptr();
            let mut cleanup_ = #rt::Untracked;
            #store
        };
        let post = quote!(let ret_ = #rt::i32_ptr(ret); #free #clear);
        (statics, body, Some(PostReturn { body: post, reads_ret: true }))
    }

    /// `_export_n_cabi::<T_>`: lifts, calls and lowers.
    fn shim(
        &mut self,
        statics: TokenStream,
        ret_ty: &TokenStream,
        stmts: TokenStream,
        lower: TokenStream,
    ) -> TokenStream {
        let rt = self.abi.rt;
        let ctors = if self.scope.model.opts.disable_run_ctors_once_workaround {
            TokenStream::new()
        } else {
            quote!(#rt::run_ctors_once();)
        };
        let shim = glue::shim(&self.callee.glue);
        let bound = &self.callee.bound;
        let deferred = std::mem::take(&mut self.abi.deferred);
        let arg_decls = self.arg_decls();
        let many = allow_many_args(arg_decls.len());
        let glue_lints = self.scope.glue_lints();
        let shim_lints = self.scope.shim_lints();
        quote! {
            #statics
            #many
            #[doc(hidden)]
            #shim_lints
            // # Safety
            // Called only by the export symbol with the canonical ABI's arguments.
            pub unsafe fn #shim<T_: #bound>(#(#arg_decls),*) #ret_ty {
                #glue_lints
                unsafe {
                    #ctors
                    #deferred
                    #stmts
                    #lower
                }
            }
        }
    }

    /// `__post_return_n::<T_>` and its export symbol.
    fn post_return(&self, post: PostReturn) -> (TokenStream, TokenStream) {
        let name = self.export_name(WasmExportKind::PostReturn);
        let bound = &self.callee.bound;
        let macro_ty = &self.callee.macro_ty;
        let post_fn = glue::post_return(&self.callee.glue);
        let PostReturn { body, reads_ret } = post;
        let ret = if reads_ret { quote!(ret) } else { quote!(_ret) };
        let shim_lints = self.scope.shim_lints();
        let items = quote! {
            #[doc(hidden)]
            #shim_lints
            // # Safety
            // Called by the host once after the export returned.
            pub unsafe fn #post_fn<T_: #bound>(#ret: i32) {
                unsafe { #body }
            }
        };
        let export_post = glue::export_post_return_fn(&self.callee.glue);
        let macro_items = quote! {
            #[unsafe(export_name = #name)]
            unsafe extern "C" fn #export_post(arg0: i32) {
                unsafe { $($path_to_types)*::#post_fn::<#macro_ty>(arg0) }
            }
        };
        (items, macro_items)
    }

    /// The export symbol in the `export!` macro, calling the shim.
    fn export_symbol(&self, ret_ty: &TokenStream, post_macro: TokenStream) -> TokenStream {
        let name = self.export_name(WasmExportKind::Normal);
        let export_fn = glue::export_fn(&self.callee.glue);
        let shim = glue::shim(&self.callee.glue);
        let macro_ty = &self.callee.macro_ty;
        let (args, arg_decls) = (self.args(), self.arg_decls());
        let many = allow_many_args(arg_decls.len());
        quote! {
            #many
            #[unsafe(export_name = #name)]
            unsafe extern "C" fn #export_fn(#(#arg_decls),*) #ret_ty {
                unsafe { $($path_to_types)*::#shim::<#macro_ty>(#(#args),*) }
            }
            #post_macro
        }
    }

    fn export_name(&self, kind: WasmExportKind) -> String {
        self.export_name_abi(kind, LiftLowerAbi::Sync)
    }

    fn export_name_abi(&self, kind: WasmExportKind, abi: LiftLowerAbi) -> String {
        let name = self.scope.model.resolve.wasm_export_name(
            ManglingAndAbi::Legacy(abi),
            WasmExport::Func { interface: self.key, func: self.func, kind },
        );
        prefixed(self.scope, name)
    }
}

/// The trait method's name, `&self` and parameters, and result.
fn signature(scope: &Scope, func: &Function, callee: &Callee) -> (Ident, Option<TokenStream>, Option<TokenStream>) {
    let method = names::function_ident(func);
    let self_param = is_method(func).then(|| quote!(&self,));
    let ret = match &func.result {
        Some(t) if callee.constructor => Some(constructor_result(scope, t)),
        Some(t) => {
            let t = scope.rust_type(t, Mode::Owned);
            Some(quote!(-> #t))
        }
        // `enable_method_chaining`: the glue ignores the returned `&Self`.
        None if is_method(func) && scope.model.opts.enable_method_chaining => Some(quote!(-> &Self)),
        None => None,
    };
    (method, self_param, ret)
}

/// The `Guest` trait method the user writes (an `async fn` for an async
/// export: no `Send` bound, as the component runs on one thread).
fn trait_method(scope: &Scope, func: &Function, callee: &Callee, asyncness: bool) -> TokenStream {
    let (method, self_param, ret) = signature(scope, func, callee);
    let doc = docs(&func.docs);
    let lint = allow_many_args(func.params.len());
    let params = func.params.iter().skip(usize::from(is_method(func))).map(|p| {
        let n = names::snake_ident(&p.name);
        let t = scope.rust_type(&p.ty, Mode::Owned);
        quote!(#n: #t)
    });
    let (allow, async_kw) = async_parts(asyncness);
    quote! {
        #doc
        #lint
        #allow
        #async_kw fn #method(#self_param #(#params),*) #ret;
    }
}

/// The trait method with a body that panics (the `stubs` option).
fn stub_method(scope: &Scope, func: &Function, callee: &Callee, asyncness: bool) -> TokenStream {
    let (method, self_param, ret) = signature(scope, func, callee);
    let lint = allow_many_args(func.params.len());
    let params = func.params.iter().skip(usize::from(is_method(func))).map(|p| {
        let t = scope.rust_type(&p.ty, Mode::Owned);
        quote!(_: #t)
    });
    let unimplemented = messages::stub_body(&func.name);
    let (_, async_kw) = async_parts(asyncness);
    quote! {
        #lint
        #async_kw fn #method(#self_param #(#params),*) #ret {
            ::core::panic!(#unimplemented)
        }
    }
}

/// The lint allowance and keyword of an `async fn` trait item.
fn async_parts(asyncness: bool) -> (TokenStream, TokenStream) {
    if asyncness {
        (
            quote!(#[allow(async_fn_in_trait, reason = "the component runs on one thread: no `Send` bound")]),
            quote!(async),
        )
    } else {
        (TokenStream::new(), TokenStream::new())
    }
}

/// Methods of resources take `&self`.
pub fn is_method(func: &Function) -> bool {
    names::is_method(func)
}

/// `-> Self`, or `-> Result<Self, E>` for a fallible constructor.
fn constructor_result(scope: &Scope, ty: &Type) -> TokenStream {
    if let Type::Id(id) = ty
        && let wit_parser::TypeDefKind::Result(r) = &scope.model.resolve.types[*id].kind
    {
        let err = r.err.as_ref().map(|t| scope.rust_type(t, Mode::Owned)).unwrap_or(quote!(()));
        return quote!(-> ::core::result::Result<Self, #err>);
    }
    quote!(-> Self)
}

/// An export symbol with the `export_prefix` option applied.
pub fn prefixed(scope: &Scope, name: String) -> String {
    match &scope.model.opts.export_prefix {
        Some(p) => format!("{p}{name}"),
        None => name,
    }
}

/// The one return area of an exported interface's module (see
/// [`Scope::shares_ret_area`]), as large as the largest result any of its
/// synchronous exports returns through memory; nothing if none does.
pub fn module_ret_area(scope: &Scope, id: wit_parser::InterfaceId) -> TokenStream {
    let model = scope.model;
    let abi = Abi::new(scope);
    let size = model.resolve.interfaces[id]
        .functions
        .values()
        .filter(|f| !model.asyncness.is_async(model.resolve, true, scope.key, f))
        .filter(|f| model.resolve.wasm_signature(AbiVariant::GuestExport, f).retptr)
        .filter_map(|f| f.result.as_ref().map(|t| abi.size(t).max(1)))
        .max();
    let Some(size) = size else { return TokenStream::new() };
    let rt = scope.glue_rt();
    let size = Literal::usize_unsuffixed(size);
    quote!(static RET_AREA: #rt::StaticRetArea<#size> = #rt::StaticRetArea::new();)
}
