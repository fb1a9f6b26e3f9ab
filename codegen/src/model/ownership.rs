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

use wit_parser::{Resolve, TypeDefKind, TypeId};

use super::facts::{Facts, dealias};
use crate::options::Ownership;

/// How a type is used by functions.
#[derive(Clone, Copy, Default)]
struct Use {
    borrowed: bool,
    owned: bool,
}

/// What is known about a type for choosing its spelling.
#[derive(Clone, Copy, Default)]
struct Info {
    borrowed: bool,
    owned: bool,
    has_list: bool,
    has_own: bool,
    has_borrow: bool,
    /// A record or variant (or an alias of one): the kinds that get borrowed
    /// and duplicated definitions.
    definable: bool,
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
pub struct Usage {
    mode: Ownership,
    uses: HashMap<TypeId, Use>,
    infos: HashMap<TypeId, Info>,
}

impl Usage {
    /// Classifies every named type of `resolve` by how functions of any of
    /// its worlds use it; `merged` (member → representative) makes a class of
    /// merged types share its usage.
    pub fn new(resolve: &Resolve, facts: &Facts, mode: Ownership, merged: &HashMap<TypeId, TypeId>) -> Usage {
        let mut u = Usage { mode, uses: HashMap::new(), infos: HashMap::new() };
        for (_, world) in resolve.worlds.iter() {
            let items = world.imports.values().map(|i| (true, i)).chain(world.exports.values().map(|i| (false, i)));
            for (import, item) in items {
                for f in super::functions(resolve, item) {
                    // An async import's future owns its arguments.
                    let borrowed = import && !f.kind.is_async();
                    for p in &f.params {
                        u.mark(resolve, &p.ty, borrowed);
                    }
                    if let Some(r) = &f.result {
                        u.mark(resolve, r, false);
                    }
                }
            }
        }
        // An alias of a record or variant (a `use`d name) is used like it.
        for (id, def) in resolve.types.iter() {
            if let TypeDefKind::Type(wit_parser::Type::Id(_)) = def.kind {
                let target = dealias(resolve, id);
                if is_definable(resolve, target) {
                    let used = u.uses.get(&target).copied().unwrap_or_default();
                    u.uses.insert(id, used);
                }
            }
        }
        u.unify(merged);
        for (id, _) in resolve.types.iter() {
            let f = facts.of_id(id);
            let used = u.uses.get(&id).copied().unwrap_or_default();
            let info = Info {
                borrowed: used.borrowed,
                owned: used.owned,
                has_list: f.has_list,
                has_own: f.has_own,
                has_borrow: f.has_borrow,
                definable: is_definable(resolve, dealias(resolve, id)),
            };
            u.infos.insert(id, info);
        }
        u
    }

    /// Marks the named types reachable from `ty` as used borrowed or owned.
    fn mark(&mut self, resolve: &Resolve, ty: &wit_parser::Type, borrowed: bool) {
        let mut live = wit_parser::LiveTypes::default();
        live.add_type(resolve, ty);
        for id in live.iter() {
            if resolve.types[id].name.is_some() {
                let used = self.uses.entry(id).or_default();
                if borrowed {
                    used.borrowed = true;
                } else {
                    used.owned = true;
                }
            }
        }
    }

    /// Gives each member of a class of merged types (member → representative)
    /// the union of the class's usage, so all spell their definitions alike.
    fn unify(&mut self, merged: &HashMap<TypeId, TypeId>) {
        for (id, rep) in merged {
            let i = self.uses.get(id).copied().unwrap_or_default();
            let r = self.uses.entry(*rep).or_default();
            r.borrowed |= i.borrowed;
            r.owned |= i.owned;
        }
        for (id, rep) in merged {
            let r = self.uses.get(rep).copied().unwrap_or_default();
            self.uses.insert(*id, r);
        }
    }

    /// Whether a function (of any world of the loaded packages) uses `id`:
    /// wit-bindgen generates only such types unless `generate_unused_types`.
    pub fn used(&self, id: TypeId) -> bool {
        let i = self.info(id);
        i.borrowed || i.owned
    }

    /// Whether import parameters are borrowed all the way down.
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

/// Records and variants: the kinds that get borrowed and duplicated definitions.
fn is_definable(resolve: &Resolve, id: TypeId) -> bool {
    matches!(resolve.types[id].kind, TypeDefKind::Record(_) | TypeDefKind::Variant(_))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::facts::Facts;
    use crate::model::testing::{load, named};

    const WIT: &str = "package t:t;
        interface i {
            record both { s: string }
            record param-only { s: list<string> }
            record plain { x: u32 }
            record with-own { r: own<res>, s: string }
            resource res;
            type both-alias = both;
            f: func(a: both, b: param-only, c: plain, d: with-own, e: both-alias);
            g: func() -> both;
        }
        world w { import i; }";

    fn usage(mode: Ownership) -> (crate::load::Loaded, Usage) {
        let loaded = load(WIT);
        let facts = Facts::new(&loaded.resolve);
        let usage = Usage::new(&loaded.resolve, &facts, mode, &HashMap::new());
        (loaded, usage)
    }

    #[test]
    fn borrowing_styles_follow_usage() {
        let (loaded, u) = usage(Ownership::Borrowing { duplicate_if_necessary: false });
        let id = |n: &str| named(&loaded.resolve, n);
        assert_eq!(u.style(id("both")), Style::TopBorrowed);
        assert_eq!(u.style(id("param-only")), Style::Borrowed);
        assert_eq!(u.style(id("plain")), Style::Owned);
        assert_eq!(u.style(id("with-own")), Style::Owned);
        assert_eq!(u.definitions(id("param-only")), vec![("", true)]);
        assert_eq!(u.definitions(id("both")), vec![("", false)]);
        // The alias is used like the record it names.
        assert!(u.used(id("both-alias")) && u.definable(id("both-alias")));
    }

    #[test]
    fn duplicates_when_asked() {
        let (loaded, u) = usage(Ownership::Borrowing { duplicate_if_necessary: true });
        let both = named(&loaded.resolve, "both");
        assert!(u.two_names(both));
        assert_eq!(u.style(both), Style::Borrowed);
        assert_eq!(u.definitions(both), vec![("Result", false), ("Param", true)]);
        assert!(!u.two_names(named(&loaded.resolve, "param-only")));
    }

    #[test]
    fn owning_defines_everything_once() {
        let (loaded, u) = usage(Ownership::Owning);
        assert!(!u.borrowing());
        assert_eq!(u.definitions(named(&loaded.resolve, "param-only")), vec![("", false)]);
        assert!(u.used(named(&loaded.resolve, "plain")) && u.used(named(&loaded.resolve, "res")));
    }
}
