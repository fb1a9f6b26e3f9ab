//! Extracts the public API surface of a generated file, one normalized line
//! per fact. Paths are resolved through `use`, `type` aliases and `_rt`, and
//! printed canonically (`crate::a::b::T` for generated items, `String`,
//! `Option`, `wit_bindgen::X` for runtime items).
use quote::ToTokens;
use std::collections::{BTreeSet, HashMap};
use syn::visit_mut::VisitMut;
use syn::*;

type ModPath = Vec<String>;

#[derive(Clone)]
enum Sym {
    Mod,
    Item,                                        // struct/enum/trait/union/fn/const/macro
    Alias { generics: Generics, ty: Box<Type> }, // `type X<..> = T;`
    Use { target: Vec<String>, leading: bool },  // `use a::b as X;`
    ExternCrate(String),
}

/// `bitflags! { #[derive(..)] pub struct Name: u8 { const A = 1 << 0; } }`
pub struct Flags {
    attrs: Vec<Attribute>,
    vis: Visibility,
    ident: Ident,
    repr: Type,
    consts: Vec<(Ident, Expr)>,
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
fn as_flags(it: &Item) -> Option<Flags> {
    if let Item::Macro(m) = it {
        if m.mac.path.segments.last().map(|s| s.ident == "bitflags").unwrap_or(false) {
            return m.mac.parse_body::<Flags>().ok();
        }
    }
    None
}

#[derive(Default)]
struct Table {
    mods: HashMap<ModPath, HashMap<String, Sym>>,
}

fn is_hidden(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("doc") && a.meta.to_token_stream().to_string().replace(' ', "").contains("doc(hidden)")
    })
}

fn flatten_use(tree: &UseTree, prefix: &mut Vec<String>, out: &mut Vec<(String, Vec<String>)>) {
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
    fn build(items: &[Item], m: &ModPath, t: &mut Table) {
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
    fn resolve(&self, m: &ModPath, segs: &[String], leading: bool, depth: usize) -> Res {
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

    fn resolve_ext(&self, e: Vec<String>, _depth: usize) -> Res {
        Res::Ext(e)
    }
}

enum Res {
    In(ModPath, Sym),
    Ext(Vec<String>),
}

fn canon_ext(segs: &[String]) -> Vec<String> {
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

struct Canon<'a> {
    t: &'a Table,
    m: ModPath,
    generics: BTreeSet<String>,
}

impl Canon<'_> {
    fn path_segs(p: &Path) -> Vec<String> {
        p.segments.iter().map(|s| s.ident.to_string()).collect()
    }

    fn canon_path(&self, p: &Path) -> (Vec<String>, Option<(Generics, Type)>) {
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
fn generic_args(g: &Generics) -> String {
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

fn generics_names(g: &Generics) -> BTreeSet<String> {
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
struct Subst {
    types: HashMap<String, Type>,
    lifetimes: HashMap<String, Lifetime>,
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

fn tts<T: ToTokens>(t: &T) -> String {
    let s = t.to_token_stream().to_string();
    tidy(&s)
}

fn tidy(s: &str) -> String {
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
fn strip_usize(s: String) -> String {
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
fn replace_self(s: &str, with: &str) -> String {
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

fn vis_str(v: &Visibility) -> String {
    match v {
        Visibility::Public(_) => "pub".into(),
        Visibility::Restricted(r) => format!("pub({})", tts(&r.path)),
        Visibility::Inherited => "priv".into(),
    }
}

struct Out {
    public: Vec<String>,
    hidden: Vec<String>,
}

struct Walker<'a> {
    t: &'a Table,
    out: Out,
    macros: HashMap<String, Vec<String>>, // macro name -> arm matchers
}

fn derives(attrs: &[Attribute]) -> Vec<String> {
    let mut out = Vec::new();
    for a in attrs {
        if a.path().is_ident("derive") {
            if let Ok(list) = a.parse_args_with(punctuated::Punctuated::<Path, Token![,]>::parse_terminated) {
                for p in list {
                    out.push(p.segments.last().unwrap().ident.to_string());
                }
            }
        }
    }
    out
}

fn repr(attrs: &[Attribute]) -> Option<String> {
    attrs.iter().find(|a| a.path().is_ident("repr")).map(|a| tts(&a.meta))
}

fn cfg(attrs: &[Attribute]) -> String {
    let c: Vec<String> = attrs.iter().filter(|a| a.path().is_ident("cfg")).map(|a| tts(&a.meta)).collect();
    if c.is_empty() {
        String::new()
    } else {
        format!(" #[{}]", c.join(", "))
    }
}

impl Walker<'_> {
    fn canon(&self, m: &ModPath, g: &BTreeSet<String>) -> Canon<'_> {
        Canon { t: self.t, m: m.clone(), generics: g.clone() }
    }
    fn ty(&self, m: &ModPath, g: &BTreeSet<String>, t: &Type) -> String {
        let mut t = t.clone();
        self.canon(m, g).visit_type_mut(&mut t);
        tts(&t)
    }
    fn generics(&self, m: &ModPath, g: &BTreeSet<String>, gen: &Generics) -> String {
        let mut gen = gen.clone();
        let mut c = self.canon(m, g);
        for p in gen.params.iter_mut() {
            if let GenericParam::Type(tp) = p {
                for b in tp.bounds.iter_mut() {
                    c.visit_type_param_bound_mut(b);
                }
            }
        }
        if let Some(w) = gen.where_clause.as_mut() {
            c.visit_where_clause_mut(w);
        }
        let mut s = if gen.params.is_empty() {
            String::new()
        } else {
            tts(&gen.params).replace(" :", ":").trim_end_matches(',').trim().to_string()
        };
        if !s.is_empty() {
            s = format!("<{s}>");
        }
        if let Some(w) = &gen.where_clause {
            s += &format!(" {}", tts(w));
        }
        s
    }
    fn sig(&self, m: &ModPath, outer: &BTreeSet<String>, sig: &Signature) -> String {
        let mut g = outer.clone();
        g.extend(generics_names(&sig.generics));
        let mut s = String::new();
        if sig.constness.is_some() {
            s += "const ";
        }
        if sig.asyncness.is_some() {
            s += "async ";
        }
        if sig.unsafety.is_some() {
            s += "unsafe ";
        }
        s += &format!("fn {}{}(", sig.ident, self.generics(m, &g, &sig.generics));
        let params: Vec<String> = sig
            .inputs
            .iter()
            .map(|a| match a {
                FnArg::Receiver(r) => {
                    if r.colon_token.is_some() {
                        format!("self: {}", self.ty(m, &g, &r.ty))
                    } else {
                        format!(
                            "{}{}self",
                            r.reference
                                .as_ref()
                                .map(|(_, l)| format!("&{} ", l.as_ref().map(|l| l.to_string()).unwrap_or_default())
                                    .replace("& ", "&"))
                                .unwrap_or_default(),
                            if r.mutability.is_some() { "mut " } else { "" }
                        )
                    }
                }
                FnArg::Typed(p) => self.ty(m, &g, &p.ty),
            })
            .collect();
        s += &params.join(", ");
        s += ")";
        if let ReturnType::Type(_, t) = &sig.output {
            let r = self.ty(m, &g, t);
            if r != "()" {
                s += &format!(" -> {}", r);
            }
        }
        s
    }

    fn emit(&mut self, hidden: bool, line: String) {
        if hidden {
            self.out.hidden.push(line)
        } else {
            self.out.public.push(line)
        }
    }

    fn collect_macros(&mut self, items: &[Item]) {
        for it in items {
            if let Item::Macro(mac) = it {
                if mac.mac.path.is_ident("macro_rules") {
                    if let Some(id) = &mac.ident {
                        // Arms: `(matcher) => {...};`
                        let mut arms = Vec::new();
                        let toks: Vec<proc_macro2::TokenTree> = mac.mac.tokens.clone().into_iter().collect();
                        let mut i = 0;
                        while i < toks.len() {
                            if let proc_macro2::TokenTree::Group(g) = &toks[i] {
                                arms.push(tidy(&g.stream().to_string()));
                                i += 4; // group => {body} ;
                                continue;
                            }
                            i += 1;
                        }
                        self.macros.insert(id.to_string(), arms);
                    }
                }
            }
            if let Item::Mod(m) = it {
                if let Some((_, items)) = &m.content {
                    self.collect_macros(items);
                }
            }
        }
    }

    fn walk(&mut self, items: &[Item], m: &ModPath, hidden_mod: bool) {
        let root = m.is_empty();
        let mp = |name: &str| -> String {
            let mut v = m.clone();
            v.push(name.to_string());
            v.join("::")
        };
        // Nested private items are unreachable for users; at the root they
        // are reachable from the invoking module.
        let reachable = |v: &Visibility| root || !matches!(v, Visibility::Inherited);
        for it in items {
            match it {
                Item::Mod(x) => {
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let name = x.ident.to_string();
                    let h = hidden_mod || is_hidden(&x.attrs) || name.starts_with('_');
                    self.emit(h, format!("mod {} [{}]{}", mp(&name), vis_str(&x.vis), cfg(&x.attrs)));
                    if let Some((_, items)) = &x.content {
                        let mut sub = m.clone();
                        sub.push(name);
                        self.walk(items, &sub, h);
                    }
                }
                Item::Struct(x) => {
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let name = x.ident.to_string();
                    let h = hidden_mod || is_hidden(&x.attrs) || name.starts_with('_');
                    let g = generics_names(&x.generics);
                    let p = mp(&name);
                    let mut priv_fields = 0;
                    let kind = match &x.fields {
                        Fields::Named(_) => "{..}",
                        Fields::Unnamed(_) => "(..)",
                        Fields::Unit => ";",
                    };
                    for (i, f) in x.fields.iter().enumerate() {
                        if matches!(f.vis, Visibility::Inherited) {
                            priv_fields += 1;
                            continue;
                        }
                        let fname = f.ident.as_ref().map(|i| i.to_string()).unwrap_or(i.to_string());
                        self.emit(h, format!("field {p}.{fname}: {} [{}]", self.ty(m, &g, &f.ty), vis_str(&f.vis)));
                    }
                    self.emit(
                        h,
                        format!(
                            "struct {p}{} {kind} [{}]{}{}",
                            self.generics(m, &g, &x.generics),
                            vis_str(&x.vis),
                            if priv_fields > 0 { " +private-fields" } else { "" },
                            cfg(&x.attrs)
                        ),
                    );
                    if let Some(r) = repr(&x.attrs) {
                        self.emit(h, format!("repr {p} {r}"));
                    }
                    for d in derives(&x.attrs) {
                        self.emit(
                            h,
                            format!(
                                "impl{} {d} for crate::{p}{}",
                                self.generics(m, &g, &x.generics),
                                generic_args(&x.generics)
                            ),
                        );
                    }
                    for a in
                        x.attrs.iter().filter(|a| a.path().is_ident("non_exhaustive") || a.path().is_ident("must_use"))
                    {
                        self.emit(h, format!("attr {p} {}", tts(&a.meta)));
                    }
                }
                Item::Enum(x) => {
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let name = x.ident.to_string();
                    let h = hidden_mod || is_hidden(&x.attrs) || name.starts_with('_');
                    let g = generics_names(&x.generics);
                    let p = mp(&name);
                    self.emit(
                        h,
                        format!("enum {p}{} [{}]{}", self.generics(m, &g, &x.generics), vis_str(&x.vis), cfg(&x.attrs)),
                    );
                    if let Some(r) = repr(&x.attrs) {
                        self.emit(h, format!("repr {p} {r}"));
                    }
                    for d in derives(&x.attrs) {
                        self.emit(
                            h,
                            format!(
                                "impl{} {d} for crate::{p}{}",
                                self.generics(m, &g, &x.generics),
                                generic_args(&x.generics)
                            ),
                        );
                    }
                    for a in x.attrs.iter().filter(|a| a.path().is_ident("non_exhaustive")) {
                        self.emit(h, format!("attr {p} {}", tts(&a.meta)));
                    }
                    for (i, v) in x.variants.iter().enumerate() {
                        let payload = match &v.fields {
                            Fields::Unit => String::new(),
                            Fields::Unnamed(f) => format!(
                                "({})",
                                f.unnamed.iter().map(|f| self.ty(m, &g, &f.ty)).collect::<Vec<_>>().join(", ")
                            ),
                            Fields::Named(f) => format!(
                                " {{ {} }}",
                                f.named
                                    .iter()
                                    .map(|f| format!("{}: {}", f.ident.as_ref().unwrap(), self.ty(m, &g, &f.ty)))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        };
                        let disc = v.discriminant.as_ref().map(|(_, e)| format!(" = {}", tts(e))).unwrap_or_default();
                        self.emit(h, format!("variant {p}::{}{payload}{disc} #{i}", v.ident));
                    }
                }
                Item::Union(x) => {
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let h = hidden_mod || is_hidden(&x.attrs) || x.ident.to_string().starts_with('_');
                    self.emit(h, format!("union {} [{}]", mp(&x.ident.to_string()), vis_str(&x.vis)));
                }
                Item::Type(x) => {
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let name = x.ident.to_string();
                    let h = hidden_mod || is_hidden(&x.attrs) || name.starts_with('_');
                    let g = generics_names(&x.generics);
                    self.emit(
                        h,
                        format!(
                            "type {}{} = {} [{}]",
                            mp(&name),
                            self.generics(m, &g, &x.generics),
                            self.ty(m, &g, &x.ty),
                            vis_str(&x.vis)
                        ),
                    );
                }
                Item::Fn(x) => {
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let name = x.sig.ident.to_string();
                    let h = hidden_mod || is_hidden(&x.attrs) || name.starts_with('_');
                    let s = self.sig(m, &BTreeSet::new(), &x.sig);
                    let s = s.replacen(
                        "fn ",
                        &format!("fn {}", if m.is_empty() { String::new() } else { format!("{}::", m.join("::")) }),
                        1,
                    );
                    self.emit(h, format!("{} [{}]{}", s, vis_str(&x.vis), cfg(&x.attrs)));
                }
                Item::Const(x) => {
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let name = x.ident.to_string();
                    if name == "_" {
                        continue;
                    }
                    let h = hidden_mod || is_hidden(&x.attrs) || name.starts_with('_');
                    self.emit(
                        h,
                        format!("const {}: {} [{}]", mp(&name), self.ty(m, &BTreeSet::new(), &x.ty), vis_str(&x.vis)),
                    );
                }
                Item::Static(x) => {
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let name = x.ident.to_string();
                    let h = hidden_mod || is_hidden(&x.attrs) || name.starts_with('_');
                    let ty = if name.contains("COMPONENT_TYPE") {
                        "[u8; N]".to_string()
                    } else {
                        self.ty(m, &BTreeSet::new(), &x.ty)
                    };
                    self.emit(h, format!("static {}: {} [{}]", mp(&name), ty, vis_str(&x.vis)));
                }
                Item::Trait(x) => {
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let name = x.ident.to_string();
                    let h = hidden_mod || is_hidden(&x.attrs) || name.starts_with('_');
                    let p = mp(&name);
                    let mut g = generics_names(&x.generics);
                    g.insert("Self".into());
                    let supers: Vec<String> = x
                        .supertraits
                        .iter()
                        .map(|b| {
                            let mut b = b.clone();
                            self.canon(m, &g).visit_type_param_bound_mut(&mut b);
                            tts(&b)
                        })
                        .collect();
                    let mut supers_sorted = supers.clone();
                    supers_sorted.sort();
                    self.emit(
                        h,
                        format!(
                            "{}trait {p}{}{} [{}]",
                            if x.unsafety.is_some() { "unsafe " } else { "" },
                            self.generics(m, &g, &x.generics),
                            if supers.is_empty() { String::new() } else { format!(": {}", supers_sorted.join(" + ")) },
                            vis_str(&x.vis)
                        ),
                    );
                    // Associated types are in scope as `Self::X`; bare names too.
                    for ti in &x.items {
                        match ti {
                            TraitItem::Fn(f) => {
                                let fh = h || is_hidden(&f.attrs) || f.sig.ident.to_string().starts_with('_');
                                let def = if f.default.is_some() { " [provided]" } else { " [required]" };
                                self.emit(fh, format!("trait-item {p}::{}{def}", self.sig(m, &g, &f.sig)));
                            }
                            TraitItem::Type(t) => {
                                let th = h || is_hidden(&t.attrs);
                                let mut bs: Vec<String> = t
                                    .bounds
                                    .iter()
                                    .map(|b| {
                                        let mut b = b.clone();
                                        self.canon(m, &g).visit_type_param_bound_mut(&mut b);
                                        tts(&b)
                                    })
                                    .collect();
                                bs.sort();
                                self.emit(
                                    th,
                                    format!(
                                        "trait-item {p}::type {}{}{}",
                                        t.ident,
                                        if bs.is_empty() { String::new() } else { format!(": {}", bs.join(" + ")) },
                                        t.default
                                            .as_ref()
                                            .map(|(_, d)| format!(" = {}", self.ty(m, &g, d)))
                                            .unwrap_or_default()
                                    ),
                                );
                            }
                            TraitItem::Const(c) => {
                                let ch = h || is_hidden(&c.attrs);
                                self.emit(
                                    ch,
                                    format!(
                                        "trait-item {p}::const {}: {}{}",
                                        c.ident,
                                        self.ty(m, &g, &c.ty),
                                        if c.default.is_some() { " [provided]" } else { " [required]" }
                                    ),
                                );
                            }
                            _ => {}
                        }
                    }
                }
                Item::Impl(x) => {
                    let mut g = generics_names(&x.generics);
                    g.insert("Self".into());
                    let self_ty = self.ty(m, &g, &x.self_ty);
                    let igen = self.generics(m, &g, &x.generics);
                    // Hidden when the type or the trait is internal.
                    let self_hidden =
                        self_ty.contains("_rt::") || self_ty.split("::").any(|s| s.starts_with('_') && s != "_");
                    if let Some((neg, tr, _)) = &x.trait_ {
                        let mut b = TraitBound {
                            paren_token: None,
                            modifier: TraitBoundModifier::None,
                            lifetimes: None,
                            path: tr.clone(),
                        };
                        self.canon(m, &g).visit_trait_bound_mut(&mut b);
                        let tr_s = tts(&b.path);
                        let h = hidden_mod
                            || self_hidden
                            || tr_s.starts_with("_rt::")
                            || tr_s.starts_with("wit_bindgen::rt::")
                            || tr_s.split("::").any(|s| s.starts_with("__"));
                        let tr_name = tr_s.clone();
                        self.emit(
                            h,
                            format!(
                                "impl{igen} {}{} for {self_ty}{}",
                                if neg.is_some() { "!" } else { "" },
                                tr_name,
                                if x.unsafety.is_some() { " [unsafe]" } else { "" }
                            ),
                        );
                        for ii in &x.items {
                            if let ImplItem::Type(t) = ii {
                                self.emit(
                                    h,
                                    format!(
                                        "impl-item ({tr_name} for {self_ty})::type {} = {}",
                                        t.ident,
                                        self.ty(m, &g, &t.ty)
                                    ),
                                );
                            }
                        }
                    } else {
                        for ii in &x.items {
                            match ii {
                                ImplItem::Fn(f) => {
                                    if !matches!(f.vis, Visibility::Public(_)) && !(root && false) {
                                        if matches!(f.vis, Visibility::Inherited) {
                                            continue;
                                        }
                                    }
                                    let fh = hidden_mod
                                        || self_hidden
                                        || is_hidden(&f.attrs)
                                        || f.sig.ident.to_string().starts_with('_');
                                    let sg = replace_self(&self.sig(m, &g, &f.sig), &self_ty);
                                    self.emit(fh, format!("method{igen} {self_ty}::{} [{}]", sg, vis_str(&f.vis)));
                                }
                                ImplItem::Const(c) => {
                                    if matches!(c.vis, Visibility::Inherited) {
                                        continue;
                                    }
                                    let ch = hidden_mod || self_hidden || is_hidden(&c.attrs);
                                    self.emit(
                                        ch,
                                        format!("assoc-const {self_ty}::{}: {}", c.ident, self.ty(m, &g, &c.ty)),
                                    );
                                }
                                _ => {}
                            }
                        }
                    }
                }
                Item::Use(u) => {
                    if !reachable(&u.vis) {
                        continue;
                    }
                    let mut out = Vec::new();
                    flatten_use(&u.tree, &mut Vec::new(), &mut out);
                    for (name, target) in out {
                        if name == "_" {
                            continue;
                        }
                        let h = hidden_mod || is_hidden(&u.attrs) || name.starts_with('_');
                        // Macro re-export (`use __export_x_impl as export;`).
                        if target.len() == 1 && self.macros.contains_key(&target[0]) {
                            let arms = self.macros[&target[0]].clone();
                            self.emit(h, format!("macro {} [{}]", mp(&name), vis_str(&u.vis)));
                            for a in arms {
                                // Macro names in arms are internal.
                                self.emit(h, format!("macro-arm {}! {}", mp(&name), a));
                            }
                            continue;
                        }
                        let r = match self.t.resolve(m, &target, u.leading_colon.is_some(), 0) {
                            Res::Ext(e) => canon_ext(&e).join("::"),
                            Res::In(p, _) => format!("crate::{}", p.join("::")),
                        };
                        self.emit(h, format!("use {} => {} [{}]", mp(&name), r, vis_str(&u.vis)));
                    }
                }
                Item::Macro(_) if as_flags(it).is_some() => {
                    let x = as_flags(it).unwrap();
                    if !reachable(&x.vis) {
                        continue;
                    }
                    let name = x.ident.to_string();
                    let h = hidden_mod || is_hidden(&x.attrs);
                    let p = mp(&name);
                    self.emit(
                        h,
                        format!("flags(bitflags) {p}: {} [{}]", self.ty(m, &BTreeSet::new(), &x.repr), vis_str(&x.vis)),
                    );
                    for d in derives(&x.attrs) {
                        self.emit(h, format!("impl {d} for crate::{p}"));
                    }
                    for (n, e) in &x.consts {
                        self.emit(h, format!("flag-const {p}::{n} = {}", tts(e)));
                    }
                }
                Item::Macro(mac) => {
                    if let Some(id) = &mac.ident {
                        let exported = mac.attrs.iter().any(|a| a.path().is_ident("macro_export"));
                        let h = hidden_mod || is_hidden(&mac.attrs) || id.to_string().starts_with('_');
                        self.emit(
                            h,
                            format!(
                                "macro_rules {}{}",
                                mp(&id.to_string()),
                                if exported { " [macro_export]" } else { "" }
                            ),
                        );
                    }
                }
                _ => {}
            }
        }
    }
}

pub fn surface(f: &File) -> (Vec<String>, Vec<String>) {
    let mut t = Table::default();
    Table::build(&f.items, &vec![], &mut t);
    let mut w = Walker { t: &t, out: Out { public: vec![], hidden: vec![] }, macros: HashMap::new() };
    w.collect_macros(&f.items);
    w.walk(&f.items, &vec![], false);
    let mut p = w.out.public;
    p.sort();
    p.dedup();
    let mut h = w.out.hidden;
    h.sort();
    h.dedup();
    (p, h)
}
