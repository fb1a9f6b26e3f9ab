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
//!
//! How handles cross: own handles move out with `take_handle` (the wrapper
//! then drops nothing), borrowed imported handles pass `handle()`, and a
//! borrow of one of our own resources arrives as its rep pointer.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{
    Function, FunctionKind, Handle, InterfaceId, LiftLowerAbi, ManglingAndAbi, ResourceIntrinsic,
    Type, TypeDefKind, TypeId, TypeOwner, WasmExport, WasmImport, WorldItem, WorldKey,
};

use super::exports::{emit_export, CallFn, Callee};
use super::imports::call_body;
use super::{docs, Mode, Scope};
use crate::abi::Abi;
use crate::names;

/// What an exported interface's resources add to its module.
#[derive(Default)]
pub struct ExportedResources {
    pub trait_items: TokenStream,
    pub items: TokenStream,
    pub macro_items: TokenStream,
    /// `type R = Stub;` for the interface's `Guest` impl (the `stubs` option).
    pub stub_types: TokenStream,
}

/// The resource a handle points to, with aliases followed.
fn resource_of(scope: &Scope, h: &Handle) -> TypeId {
    let (Handle::Own(r) | Handle::Borrow(r)) = h;
    scope.cx.dealias(*r)
}

/// Whether `resource` is implemented by this component and seen from its
/// export module (borrows of it arrive as rep pointers).
fn is_ours(scope: &Scope, resource: TypeId) -> bool {
    scope.exported
        && matches!(scope.cx.resolve.types[resource].owner, TypeOwner::Interface(i) if Some(i) == scope.iface)
}

/// The Rust type of a handle.
pub fn handle_type(scope: &Scope, h: &Handle, mode: Mode) -> TokenStream {
    let lt = if mode == Mode::Field { quote!('a) } else { quote!('_) };
    handle_type_lt(scope, h, &lt)
}

/// The Rust type of a handle, borrows with lifetime `lt`.
pub fn handle_type_lt(scope: &Scope, h: &Handle, lt: &TokenStream) -> TokenStream {
    let r = resource_of(scope, h);
    let path = scope.type_path(r);
    match h {
        Handle::Own(_) => path,
        Handle::Borrow(_) if is_ours(scope, r) => {
            let borrow = borrow_ident(scope, r);
            quote!(#borrow<#lt>)
        }
        Handle::Borrow(_) => quote!(&#lt #path),
    }
}

fn borrow_ident(scope: &Scope, r: TypeId) -> Ident {
    let name = names::camel(scope.cx.resolve.types[r].name.as_deref().expect("named resource"));
    format_ident!("{}Borrow", name)
}

/// Lowers a handle value (reached by reference) to its flat `i32`.
pub fn lower_handle(_abi: &mut Abi, h: &Handle, v: &TokenStream) -> TokenStream {
    match h {
        Handle::Own(_) => quote!(#v.take_handle() as i32),
        Handle::Borrow(_) => quote!(#v.handle() as i32),
    }
}

/// Lifts a handle from its flat `i32`.
pub fn lift_handle(abi: &mut Abi, _id: TypeId, h: &Handle, v: TokenStream) -> TokenStream {
    let scope = abi.scope;
    let r = resource_of(scope, h);
    let path = scope.type_path(r);
    match h {
        Handle::Own(_) => quote!(#path::from_handle(#v as u32)),
        Handle::Borrow(_) if is_ours(scope, r) => {
            let borrow = borrow_ident(scope, r);
            quote!(#borrow::lift(#v as u32 as usize as *const u8))
        }
        Handle::Borrow(_) => {
            // The callee owns a borrowed handle until the call ends: keep the
            // wrapper alive for the call, then drop it, which ends the borrow.
            let h = abi.tmp("handle");
            abi.deferred.extend(quote!(let #h;));
            quote!({ #h = #path::from_handle(#v as u32); &#h })
        }
    }
}

/// If `ty` is a borrow of a resource this component imports, the path of
/// the resource's type.
pub fn imported_borrow(scope: &Scope, ty: &Type) -> Option<TokenStream> {
    let Type::Id(id) = ty else { return None };
    let id = scope.cx.dealias(*id);
    match &scope.cx.resolve.types[id].kind {
        TypeDefKind::Handle(h @ Handle::Borrow(_)) => {
            let r = resource_of(scope, h);
            (!is_ours(scope, r)).then(|| scope.type_path(r))
        }
        _ => None,
    }
}

/// Whether a type holds an owned handle (imports then take it by value).
pub fn has_own(resolve: &wit_parser::Resolve, ty: &Type) -> bool {
    walk(resolve, ty, &|k| matches!(k, TypeDefKind::Handle(Handle::Own(_))))
}

/// Whether a type holds a borrowed handle (its Rust type has a lifetime).
pub fn has_borrow(resolve: &wit_parser::Resolve, ty: &Type) -> bool {
    walk(resolve, ty, &|k| matches!(k, TypeDefKind::Handle(Handle::Borrow(_))))
}

fn walk(resolve: &wit_parser::Resolve, ty: &Type, hit: &dyn Fn(&TypeDefKind) -> bool) -> bool {
    let Type::Id(id) = ty else { return false };
    let kind = &resolve.types[*id].kind;
    if hit(kind) {
        return true;
    }
    let w = |t: &Type| walk(resolve, t, hit);
    match kind {
        TypeDefKind::Type(t) | TypeDefKind::List(t) | TypeDefKind::Option(t) | TypeDefKind::FixedLengthList(t, _) => w(t),
        TypeDefKind::Record(r) => r.fields.iter().any(|f| w(&f.ty)),
        TypeDefKind::Tuple(t) => t.types.iter().any(w),
        TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty.as_ref()).any(w),
        TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).any(w),
        TypeDefKind::Map(k, v) => w(k) || w(v),
        _ => false,
    }
}

/// The items of a resource type: the handle wrapper (both directions) and,
/// for exported resources, the borrow type and value accessors.
pub fn emit_resource(scope: &Scope, id: TypeId) -> TokenStream {
    let resolve = scope.cx.resolve;
    let def = &resolve.types[id];
    let wit_name = def.name.as_deref().expect("named resource");
    let name = names::camel_ident(wit_name);
    let doc = docs(&def.docs);
    let rt = &scope.cx.rt;
    let (module, drop_name) = drop_import(scope, id);
    let wrapper = quote! {
        #doc
        #[derive(Debug)]
        #[repr(transparent)]
        pub struct #name {
            handle: #rt::Resource<#name>,
        }
        unsafe impl #rt::WasmResource for #name {
            #[inline]
            unsafe fn drop(handle: u32) {
                #[cfg(target_arch = "wasm32")]
                #[link(wasm_import_module = #module)]
                unsafe extern "C" {
                    #[link_name = #drop_name]
                    fn drop(_: i32);
                }
                #[cfg(not(target_arch = "wasm32"))]
                unsafe extern "C" fn drop(_: i32) {
                    ::core::panic!("wit-guest: resources can only be used on wasm32")
                }
                unsafe { drop(handle as i32) }
            }
        }
    };
    let handle_fns = quote! {
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
    };
    if !scope.exported {
        return quote! {
            #wrapper
            impl #name { #handle_fns }
        };
    }
    let guest_trait = format_ident!("Guest{}", name);
    let borrow = borrow_ident(scope, id);
    let guard = format_ident!("{}_TYPE", names::shouty(wit_name));
    let borrow_doc = format!(" A borrowed [`{name}`], valid for the call that lent it.");
    quote! {
        #wrapper
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
    let resolve = scope.cx.resolve;
    let key = world_key(scope);
    let intrinsic = if scope.exported { ResourceIntrinsic::ExportedDrop } else { ResourceIntrinsic::ImportedDrop };
    resolve.wasm_import_name(
        ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
        WasmImport::ResourceIntrinsic { interface: key.as_ref(), resource: id, intrinsic },
    )
}

/// The world key of the scope's interface.
fn world_key(scope: &Scope) -> Option<WorldKey> {
    let iface = scope.iface?;
    let w = &scope.cx.resolve.worlds[scope.cx.world];
    let items = if scope.exported { &w.exports } else { &w.imports };
    items.iter().find_map(|(k, item)| match item {
        WorldItem::Interface { id, .. } if *id == iface => Some(k.clone()),
        _ => None,
    })
}

/// Resources defined by an interface, in declaration order.
fn resources(scope: &Scope, iface: Option<InterfaceId>) -> Vec<TypeId> {
    let resolve = scope.cx.resolve;
    let types: Vec<TypeId> = match iface {
        Some(i) => resolve.interfaces[i].types.values().copied().collect(),
        None => resolve.worlds[scope.cx.world]
            .imports
            .values()
            .filter_map(|item| match item {
                WorldItem::Type { id, .. } => Some(*id),
                _ => None,
            })
            .collect(),
    };
    types.into_iter().filter(|t| matches!(resolve.types[*t].kind, TypeDefKind::Resource)).collect()
}

fn functions_of<'r>(funcs: impl Iterator<Item = &'r Function>, r: TypeId) -> Vec<&'r Function> {
    funcs.filter(|f| f.kind.resource() == Some(r)).collect()
}

/// Constructors, methods and statics of the imported resources of an interface.
pub fn imported_resources(scope: &Scope, key: &WorldKey, id: InterfaceId) -> TokenStream {
    let funcs: Vec<&Function> = scope.cx.resolve.interfaces[id].functions.values().collect();
    resources(scope, Some(id))
        .into_iter()
        .map(|r| resource_impl(scope, Some(key), r, &funcs))
        .collect()
}

/// Methods of resources imported at world level.
pub fn world_imported_resources(scope: &Scope) -> TokenStream {
    let funcs: Vec<&Function> = scope.cx.resolve.worlds[scope.cx.world]
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
    let name = names::camel_ident(scope.cx.resolve.types[r].name.as_deref().expect("named"));
    let methods = functions_of(funcs.iter().copied(), r).into_iter().map(|f| imported_method(scope, key, f));
    let root_lints = scope.root_lints();
    quote! {
        #[allow(clippy::new_without_default, clippy::len_without_is_empty, reason = "methods mirror the WIT resource")]
        #root_lints
        impl #name { #(#methods)* }
    }
}

fn imported_method(scope: &Scope, key: Option<&WorldKey>, func: &Function) -> TokenStream {
    let doc = docs(&func.docs);
    let method = matches!(func.kind, FunctionKind::Method(_));
    let params = func.params.iter().skip(usize::from(method)).map(|p| {
        let n = names::snake_ident(&p.name);
        let t = scope.rust_type(&p.ty, Mode::Param);
        quote!(#n: #t)
    });
    let self_param = method.then(|| quote!(&self,));
    let ret = match (&func.kind, &func.result) {
        (FunctionKind::Constructor(_), Some(Type::Id(t))) if matches!(scope.cx.resolve.types[*t].kind, TypeDefKind::Handle(_)) => {
            quote!(-> Self)
        }
        (_, Some(t)) => {
            let t = scope.rust_type(t, Mode::Owned);
            quote!(-> #t)
        }
        (FunctionKind::Method(_), None) if scope.cx.opts.enable_method_chaining => quote!(-> &Self),
        (_, None) => TokenStream::new(),
    };
    let name = match func.kind {
        FunctionKind::Constructor(_) => names::ident("new"),
        _ => names::snake_ident(func.item_name()),
    };
    let mut body = call_body(scope, key, func, method.then(|| quote!(self)));
    if method && func.result.is_none() && scope.cx.opts.enable_method_chaining {
        body.extend(quote!(self));
    }
    let lint = super::imports::allow_many_args(func.params.len());
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
    let resolve = scope.cx.resolve;
    let rt = &scope.cx.rt;
    let funcs: Vec<&Function> = resolve.interfaces[id].functions.values().collect();
    let mut out = ExportedResources::default();
    for r in resources(scope, Some(id)) {
        let wit_name = resolve.types[r].name.as_deref().expect("named");
        let name = names::camel_ident(wit_name);
        let guest_trait = format_ident!("Guest{}", name);
        let bound = quote!(#guest_trait);
        let mut trait_methods = TokenStream::new();
        let mut stub_methods = TokenStream::new();
        for f in functions_of(funcs.iter().copied(), r) {
            let callee = resource_callee(scope, f, &name, &guest_trait);
            let e = emit_export(scope, Some(key), f, &callee);
            trait_methods.extend(e.trait_method);
            stub_methods.extend(e.stub_method);
            out.items.extend(e.items);
            out.macro_items.extend(e.macro_items);
        }
        if scope.cx.opts.stubs {
            let root = scope.root();
            out.items.extend(quote!(impl #guest_trait for #root Stub { #stub_methods }));
            out.stub_types.extend(quote!(type #name = #root Stub;));
        }
        let (new_mod, new_name) = intrinsic(scope, key, r, ResourceIntrinsic::ExportedNew);
        let (rep_mod, rep_name) = intrinsic(scope, key, r, ResourceIntrinsic::ExportedRep);
        let doc = format!(" Implemented by the type that backs the exported resource `{wit_name}`.");
        out.items.extend(quote! {
            #[doc = #doc]
            #[allow(clippy::len_without_is_empty, reason = "methods mirror the WIT resource")]
            pub trait #guest_trait: #rt::RustResource {
                /// Creates a handle for a value placed by `resource_into_raw_`.
                ///
                /// # Safety
                /// `rep` is a pointer from `resource_into_raw_`.
                #[doc(hidden)]
                unsafe fn _resource_new(rep: *mut u8) -> u32 where Self: Sized {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = #new_mod)]
                    unsafe extern "C" {
                        #[link_name = #new_name]
                        fn new(_: i32) -> i32;
                    }
                    #[cfg(not(target_arch = "wasm32"))]
                    unsafe extern "C" fn new(_: i32) -> i32 {
                        ::core::panic!("wit-guest: resources can only be used on wasm32")
                    }
                    unsafe { new(#rt::ptr_i32(rep)) as u32 }
                }
                /// The rep pointer behind an owned handle.
                #[doc(hidden)]
                fn _resource_rep(handle: u32) -> *mut u8 where Self: Sized {
                    #[cfg(target_arch = "wasm32")]
                    #[link(wasm_import_module = #rep_mod)]
                    unsafe extern "C" {
                        #[link_name = #rep_name]
                        fn rep(_: i32) -> i32;
                    }
                    #[cfg(not(target_arch = "wasm32"))]
                    unsafe extern "C" fn rep(_: i32) -> i32 {
                        ::core::panic!("wit-guest: resources can only be used on wasm32")
                    }
                    #rt::i32_ptr(unsafe { rep(handle as i32) })
                }
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
                #trait_methods
            }
        });
        let doc = format!(" The type that implements the resource `{wit_name}`.");
        out.trait_items.extend(quote! {
            #[doc = #doc]
            type #name: #bound;
        });
        let dtor_name = super::exports::prefixed(scope, resolve.wasm_export_name(
            ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
            WasmExport::ResourceDtor { interface: key, resource: r },
        ));
        let dtor_fn = format_ident!("dtor_{}", names::snake(wit_name));
        out.macro_items.extend(quote! {
            #[cfg_attr(target_arch = "wasm32", unsafe(export_name = #dtor_name))]
            #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "exported on wasm32 only"))]
            unsafe extern "C" fn #dtor_fn(rep: i32) {
                unsafe {
                    $($path_to_types)*::#name::dtor::<<$ty as $($path_to_types)*::Guest>::#name>(rep as u32 as usize as *mut u8)
                }
            }
        });
    }
    out
}

fn intrinsic(scope: &Scope, key: &WorldKey, r: TypeId, which: ResourceIntrinsic) -> (String, String) {
    scope.cx.resolve.wasm_import_name(
        ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
        WasmImport::ResourceIntrinsic { interface: Some(key), resource: r, intrinsic: which },
    )
}

/// How an exported resource function reaches the user's `GuestR` impl.
fn resource_callee(scope: &Scope, func: &Function, name: &Ident, guest_trait: &Ident) -> Callee {
    let prefix = format!("{}_", names::snake(scope.cx.resolve.types[func.kind.resource().expect("resource fn")].name.as_deref().expect("named")));
    let method = names::snake_ident(func.item_name());
    let bound = quote!(#guest_trait);
    let b = bound.clone();
    let n = name.clone();
    let call: CallFn = match func.kind {
        FunctionKind::Constructor(_) => {
            let fallible = !matches!(&func.result, Some(Type::Id(t)) if matches!(scope.cx.resolve.types[*t].kind, TypeDefKind::Handle(_)));
            Box::new(move |t, args| {
                if fallible {
                    quote!(<#t as #b>::new(#(#args),*).map(#n::new))
                } else {
                    quote!(#n::new(<#t as #b>::new(#(#args),*)))
                }
            })
        }
        FunctionKind::Method(_) => Box::new(move |t, args| {
            let (first, rest) = args.split_first().expect("methods take self");
            quote!(<#t as #b>::#method(#first.get::<#t>(), #(#rest),*))
        }),
        _ => Box::new(move |t, args| quote!(<#t as #b>::#method(#(#args),*))),
    };
    Callee {
        bound,
        prefix,
        call,
        macro_ty: quote!(<$ty as $($path_to_types)*::Guest>::#name),
        constructor: matches!(func.kind, FunctionKind::Constructor(_)),
    }
}
