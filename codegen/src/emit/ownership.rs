//! `ownership: Borrowing { duplicate_if_necessary }`: which Rust types
//! imported functions take, and which definitions a named type gets.
//!
//! Every named type is classified by where it is used, in any world of the
//! loaded packages (as wit-bindgen 0.60 does): *borrowed* when it appears
//! in an imported function's parameters, *owned* anywhere else. In
//! `Borrowing` mode an import parameter is spelled with borrowed strings and
//! lists all the way down (`&str`, `&[T]`, `Rec<'a>`), except:
//! - types with no strings or lists, or with `own` handles, stay owned;
//! - a type also used owned is borrowed only at its top (`&Rec`) unless
//!   `duplicate_if_necessary`, which gives it two definitions, `RecParam<'a>`
//!   (borrowed) and `RecResult` (owned).
//!
//! A named type used only borrowed is defined once, with borrowed fields.

use std::collections::HashMap;

use wit_parser::{Handle, Resolve, Type, TypeDefKind, TypeId, WorldItem};

use crate::options::Ownership;

/// What is known about a type for choosing its spelling.
#[derive(Clone, Copy, Default)]
pub struct Info {
    pub borrowed: bool,
    pub owned: bool,
    /// Holds a string, list or map (transitively).
    pub has_list: bool,
    pub has_own: bool,
    pub has_borrow: bool,
    /// A record or variant (or an alias of one): the kinds that get borrowed
    /// and duplicated definitions.
    pub definable: bool,
}

/// How a value of a type is spelled in a borrowed position.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// As in a signature: owned (by value).
    Owned,
    /// `&T` over the owned definition.
    TopBorrowed,
    /// The borrowed definition (or borrowed strings and lists).
    Borrowed,
}

/// Usage of every type: which are used at all, and (`Borrowing` mode) how.
#[derive(Default)]
pub struct Usage {
    mode: Ownership,
    infos: HashMap<TypeId, Info>,
}

impl Usage {
    pub fn new(resolve: &Resolve, mode: Ownership) -> Usage {
        let mut u = Usage { mode, infos: HashMap::new() };
        for (id, _) in resolve.types.iter() {
            u.structure(resolve, id);
        }
        for (_, world) in resolve.worlds.iter() {
            let items = world.imports.values().map(|i| (true, i)).chain(world.exports.values().map(|i| (false, i)));
            for (import, item) in items {
                let funcs: Vec<&wit_parser::Function> = match item {
                    WorldItem::Function(f) => vec![f],
                    WorldItem::Interface { id, .. } => resolve.interfaces[*id].functions.values().collect(),
                    WorldItem::Type { .. } => Vec::new(),
                };
                for f in funcs {
                    for p in &f.params {
                        u.mark(resolve, &p.ty, import);
                    }
                    if let Some(r) = &f.result {
                        u.mark(resolve, r, false);
                    }
                }
            }
        }
        // An alias of a record or variant (a `use`d name) is defined like it.
        for (id, def) in resolve.types.iter() {
            if let TypeDefKind::Type(Type::Id(_)) = def.kind {
                let mut target = id;
                while let TypeDefKind::Type(Type::Id(next)) = resolve.types[target].kind {
                    target = next;
                }
                let info = u.info(target);
                if info.definable {
                    u.infos.insert(id, info);
                }
            }
        }
        u
    }

    /// Structural facts of `id` (memoised).
    fn structure(&mut self, resolve: &Resolve, id: TypeId) -> Info {
        if let Some(i) = self.infos.get(&id) {
            return *i;
        }
        let mut info = Info::default();
        let mut add = |u: &mut Usage, t: &Type| {
            let i = u.structure_of(resolve, t);
            info.has_list |= i.has_list;
            info.has_own |= i.has_own;
            info.has_borrow |= i.has_borrow;
        };
        let definable = matches!(resolve.types[id].kind, TypeDefKind::Record(_) | TypeDefKind::Variant(_));
        match &resolve.types[id].kind {
            TypeDefKind::Record(r) => r.fields.iter().for_each(|f| add(self, &f.ty)),
            TypeDefKind::Tuple(t) => t.types.iter().for_each(|t| add(self, t)),
            TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty.as_ref()).for_each(|t| add(self, t)),
            TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).for_each(|t| add(self, t)),
            TypeDefKind::Type(t) | TypeDefKind::Option(t) | TypeDefKind::FixedLengthList(t, _) => add(self, t),
            TypeDefKind::List(t) => {
                add(self, t);
                info.has_list = true;
            }
            TypeDefKind::Map(k, v) => {
                add(self, k);
                add(self, v);
                info.has_list = true;
            }
            TypeDefKind::Handle(Handle::Own(_)) | TypeDefKind::Future(_) | TypeDefKind::Stream(_) => info.has_own = true,
            TypeDefKind::Handle(Handle::Borrow(_)) => info.has_borrow = true,
            TypeDefKind::Resource | TypeDefKind::Flags(_) | TypeDefKind::Enum(_) | TypeDefKind::Unknown => {}
        }
        info.definable = definable;
        self.infos.insert(id, info);
        info
    }

    fn structure_of(&mut self, resolve: &Resolve, ty: &Type) -> Info {
        match ty {
            Type::String => Info { has_list: true, ..Info::default() },
            Type::Id(id) => self.structure(resolve, *id),
            _ => Info::default(),
        }
    }

    /// Marks the named types reachable from `ty` as used borrowed or owned.
    fn mark(&mut self, resolve: &Resolve, ty: &Type, borrowed: bool) {
        let mut live = wit_parser::LiveTypes::default();
        live.add_type(resolve, ty);
        for id in live.iter() {
            if resolve.types[id].name.is_some() {
                let info = self.infos.entry(id).or_default();
                if borrowed {
                    info.borrowed = true;
                } else {
                    info.owned = true;
                }
            }
        }
    }

    /// Gives each member of a class of merged types (member → representative)
    /// the union of the class's usage, so all spell their definitions alike.
    pub fn unify(&mut self, merged: &HashMap<TypeId, TypeId>) {
        for (id, rep) in merged {
            let i = self.info(*id);
            let r = self.infos.entry(*rep).or_default();
            r.borrowed |= i.borrowed;
            r.owned |= i.owned;
        }
        for (id, rep) in merged {
            let r = self.info(*rep);
            let i = self.infos.entry(*id).or_default();
            i.borrowed = r.borrowed;
            i.owned = r.owned;
        }
    }

    /// Whether a function (of any world of the loaded packages) uses `id`:
    /// wit-bindgen generates only such types unless `generate_unused_types`.
    pub fn used(&self, id: TypeId) -> bool {
        let i = self.info(id);
        i.borrowed || i.owned
    }

    pub fn borrowing(&self) -> bool {
        self.mode != Ownership::Owning
    }

    fn info(&self, id: TypeId) -> Info {
        self.infos.get(&id).copied().unwrap_or_default()
    }

    /// Whether `id` is defined twice, as `NameParam<'a>` and `NameResult`.
    pub fn two_names(&self, id: TypeId) -> bool {
        let i = self.info(id);
        self.mode == (Ownership::Borrowing { duplicate_if_necessary: true })
            && i.definable
            && i.borrowed
            && i.owned
            && i.has_list
            && !i.has_own
    }

    /// How a value of `id` is spelled in a borrowed position.
    pub fn style(&self, id: TypeId) -> Style {
        let i = self.info(id);
        if i.has_borrow {
            if i.has_own { Style::Owned } else { Style::Borrowed }
        } else if i.has_own || !i.has_list {
            Style::Owned
        } else if !i.owned || self.two_names(id) {
            Style::Borrowed
        } else {
            Style::TopBorrowed
        }
    }

    /// The definitions of named type `id`: `(name suffix, borrowed fields)`.
    pub fn definitions(&self, id: TypeId) -> Vec<(&'static str, bool)> {
        if !self.borrowing() {
            return vec![("", false)];
        }
        if self.two_names(id) {
            return vec![("Result", false), ("Param", true)];
        }
        let i = self.info(id);
        let borrowed_def = i.definable && !i.owned && self.style(id) == Style::Borrowed && (i.has_list || i.has_borrow);
        vec![("", borrowed_def)]
    }

    /// Whether `id` is a record or variant, or an alias of one.
    pub fn definable(&self, id: TypeId) -> bool {
        self.info(id).definable
    }

    /// Whether the (single) definition of `id` has borrowed fields.
    pub fn defined_borrowed(&self, id: TypeId) -> bool {
        self.borrowing() && !self.two_names(id) && self.definitions(id)[0].1
    }
}
