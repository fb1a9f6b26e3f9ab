//! Rust spelling of WIT types from one place in the module tree: paths of
//! named types (through `with`, merged and duplicated definitions), owned,
//! borrowed and field positions, and handles (an exported resource's borrows
//! are `RBorrow<'a>` in its own module, other borrows `&R`).

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{Handle, InterfaceId, Resolve, Type, TypeDefKind, TypeId, TypeOwner, WorldKey};

use super::Model;
use super::facts::dealias;
use super::ownership::Style;
use super::with::Target;
use crate::names;

/// Where an item is being emitted.
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub model: &'a Model<'a>,
    /// How many modules below the invocation site.
    pub depth: usize,
    /// The interface whose module this is (`None`: the world's root).
    pub iface: Option<InterfaceId>,
    /// The world key it is imported or exported under.
    pub key: Option<&'a WorldKey>,
    /// Whether this is the module of an exported interface.
    pub exported: bool,
    /// Whether a type another interface defines is named by this
    /// interface's `use` of it, when there is one (`Model::local_aliases`);
    /// off for the right-hand side of that `use` itself.
    pub local_aliases: bool,
}

/// How a type is spelled: owned (a signature), as a field of a type
/// definition (borrows carry the definition's `'a`), or as an imported
/// function's parameter (borrowed where wit-bindgen borrows).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Owned,
    Field,
    Param,
    /// Inside a tuple, option or result of a parameter that borrows
    /// (holds a string, a list or a borrow): named types are `&T`, as
    /// wit-bindgen spells them there.
    ParamInner,
    /// A field of a borrowed definition (`ownership: Borrowing`).
    BorrowedField,
}

impl Mode {
    /// An imported function's parameter, at its top or inside it.
    pub fn is_param(self) -> bool {
        matches!(self, Mode::Param | Mode::ParamInner)
    }
}

impl<'a> Scope<'a> {
    /// A path prefix from here to the invocation site (`super::super::`).
    pub fn root(&self) -> TokenStream {
        if self.depth == 0 {
            quote!(self::)
        } else {
            let supers = (0..self.depth).map(|_| quote!(super::));
            quote!(#(#supers)*)
        }
    }

    /// Lints that WIT-shaped signatures trip (`Result<T, ()>`, deep tuples),
    /// allowed on each item emitted at the invocation site: the modules of
    /// interfaces allow them once for everything inside.
    pub fn root_lints(&self) -> TokenStream {
        if self.depth == 0 {
            quote!(#[allow(clippy::type_complexity, clippy::result_unit_err, reason = "types follow the WIT")])
        } else {
            TokenStream::new()
        }
    }

    /// The lints uniform glue trips (an `unsafe` block around code that
    /// needs none, grouping parentheses), allowed on each glue block emitted
    /// at the invocation site: the top-level generated modules allow them
    /// once for everything inside (the bindings compile faster without an
    /// attribute per function).
    pub fn glue_lints(&self) -> TokenStream {
        if self.depth == 0 { glue_allow() } else { TokenStream::new() }
    }

    /// The lints the functions of export glue trip (names with `__` from
    /// resource functions, post-returns freeing nested cases), allowed on
    /// each such function emitted at the invocation site: the top-level
    /// generated modules allow them once for everything inside.
    pub fn shim_lints(&self) -> TokenStream {
        if self.depth == 0 { shim_allow() } else { TokenStream::new() }
    }

    /// Whether import glue emitted here calls core wasm imports declared
    /// once for the module (an imported interface's module, see
    /// `emit::imports::module_imports`) rather than in each function.
    pub fn groups_imports(&self) -> bool {
        self.iface.is_some() && self.depth > 0 && !self.exported
    }

    /// Whether the synchronous exports emitted here return through the
    /// module's one `RET_AREA` (an exported interface's module, see
    /// `emit::exports::module_ret_area`) rather than a static each: the
    /// host reads an export's results before the post-return, and nothing
    /// else runs in the instance until then.
    pub fn shares_ret_area(&self) -> bool {
        self.iface.is_some() && self.depth > 0 && self.exported
    }

    /// The runtime module as glue emitted here names it: the short
    /// `__wit_guest_rt` in an interface's module (which imports it, see
    /// [`rt_import`]), the full path at the invocation site.
    pub fn glue_rt(&self) -> &'a TokenStream {
        if self.iface.is_some() && self.depth > 0 { &self.model.module_rt } else { &self.model.rt }
    }

    /// The path of a named type as seen from this scope (its owned
    /// definition: `NameResult` when `Borrowing` duplicated it).
    pub fn type_path(&self, id: TypeId) -> TokenStream {
        self.type_path_as(id, false)
    }

    /// The path of a named type's owned or borrowed definition.
    pub fn type_path_as(&self, id: TypeId, borrowed: bool) -> TokenStream {
        if self.exported
            && let Some(&rep) = self.model.export_aliases.get(&id)
        {
            // Merged across sides: the import side's type.
            let import = Scope { iface: None, key: None, exported: false, local_aliases: false, ..*self };
            return import.type_path_as(rep, borrowed);
        }
        if let Some(t) = self.model.with.types.get(&id) {
            return self.with_target(t);
        }
        if self.local_aliases
            && let Some(i) = self.iface
            && let Some(&alias) = self.model.local_aliases.get(&(i, id))
        {
            let alias = names::camel_ident(type_name(self.model.resolve, alias));
            return quote!(#alias);
        }
        let mut name = names::camel_ident(type_name(self.model.resolve, id));
        if self.model.usage.two_names(id) {
            name = quote::format_ident!("{}{}", name, if borrowed { "Param" } else { "Result" });
        }
        self.item_path(id, &name)
    }

    /// The path of the item `name` that the type `id`'s owner defines (the
    /// type itself, or an exported resource's `RBorrow`).
    fn item_path(&self, id: TypeId, name: &Ident) -> TokenStream {
        let owner = self.model.resolve.types[id].owner;
        let TypeOwner::Interface(i) = owner else {
            if self.iface.is_none() && self.depth == 0 {
                return quote!(#name);
            }
            let root = self.root();
            return quote!(#root #name);
        };
        if Some(i) == self.iface {
            return quote!(#name);
        }
        // In an export module, an interface the world exports is its export
        // (a `use` of it names the exported types, as in wit-bindgen).
        let exported = if self.exported { self.model.paths.exported(i) } else { None };
        if exported.is_none()
            && let Some(t) = self.model.with.interfaces.get(&i)
        {
            let p = self.with_target(t);
            return quote!(#p::#name);
        }
        let root = self.root();
        let path = exported.unwrap_or_else(|| self.model.paths.interface(i));
        quote!(#root #(#path::)* #name)
    }

    /// The path of `RBorrow`, a borrowed handle of the exported resource `r`.
    pub fn borrow_path(&self, r: TypeId) -> TokenStream {
        self.item_path(r, &borrow_ident(self.model.resolve, r))
    }

    /// A `with` path as seen from this scope.
    fn with_target(&self, target: &Target) -> TokenStream {
        match target {
            Target::Absolute(p) => quote!(#p),
            Target::Alias(alias) => {
                let root = self.root();
                quote!(#root #alias)
            }
        }
    }

    /// The Rust type of `ty`.
    pub fn rust_type(&self, ty: &Type, mode: Mode) -> TokenStream {
        let rt = &self.model.rt;
        match mode {
            Mode::Param if self.model.usage.borrowing() => return self.borrowed_type(ty, &quote!('_)),
            Mode::BorrowedField => return self.borrowed_type(ty, &quote!('a)),
            // wit-bindgen's rule for an imported function's parameter: one
            // holding an `own` handle (and no borrow) is passed owned
            // throughout, strings included; one holding no string, list or
            // borrow is passed by value; the others borrow their strings,
            // lists and named types.
            Mode::Param => {
                let f = self.model.facts.of(ty);
                if !f.has_borrow && (f.has_own || !f.has_list) {
                    return self.rust_type(ty, Mode::Owned);
                }
            }
            _ => {}
        }
        match ty {
            Type::Bool => quote!(bool),
            Type::S8 => quote!(i8),
            Type::U8 => quote!(u8),
            Type::S16 => quote!(i16),
            Type::U16 => quote!(u16),
            Type::S32 => quote!(i32),
            Type::U32 => quote!(u32),
            Type::S64 => quote!(i64),
            Type::U64 => quote!(u64),
            Type::F32 => quote!(f32),
            Type::F64 => quote!(f64),
            Type::Char => quote!(char),
            Type::String if self.model.opts.raw_strings && mode.is_param() => quote!(&[u8]),
            Type::String if self.model.opts.raw_strings => quote!(#rt::Vec<u8>),
            Type::String if mode.is_param() => quote!(&str),
            Type::String => quote!(#rt::String),
            Type::ErrorContext => quote!(#rt::async_support::ErrorContext),
            Type::Id(id) => self.rust_type_id(*id, mode),
        }
    }

    fn rust_type_id(&self, id: TypeId, mode: Mode) -> TokenStream {
        let resolve = self.model.resolve;
        let def = &resolve.types[id];
        if def.name.is_none() || matches!(def.kind, TypeDefKind::Handle(_)) {
            return self.anonymous(&def.kind, mode);
        }
        if mode == Mode::ParamInner {
            return match &def.kind {
                TypeDefKind::Type(t) => self.rust_type(t, mode),
                TypeDefKind::List(_) | TypeDefKind::Map(..) | TypeDefKind::FixedLengthList(..) => {
                    self.anonymous(&def.kind, mode)
                }
                _ => {
                    let path = self.named(id, Mode::Owned);
                    quote!(&#path)
                }
            };
        }
        if mode == Mode::Param {
            match &def.kind {
                // Aliases of strings and lists are borrowed as slices.
                TypeDefKind::Type(t) => return self.rust_type(t, mode),
                TypeDefKind::List(_) | TypeDefKind::Map(..) | TypeDefKind::FixedLengthList(..) => {
                    return self.anonymous(&def.kind, mode);
                }
                _ if self.model.facts.of_id(id).has_own => {}
                _ if self.model.facts.of_id(id).has_list || self.model.facts.of_id(id).has_borrow => {
                    let path = self.named(id, Mode::Owned);
                    return quote!(&#path);
                }
                _ => {}
            }
        }
        self.named(id, mode)
    }

    /// `ty` in a borrowed position of the `Borrowing` mode, with lifetime `lt`.
    pub fn borrowed_type(&self, ty: &Type, lt: &TokenStream) -> TokenStream {
        let Type::Id(id) = ty else {
            return match ty {
                Type::String if self.model.opts.raw_strings && lt.to_string() == "'_" => quote!(&[u8]),
                Type::String if lt.to_string() == "'_" => quote!(&str),
                Type::String if self.model.opts.raw_strings => quote!(&#lt [u8]),
                Type::String => quote!(&#lt str),
                _ => self.rust_type(ty, Mode::Owned),
            };
        };
        let resolve = self.model.resolve;
        let def = &resolve.types[*id];
        let usage = &self.model.usage;
        // `&'_ T` is written `&T`.
        let amp = if lt.to_string() == "'_" { quote!(&) } else { quote!(&#lt) };
        if let TypeDefKind::Type(t) = &def.kind {
            // Aliases (and `use`d names) are spelled as what they name.
            return self.borrowed_type(t, lt);
        }
        match usage.style(*id) {
            Style::Owned => {
                let field = if lt.to_string() == "'a" { Mode::Field } else { Mode::Owned };
                self.rust_type(ty, field)
            }
            Style::TopBorrowed => {
                let t = self.rust_type(ty, Mode::Owned);
                quote!(#amp #t)
            }
            Style::Borrowed if matches!(def.kind, TypeDefKind::Record(_) | TypeDefKind::Variant(_)) => {
                let path = self.type_path_as(*id, true);
                quote!(#path<#lt>)
            }
            Style::Borrowed => match &def.kind {
                TypeDefKind::List(t) => {
                    let t = self.borrowed_type(t, lt);
                    quote!(#amp [#t])
                }
                TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Tuple(_) => {
                    wrapper(&def.kind, &|t| self.borrowed_type(t, lt))
                }
                TypeDefKind::Handle(h) => self.handle_type_lt(h, lt),
                TypeDefKind::Map(..) => {
                    let t = self.rust_type(ty, Mode::Owned);
                    quote!(#amp #t)
                }
                _ => self.rust_type(ty, Mode::Owned),
            },
        }
    }

    /// A named type's path, with its lifetime if it holds borrows.
    fn named(&self, id: TypeId, mode: Mode) -> TokenStream {
        let path = self.type_path(id);
        if needs_lifetime(self.model, &Type::Id(id)) {
            let lt = if mode == Mode::Field { quote!('a) } else { quote!('_) };
            quote!(#path<#lt>)
        } else {
            path
        }
    }

    /// The Rust type of a structural (unnamed) WIT type.
    pub fn anonymous(&self, kind: &TypeDefKind, mode: Mode) -> TokenStream {
        let rt = &self.model.rt;
        match kind {
            TypeDefKind::List(t) => {
                let elem_mode = if mode == Mode::Field { Mode::Field } else { Mode::Owned };
                let owned = self.model.facts.of(t).has_own;
                let t = self.rust_type(t, elem_mode);
                match mode {
                    Mode::Param | Mode::ParamInner if !owned => quote!(&[#t]),
                    _ => quote!(#rt::Vec<#t>),
                }
            }
            TypeDefKind::Option(_) | TypeDefKind::Result(_) | TypeDefKind::Tuple(_) => {
                let inner = if mode.is_param() { Mode::ParamInner } else { mode };
                wrapper(kind, &|t| self.rust_type(t, inner))
            }
            TypeDefKind::Type(t) => self.rust_type(t, mode),
            TypeDefKind::Handle(h) => self.handle_type(h, mode),
            TypeDefKind::FixedLengthList(t, n) => {
                let t = self.rust_type(t, Mode::Owned);
                let n = *n as usize;
                quote!([#t; #n])
            }
            TypeDefKind::Future(t) | TypeDefKind::Stream(t) => {
                let end =
                    if matches!(kind, TypeDefKind::Future(_)) { quote!(FutureReader) } else { quote!(StreamReader) };
                let p = t.as_ref().map(|t| self.rust_type(t, Mode::Owned)).unwrap_or(quote!(()));
                quote!(#rt::async_support::#end<#p>)
            }
            TypeDefKind::Map(k, v) => {
                let map = &self.model.map_type;
                let k = self.rust_type(k, Mode::Owned);
                let v = self.rust_type(v, Mode::Owned);
                match mode {
                    Mode::Param | Mode::ParamInner => quote!(&#map<#k, #v>),
                    _ => quote!(#map<#k, #v>),
                }
            }
            _ => quote!(()),
        }
    }
    /// The resource a handle points to, with aliases followed.
    pub fn resource_of(&self, h: &Handle) -> TypeId {
        let (Handle::Own(r) | Handle::Borrow(r)) = h;
        dealias(self.model.resolve, *r)
    }

    /// Whether `resource` is implemented by this component, seen from an
    /// export module: it belongs to an interface the world exports, so
    /// borrows of it arrive as rep pointers (`RBorrow`).
    pub fn is_ours(&self, resource: TypeId) -> bool {
        self.exported
            && matches!(self.model.resolve.types[resource].owner,
                TypeOwner::Interface(i) if self.model.paths.exported(i).is_some())
    }

    /// The Rust type of a handle.
    fn handle_type(&self, h: &Handle, mode: Mode) -> TokenStream {
        let lt = if mode == Mode::Field { quote!('a) } else { quote!('_) };
        self.handle_type_lt(h, &lt)
    }

    /// The Rust type of a handle, borrows with lifetime `lt`.
    fn handle_type_lt(&self, h: &Handle, lt: &TokenStream) -> TokenStream {
        let r = self.resource_of(h);
        let path = self.type_path(r);
        match h {
            Handle::Own(_) => path,
            Handle::Borrow(_) if self.is_ours(r) => {
                let borrow = self.borrow_path(r);
                quote!(#borrow<#lt>)
            }
            Handle::Borrow(_) => quote!(&#lt #path),
        }
    }
}

/// `RBorrow`: the type of a borrowed handle of the exported resource `r`.
pub fn borrow_ident(resolve: &Resolve, r: TypeId) -> Ident {
    format_ident!("{}Borrow", names::camel(type_name(resolve, r)))
}

/// The WIT name of a named type (resources, records, ...); the model only
/// asks for it of types that have one.
pub fn type_name(resolve: &Resolve, id: TypeId) -> &str {
    resolve.types[id].name.as_deref().unwrap_or("anonymous")
}

/// `Option<T>`, `Result<T, E>` or a tuple, with its parts spelled by `part`.
fn wrapper(kind: &TypeDefKind, part: &dyn Fn(&Type) -> TokenStream) -> TokenStream {
    match kind {
        TypeDefKind::Option(t) => {
            let t = part(t);
            quote!(::core::option::Option<#t>)
        }
        TypeDefKind::Result(r) => {
            let ok = r.ok.as_ref().map(part).unwrap_or(quote!(()));
            let err = r.err.as_ref().map(part).unwrap_or(quote!(()));
            quote!(::core::result::Result<#ok, #err>)
        }
        TypeDefKind::Tuple(t) => {
            let elems = t.types.iter().map(part);
            quote!((#(#elems,)*))
        }
        other => unreachable!("{} is not a wrapper", other.as_str()),
    }
}

/// Whether the Rust type of `ty` has a lifetime: it holds a borrowed handle,
/// or (`ownership: Borrowing`) it names a type defined with borrowed fields.
pub fn needs_lifetime(model: &Model, ty: &Type) -> bool {
    if model.facts.of(ty).has_borrow {
        return true;
    }
    match ty {
        Type::Id(id) => {
            let id = dealias(model.resolve, *id);
            model.resolve.types[id].name.is_some() && model.usage.defined_borrowed(id)
        }
        _ => false,
    }
}

/// The import of the runtime module that every generated module with items
/// of its own carries, so that glue names it in one segment
/// (`__wit_guest_rt::as_i32`) instead of three (`::wit_guest::rt::as_i32`):
/// the bindings are smaller and compile faster. WIT names never begin with
/// `_`, so it cannot collide.
pub fn rt_import(model: &Model) -> TokenStream {
    let rt = &model.rt;
    let short = &model.module_rt;
    quote!(#[allow(unused_imports, reason = "not every module has glue")] use #rt as #short;)
}

/// The `allow` of the lints export glue's functions trip (see `Scope::shim_lints`).
pub fn shim_allow() -> TokenStream {
    quote!(#[allow(non_snake_case, clippy::collapsible_if, reason = "glue named after WIT functions, freeing one `if` per nested case")])
}

/// The `allow` of the lints uniform glue trips (see `Scope::glue_lints`).
pub fn glue_allow() -> TokenStream {
    quote!(#[allow(unused_unsafe, unused_parens, reason = "uniform glue: some types need no unsafe code or grouping")])
}
