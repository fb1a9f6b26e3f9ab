//! Resources.
//!
//! Imported resource `r` → `pub struct R` wrapping the runtime's owned
//! `Resource` handle (dropping it calls `[resource-drop]r` once), with the
//! constructor as `R::new`, methods on `&self` and statics as associated
//! functions.
//!
//! Exported resource `r` → the same handle wrapper plus `R::new(value)`,
//! `get`, `get_mut`, `into_inner`; `RBorrow<'a>` for borrowed handles; a
//! `GuestR` trait the user implements (with overridable hooks deciding where
//! the value lives); `type R: GuestR` on the interface's `Guest` trait; and
//! the `[dtor]r` export that drops the value when the last handle goes.
//! How handles cross is the ABI's business (`abi::handles`).

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{
    Function, FunctionKind, InterfaceId, LiftLowerAbi, ManglingAndAbi, ResourceIntrinsic, Type, TypeDefKind, TypeId,
    WasmExport, WasmImport, WorldItem, WorldKey,
};

use super::exports::{CallFn, Callee, emit_export};
use super::imports::{async_call_body, call_body, is_async, param_mode};
use super::{allow_many_args, docs, glue, wasm_import};
use crate::messages;
use crate::model::scope::{borrow_ident, type_name};
use crate::model::{Mode, Scope};
use crate::names;
use crate::options::Chaining;

/// What an exported interface's resources add to its module.
#[derive(Default)]
pub struct ExportedResources {
    pub trait_items: TokenStream,
    pub items: TokenStream,
    pub macro_items: TokenStream,
    /// `type R = Stub;` for the interface's `Guest` impl (the `stubs` option).
    pub stub_types: TokenStream,
}

/// The items of a resource type: the handle wrapper (both directions) and,
/// for exported resources, the borrow type and value accessors.
pub fn emit_resource(scope: &Scope, id: TypeId) -> TokenStream {
    let name = names::camel_ident(type_name(scope.model.resolve, id));
    let wrapper = handle_wrapper(scope, id, &name);
    let handle_fns = handle_fns(scope);
    if !scope.exported {
        return quote! {
            #wrapper
            impl #name { #handle_fns }
        };
    }
    let owned = exported_value_fns(scope, id, &name, &handle_fns);
    let borrow = exported_borrow(scope, id, &name);
    quote! {
        #wrapper
        #owned
        #borrow
    }
}

/// `pub struct R` around the runtime's `Resource`, dropped through the
/// `[resource-drop]` intrinsic.
fn handle_wrapper(scope: &Scope, id: TypeId, name: &Ident) -> TokenStream {
    let rt = &scope.model.rt;
    let doc = docs(&scope.model.resolve.types[id].docs);
    let (module, drop_name) = drop_import(scope, id);
    let drop = wasm_import(
        scope.glue_rt(),
        &module,
        &drop_name,
        quote!(fn drop(_: i32)),
        quote!(unsafe extern "C" fn drop(_: i32)),
        messages::RESOURCES_ON_WASM32_ONLY,
    );
    quote! {
        #doc
        #[derive(Debug)]
        #[repr(transparent)]
        pub struct #name {
            handle: #rt::Resource<#name>,
        }
        unsafe impl #rt::WasmResource for #name {
            #[inline]
            unsafe fn drop(handle: u32) {
                #drop
                unsafe { drop(handle as i32) }
            }
        }
    }
}

/// `from_handle`, `take_handle` and `handle`, for the ABI glue.
fn handle_fns(scope: &Scope) -> TokenStream {
    let rt = &scope.model.rt;
    quote! {
        /// Wraps an owned handle.
        ///
        /// # Safety
        /// `handle` is an owned handle of this resource that nothing else drops.
        #[doc(hidden)]
        pub unsafe fn from_handle(handle: u32) -> Self {
            Self { handle: unsafe { #rt::Resource::from_handle(handle) } }
        }
        /// Moves the handle out; the wrapper will not drop it.
        #[doc(hidden)]
        pub fn take_handle(&self) -> u32 {
            #rt::Resource::take_handle(&self.handle)
        }
        /// The handle, still owned by the wrapper.
        #[doc(hidden)]
        pub fn handle(&self) -> u32 {
            #rt::Resource::handle(&self.handle)
        }
    }
}

/// The type guard and `new`, `get`, `get_mut`, `into_inner`, `dtor` of an
/// exported resource.
fn exported_value_fns(scope: &Scope, id: TypeId, name: &Ident, handle_fns: &TokenStream) -> TokenStream {
    let rt = &scope.model.rt;
    let wit_name = type_name(scope.model.resolve, id);
    let guest_trait = format_ident!("Guest{}", name);
    let guard = glue::type_guard(wit_name);
    quote! {
        static #guard: #rt::TypeGuard = #rt::TypeGuard::new();
        impl #name {
            /// Creates a resource owning `val`; its handle can be passed to the host.
            pub fn new<T: #guest_trait>(val: T) -> Self {
                #guard.check::<T>(#wit_name);
                let rep = <T::Rep as #rt::ResourceRep<T>>::rep_new(val);
                unsafe {
                    let ptr = T::resource_into_raw_(rep);
                    Self::from_handle(T::_resource_new(ptr.cast()))
                }
            }
            /// The value behind this handle.
            pub fn get<T: #guest_trait>(&self) -> &T {
                unsafe { <T::Rep as #rt::ResourceRep<T>>::rep_as_ref(self.as_ptr::<T>()) }
            }
            /// The value behind this handle, mutably.
            pub fn get_mut<T: #guest_trait>(&mut self) -> &mut T {
                unsafe { <T::Rep as #rt::ResourceRep<T>>::rep_as_mut(self.as_ptr::<T>()) }
            }
            /// Moves the value out; the resource keeps an empty slot until dropped.
            pub fn into_inner<T: #guest_trait>(self) -> T {
                unsafe { <T::Rep as #rt::ResourceRep<T>>::rep_take(self.as_ptr::<T>()) }
            }
            #handle_fns
            /// Drops the value behind `rep` (the `[dtor]` export).
            ///
            /// # Safety
            /// `rep` came from `resource_into_raw_` and is dropped once.
            #[doc(hidden)]
            pub unsafe fn dtor<T: #guest_trait>(rep: *mut u8) {
                #guard.check::<T>(#wit_name);
                unsafe { drop(T::resource_from_raw_(rep.cast())) }
            }
            fn as_ptr<T: #guest_trait>(&self) -> *mut T::Rep {
                #guard.check::<T>(#wit_name);
                T::_resource_rep(self.handle()).cast()
            }
        }
    }
}

/// `RBorrow<'a>`: a borrowed handle of an exported resource, as its rep.
fn exported_borrow(scope: &Scope, id: TypeId, name: &Ident) -> TokenStream {
    let rt = &scope.model.rt;
    let wit_name = type_name(scope.model.resolve, id);
    let guest_trait = format_ident!("Guest{}", name);
    let guard = glue::type_guard(wit_name);
    let borrow = borrow_ident(scope.model.resolve, id);
    let borrow_doc = format!(" A borrowed [`{name}`], valid for the call that lent it.");
    quote! {
        #[doc = #borrow_doc]
        #[derive(Debug)]
        #[repr(transparent)]
        pub struct #borrow<'a> {
            rep: *const u8,
            _marker: ::core::marker::PhantomData<&'a #name>,
        }
        impl<'a> #borrow<'a> {
            /// # Safety
            /// `rep` is the rep of a live resource of this type.
            #[doc(hidden)]
            pub unsafe fn lift(rep: *const u8) -> Self {
                Self { rep, _marker: ::core::marker::PhantomData }
            }
            /// The value behind the borrowed handle.
            pub fn get<T: #guest_trait>(&self) -> &'a T {
                #guard.check::<T>(#wit_name);
                unsafe { <T::Rep as #rt::ResourceRep<T>>::rep_as_ref(self.rep.cast()) }
            }
        }
    }
}

/// The module and name of a resource's drop intrinsic.
fn drop_import(scope: &Scope, id: TypeId) -> (String, String) {
    let intrinsic = if scope.exported { ResourceIntrinsic::ExportedDrop } else { ResourceIntrinsic::ImportedDrop };
    scope.model.resolve.wasm_import_name(
        ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
        WasmImport::ResourceIntrinsic { interface: scope.key, resource: id, intrinsic },
    )
}

/// Resources defined by an interface (or imported at world level), in
/// declaration order.
fn resources(scope: &Scope, iface: Option<InterfaceId>) -> Vec<TypeId> {
    let resolve = scope.model.resolve;
    let types: Vec<TypeId> = match iface {
        Some(i) => resolve.interfaces[i].types.values().copied().collect(),
        None => resolve.worlds[scope.model.world]
            .imports
            .values()
            .filter_map(|item| match item {
                WorldItem::Type { id, .. } => Some(*id),
                _ => None,
            })
            .collect(),
    };
    // A resource bound by `with` is someone else's type: no items for it.
    types
        .into_iter()
        .filter(|t| matches!(resolve.types[*t].kind, TypeDefKind::Resource) && !scope.model.with.types.contains_key(t))
        .collect()
}

/// The functions of resource `r` that `skip` does not name.
fn functions_of<'r>(scope: &Scope, funcs: &[&'r Function], r: TypeId) -> Vec<&'r Function> {
    funcs.iter().copied().filter(|f| f.kind.resource() == Some(r) && !scope.model.skipped(f)).collect()
}

/// Constructors, methods and statics of the imported resources of an interface.
pub fn imported_resources(scope: &Scope, key: &WorldKey, id: InterfaceId) -> TokenStream {
    let funcs: Vec<&Function> = scope.model.resolve.interfaces[id].functions.values().collect();
    resources(scope, Some(id)).into_iter().map(|r| resource_impl(scope, Some(key), r, &funcs)).collect()
}

/// Methods of resources imported at world level.
pub fn world_imported_resources(scope: &Scope) -> TokenStream {
    let funcs: Vec<&Function> = scope.model.resolve.worlds[scope.model.world]
        .imports
        .values()
        .filter_map(|item| match item {
            WorldItem::Function(f) => Some(f),
            _ => None,
        })
        .collect();
    resources(scope, None).into_iter().map(|r| resource_impl(scope, None, r, &funcs)).collect()
}

fn resource_impl(scope: &Scope, key: Option<&WorldKey>, r: TypeId, funcs: &[&Function]) -> TokenStream {
    let name = names::camel_ident(type_name(scope.model.resolve, r));
    let methods = functions_of(scope, funcs, r).into_iter().map(|f| imported_method(scope, key, f));
    let root_lints = scope.root_lints();
    quote! {
        #[allow(
            clippy::new_without_default,
            clippy::len_without_is_empty,
            clippy::should_implement_trait,
            reason = "methods mirror the WIT resource"
        )]
        #root_lints
        impl #name { #(#methods)* }
    }
}

/// Whether `ty` is a handle: constructors return `Self`, not a `Result`.
fn is_handle(scope: &Scope, ty: &Type) -> bool {
    matches!(ty, Type::Id(t) if matches!(scope.model.resolve.types[*t].kind, TypeDefKind::Handle(_)))
}

fn imported_method(scope: &Scope, key: Option<&WorldKey>, func: &Function) -> TokenStream {
    let doc = docs(&func.docs);
    let method = names::is_method(func);
    // 0.61's `chainable_methods`, or 0.60's `enable_method_chaining`.
    let chaining = scope.model.chained.of(scope.model.resolve, key, func);
    let asyncness = is_async(scope, key, func);
    let params = func.params.iter().skip(usize::from(method)).map(|p| {
        let n = names::snake_ident(&p.name);
        let t = scope.rust_type(&p.ty, param_mode(asyncness));
        quote!(#n: #t)
    });
    let self_param = match chaining {
        Some(Chaining::Owning) => Some(quote!(self,)),
        _ => method.then(|| quote!(&self,)),
    };
    let ret = match (&func.kind, &func.result) {
        (FunctionKind::Constructor(_), Some(t)) if is_handle(scope, t) => quote!(-> Self),
        (_, Some(t)) => {
            let t = scope.rust_type(t, Mode::Owned);
            quote!(-> #t)
        }
        _ if chaining == Some(Chaining::Owning) => quote!(-> Self),
        _ if chaining.is_some() => quote!(-> &Self),
        (_, None) => TokenStream::new(),
    };
    let name = names::function_ident(func);
    let lint = allow_many_args(func.params.len());
    if asyncness {
        let mut body = async_call_body(scope, key, func, method.then(|| quote!(self)));
        if chaining.is_some() {
            body = quote!(#body; self);
        }
        return quote! {
            #doc
            #lint
            pub async fn #name(#self_param #(#params),*) #ret {
                #body
            }
        };
    }
    let mut body = call_body(scope, key, func, method.then(|| quote!(self)));
    if chaining.is_some() {
        body.extend(quote!(self));
    }
    quote! {
        #doc
        #lint
        #[inline]
        pub fn #name(#self_param #(#params),*) #ret {
            #body
        }
    }
}

/// `GuestR` traits, `type R` items, shims and export symbols for the
/// resources an exported interface defines.
pub fn exported_resources(scope: &Scope, key: &WorldKey, id: InterfaceId) -> ExportedResources {
    let funcs: Vec<&Function> = scope.model.resolve.interfaces[id].functions.values().collect();
    let mut out = ExportedResources::default();
    for r in resources(scope, Some(id)) {
        exported_resource(scope, key, r, &funcs, &mut out);
    }
    out
}

/// One exported resource's contribution to its interface.
fn exported_resource(scope: &Scope, key: &WorldKey, r: TypeId, funcs: &[&Function], out: &mut ExportedResources) {
    let wit_name = type_name(scope.model.resolve, r);
    let name = names::camel_ident(wit_name);
    let guest_trait = format_ident!("Guest{}", name);
    let mut trait_methods = TokenStream::new();
    let mut stub_methods = TokenStream::new();
    for f in functions_of(scope, funcs, r) {
        let callee = resource_callee(scope, f, &name, &guest_trait);
        let e = emit_export(scope, Some(key), f, &callee);
        trait_methods.extend(e.trait_method);
        stub_methods.extend(e.stub_method);
        out.items.extend(e.items);
        out.macro_items.extend(e.macro_items);
    }
    if scope.model.opts.stubs {
        let root = scope.root();
        out.items.extend(quote!(impl #guest_trait for #root Stub { #stub_methods }));
        out.stub_types.extend(quote!(type #name = #root Stub;));
    }
    out.items.extend(guest_resource_trait(scope, key, r, &guest_trait, &trait_methods));
    let doc = format!(" The type that implements the resource `{wit_name}`.");
    out.trait_items.extend(quote! {
        #[doc = #doc]
        type #name: #guest_trait;
    });
    out.macro_items.extend(dtor_export(scope, key, r, &name));
}

/// `trait GuestR`: the user's methods plus the hooks that place values and
/// reach the `[resource-new]` and `[resource-rep]` intrinsics.
fn guest_resource_trait(
    scope: &Scope,
    key: &WorldKey,
    r: TypeId,
    guest_trait: &Ident,
    trait_methods: &TokenStream,
) -> TokenStream {
    let rt = &scope.model.rt;
    let wit_name = type_name(scope.model.resolve, r);
    let (new_mod, new_name) = intrinsic(scope, key, r, ResourceIntrinsic::ExportedNew);
    let (rep_mod, rep_name) = intrinsic(scope, key, r, ResourceIntrinsic::ExportedRep);
    let msg = messages::RESOURCES_ON_WASM32_ONLY;
    let new = wasm_import(
        scope.glue_rt(),
        &new_mod,
        &new_name,
        quote!(fn new(_: i32) -> i32),
        quote!(unsafe extern "C" fn new(_: i32) -> i32),
        msg,
    );
    let rep = wasm_import(
        scope.glue_rt(),
        &rep_mod,
        &rep_name,
        quote!(fn rep(_: i32) -> i32),
        quote!(unsafe extern "C" fn rep(_: i32) -> i32),
        msg,
    );
    let hooks = storage_hooks(scope);
    let doc = format!(" Implemented by the type that backs the exported resource `{wit_name}`.");
    quote! {
        #[doc = #doc]
        #[allow(clippy::len_without_is_empty, reason = "methods mirror the WIT resource")]
        pub trait #guest_trait: #rt::RustResource {
            /// Creates a handle for a value placed by `resource_into_raw_`.
            ///
            /// # Safety
            /// `rep` is a pointer from `resource_into_raw_`.
            #[doc(hidden)]
            unsafe fn _resource_new(rep: *mut u8) -> u32 where Self: Sized {
                #new
                unsafe { new(#rt::ptr_i32(rep)) as u32 }
            }
            /// The rep pointer behind an owned handle.
            #[doc(hidden)]
            fn _resource_rep(handle: u32) -> *mut u8 where Self: Sized {
                #rep
                #rt::i32_ptr(unsafe { rep(handle as i32) })
            }
            #hooks
            #trait_methods
        }
    }
}

/// The overridable hooks of a `GuestR` trait that decide where a
/// resource's value lives.
fn storage_hooks(scope: &Scope) -> TokenStream {
    let rt = &scope.model.rt;
    quote! {
            /// Where a new resource's value lives: a `Box` unless overridden
            /// (for instance by an arena). Override `resource_from_raw_` with it.
            ///
            /// # Safety
            /// The pointer must stay valid until `resource_from_raw_` takes it back.
            #[doc(hidden)]
            unsafe fn resource_into_raw_(val: Self::Rep) -> *mut Self::Rep {
                #rt::Box::into_raw(#rt::Box::new(val))
            }
            /// Takes back storage from `resource_into_raw_` when the resource is dropped.
            ///
            /// # Safety
            /// `rep` came from `resource_into_raw_` and is taken back once.
            #[doc(hidden)]
            unsafe fn resource_from_raw_(rep: *mut Self::Rep) -> Self::Rep {
                *unsafe { #rt::Box::from_raw(rep) }
            }
    }
}

/// The `[dtor]r` export symbol, in the `export!` macro.
fn dtor_export(scope: &Scope, key: &WorldKey, r: TypeId, name: &Ident) -> TokenStream {
    let dtor_name = super::exports::prefixed(
        scope,
        scope.model.resolve.wasm_export_name(
            ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
            WasmExport::ResourceDtor { interface: key, resource: r },
        ),
    );
    let dtor_fn = glue::dtor_fn(type_name(scope.model.resolve, r));
    quote! {
        #[unsafe(export_name = #dtor_name)]
        unsafe extern "C" fn #dtor_fn(rep: i32) {
            unsafe {
                $($path_to_types)*::#name::dtor::<<$ty as $($path_to_types)*::Guest>::#name>(rep as u32 as usize as *mut u8)
            }
        }
    }
}

fn intrinsic(scope: &Scope, key: &WorldKey, r: TypeId, which: ResourceIntrinsic) -> (String, String) {
    scope.model.resolve.wasm_import_name(
        ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
        WasmImport::ResourceIntrinsic { interface: Some(key), resource: r, intrinsic: which },
    )
}

/// How an exported resource function reaches the user's `GuestR` impl.
fn resource_callee(scope: &Scope, func: &Function, name: &Ident, guest_trait: &Ident) -> Callee {
    let resource = func.kind.resource().map(|r| type_name(scope.model.resolve, r));
    let method = names::function_ident(func);
    let bound = quote!(#guest_trait);
    let b = bound.clone();
    let n = name.clone();
    let call: CallFn = match func.kind {
        FunctionKind::Constructor(_) => {
            let fallible = !func.result.as_ref().is_some_and(|t| is_handle(scope, t));
            Box::new(move |t, args| {
                if fallible {
                    quote!(<#t as #b>::new(#(#args),*).map(#n::new))
                } else {
                    quote!(#n::new(<#t as #b>::new(#(#args),*)))
                }
            })
        }
        _ if names::is_method(func) => Box::new(move |t, args| match args.split_first() {
            Some((first, rest)) => quote!(<#t as #b>::#method(#first.get::<#t>(), #(#rest),*)),
            None => quote!(<#t as #b>::#method()),
        }),
        _ => Box::new(move |t, args| quote!(<#t as #b>::#method(#(#args),*))),
    };
    let constructor = matches!(func.kind, FunctionKind::Constructor(_));
    Callee {
        bound,
        glue: glue::function(resource, &names::function(func)),
        call,
        macro_ty: quote!(<$ty as $($path_to_types)*::Guest>::#name),
        constructor,
    }
}
