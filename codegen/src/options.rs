//! Options: the parsed input checked and turned into typed settings with
//! defaults. Every key wit-bindgen 0.60 accepts is recognised; the ones
//! wit-guest does not implement yet are rejected by name, never ignored.

use proc_macro2::{Ident, Span};
use syn::{Expr, ExprLit, Lit, LitStr};

use crate::diag::Diagnostics;
use crate::input::{Input, Value};
use crate::messages::{self, what};

/// Where WIT comes from.
#[derive(Clone)]
pub enum Source {
    /// A path as written, relative to the crate root unless absolute.
    Path(String, Span),
    /// WIT text written in the macro.
    Inline(String, Span),
}

/// Validated options of one `generate!` call.
#[derive(Default)]
pub struct Options {
    /// `world`: the world to generate (and where it was written).
    pub world: Option<(String, Span)>,
    /// `path`: WIT files or directories, relative to the crate root.
    pub paths: Vec<(String, Span)>,
    /// `inline`: WIT text, the main package when paths are given too.
    pub inline: Option<(String, Span)>,
    /// `generate_all`: generate imports from other packages too.
    pub generate_all: bool,
    /// `runtime_path`: where the generated code finds the runtime module.
    pub runtime_path: Option<syn::Path>,
    /// `bitflags_path`: where the generated code finds `bitflags!`.
    pub bitflags_path: Option<syn::Path>,
    /// `export_macro_name`: the name of the `export!` macro.
    pub export_macro_name: Option<Ident>,
    /// `pub_export_macro`: `export!` is `#[macro_export]`.
    pub pub_export_macro: bool,
    /// `default_bindings_module`: where `export!(T)` finds the bindings.
    pub default_bindings_module: Option<syn::Path>,
    /// `generate_unused_types`: generate types no function uses.
    pub generate_unused_types: bool,
    /// `type_section_suffix`: appended to the custom section's name.
    pub type_section_suffix: Option<String>,
    /// `disable_run_ctors_once_workaround`: exports do not run static constructors first.
    pub disable_run_ctors_once_workaround: bool,
    /// `disable_custom_section_link_helpers`: no statics referencing the custom section.
    pub disable_custom_section_link_helpers: bool,
    /// `features`: enabled `@unstable` features.
    pub features: Vec<String>,
    /// Every `@unstable` feature enabled.
    pub all_features: bool,
    /// `with`: WIT interface or type name → existing Rust path, or generate.
    pub with: Vec<WithEntry>,
    /// `additional_derives`: derives added to every generated type.
    pub additional_derives: Vec<syn::Path>,
    /// `additional_derives_ignore`: WIT types that do not get them.
    pub additional_derives_ignore: Vec<String>,
    /// `skip`: functions not generated.
    pub skip: Vec<String>,
    /// `stubs`: a `Stub` type exported with every function panicking.
    pub stubs: bool,
    /// `std_feature`: `Error` impls behind `#[cfg(feature = "std")]`.
    pub std_feature: bool,
    /// `raw_strings`: strings are `Vec<u8>` and `&[u8]`.
    pub raw_strings: bool,
    /// `assume_valid_utf8`: lifted strings are not checked to be UTF-8.
    pub assume_valid_utf8: bool,
    /// `export_prefix`: prepended to every export symbol.
    pub export_prefix: Option<String>,
    /// `debug`: the expansion is written to a file and included.
    pub debug: bool,
    /// `map_type`: the Rust type of WIT `map<K, V>` (default `rt::Map`, a `BTreeMap`).
    pub map_type: Option<syn::Path>,
    /// `enable_method_chaining`: resource methods without results return `&Self`.
    pub enable_method_chaining: bool,
    /// `chainable_methods`: which imported methods without results return
    /// their resource (wit-bindgen 0.61's option), in order.
    pub chainable_methods: Vec<ChainEntry>,
    /// `ownership`: how imported functions take their parameters.
    pub ownership: Ownership,
    /// `merge_structurally_equal_types`: equal types become aliases of one.
    pub merge_structurally_equal_types: bool,
    /// `additional_type_attributes`: WIT type name → attributes on its item.
    pub type_attributes: Vec<AttrEntry>,
    /// `additional_member_attributes`: `type.member` → attributes on a field or case.
    pub member_attributes: Vec<AttrEntry>,
    /// `sync` (or 0.60's `async`): which `async func`s get blocking bindings.
    pub sync: Vec<SyncEntry>,
    /// Span of the whole input, for errors about the call as a whole.
    pub span: Option<Span>,
}

/// One entry of `sync: [..]` (or of 0.60's `async: [..]`), in order: the
/// first entry that matches a function decides.
#[derive(Clone)]
pub struct SyncEntry {
    /// The entry as written, for messages.
    pub text: String,
    /// Where it was written.
    pub span: Span,
    /// `import:` / `export:` (`Some(true)` for exports), or both sides.
    pub export: Option<bool>,
    /// A function (`ns:pkg/iface#f`, or `f` at world level); `None`: all.
    pub name: Option<String>,
    /// The matched functions get sync bindings (`sync`, or `async` with `-`),
    /// or async ones (`async` without `-`, which an `async func` has anyway).
    pub sync: bool,
}

impl SyncEntry {
    fn parse(text: &str, span: Span, sync: bool) -> SyncEntry {
        let (export, name) = match text.split_once(':') {
            Some(("import", rest)) => (Some(false), rest),
            Some(("export", rest)) => (Some(true), rest),
            _ => (None, text),
        };
        let name = (name != "all").then(|| name.to_string());
        SyncEntry { text: text.to_string(), span, export, name, sync }
    }

    /// Whether the entry names `name` on the given side.
    pub fn matches(&self, export: bool, name: &str) -> bool {
        self.export.is_none_or(|e| e == export) && self.name.as_deref().is_none_or(|n| n == name)
    }
}

/// One entry of `chainable_methods: [..]`: `all`, a resource
/// (`ns:pkg/iface#res`, `res` at world level) or a method
/// (`ns:pkg/iface#[method]res.m`), with a prefix: none for `self … -> Self`,
/// `&` for `&self … -> &Self`, `-` for no chaining. The first entry that
/// matches a method decides.
#[derive(Clone)]
pub struct ChainEntry {
    /// The entry as written, for messages.
    pub text: String,
    /// Where it was written.
    pub span: Span,
    /// The resource or method named; `None`: all.
    pub name: Option<String>,
    /// What the matched methods get.
    pub mode: Option<Chaining>,
}

/// How a chainable method returns its resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chaining {
    /// `self … -> Self`.
    Owning,
    /// `&self … -> &Self`.
    Borrowing,
}

impl ChainEntry {
    fn parse(text: &str, span: Span) -> ChainEntry {
        let (mode, rest) = match (text.strip_prefix('-'), text.strip_prefix('&')) {
            (Some(rest), _) => (None, rest),
            (None, Some(rest)) => (Some(Chaining::Borrowing), rest),
            (None, None) => (Some(Chaining::Owning), text),
        };
        let name = (rest != "all").then(|| rest.to_string());
        ChainEntry { text: text.to_string(), span, name, mode }
    }

    /// `all` in the given mode.
    pub fn all(mode: Chaining) -> ChainEntry {
        ChainEntry { text: "all".into(), span: Span::call_site(), name: None, mode: Some(mode) }
    }

    /// Whether the entry names the method `method` (qualified as entries
    /// name it) of the resource `resource`.
    pub fn matches(&self, resource: &str, method: &str) -> bool {
        self.name.as_deref().is_none_or(|n| n == resource || n == method)
    }
}

/// One `with` entry.
#[derive(Clone)]
pub struct WithEntry {
    /// An imported interface (`ns:pkg/iface`) or type (`ns:pkg/iface/type`).
    pub key: String,
    /// Where the key was written.
    pub span: Span,
    /// `None`: `generate`.
    pub path: Option<syn::Path>,
}

/// `ownership: Owning | Borrowing { duplicate_if_necessary: bool }`.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub enum Ownership {
    /// Import parameters are borrowed at the top only (`&Rec`, `&[String]`).
    #[default]
    Owning,
    /// Import parameters are borrowed all the way down (`Rec<'a>`, `&[&str]`).
    Borrowing {
        /// A type used both borrowed and owned gets two definitions,
        /// `NameParam<'a>` and `NameResult`.
        duplicate_if_necessary: bool,
    },
}

/// One `additional_type_attributes` / `additional_member_attributes` entry.
#[derive(Clone)]
pub struct AttrEntry {
    /// A WIT type (`point`, `ns:pkg/iface/point`), with `.member` for members.
    pub key: String,
    /// Where the key was written.
    pub span: Span,
    /// The attributes.
    pub attrs: Vec<syn::Attribute>,
}

/// Keys we know but do not implement yet.
const NOT_YET: &[&str] = &[];

/// Every key, for "did you mean".
pub const KNOWN: &[&str] = &[
    "world",
    "path",
    "inline",
    "generate_all",
    "runtime_path",
    "bitflags_path",
    "export_macro_name",
    "pub_export_macro",
    "default_bindings_module",
    "generate_unused_types",
    "type_section_suffix",
    "disable_run_ctors_once_workaround",
    "disable_custom_section_link_helpers",
    "features",
    "with",
    "additional_derives",
    "additional_derives_ignore",
    "additional_type_attributes",
    "additional_member_attributes",
    "ownership",
    "skip",
    "stubs",
    "std_feature",
    "raw_strings",
    "assume_valid_utf8",
    "enable_method_chaining",
    "chainable_methods",
    "merge_structurally_equal_types",
    "export_prefix",
    "debug",
    "async",
    "sync",
    "map_type",
];

impl Options {
    /// Checks `input`; every problem is recorded in `diag`.
    pub fn from_input(input: &Input, diag: &mut Diagnostics) -> Options {
        let mut o = Options { span: Some(input.span), ..Options::default() };
        let mut seen: Vec<String> = Vec::new();
        let mut chain_span = None;
        for entry in &input.entries {
            let key = entry.key.to_string();
            if seen.contains(&key) {
                diag.error(entry.key.span(), messages::duplicate_option(&key));
                continue;
            }
            seen.push(key.clone());
            let v = &entry.value;
            match key.as_str() {
                "world" => o.world = string(v, &key, diag),
                "path" => o.paths = strings(v, &key, diag),
                "inline" => o.inline = string(v, &key, diag),
                "generate_all" => o.generate_all = flag(v, &key, diag),
                "runtime_path" => o.runtime_path = rust_path(v, &key, "\"::my_crate::rt\"", diag),
                "bitflags_path" => o.bitflags_path = rust_path(v, &key, "\"::bitflags\"", diag),
                "export_macro_name" => o.export_macro_name = identifier(v, &key, diag),
                "pub_export_macro" => o.pub_export_macro = flag(v, &key, diag),
                "default_bindings_module" => {
                    o.default_bindings_module = rust_path(v, &key, "\"crate::bindings\"", diag)
                }
                "generate_unused_types" => o.generate_unused_types = flag(v, &key, diag),
                "type_section_suffix" => o.type_section_suffix = string(v, &key, diag).map(|s| s.0),
                "disable_run_ctors_once_workaround" => o.disable_run_ctors_once_workaround = flag(v, &key, diag),
                "disable_custom_section_link_helpers" => o.disable_custom_section_link_helpers = flag(v, &key, diag),
                "features" => o.features = strings(v, &key, diag).into_iter().map(|s| s.0).collect(),
                "with" => o.with = with(v, diag),
                "additional_derives" => o.additional_derives = paths(v, &key, diag),
                "additional_derives_ignore" => {
                    o.additional_derives_ignore = strings(v, &key, diag).into_iter().map(|s| s.0).collect()
                }
                "skip" => o.skip = strings(v, &key, diag).into_iter().map(|s| s.0).collect(),
                "stubs" => o.stubs = flag(v, &key, diag),
                "std_feature" => o.std_feature = flag(v, &key, diag),
                "raw_strings" => o.raw_strings = flag(v, &key, diag),
                "assume_valid_utf8" => o.assume_valid_utf8 = flag(v, &key, diag),
                "export_prefix" => o.export_prefix = string(v, &key, diag).map(|s| s.0),
                "debug" => o.debug = flag(v, &key, diag),
                "map_type" => o.map_type = rust_path(v, &key, "\"std::collections::HashMap\"", diag),
                "enable_method_chaining" => o.enable_method_chaining = flag(v, &key, diag),
                "chainable_methods" => {
                    o.chainable_methods =
                        strings(v, &key, diag).into_iter().map(|(t, span)| ChainEntry::parse(&t, span)).collect();
                    chain_span = Some(entry.key.span());
                }
                "ownership" => o.ownership = ownership(v, diag),
                "merge_structurally_equal_types" => o.merge_structurally_equal_types = flag(v, &key, diag),
                "additional_type_attributes" => o.type_attributes = attr_map(v, &key, "type", diag),
                "additional_member_attributes" => o.member_attributes = attr_map(v, &key, "type.member", diag),
                "sync" | "async" if seen.iter().any(|k| k == "sync") && seen.iter().any(|k| k == "async") => {
                    diag.error(entry.key.span(), messages::SYNC_AND_ASYNC)
                }
                "sync" => o.sync = sync_entries(v, true, diag),
                "async" => o.sync = sync_entries(v, false, diag),
                k if NOT_YET.contains(&k) => diag.error(entry.key.span(), messages::option_not_yet(k)),
                k => diag.error(entry.key.span(), messages::unknown_option(k, KNOWN)),
            }
        }
        // 0.60's switch and 0.61's list mean different things for exports.
        if let (Some(span), true) = (chain_span, o.enable_method_chaining) {
            diag.error(span, messages::CHAINING_TWICE);
        }
        o
    }

    /// Options written as the body of `generate!{ .. }` (or `""` for the
    /// defaults), for the build-script API and the CLI.
    pub fn parse_str(text: &str) -> Result<Options, Diagnostics> {
        let tokens: proc_macro2::TokenStream =
            text.parse().map_err(|e| Diagnostics::single(Span::call_site(), messages::options_text(&e)))?;
        Options::parse_tokens(tokens)
    }

    /// Options as given to `generate!`.
    pub fn parse_tokens(tokens: proc_macro2::TokenStream) -> Result<Options, Diagnostics> {
        let input: Input = syn::parse2(tokens).map_err(Diagnostics::from)?;
        let mut diag = Diagnostics::default();
        let opts = Options::from_input(&input, &mut diag);
        if diag.is_empty() { Ok(opts) } else { Err(diag) }
    }

    /// The WIT sources in the order they are loaded: paths, then inline.
    pub fn sources(&self) -> Vec<Source> {
        let mut out: Vec<Source> = self.paths.iter().map(|(p, s)| Source::Path(p.clone(), *s)).collect();
        if self.paths.is_empty() && self.inline.is_none() {
            out.push(Source::Path("wit".to_string(), self.span.unwrap_or_else(Span::call_site)));
        }
        if let Some((text, span)) = &self.inline {
            out.push(Source::Inline(text.clone(), *span));
        }
        out
    }
}

/// A string literal, or a macro such as `concat!(env!("CARGO_MANIFEST_DIR"), "/wit")`
/// evaluated here.
fn lit_str(e: &Expr) -> Option<LitStr> {
    match e {
        Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => Some(s.clone()),
        Expr::Group(g) => lit_str(&g.expr),
        Expr::Macro(m) => {
            let tokens = quote::ToTokens::to_token_stream(m);
            let ms: macro_string::MacroString = syn::parse2(tokens).ok()?;
            let value = ms.eval().ok()?;
            Some(LitStr::new(&value, syn::spanned::Spanned::span(m)))
        }
        _ => None,
    }
}

fn with(v: &Value, diag: &mut Diagnostics) -> Vec<WithEntry> {
    let Value::Map(_, pairs) = v else {
        diag.error(v.span(), messages::expected("with", what::WITH_MAP));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, value) in pairs {
        let path = match value {
            Value::Expr(Expr::Path(p)) if p.path.is_ident("generate") => None,
            Value::Expr(Expr::Path(p)) => Some(p.path.clone()),
            _ => {
                diag.error(value.span(), messages::expected("with", what::WITH_VALUE));
                continue;
            }
        };
        out.push(WithEntry { key: key.text(), span: key.span(), path });
    }
    out
}

/// `sync: true | false | [..]`, or 0.60's `async: true | false | [..]` with
/// `-name` for sync.
fn sync_entries(v: &Value, sync: bool, diag: &mut Diagnostics) -> Vec<SyncEntry> {
    let key = if sync { "sync" } else { "async" };
    match v {
        Value::Flag(span) => vec![SyncEntry::parse("all", *span, sync)],
        Value::Expr(Expr::Lit(ExprLit { lit: Lit::Bool(b), .. })) => {
            // `sync: false` and `async: true` ask for the default.
            if b.value == sync { vec![SyncEntry::parse("all", b.span, true)] } else { Vec::new() }
        }
        Value::Expr(Expr::Array(a)) => {
            let mut out = Vec::new();
            for e in &a.elems {
                match lit_str(e) {
                    Some(s) => {
                        let text = s.value();
                        match text.strip_prefix('-') {
                            Some(rest) if !sync => out.push(SyncEntry::parse(rest, s.span(), true)),
                            _ => out.push(SyncEntry::parse(&text, s.span(), sync)),
                        }
                    }
                    None => diag.error(syn::spanned::Spanned::span(e), messages::expected(key, what::SYNC)),
                }
            }
            out
        }
        _ => {
            diag.error(v.span(), messages::expected(key, what::SYNC));
            Vec::new()
        }
    }
}

fn ownership(v: &Value, diag: &mut Diagnostics) -> Ownership {
    const WHAT: &str = what::OWNERSHIP;
    match v {
        Value::Expr(Expr::Path(p)) if p.path.is_ident("Owning") => Ownership::Owning,
        Value::Expr(Expr::Struct(s)) if s.path.is_ident("Borrowing") && s.rest.is_none() => {
            let mut dup = None;
            for f in &s.fields {
                let named = matches!(&f.member, syn::Member::Named(n) if n == "duplicate_if_necessary");
                match (&f.expr, named) {
                    (Expr::Lit(ExprLit { lit: Lit::Bool(b), .. }), true) if dup.is_none() => dup = Some(b.value),
                    _ => {
                        diag.error(syn::spanned::Spanned::span(f), messages::expected("ownership", WHAT));
                        return Ownership::Owning;
                    }
                }
            }
            match dup {
                Some(duplicate_if_necessary) => Ownership::Borrowing { duplicate_if_necessary },
                None => {
                    diag.error(v.span(), messages::expected("ownership", WHAT));
                    Ownership::Owning
                }
            }
        }
        _ => {
            diag.error(v.span(), messages::expected("ownership", WHAT));
            Ownership::Owning
        }
    }
}

fn attr_map(v: &Value, key: &str, what: &str, diag: &mut Diagnostics) -> Vec<AttrEntry> {
    let example = what::attribute_map(what);
    let Value::Map(_, pairs) = v else {
        diag.error(v.span(), messages::expected(key, &example));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (k, value) in pairs {
        match value {
            Value::Attrs(_, attrs) => out.push(AttrEntry { key: k.text(), span: k.span(), attrs: attrs.clone() }),
            _ => diag.error(value.span(), messages::expected(key, &example)),
        }
    }
    out
}

fn paths(v: &Value, key: &str, diag: &mut Diagnostics) -> Vec<syn::Path> {
    let Value::Expr(Expr::Array(a)) = v else {
        diag.error(v.span(), messages::expected(key, what::PATH_ARRAY));
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in &a.elems {
        match e {
            Expr::Path(p) => out.push(p.path.clone()),
            _ => diag.error(syn::spanned::Spanned::span(e), messages::expected(key, what::DERIVE_PATHS)),
        }
    }
    out
}

/// A string literal holding a Rust path, e.g. `"std::collections::HashMap"`
/// (`example`), spanned on the literal.
fn rust_path(v: &Value, key: &str, example: &str, diag: &mut Diagnostics) -> Option<syn::Path> {
    let (text, span) = string(v, key, diag)?;
    match syn::parse_str::<syn::Path>(&text) {
        // The path keeps call-site spans, so it resolves like code written
        // at the `generate!` call.
        Ok(p) => Some(p),
        Err(_) => {
            diag.error(span, messages::expected(key, &what::rust_path(example)));
            None
        }
    }
}

/// A string literal holding a Rust identifier (not a keyword).
fn identifier(v: &Value, key: &str, diag: &mut Diagnostics) -> Option<Ident> {
    let (text, span) = string(v, key, diag)?;
    match syn::parse_str::<Ident>(&text) {
        Ok(i) => Some(i),
        Err(_) => {
            diag.error(span, messages::expected(key, what::IDENTIFIER));
            None
        }
    }
}

fn string(v: &Value, key: &str, diag: &mut Diagnostics) -> Option<(String, Span)> {
    match v {
        Value::Expr(e) => match lit_str(e) {
            Some(s) => Some((s.value(), s.span())),
            None => {
                diag.error(v.span(), messages::expected(key, what::STRING));
                None
            }
        },
        _ => {
            diag.error(v.span(), messages::expected(key, what::STRING));
            None
        }
    }
}

fn strings(v: &Value, key: &str, diag: &mut Diagnostics) -> Vec<(String, Span)> {
    if let Value::Expr(Expr::Array(a)) = v {
        let mut out = Vec::new();
        for e in &a.elems {
            match lit_str(e) {
                Some(s) => out.push((s.value(), s.span())),
                None => diag.error(syn::spanned::Spanned::span(e), messages::expected(key, what::STRING)),
            }
        }
        return out;
    }
    match v {
        Value::Expr(e) if lit_str(e).is_some() => string(v, key, diag).into_iter().collect(),
        _ => {
            diag.error(v.span(), messages::expected(key, what::STRINGS));
            Vec::new()
        }
    }
}

fn flag(v: &Value, key: &str, diag: &mut Diagnostics) -> bool {
    match v {
        Value::Flag(_) => true,
        Value::Expr(Expr::Lit(ExprLit { lit: Lit::Bool(b), .. })) => b.value,
        // `ownership`-style enums are not flags; anything else is a mistake.
        _ => {
            diag.error(v.span(), messages::expected(key, what::FLAG));
            false
        }
    }
}
