//! The public API surface of a generated file, one normalized line per
//! fact (paths printed by [`crate::paths`]); hidden items apart.
use std::collections::{BTreeSet, HashMap};

use syn::visit_mut::VisitMut;
use syn::*;

use crate::paths::*;

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
