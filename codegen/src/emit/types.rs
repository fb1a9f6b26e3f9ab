//! Named WIT types → Rust items: records as structs, variants and enums as
//! enums, flags through the runtime's `bitflags!`, everything else as a
//! `pub type` alias (plain `use`s of other interfaces' types are grouped
//! into `pub use`s by `world::interface_types` instead). Derives follow wit-bindgen: `Clone` always, `Copy`
//! when no part owns memory, and the `Debug` text it prints.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{Enum, Flags, Record, Type, TypeDefKind, TypeId, Variant};

use super::docs;
use crate::model::scope::{needs_lifetime, type_name};
use crate::model::{Mode, Scope};
use crate::names;

/// What every item of one named type shares.
struct Item<'s, 'a> {
    scope: &'s Scope<'a>,
    id: TypeId,
    name: Ident,
    doc: TokenStream,
    /// `#[derive(..)]` of records and variants.
    derives: TokenStream,
    /// `additional_derives` and `additional_type_attributes`.
    more: TokenStream,
}

/// One Rust item for a record or variant.
struct Definition {
    name: Ident,
    /// How fields are spelled: owned, or borrowed (`&'a str`, `&'a [T]`).
    field_mode: Mode,
    generics: TokenStream,
    /// `Display`/`Error` for error types (owned definitions only).
    extra: TokenStream,
}

/// The Rust item(s) for the named type `id`, owned by the scope's interface.
pub fn emit_type(scope: &Scope, id: TypeId) -> TokenStream {
    let model = scope.model;
    let def = &model.resolve.types[id];
    let wit_name = type_name(model.resolve, id);
    let name = names::camel_ident(wit_name);
    let doc = docs(&def.docs);
    if let Some(rep) = model.merged.get(&id) {
        return merged_aliases(scope, id, *rep, &name, &doc, &TokenStream::new());
    }
    if scope.exported && model.export_aliases.contains_key(&id) {
        // Merged with an import-side type: `type_path` names that one.
        let path = scope.type_path(id);
        return quote!(#doc pub type #name = #path;);
    }
    let facts = model.facts.of_id(id);
    let handles = facts.has_own || facts.has_borrow;
    let derives = if facts.is_copy {
        quote!(#[derive(Clone, Copy)])
    } else if handles {
        // Handles are unique owners (or borrows of them): no `Clone`.
        TokenStream::new()
    } else {
        quote!(#[derive(Clone)])
    };
    let mut more = additional_derives(scope, wit_name, &def.kind, facts.is_copy, handles);
    more.extend(model.attrs.of_type(id));
    let item = Item { scope, id, name, doc, derives, more };
    match &def.kind {
        TypeDefKind::Record(r) => record(&item, r),
        TypeDefKind::Variant(v) => variant(&item, v),
        TypeDefKind::Enum(e) => enumeration(&item, e),
        TypeDefKind::Flags(f) => flags(&item, f),
        TypeDefKind::Resource => super::resources::emit_resource(scope, id),
        TypeDefKind::Type(Type::Id(target)) if model.usage.borrowing() && model.usage.definable(id) => {
            // A `use`d record or variant: one alias per definition.
            let target = model.dealias(*target);
            merged_aliases(scope, id, target, &item.name, &item.doc, &item.more)
        }
        TypeDefKind::Type(t) => {
            let direct = Scope { local_aliases: false, ..*scope };
            let mut out = alias(&item, direct.rust_type(t, Mode::Field));
            // A `use`d resource of an exported interface: its borrowed
            // handle under the new name too (`SourceBorrow<'a>`).
            let target = model.dealias(id);
            if matches!(model.resolve.types[target].kind, TypeDefKind::Resource) && scope.is_ours(target) {
                let Item { doc, name, .. } = &item;
                let borrow = format_ident!("{}Borrow", name);
                let path = scope.borrow_path(target);
                out.extend(quote!(#doc pub type #borrow<'a> = #path<'a>;));
            }
            out
        }
        kind => alias(&item, scope.anonymous(kind, Mode::Field)),
    }
}

/// `pub type Name = Target;` for each definition of `id` (one, or the
/// `Param`/`Result` pair of `Borrowing`), `target` being the type it stands for.
fn merged_aliases(
    scope: &Scope,
    id: TypeId,
    target: TypeId,
    name: &Ident,
    doc: &TokenStream,
    more: &TokenStream,
) -> TokenStream {
    let mut out = TokenStream::new();
    let has_borrow = scope.model.facts.of_id(id).has_borrow;
    for (suffix, borrowed) in scope.model.usage.definitions(id) {
        let alias = format_ident!("{}{}", name, suffix);
        let path = scope.type_path_as(target, borrowed);
        let lt = if borrowed || has_borrow { quote!(<'a>) } else { TokenStream::new() };
        out.extend(quote!(#doc #more pub type #alias #lt = #path #lt;));
    }
    out
}

/// A plain alias.
fn alias(item: &Item, ty: TokenStream) -> TokenStream {
    let Item { doc, more, name, .. } = item;
    let generics = lifetime(item);
    quote!(#doc #more pub type #name #generics = #ty;)
}

/// `<'a>` when the type's Rust spelling holds borrows.
fn lifetime(item: &Item) -> TokenStream {
    if needs_lifetime(item.scope.model, &Type::Id(item.id)) { quote!(<'a>) } else { TokenStream::new() }
}

/// The definitions of a record or variant: one, borrowed or not, or two
/// (`Borrowing { duplicate_if_necessary }`).
fn definitions(item: &Item) -> Vec<Definition> {
    let generics = lifetime(item);
    let extra = error_impls(item.scope, item.id);
    let usage = &item.scope.model.usage;
    usage
        .definitions(item.id)
        .into_iter()
        .map(|(suffix, borrowed)| Definition {
            name: format_ident!("{}{}", item.name, suffix),
            field_mode: if borrowed { Mode::BorrowedField } else { Mode::Field },
            generics: if borrowed { quote!(<'a>) } else { generics.clone() },
            extra: if borrowed { TokenStream::new() } else { extra.clone() },
        })
        .collect()
}

fn record(item: &Item, r: &Record) -> TokenStream {
    let Item { scope, id, doc, derives, more, .. } = item;
    let root_lints = scope.root_lints();
    let copy = scope.model.facts.of_id(*id).is_copy;
    let repr = if copy { quote!(#[repr(C)]) } else { quote!() };
    let mut out = TokenStream::new();
    for Definition { name, field_mode, generics, extra } in definitions(item) {
        let fields = r.fields.iter().map(|f| {
            let fname = names::snake_ident(&f.name);
            let ty = scope.rust_type(&f.ty, field_mode);
            let doc = docs(&f.docs);
            let attrs = scope.model.attrs.of_member(*id, &f.name);
            quote!(#doc #attrs pub #fname: #ty)
        });
        let dbg = r.fields.iter().map(|f| {
            let fname = names::snake_ident(&f.name);
            let s = names::snake(&f.name);
            quote!(.field(#s, &self.#fname))
        });
        let name_str = name.to_string();
        out.extend(quote! {
            #doc
            #repr
            #derives
            #more
            #root_lints
            pub struct #name #generics { #(#fields,)* }
            #[automatically_derived]
            impl #generics ::core::fmt::Debug for #name #generics {
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.debug_struct(#name_str) #(#dbg)* .finish()
                }
            }
            #extra
        });
    }
    out.extend(shared_glue(scope, *id, &item.name));
    out
}

fn variant(item: &Item, v: &Variant) -> TokenStream {
    let Item { scope, id, doc, derives, more, .. } = item;
    let root_lints = scope.root_lints();
    let mut out = TokenStream::new();
    for Definition { name, field_mode, generics, extra } in definitions(item) {
        let cases = v.cases.iter().map(|c| {
            let cname = names::ident(&names::case(&c.name));
            let doc = docs(&c.docs);
            let attrs = scope.model.attrs.of_member(*id, &c.name);
            match &c.ty {
                Some(t) => {
                    let t = scope.rust_type(t, field_mode);
                    quote!(#doc #attrs #cname(#t))
                }
                None => quote!(#doc #attrs #cname),
            }
        });
        let arms = v.cases.iter().map(|c| {
            let cname = names::ident(&names::case(&c.name));
            let label = format!("{}::{}", name, cname);
            match &c.ty {
                Some(_) => quote!(#name::#cname(e) => f.debug_tuple(#label).field(e).finish(),),
                None => quote!(#name::#cname => f.debug_tuple(#label).finish(),),
            }
        });
        out.extend(quote! {
            #doc
            #derives
            #more
            #root_lints
            pub enum #name #generics { #(#cases,)* }
            #[automatically_derived]
            impl #generics ::core::fmt::Debug for #name #generics {
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    match self { #(#arms)* }
                }
            }
            #extra
        });
    }
    out.extend(shared_glue(scope, *id, &item.name));
    out
}

/// The glue of a record or variant that every use calls: its load from
/// memory (`Model::load_helper`), its store (`Model::store_helper`) and its
/// flat values both ways (`Abi::flat_helper`).
fn shared_glue(scope: &Scope, id: TypeId, name: &Ident) -> TokenStream {
    if !scope.model.load_helper(id) {
        return TokenStream::new();
    }
    let lints = scope.glue_lints();
    let mut abi = crate::abi::Abi::new(scope);
    let at = quote!(at);
    let load = abi.load_helper_body(id, &at);
    let store = if scope.model.store_helper(id) {
        let body = abi.store_helper_body(id, &quote!(self), &at);
        quote! {
            #[doc(hidden)]
            // # Safety
            // `at` has room for a value of this type in the canonical ABI's
            // layout, aligned for it; the strings and lists stored there
            // point into `self`, which must outlive their use.
            #[inline]
            #lints
            pub unsafe fn __wit_guest_store(&self, #at: *mut u8) {
                unsafe { #body }
            }
        }
    } else {
        TokenStream::new()
    };
    let flat = match abi.flat_helper(id) {
        Some(types) => {
            let lower = abi.flat_helper_body(id, &quote!(self));
            let names: Vec<TokenStream> = (0..types.len())
                .map(|i| {
                    let name = format_ident!("flat{}", i);
                    quote!(#name)
                })
                .collect();
            let lift = abi.lift_flat_helper_body(id, names.clone());
            let rust: Vec<TokenStream> = types.iter().map(|t| t.rust()).collect();
            quote! {
                #[doc(hidden)]
                // # Safety
                // None beyond using the result while `self` lives: the
                // strings and lists among the flat values point into it.
                #[inline]
                #lints
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (#(#rust,)*) {
                    unsafe { #lower }
                }
                #[doc(hidden)]
                // # Safety
                // The flat values of a value of this type that the caller
                // owns: its strings and lists are adopted.
                #[inline]
                #lints
                #[allow(clippy::too_many_arguments, reason = "one argument per flat value")]
                pub unsafe fn __wit_guest_lift_flat(#(#names: #rust),*) -> Self {
                    unsafe { #lift }
                }
            }
        }
        None => TokenStream::new(),
    };
    quote! {
        impl #name {
            #flat
            #[doc(hidden)]
            // # Safety
            // `at` holds a value of this type in the canonical ABI's layout,
            // which the caller owns: its strings and lists are adopted.
            #[inline]
            #lints
            pub unsafe fn __wit_guest_load(#at: *mut u8) -> Self {
                unsafe { #load }
            }
            #store
        }
    }
}

fn enumeration(item: &Item, e: &Enum) -> TokenStream {
    let Item { scope, id, name, doc, more, .. } = item;
    let cases = e.cases.iter().map(|c| {
        let cname = names::ident(&names::case(&c.name));
        let doc = docs(&c.docs);
        let attrs = scope.model.attrs.of_member(*id, &c.name);
        quote!(#doc #attrs #cname)
    });
    let arms = e.cases.iter().map(|c| {
        let cname = names::ident(&names::case(&c.name));
        let label = format!("{}::{}", name, cname);
        quote!(#name::#cname => f.debug_tuple(#label).finish(),)
    });
    let lift_arms = e.cases.iter().enumerate().map(|(i, c)| {
        let cname = names::ident(&names::case(&c.name));
        let i = Literal::usize_unsuffixed(i);
        quote!(#i => #name::#cname,)
    });
    let (repr, widen) = match e.tag() {
        wit_parser::Int::U8 => (quote!(u8), quote!(u32::from(val))),
        wit_parser::Int::U16 => (quote!(u16), quote!(u32::from(val))),
        _ => (quote!(u32), quote!(val)),
    };
    let rt = &scope.model.rt;
    let extra = error_impls(scope, *id);
    quote! {
        #doc
        #[repr(#repr)]
        #[derive(Clone, Copy, Eq, Ord, PartialEq, PartialOrd)]
        #more
        pub enum #name { #(#cases,)* }
        #[automatically_derived]
        impl ::core::fmt::Debug for #name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self { #(#arms)* }
            }
        }
        impl #name {
            #[doc(hidden)]
            // # Safety
            // `val` is a discriminant of this enum.
            #[inline]
            pub unsafe fn _lift(val: #repr) -> #name {
                Self::__wit_guest_lift(#widen)
            }
            /// The case whose discriminant is `val`; traps on any other value.
            #[doc(hidden)]
            #[inline]
            pub fn __wit_guest_lift(val: u32) -> #name {
                match val { #(#lift_arms)* _ => #rt::invalid_discriminant() }
            }
            /// The case's discriminant.
            #[doc(hidden)]
            #[inline]
            pub fn __wit_guest_lower(&self) -> i32 {
                *self as i32
            }
        }
        #extra
    }
}

fn flags(item: &Item, f: &Flags) -> TokenStream {
    let Item { scope, id, name, doc, more, .. } = item;
    let bits = crate::abi::flags_bits_type(f.flags.len());
    let consts = f.flags.iter().enumerate().map(|(i, fl)| {
        let c = names::ident(&names::shouty(&fl.name));
        let doc = docs(&fl.docs);
        let attrs = scope.model.attrs.of_member(*id, &fl.name);
        let i = Literal::usize_unsuffixed(i);
        quote!(#doc #attrs const #c = 1 << #i;)
    });
    let bitflags = &scope.model.bitflags;
    quote! {
        #bitflags::bitflags! {
            #doc
            #[derive(PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Clone, Copy)]
            #more
            pub struct #name: #bits { #(#consts)* }
        }
    }
}

/// `additional_derives`, minus what the type already derives and the types
/// named in `additional_derives_ignore`.
fn additional_derives(scope: &Scope, wit_name: &str, kind: &TypeDefKind, copy: bool, handles: bool) -> TokenStream {
    let opts = scope.model.opts;
    if opts.additional_derives.is_empty() || opts.additional_derives_ignore.iter().any(|n| n == wit_name) {
        return TokenStream::new();
    }
    let has: &[&str] = match kind {
        // `Debug` is always implemented (with wit-bindgen's text) and never derived twice.
        TypeDefKind::Enum(_) => &["Clone", "Copy", "Eq", "Ord", "PartialEq", "PartialOrd", "Debug"],
        TypeDefKind::Flags(_) => &["PartialEq", "Eq", "PartialOrd", "Ord", "Hash", "Debug", "Clone", "Copy"],
        TypeDefKind::Record(_) | TypeDefKind::Variant(_) if copy => &["Clone", "Copy", "Debug"],
        TypeDefKind::Record(_) | TypeDefKind::Variant(_) if !handles => &["Clone", "Debug"],
        TypeDefKind::Record(_) | TypeDefKind::Variant(_) => &["Debug"],
        _ => return TokenStream::new(),
    };
    let extra: Vec<&syn::Path> = opts
        .additional_derives
        .iter()
        .filter(|p| !p.segments.last().is_some_and(|s| has.contains(&s.ident.to_string().as_str())))
        .collect();
    if extra.is_empty() {
        return TokenStream::new();
    }
    quote!(#[derive(#(#extra),*)])
}

/// `Display` and `Error` for types used as a function's error.
fn error_impls(scope: &Scope, id: TypeId) -> TokenStream {
    if !scope.model.error_types.contains(&id) {
        return TokenStream::new();
    }
    let name = scope.type_path(id);
    let std_cfg = if scope.model.opts.std_feature { quote!(#[cfg(feature = "std")]) } else { TokenStream::new() };
    quote! {
        impl ::core::fmt::Display for #name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{:?}", self)
            }
        }
        #std_cfg
        impl ::core::error::Error for #name {}
    }
}
