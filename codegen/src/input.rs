//! Syntax of `generate!`'s input, with `syn` only (no I/O, no validation).
//!
//! Accepted forms:
//! - `generate!()`
//! - `generate!("world")`
//! - `generate!("world" in "path")`
//! - `generate!({ key: value, ... })`
//!
//! A value is a `{ "key": value, .. }` map or any Rust expression (string
//! literal, `[..]` array, path, `concat!(..)` macro, struct expression).

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Expr, Ident, LitStr, Token, braced};

/// The macro input as written.
pub struct Input {
    pub entries: Vec<Entry>,
    /// Span of the whole input, for errors that belong to no one option.
    pub span: Span,
}

/// `key: value` (or a bare `key`, meaning `key: true`).
pub struct Entry {
    pub key: Ident,
    pub value: Value,
}

/// An option's value as written.
pub enum Value {
    /// A bare flag such as `generate_all`.
    Flag(Span),
    /// `{ "a": x, b: y }`.
    Map(Span, Vec<(MapKey, Value)>),
    /// `[#[attr], #[attr]]`: Rust attributes (commas optional).
    Attrs(Span, Vec<syn::Attribute>),
    /// Anything else.
    Expr(Expr),
}

/// A map key: a string literal or an identifier.
pub enum MapKey {
    Str(LitStr),
    Ident(Ident),
}

impl MapKey {
    pub fn text(&self) -> String {
        match self {
            MapKey::Str(s) => s.value(),
            MapKey::Ident(i) => i.to_string(),
        }
    }

    pub fn span(&self) -> Span {
        match self {
            MapKey::Str(s) => s.span(),
            MapKey::Ident(i) => i.span(),
        }
    }
}

impl Value {
    pub fn span(&self) -> Span {
        match self {
            Value::Flag(s) | Value::Map(s, _) | Value::Attrs(s, _) => *s,
            Value::Expr(e) => syn::spanned::Spanned::span(e),
        }
    }
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let span = input.span();
        let mut entries = Vec::new();
        if input.is_empty() {
            return Ok(Input { entries, span });
        }
        if input.peek(LitStr) {
            let world: LitStr = input.parse()?;
            entries.push(Entry { key: Ident::new("world", world.span()), value: Value::Expr(lit_expr(world)) });
            if input.peek(Token![in]) {
                let kw: Token![in] = input.parse()?;
                let path: LitStr = input.parse()?;
                entries.push(Entry { key: Ident::new("path", kw.span), value: Value::Expr(lit_expr(path)) });
            }
            if !input.is_empty() {
                return Err(input.error("expected `\"world\"`, `\"world\" in \"path\"` or `{ options }`"));
            }
            return Ok(Input { entries, span });
        }
        let content;
        braced!(content in input);
        let parsed = Punctuated::<Entry, Token![,]>::parse_terminated(&content)?;
        entries.extend(parsed);
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the options block"));
        }
        Ok(Input { entries, span })
    }
}

/// Whether a `[..]` value holds attributes rather than an array expression.
fn starts_with_attribute(input: ParseStream) -> bool {
    input
        .cursor()
        .group(proc_macro2::Delimiter::Bracket)
        .and_then(|(inner, _, _)| inner.punct())
        .is_some_and(|(p, _)| p.as_char() == '#')
}

fn lit_expr(lit: LitStr) -> Expr {
    Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit: syn::Lit::Str(lit) })
}

impl Parse for Entry {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let key = if input.peek(Token![async]) {
            let kw: Token![async] = input.parse()?;
            Ident::new("async", kw.span)
        } else {
            input.call(syn::ext::IdentExt::parse_any)?
        };
        if input.peek(Token![:]) {
            input.parse::<Token![:]>()?;
            let value = input.parse()?;
            Ok(Entry { key, value })
        } else {
            let span = key.span();
            Ok(Entry { key, value: Value::Flag(span) })
        }
    }
}

impl Parse for Value {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(syn::token::Brace) {
            let span = input.span();
            let content;
            braced!(content in input);
            let mut pairs = Vec::new();
            while !content.is_empty() {
                let key = if content.peek(LitStr) {
                    MapKey::Str(content.parse()?)
                } else {
                    MapKey::Ident(content.call(syn::ext::IdentExt::parse_any)?)
                };
                content.parse::<Token![:]>()?;
                let value: Value = content.parse()?;
                pairs.push((key, value));
                if content.is_empty() {
                    break;
                }
                content.parse::<Token![,]>()?;
            }
            return Ok(Value::Map(span, pairs));
        }
        if input.peek(syn::token::Bracket) && starts_with_attribute(input) {
            let span = input.span();
            let content;
            syn::bracketed!(content in input);
            let mut attrs = Vec::new();
            while !content.is_empty() {
                attrs.extend(content.call(syn::Attribute::parse_outer)?);
                if content.peek(Token![,]) {
                    content.parse::<Token![,]>()?;
                } else if !content.is_empty() {
                    return Err(content.error("expected `#[..]` attributes"));
                }
            }
            return Ok(Value::Attrs(span, attrs));
        }
        Ok(Value::Expr(input.parse()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let i: Input = syn::parse_str("").unwrap();
        assert!(i.entries.is_empty());
        let i: Input = syn::parse_str(r#""w" in "wit/a.wit""#).unwrap();
        assert_eq!(i.entries.len(), 2);
        let i: Input = syn::parse_str(
            r#"{ world: "w", path: ["a", "b"], generate_all, with: { "a:b/c": generate, "x:y/z": crate::m } }"#,
        )
        .unwrap();
        assert_eq!(i.entries.len(), 4);
        assert!(matches!(i.entries[2].value, Value::Flag(_)));
        assert!(matches!(&i.entries[3].value, Value::Map(_, m) if m.len() == 2));
    }
}
