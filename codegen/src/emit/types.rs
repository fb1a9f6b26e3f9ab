//! Named WIT types → Rust items: records as structs, variants and enums as
//! enums, flags through the runtime's `bitflags!`, everything else as a
//! `pub type` alias. Derives follow wit-bindgen: `Clone` always, `Copy`
//! when no part owns memory, and the `Debug` text it prints.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use wit_parser::{Type, TypeDefKind, TypeId, Resolve};

use super::resources::{has_borrow, has_own};
use super::{docs, Mode, Scope};
use crate::names;

/// Whether a value of `ty` holds a string or list (so it cannot be `Copy` and
/// an import takes it by reference).
pub fn needs_borrow(resolve: &Resolve, ty: &Type) -> bool {
    match ty {
        Type::String => true,
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::List(_) | TypeDefKind::Map(..) => true,
            TypeDefKind::Type(t) | TypeDefKind::Option(t) | TypeDefKind::FixedLengthList(t, _) => needs_borrow(resolve, t),
            TypeDefKind::Record(r) => r.fields.iter().any(|f| needs_borrow(resolve, &f.ty)),
            TypeDefKind::Tuple(t) => t.types.iter().any(|t| needs_borrow(resolve, t)),
            TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty.as_ref()).any(|t| needs_borrow(resolve, t)),
            TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).any(|t| needs_borrow(resolve, t)),
            TypeDefKind::Handle(wit_parser::Handle::Borrow(_)) => true,
            _ => false,
        },
        _ => false,
    }
}

/// Whether the Rust type of `ty` is `Copy`.
pub fn is_copy(resolve: &Resolve, ty: &Type) -> bool {
    match ty {
        Type::String => false,
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::List(_) | TypeDefKind::Map(..) | TypeDefKind::Resource => false,
            TypeDefKind::Handle(_) | TypeDefKind::Future(_) | TypeDefKind::Stream(_) => false,
            TypeDefKind::Type(t) | TypeDefKind::Option(t) | TypeDefKind::FixedLengthList(t, _) => is_copy(resolve, t),
            TypeDefKind::Record(r) => r.fields.iter().all(|f| is_copy(resolve, &f.ty)),
            TypeDefKind::Tuple(t) => t.types.iter().all(|t| is_copy(resolve, t)),
            TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty.as_ref()).all(|t| is_copy(resolve, t)),
            TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).all(|t| is_copy(resolve, t)),
            TypeDefKind::Enum(_) | TypeDefKind::Flags(_) => true,
            TypeDefKind::Unknown => false,
        },
        _ => true,
    }
}

/// One Rust item for a record or variant.
struct Definition {
    name: proc_macro2::Ident,
    /// How fields are spelled: owned, or borrowed (`&'a str`, `&'a [T]`).
    field_mode: Mode,
    generics: TokenStream,
    /// `Display`/`Error` for error types (owned definitions only).
    extra: TokenStream,
}

/// The Rust item(s) for the named type `id`, owned by the scope's interface.
pub fn emit_type(scope: &Scope, id: TypeId) -> TokenStream {
    let resolve = scope.cx.resolve;
    let def = &resolve.types[id];
    let wit_name = def.name.as_deref().expect("named type");
    let name = names::camel_ident(wit_name);
    let doc = docs(&def.docs);
    if let Some(rep) = scope.cx.merged.get(&id) {
        // `merge_structurally_equal_types`: one definition per class (one
        // alias per definition when `Borrowing` gives it two).
        let mut out = TokenStream::new();
        for (suffix, borrowed) in scope.cx.usage.definitions(id) {
            let alias = quote::format_ident!("{}{}", name, suffix);
            let target = scope.type_path_as(*rep, borrowed);
            let lt = if borrowed || has_borrow(resolve, &Type::Id(id)) { quote!(<'a>) } else { TokenStream::new() };
            out.extend(quote!(#doc pub type #alias #lt = #target #lt;));
        }
        return out;
    }
    let copy = is_copy(resolve, &Type::Id(id));
    let handles = has_own(resolve, &Type::Id(id)) || has_borrow(resolve, &Type::Id(id));
    let derives = if copy {
        quote!(#[derive(Clone, Copy)])
    } else if handles {
        // Handles are unique owners (or borrows of them): no `Clone`.
        TokenStream::new()
    } else {
        quote!(#[derive(Clone)])
    };
    let generics = if super::needs_lifetime(scope.cx, &Type::Id(id)) { quote!(<'a>) } else { TokenStream::new() };
    let extra = extra_impls(scope, id);
    // Records and variants: one item per definition (`Borrowing` may give
    // a borrowed one, or two).
    let definitions = || {
        scope.cx.usage.definitions(id).into_iter().map(|(suffix, borrowed)| Definition {
            name: quote::format_ident!("{}{}", name, suffix),
            field_mode: if borrowed { Mode::BorrowedField } else { Mode::Field },
            generics: if borrowed { quote!(<'a>) } else { generics.clone() },
            extra: if borrowed { TokenStream::new() } else { extra.clone() },
        })
    };
    let mut more = additional_derives(scope, wit_name, &def.kind, copy, handles);
    more.extend(scope.cx.attrs.of_type(id));
    let root_lints = scope.root_lints();
    let member = |wit: &str| scope.cx.attrs.of_member(id, wit);
    match &def.kind {
        TypeDefKind::Record(r) => {
            let mut out = TokenStream::new();
            for Definition { name, field_mode, generics, extra } in definitions() {
                let fields = r.fields.iter().map(|f| {
                    let fname = names::snake_ident(&f.name);
                    let ty = scope.rust_type(&f.ty, field_mode);
                    let doc = docs(&f.docs);
                    let attrs = member(&f.name);
                    quote!(#doc #attrs pub #fname: #ty)
                });
                let repr = if copy { quote!(#[repr(C)]) } else { quote!() };
                let dbg = r.fields.iter().map(|f| {
                    let fname = names::snake_ident(&f.name);
                    let s = f.name.as_str();
                    let s = names::snake(s);
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
            out
        }
        TypeDefKind::Variant(v) => {
            let mut out = TokenStream::new();
            for Definition { name, field_mode, generics, extra } in definitions() {
                let cases = v.cases.iter().map(|c| {
                    let cname = names::ident(&names::case(&c.name));
                    let doc = docs(&c.docs);
                    let attrs = member(&c.name);
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
            out
        }
        TypeDefKind::Enum(e) => {
            let cases = e.cases.iter().map(|c| {
                let cname = names::ident(&names::case(&c.name));
                let doc = docs(&c.docs);
                let attrs = member(&c.name);
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
            let repr = match e.tag() {
                wit_parser::Int::U8 => quote!(u8),
                wit_parser::Int::U16 => quote!(u16),
                _ => quote!(u32),
            };
            let rt = &scope.cx.rt;
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
                    /// # Safety
                    /// `val` is a discriminant of this enum.
                    #[inline]
                    pub unsafe fn _lift(val: #repr) -> #name {
                        match val { #(#lift_arms)* _ => #rt::invalid_discriminant() }
                    }
                }
                #extra
            }
        }
        TypeDefKind::Flags(f) => {
            let bits = crate::abi::flags_bits_type(f.flags.len());
            let consts = f.flags.iter().enumerate().map(|(i, fl)| {
                let c = names::ident(&names::shouty(&fl.name));
                let doc = docs(&fl.docs);
                let attrs = member(&fl.name);
                let i = Literal::usize_unsuffixed(i);
                quote!(#doc #attrs const #c = 1 << #i;)
            });
            let bitflags = scope.cx.bitflags_path();
            quote! {
                #bitflags::bitflags! {
                    #doc
                    #[derive(PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Clone, Copy)]
                    #more
                    pub struct #name: #bits { #(#consts)* }
                }
            }
        }
        TypeDefKind::Resource => super::resources::emit_resource(scope, id),
        TypeDefKind::Type(Type::Id(target)) if scope.cx.usage.borrowing() && scope.cx.usage.definable(id) => {
            // A `use`d record or variant: one alias per definition.
            let target = scope.cx.dealias(*target);
            let mut out = TokenStream::new();
            for (suffix, borrowed) in scope.cx.usage.definitions(id) {
                let alias = quote::format_ident!("{}{}", name, suffix);
                let path = scope.type_path_as(target, borrowed);
                let lt = if borrowed || has_borrow(resolve, &Type::Id(id)) { quote!(<'a>) } else { TokenStream::new() };
                out.extend(quote!(#doc #more pub type #alias #lt = #path #lt;));
            }
            out
        }
        TypeDefKind::Type(t) => {
            let ty = scope.rust_type(t, Mode::Field);
            quote!(#doc #more pub type #name #generics = #ty;)
        }
        kind => {
            let ty = scope.anonymous(kind, Mode::Field);
            quote!(#doc #more pub type #name #generics = #ty;)
        }
    }
}

/// `additional_derives`, minus what the type already derives and the types
/// named in `additional_derives_ignore`.
fn additional_derives(scope: &Scope, wit_name: &str, kind: &TypeDefKind, copy: bool, handles: bool) -> TokenStream {
    let opts = scope.cx.opts;
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
fn extra_impls(scope: &Scope, id: TypeId) -> TokenStream {
    if !scope.cx.error_types.contains(&id) {
        return TokenStream::new();
    }
    let name = scope.type_path(id);
    let std_cfg = if scope.cx.opts.std_feature { quote!(#[cfg(feature = "std")]) } else { TokenStream::new() };
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
