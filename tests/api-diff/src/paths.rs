//! Paths in a generated file: the symbol table of its modules (`use`,
//! `type` aliases, `_rt`, `bitflags!` invocations) and the canonical spelling
//! of every type (`crate::a::b::T` for generated items, `String`, `Option`,
//! `wit_bindgen::X` for runtime items) the API lines are printed with.
use quote::ToTokens;
use std::collections::{BTreeSet, HashMap};
use syn::visit_mut::VisitMut;
use syn::*;

pub(crate) type ModPath = Vec<String>;

#[derive(Clone)]
pub(crate) enum Sym {
    Mod,
    Item,                                        // struct/enum/trait/union/fn/const/macro
    Alias { generics: Generics, ty: Box<Type> }, // `type X<..> = T;`
    Use { target: Vec<String>, leading: bool },  // `use a::b as X;`
    ExternCrate(String),
}

/// `bitflags! { #[derive(..)] pub struct Name: u8 { const A = 1 << 0; } }`
pub(crate) struct Flags {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) vis: Visibility,
    pub(crate) ident: Ident,
    pub(crate) repr: Type,
    pub(crate) consts: Vec<(Ident, Expr)>,
}
impl syn::parse::Parse for Flags {
    fn parse(input: syn::parse::ParseStream) -> Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        input.parse::<Token![struct]>()?;
        let ident: Ident = input.parse()?;
        input.parse::<Token![:]>()?;
        let repr: Type = input.parse()?;
        let content;
        braced!(content in input);
        let mut consts = Vec::new();
        while !content.is_empty() {
            content.call(Attribute::parse_outer)?;
            content.parse::<Token![const]>()?;
            let n: Ident = content.parse()?;
            content.parse::<Token![=]>()?;
            let e: Expr = content.parse()?;
            content.parse::<Token![;]>()?;
            consts.push((n, e));
        }
        Ok(Flags { attrs, vis, ident, repr, consts })
    }
}
pub(crate) fn as_flags(it: &Item) -> Option<Flags> {
    if let Item::Macro(m) = it {
        if m.mac.path.segments.last().map(|s| s.ident == "bitflags").unwrap_or(false) {
            return m.mac.parse_body::<Flags>().ok();
        }
    }
    None
}

#[derive(Default)]
pub(crate) struct Table {
    pub(crate) mods: HashMap<ModPath, HashMap<String, Sym>>,
}

pub(crate) fn is_hidden(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("doc") && a.meta.to_token_stream().to_string().replace(' ', "").contains("doc(hidden)")
    })
}

pub(crate) fn flatten_use(tree: &UseTree, prefix: &mut Vec<String>, out: &mut Vec<(String, Vec<String>)>) {
    match tree {
        UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            flatten_use(&p.tree, prefix, out);
            prefix.pop();
        }
        UseTree::Name(n) => {
            let mut t = prefix.clone();
            let name = n.ident.to_string();
            if name == "self" {
                out.push((prefix.last().cloned().unwrap_or_default(), t));
            } else {
                t.push(name.clone());
                out.push((name, t));
            }
        }
        UseTree::Rename(r) => {
            let mut t = prefix.clone();
            t.push(r.ident.to_string());
            out.push((r.rename.to_string(), t));
        }
        UseTree::Glob(_) => {}
        UseTree::Group(g) => {
            for t in &g.items {
                flatten_use(t, prefix, out);
            }
        }
    }
}

impl Table {
    pub(crate) fn build(items: &[Item], m: &ModPath, t: &mut Table) {
        t.mods.entry(m.clone()).or_default();
        for it in items {
            let (name, sym) = match it {
                Item::Mod(x) => {
                    let mut sub = m.clone();
                    sub.push(x.ident.to_string());
                    if let Some((_, items)) = &x.content {
                        Table::build(items, &sub, t);
                    }
                    (x.ident.to_string(), Sym::Mod)
                }
                Item::Struct(x) => (x.ident.to_string(), Sym::Item),
                Item::Enum(x) => (x.ident.to_string(), Sym::Item),
                Item::Union(x) => (x.ident.to_string(), Sym::Item),
                Item::Trait(x) => (x.ident.to_string(), Sym::Item),
                Item::Type(x) => (x.ident.to_string(), Sym::Alias { generics: x.generics.clone(), ty: x.ty.clone() }),
                Item::Macro(_) if as_flags(it).is_some() => (as_flags(it).unwrap().ident.to_string(), Sym::Item),
                Item::ExternCrate(x) => {
                    let name = x.rename.as_ref().map(|r| r.1.to_string()).unwrap_or(x.ident.to_string());
                    (name, Sym::ExternCrate(x.ident.to_string()))
                }
                Item::Use(u) => {
                    let mut out = Vec::new();
                    flatten_use(&u.tree, &mut Vec::new(), &mut out);
                    for (name, target) in out {
                        t.mods
                            .get_mut(m)
                            .unwrap()
                            .entry(name)
                            .or_insert(Sym::Use { target, leading: u.leading_colon.is_some() });
                    }
                    continue;
                }
                _ => continue,
            };
            // Types win over macros/fns of the same name (separate namespaces).
            t.mods.get_mut(m).unwrap().insert(name, sym);
        }
    }

    /// Resolves a path (segments, relative to module `m`). Returns the
    /// in-file definition path and its symbol, or an external path.
    pub(crate) fn resolve(&self, m: &ModPath, segs: &[String], leading: bool, depth: usize) -> Res {
        if depth > 50 {
            return Res::Ext(segs.to_vec());
        }
        if leading {
            return Res::Ext(segs.to_vec());
        }
        let mut cur = m.clone();
        let mut i = 0;
        let mut anchored = false;
        while i < segs.len() {
            match segs[i].as_str() {
                "crate" => {
                    cur.clear();
                    anchored = true;
                }
                "self" => {
                    anchored = true;
                }
                "super" => {
                    cur.pop();
                    anchored = true;
                }
                _ => break,
            }
            i += 1;
        }
        if i == segs.len() {
            return Res::In(cur, Sym::Mod);
        }
        let _ = anchored;
        // Walk.
        let mut path = cur;
        let mut sym = Sym::Mod;
        while i < segs.len() {
            let name = &segs[i];
            let Some(tbl) = self.mods.get(&path) else {
                // Not a module of ours: the rest is external.
                return Res::Ext(segs.to_vec());
            };
            match tbl.get(name) {
                None => {
                    if i == 0 || path.is_empty() && i == 0 {
                        return Res::Ext(segs.to_vec());
                    }
                    let mut p = path.clone();
                    p.extend(segs[i..].iter().cloned());
                    return Res::In(p, Sym::Item);
                }
                Some(Sym::Use { target, leading }) => {
                    let r = self.resolve(&path, target, *leading, depth + 1);
                    let rest = &segs[i + 1..];
                    match r {
                        Res::Ext(mut e) => {
                            e.extend(rest.iter().cloned());
                            return self.resolve_ext(e, depth);
                        }
                        Res::In(p, s) => {
                            if rest.is_empty() {
                                return Res::In(p, s);
                            }
                            let mut full = vec!["crate".to_string()];
                            full.extend(p);
                            full.extend(rest.iter().cloned());
                            return self.resolve(&vec![], &full, false, depth + 1);
                        }
                    }
                }
                Some(Sym::ExternCrate(c)) => {
                    let mut e = vec![c.clone()];
                    e.extend(segs[i + 1..].iter().cloned());
                    return Res::Ext(e);
                }
                Some(s) => {
                    path.push(name.clone());
                    sym = s.clone();
                }
            }
            i += 1;
        }
        Res::In(path, sym)
    }

    pub(crate) fn resolve_ext(&self, e: Vec<String>, _depth: usize) -> Res {
        Res::Ext(e)
    }
}

pub(crate) enum Res {
    In(ModPath, Sym),
    Ext(Vec<String>),
}

pub(crate) fn canon_ext(segs: &[String]) -> Vec<String> {
    let mut s: Vec<String> = segs.to_vec();
    if s.first().map(|x| x == "alloc_crate").unwrap_or(false) {
        s[0] = "alloc".into();
    }
    if s.len() > 1 && matches!(s[0].as_str(), "core" | "alloc" | "std") {
        return vec![s.last().unwrap().clone()];
    }
    if s.len() > 2 && s[0] == "wit_bindgen" && s[1] == "rt" {
        if s[2] == "async_support" && s.len() == 4 {
            return vec!["wit_bindgen".into(), s[3].clone()];
        }
        if matches!(s[2].as_str(), "String" | "Vec" | "Box") && s.len() == 3 {
            return vec![s[2].clone()];
        }
    }
    s
}

pub(crate) struct Canon<'a> {
    pub(crate) t: &'a Table,
    pub(crate) m: ModPath,
    pub(crate) generics: BTreeSet<String>,
}

impl Canon<'_> {
    pub(crate) fn path_segs(p: &Path) -> Vec<String> {
        p.segments.iter().map(|s| s.ident.to_string()).collect()
    }

    pub(crate) fn canon_path(&self, p: &Path) -> (Vec<String>, Option<(Generics, Type)>) {
        let segs = Self::path_segs(p);
        if p.leading_colon.is_none() && segs.len() >= 1 && self.generics.contains(&segs[0]) {
            return (segs, None);
        }
        if segs.len() == 1 && segs[0] == "Self" {
            return (segs, None);
        }
        match self.t.resolve(&self.m, &segs, p.leading_colon.is_some(), 0) {
            Res::Ext(e) => {
                let c = canon_ext(&e);
                if c.len() == 1
                    && c[0].chars().next().map(|ch| ch.is_uppercase()).unwrap_or(false)
                    && !matches!(
                        c[0].as_str(),
                        "String"
                            | "Vec"
                            | "Option"
                            | "Result"
                            | "Box"
                            | "Self"
                            | "Sized"
                            | "Unpin"
                            | "Send"
                            | "Sync"
                            | "Copy"
                            | "Clone"
                            | "Debug"
                            | "Display"
                            | "Error"
                            | "PartialEq"
                            | "Eq"
                            | "Hash"
                            | "Ord"
                            | "PartialOrd"
                            | "Drop"
                            | "Default"
                            | "Future"
                            | "Pin"
                            | "Layout"
                    )
                {
                    eprintln!("UNRESOLVED {} in {}", c[0], self.m.join("::"));
                }
                (c, None)
            }
            Res::In(path, sym) => {
                if let Sym::Alias { generics, ty } = sym {
                    // Canonicalize the alias target in its own module.
                    let mut c =
                        Canon { t: self.t, m: path[..path.len() - 1].to_vec(), generics: generics_names(&generics) };
                    let mut ty = (*ty).clone();
                    c.visit_type_mut(&mut ty);
                    return (vec![], Some((generics, ty)));
                }
                if path.first().map(|x| x == "_rt").unwrap_or(false) {
                    let mut v = vec!["<_rt>".to_string()];
                    v.extend(path[1..].iter().cloned());
                    return (v, None);
                }
                let mut v = vec!["crate".to_string()];
                v.extend(path);
                (v, None)
            }
        }
    }
}

/// `<'a, T>` as arguments.
pub(crate) fn generic_args(g: &Generics) -> String {
    if g.params.is_empty() {
        return String::new();
    }
    let a: Vec<String> = g
        .params
        .iter()
        .map(|p| match p {
            GenericParam::Lifetime(l) => l.lifetime.to_string(),
            GenericParam::Type(t) => t.ident.to_string(),
            GenericParam::Const(c) => c.ident.to_string(),
        })
        .collect();
    format!("<{}>", a.join(", "))
}

pub(crate) fn generics_names(g: &Generics) -> BTreeSet<String> {
    g.params
        .iter()
        .filter_map(|p| match p {
            GenericParam::Type(t) => Some(t.ident.to_string()),
            GenericParam::Const(c) => Some(c.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// Substitutes an alias' generic parameters with the arguments of a use.
pub(crate) struct Subst {
    pub(crate) types: HashMap<String, Type>,
    pub(crate) lifetimes: HashMap<String, Lifetime>,
}
impl VisitMut for Subst {
    fn visit_type_mut(&mut self, t: &mut Type) {
        if let Type::Path(tp) = t {
            if tp.qself.is_none() && tp.path.segments.len() == 1 && tp.path.segments[0].arguments.is_none() {
                if let Some(r) = self.types.get(&tp.path.segments[0].ident.to_string()) {
                    *t = r.clone();
                    return;
                }
            }
        }
        syn::visit_mut::visit_type_mut(self, t)
    }
    fn visit_lifetime_mut(&mut self, l: &mut Lifetime) {
        if let Some(r) = self.lifetimes.get(&l.ident.to_string()) {
            *l = r.clone();
        }
    }
}

impl VisitMut for Canon<'_> {
    fn visit_type_mut(&mut self, t: &mut Type) {
        // Elided lifetimes: `&'_ T` == `&T`.
        if let Type::Reference(r) = t {
            if r.lifetime.as_ref().map(|l| l.ident == "_").unwrap_or(false) {
                r.lifetime = None;
            }
        }
        if let Type::Path(tp) = t {
            if tp.qself.is_none() {
                // Visit args first.
                for seg in tp.path.segments.iter_mut() {
                    self.visit_path_arguments_mut(&mut seg.arguments);
                }
                let (segs, alias) = self.canon_path(&tp.path);
                if let Some((generics, mut ty)) = alias {
                    let args: Vec<GenericArgument> = match &tp.path.segments.last().unwrap().arguments {
                        PathArguments::AngleBracketed(a) => a.args.iter().cloned().collect(),
                        _ => vec![],
                    };
                    let mut sub = Subst { types: HashMap::new(), lifetimes: HashMap::new() };
                    let (mut li, mut ti) = (0, 0);
                    let lts: Vec<&GenericArgument> =
                        args.iter().filter(|a| matches!(a, GenericArgument::Lifetime(_))).collect();
                    let tys: Vec<&GenericArgument> =
                        args.iter().filter(|a| matches!(a, GenericArgument::Type(_))).collect();
                    for p in &generics.params {
                        match p {
                            GenericParam::Lifetime(l) => {
                                let r = match lts.get(li) {
                                    Some(GenericArgument::Lifetime(x)) => x.clone(),
                                    _ => Lifetime::new("'_", proc_macro2::Span::call_site()),
                                };
                                sub.lifetimes.insert(l.lifetime.ident.to_string(), r);
                                li += 1;
                            }
                            GenericParam::Type(tpar) => {
                                if let Some(GenericArgument::Type(x)) = tys.get(ti) {
                                    sub.types.insert(tpar.ident.to_string(), x.clone());
                                }
                                ti += 1;
                            }
                            _ => {}
                        }
                    }
                    sub.visit_type_mut(&mut ty);
                    *t = ty;
                    // Re-normalize elided lifetimes after substitution.
                    self.visit_type_mut(t);
                    return;
                }
                let last_args = tp.path.segments.last().unwrap().arguments.clone();
                let mut np: Path =
                    parse_str(&segs.join("::").replace("<_rt>", "_rt")).unwrap_or_else(|_| tp.path.clone());
                if let Some(l) = np.segments.last_mut() {
                    l.arguments = last_args;
                }
                np.leading_colon = None;
                tp.path = np;
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, t)
    }
    fn visit_trait_bound_mut(&mut self, b: &mut TraitBound) {
        for seg in b.path.segments.iter_mut() {
            self.visit_path_arguments_mut(&mut seg.arguments);
        }
        let (segs, _) = self.canon_path(&b.path);
        if !segs.is_empty() {
            let last_args = b.path.segments.last().unwrap().arguments.clone();
            if let Ok(mut np) = parse_str::<Path>(&segs.join("::").replace("<_rt>", "_rt")) {
                np.segments.last_mut().unwrap().arguments = last_args;
                b.path = np;
            }
        }
    }
    fn visit_expr_mut(&mut self, _e: &mut Expr) {}
    fn visit_lifetime_mut(&mut self, _l: &mut Lifetime) {}
}

pub(crate) fn tts<T: ToTokens>(t: &T) -> String {
    let s = t.to_token_stream().to_string();
    tidy(&s)
}

pub(crate) fn tidy(s: &str) -> String {
    let mut s = s
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" < ", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
        .replace("& ", "&")
        .replace(" (", "(")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace("' ", "'");
    while s.contains("  ") {
        s = s.replace("  ", " ");
    }
    let s = strip_usize(s);
    let mut s = s.replace("&'_ ", "&").replace("::<", "<").replace(",>", ">").replace(", >", ">").replace(" -> ()", "");
    if s.ends_with("-> ()") {
        s.truncate(s.len() - 5);
    }
    s.trim().to_string()
}

/// `4usize` -> `4` (array lengths).
pub(crate) fn strip_usize(s: String) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if s[i..].starts_with("usize") && i > 0 && b[i - 1].is_ascii_digit() {
            i += 5;
            continue;
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

/// Replaces the identifier `Self` with `with`.
pub(crate) fn replace_self(s: &str, with: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    let is_id = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    while i < b.len() {
        if s[i..].starts_with("Self") && (i == 0 || !is_id(b[i - 1])) && (i + 4 >= b.len() || !is_id(b[i + 4])) {
            out.push_str(with);
            i += 4;
            continue;
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

pub(crate) fn vis_str(v: &Visibility) -> String {
    match v {
        Visibility::Public(_) => "pub".into(),
        Visibility::Restricted(r) => format!("pub({})", tts(&r.path)),
        Visibility::Inherited => "priv".into(),
    }
}
