//! The ABI's decisions, from inline WIT, without emitting a world: what is
//! lowered in place and what gets a temporary array, what is adopted when
//! lifted, how variant payloads are joined, what a post-return frees.

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::Type;

use super::{Abi, Flat, flat_types};
use crate::model::testing::{load, ty};
use crate::model::{Model, Scope};
use crate::options::Options;

const WIT: &str = "package t:t;
    interface i {
        resource res;
        record point { x: u32, y: f64 }
        type bytes = list<u8>;
        type bools = list<bool>;
        type strings = list<string>;
        type points = list<point>;
        type nested = list<list<u8>>;
        variant num { small(f32), big(u64), none }
        record holder { name: string, all: list<point> }
        type borrows = list<borrow<res>>;
        f: func(a: bytes, b: bools, c: strings, d: points, e: nested, n: num, h: holder, r: borrows);
    }
    world w { import i; }";

/// Runs `f` with an `Abi` for the module of interface `i`.
fn with_abi<T>(f: impl FnOnce(&mut Abi, &wit_parser::Resolve) -> T) -> T {
    let loaded = load(WIT);
    let opts = Options::default();
    let model = Model::build(&loaded, &opts, &quote!(::wit_guest)).unwrap_or_else(|d| panic!("{:?}", d.messages()));
    let iface = loaded.resolve.interfaces.iter().next().map(|(id, _)| id);
    let scope = Scope { model: &model, depth: 3, iface, key: None, exported: false, local_aliases: true };
    let mut abi = Abi::new(&scope);
    f(&mut abi, &loaded.resolve)
}

fn text(t: &TokenStream) -> String {
    t.to_string().replace(' ', "")
}

/// Lowers a value of the type named `name` to flat values.
fn lower(abi: &mut Abi, resolve: &wit_parser::Resolve, name: &str) -> (Vec<String>, String) {
    let mut out = Vec::new();
    let mut stmts = TokenStream::new();
    abi.lower_flat(&ty(resolve, name), &quote!(v), &mut out, &mut stmts);
    (out.iter().map(text).collect(), text(&stmts))
}

#[test]
fn canonical_lists_are_lowered_in_place() {
    with_abi(|abi, resolve| {
        for name in ["bytes", "bools"] {
            let (flat, stmts) = lower(abi, resolve, name);
            assert_eq!(flat, ["__wit_guest_rt::ptr_i32(v.as_ptr())", "__wit_guest_rt::len_i32(v.len())"]);
            assert!(stmts.is_empty(), "{name}: {stmts}");
        }
        assert!(!abi.uses_cleanup);
    });
}

#[test]
fn other_lists_get_a_temporary_array() {
    with_abi(|abi, resolve| {
        for name in ["strings", "points", "nested"] {
            abi.uses_cleanup = false;
            let (_, stmts) = lower(abi, resolve, name);
            assert!(stmts.contains("cleanup_.alloc("), "{name}: {stmts}");
            assert!(abi.uses_cleanup, "{name}");
        }
    });
}

#[test]
fn numbers_are_adopted_and_bools_checked_when_lifted() {
    with_abi(|abi, resolve| {
        let lift = |abi: &mut Abi, name: &str| {
            text(&abi.lift_flat(&ty(resolve, name), &mut vec![quote!(p), quote!(n)].into_iter()))
        };
        assert_eq!(lift(abi, "bytes"), "__wit_guest_rt::list_lift::<u8>(p,n)");
        let bools = lift(abi, "bools");
        assert!(bools.contains("list_lift_with") && bools.contains("bool_lift"), "{bools}");
    });
}

#[test]
fn variant_payloads_are_joined_with_the_canonical_casts() {
    with_abi(|abi, resolve| {
        let num = ty(resolve, "num");
        assert_eq!(flat_types(resolve, &num, 16), Some(vec![Flat::I32, Flat::I64]));
        let (flat, stmts) = lower(abi, resolve, "num");
        assert_eq!(flat.len(), 2);
        // A named variant goes through the helpers beside its definition...
        assert!(stmts.contains("(v).__wit_guest_flat()"), "{stmts}");
        let lifted = text(&abi.lift_flat(&num, &mut vec![quote!(d), quote!(p)].into_iter()));
        assert!(lifted.contains("__wit_guest_lift_flat(d,p)"), "{lifted}");
        // ...whose bodies join and split the payloads: f32 joins i64
        // through its bits; u64 is already i64; `none` is zero.
        let Type::Id(id) = num else { panic!("a named type") };
        let lowered = text(&abi.flat_helper_body(id, &quote!(v)));
        assert!(lowered.contains(".to_bits()asi64"), "{lowered}");
        assert!(lowered.contains("0i64"), "{lowered}");
        let lifted = text(&abi.lift_flat_helper_body(id, vec![quote!(d), quote!(p)]));
        assert!(lifted.contains("f32::from_bits(pasu32)"), "{lifted}");
        assert!(lifted.contains("invalid_discriminant"), "{lifted}");
    });
}

#[test]
fn post_return_frees_only_built_arrays() {
    with_abi(|abi, resolve| {
        assert!(text(&abi.free_stored(&ty(resolve, "bytes"), &quote!(at), 0)).is_empty());
        assert!(text(&abi.free_stored(&Type::String, &quote!(at), 0)).is_empty());
        let holder = text(&abi.free_stored(&ty(resolve, "holder"), &quote!(at), 0));
        // `name` is the string's own buffer; `all` is an array lowering built, at offset 8.
        assert_eq!(holder.matches("dealloc").count(), 1, "{holder}");
        assert!(holder.contains("at.add(8)"), "{holder}");
    });
}

#[test]
fn borrowed_imported_handles_live_for_the_call() {
    with_abi(|abi, resolve| {
        let lifted = text(&abi.lift_flat(&ty(resolve, "borrows"), &mut vec![quote!(p), quote!(n)].into_iter()));
        assert!(lifted.contains("from_handle"), "{lifted}");
        assert!(text(&abi.deferred).starts_with("lethandles"), "{}", abi.deferred);
    });
}
