//! `future<T>` and `stream<T>`: the `wit_future` and `wit_stream` modules at
//! the bindings root (present only when the world uses them).
//!
//! Each distinct payload type gets one `vtableN` module: the component-model
//! built-ins of a future or stream of it, imported under the names
//! `wit-parser` gives for the first function whose signature holds it, its
//! lift and lower glue, and the payload trait's implementation that
//! `wit_future::new` / `wit_stream::new` and the lifting code find it by.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{
    Function, FutureIntrinsic, LiftLowerAbi, ManglingAndAbi, StreamIntrinsic, Type, TypeDefKind, TypeId, TypeOwner,
    WasmImport, WorldItem, WorldKey,
};

use super::wasm_import;
use crate::abi::{Abi, canonical_lift};
use crate::messages;
use crate::model::{Mode, Model, Scope, functions};

/// One payload type of the futures (or streams) of the world.
struct Payload<'a> {
    /// The payload, `None` for `future` / `stream` without one.
    ty: Option<Type>,
    /// Where its built-ins are imported: the first function holding it, the
    /// future or stream type's id there, and whether that function is an
    /// export (and under which key).
    func: &'a Function,
    end: TypeId,
    key: Option<&'a WorldKey>,
    exported: bool,
    /// What tells payload types apart (see [`payload_key`]).
    rust: String,
}

/// Every future and stream payload of the world's generated functions, in
/// order of first use (imports first), futures and streams apart.
fn payloads<'a>(model: &'a Model<'a>) -> (Vec<Payload<'a>>, Vec<Payload<'a>>) {
    let resolve = model.resolve;
    let world = &resolve.worlds[model.world];
    let (mut futures, mut streams) = (Vec::new(), Vec::new());
    let sides = [(false, &world.imports), (true, &world.exports)];
    for (exported, items) in sides {
        for (key, item) in items {
            let key = match item {
                WorldItem::Interface { .. } => Some(key),
                _ => None,
            };
            for func in functions(resolve, item) {
                if model.skipped(func) {
                    continue;
                }
                for end in func.find_futures_and_streams(resolve) {
                    let (ty, list) = match &resolve.types[end].kind {
                        TypeDefKind::Future(t) => (*t, &mut futures),
                        TypeDefKind::Stream(t) => (*t, &mut streams),
                        _ => continue,
                    };
                    let rust = payload_key(model, ty, exported);
                    if list.iter().any(|p: &Payload| p.rust == rust) {
                        continue;
                    }
                    list.push(Payload { ty, func, end, key, exported, rust });
                }
            }
        }
    }
    (futures, streams)
}

/// A payload type's identity, for one implementation per Rust type: the WIT
/// type with aliases (`use`d names) followed, and the side it is spelled
/// from where an interface both imported and exported has two Rust types.
fn payload_key(model: &Model, ty: Option<Type>, exported: bool) -> String {
    let Some(ty) = ty else { return "()".to_string() };
    let spell = |exported| {
        let scope = Scope { model, depth: 2, iface: None, key: None, exported, local_aliases: false };
        scope.rust_type(&ty, Mode::Owned).to_string()
    };
    let side = if spell(true) != spell(false) { if exported { "|export" } else { "|import" } } else { "" };
    format!("{}{side}", structure(model, &ty))
}

/// `ty` with every alias followed; named definitions by their id.
fn structure(model: &Model, ty: &Type) -> String {
    let Type::Id(id) = ty else { return format!("{ty:?}") };
    let id = model.dealias(*id);
    let id = model.merged.get(&id).copied().unwrap_or(id);
    let of = |t: &Option<Type>| t.as_ref().map(|t| structure(model, t)).unwrap_or_default();
    match &model.resolve.types[id].kind {
        TypeDefKind::Type(t) => structure(model, t),
        TypeDefKind::Option(t) => format!("option<{}>", structure(model, t)),
        TypeDefKind::Result(r) => format!("result<{},{}>", of(&r.ok), of(&r.err)),
        TypeDefKind::List(t) => format!("list<{}>", structure(model, t)),
        TypeDefKind::FixedLengthList(t, n) => format!("list<{},{n}>", structure(model, t)),
        TypeDefKind::Map(k, v) => format!("map<{},{}>", structure(model, k), structure(model, v)),
        TypeDefKind::Tuple(t) => {
            format!("tuple<{}>", t.types.iter().map(|t| structure(model, t)).collect::<Vec<_>>().join(","))
        }
        TypeDefKind::Future(t) => format!("future<{}>", of(t)),
        TypeDefKind::Stream(t) => format!("stream<{}>", of(t)),
        TypeDefKind::Handle(wit_parser::Handle::Own(r)) => format!("own<{}>", structure(model, &Type::Id(*r))),
        TypeDefKind::Handle(wit_parser::Handle::Borrow(r)) => format!("borrow<{}>", structure(model, &Type::Id(*r))),
        _ => format!("#{}", id.index()),
    }
}

/// The `wit_future` and `wit_stream` modules, for the payloads in use.
pub fn emit(model: &Model) -> TokenStream {
    let (futures, streams) = payloads(model);
    let rt = &model.rt;
    let mut out = TokenStream::new();
    if !futures.is_empty() {
        let vtables = futures.iter().enumerate().map(|(i, p)| vtable(model, p, i, false));
        out.extend(quote! {
            /// `future<T>` for the payload types of this world: make a pair
            /// with [`new`], read with `.await` on the reader.
            #[allow(dead_code, reason = "not every payload is made here")]
            pub mod wit_future {
                /// A payload type of the world's futures.
                ///
                /// # Safety
                /// `VTABLE` is the one generated for `Self` (the runtime trusts its
                /// size, layout and glue); only these bindings implement it.
                #[allow(clippy::missing_safety_doc, reason = "clippy does not see the section above in expanded code")]
                pub unsafe trait FuturePayload: ::core::marker::Unpin + ::core::marker::Sized + 'static {
                    #[doc(hidden)]
                    const VTABLE: &'static #rt::async_support::FutureVtable<Self>;
                }

                /// A new future: its writer (which writes `default()` if it
                /// is dropped without writing) and its reader.
                pub fn new<T: FuturePayload>(
                    default: fn() -> T,
                ) -> (#rt::async_support::FutureWriter<T>, #rt::async_support::FutureReader<T>) {
                    // SAFETY: `T::VTABLE` is the one generated for `T`.
                    unsafe { #rt::async_support::future_new::<T>(default, T::VTABLE) }
                }

                #(#vtables)*
            }
        });
    }
    if !streams.is_empty() {
        let vtables = streams.iter().enumerate().map(|(i, p)| vtable(model, p, i, true));
        out.extend(quote! {
            /// `stream<T>` for the payload types of this world: make a pair
            /// with [`new`].
            #[allow(dead_code, reason = "not every payload is made here")]
            pub mod wit_stream {
                /// A payload type of the world's streams.
                ///
                /// # Safety
                /// `VTABLE` is the one generated for `Self` (the runtime copies
                /// canonical payloads as bytes); only these bindings implement it.
                #[allow(clippy::missing_safety_doc, reason = "clippy does not see the section above in expanded code")]
                pub unsafe trait StreamPayload: ::core::marker::Unpin + ::core::marker::Sized + 'static {
                    #[doc(hidden)]
                    const VTABLE: &'static #rt::async_support::StreamVtable<Self>;
                }

                /// A new stream: its writer and its reader.
                pub fn new<T: StreamPayload>() -> (#rt::async_support::StreamWriter<T>, #rt::async_support::StreamReader<T>) {
                    // SAFETY: `T::VTABLE` is the one generated for `T`.
                    unsafe { #rt::async_support::stream_new::<T>(T::VTABLE) }
                }

                #(#vtables)*
            }
        });
    }
    out
}

/// The `vtableN` module of one payload.
fn vtable(model: &Model, p: &Payload, n: usize, stream: bool) -> TokenStream {
    let rt = &model.rt;
    let scope = Scope { model, depth: 2, iface: None, key: None, exported: p.exported, local_aliases: false };
    let module = format_ident!("vtable{}", n);
    let payload = p.ty.map(|t| scope.rust_type(&t, Mode::Owned)).unwrap_or(quote!(()));
    let (size, align) = match p.ty {
        Some(t) => (model.sizes.size(&t).size_wasm32(), model.sizes.align(&t).align_wasm32()),
        None => (0, 1),
    };
    let canonical = p.ty.is_none_or(|t| moves_in_bulk(model, &t));

    // Lift and lower glue (unused, but present, for canonical payloads).
    let (lift, lower, disown) = match p.ty {
        Some(t) => glue(&scope, &t, &payload, size, align),
        None => (quote!(()), TokenStream::new(), None),
    };
    let lower_body = quote!(let _ = (&value, at, &cleanup_); #lower);
    let (disown_fn, disown_field) = match disown {
        Some(body) => (quote!(fn disown(value: &#payload) { #body }), quote!(::core::option::Option::Some(disown))),
        None => (TokenStream::new(), quote!(::core::option::Option::None)),
    };

    let intrinsics = Intrinsics::new(model, p, stream);
    let imports = intrinsics.imports();
    let size = Literal::usize_unsuffixed(size);
    let align = Literal::usize_unsuffixed(align);
    // The runtime copies a bulk payload's values as bytes: their Rust layout
    // must be the canonical one (checked where it matters, on wasm32).
    let layout_check = (canonical && p.ty.is_some()).then(|| {
        quote! {
            #[cfg(target_arch = "wasm32")]
            const _: () = ::core::assert!(
                ::core::mem::size_of::<#payload>() == #size && ::core::mem::align_of::<#payload>() == #align
            );
        }
    });
    let (vt, payload_trait, canonical_field) = if stream {
        (quote!(StreamVtable), quote!(StreamPayload), quote!(canonical: #canonical,))
    } else {
        (quote!(FutureVtable), quote!(FuturePayload), TokenStream::new())
    };
    quote! {
        #[doc(hidden)]
        #[allow(unused_unsafe, clippy::all, reason = "generated glue")]
        pub mod #module {
            mod cm { #(#imports)* }

            #layout_check

            unsafe fn lift(at: *mut u8) -> #payload {
                let _ = at;
                unsafe { #lift }
            }

            unsafe fn lower(value: &#payload, at: *mut u8, cleanup_: &mut #rt::Cleanup) {
                unsafe { #lower_body }
            }

            #disown_fn

            pub static VTABLE: #rt::async_support::#vt<#payload> = #rt::async_support::#vt {
                size: #size,
                align: #align,
                #canonical_field
                lift,
                lower,
                disown: #disown_field,
                new: cm::new_,
                read: cm::read_,
                write: cm::write_,
                cancel_read: cm::cancel_read_,
                cancel_write: cm::cancel_write_,
                drop_readable: cm::drop_readable_,
                drop_writable: cm::drop_writable_,
            };

            // SAFETY: the vtable generated above for this payload type.
            unsafe impl super::#payload_trait for #payload {
                const VTABLE: &'static #rt::async_support::#vt<Self> = &VTABLE;
            }
        }
    }
}

/// Lift, lower (peeking at owned handles) and disown bodies for `ty`.
/// Whether a stream of `ty` moves as bytes, its Rust values being their own
/// canonical form: integers and floats, and records (generated here, so
/// `#[repr(C)]`, whose field-by-field layout is the canonical ABI's) of
/// them and of such records. `bool` and `char` are out (not every byte is a
/// valid one), and so are tuples (no guaranteed Rust layout) and any type
/// bound to outside code by `with`.
fn moves_in_bulk(model: &Model, ty: &Type) -> bool {
    let resolve = model.resolve;
    let mut ty = *ty;
    loop {
        if canonical_lift(resolve, &ty).is_some() {
            return true;
        }
        let Type::Id(id) = ty else { return false };
        let def = &resolve.types[id];
        let bound = model.with.types.contains_key(&id)
            || matches!(def.owner, TypeOwner::Interface(i) if model.with.interfaces.contains_key(&i));
        match &def.kind {
            _ if bound => return false,
            TypeDefKind::Type(next) => ty = *next,
            TypeDefKind::Record(r) => {
                return model.facts.of_id(id).is_copy && r.fields.iter().all(|f| moves_in_bulk(model, &f.ty));
            }
            _ => return false,
        }
    }
}

fn glue(
    scope: &Scope,
    ty: &Type,
    payload: &TokenStream,
    size: usize,
    align: usize,
) -> (TokenStream, TokenStream, Option<TokenStream>) {
    let rt = &scope.model.rt;
    let lift = Abi::new(scope).load(ty, &quote!(at), 0);
    let mut abi = Abi::new(scope);
    abi.peek_own = true;
    let lower = abi.store(ty, &quote!(value), &quote!(at), 0);
    let disown = scope.model.facts.of(ty).has_own.then(|| {
        // Lowering for real takes the handles out; the lowered form and the
        // arrays built for it are scratch.
        let store = Abi::new(scope).store(ty, &quote!(value), &quote!(at), 0);
        let size = Literal::usize_unsuffixed(size.max(1));
        let align = Literal::usize_unsuffixed(align);
        quote! {
            let mut cleanup_ = #rt::Cleanup::new();
            let at = cleanup_.alloc(#size, #align);
            let _: &#payload = value;
            unsafe { #store }
        }
    });
    (lift, lower, disown)
}

/// The built-ins of one payload's futures or streams.
struct Intrinsics<'a> {
    model: &'a Model<'a>,
    p: &'a Payload<'a>,
    stream: bool,
}

impl<'a> Intrinsics<'a> {
    fn new(model: &'a Model<'a>, p: &'a Payload<'a>, stream: bool) -> Self {
        Intrinsics { model, p, stream }
    }

    /// The module and name of one built-in.
    fn name(&self, which: Which, async_: bool) -> (String, String) {
        let p = self.p;
        let ty = p.ty.map(|_| p.end);
        let import = if self.stream {
            let intrinsic = match which {
                Which::New => StreamIntrinsic::New,
                Which::Read => StreamIntrinsic::Read,
                Which::Write => StreamIntrinsic::Write,
                Which::CancelRead => StreamIntrinsic::CancelRead,
                Which::CancelWrite => StreamIntrinsic::CancelWrite,
                Which::DropReadable => StreamIntrinsic::DropReadable,
                Which::DropWritable => StreamIntrinsic::DropWritable,
            };
            WasmImport::StreamIntrinsic { interface: p.key, func: p.func, ty, intrinsic, exported: p.exported, async_ }
        } else {
            let intrinsic = match which {
                Which::New => FutureIntrinsic::New,
                Which::Read => FutureIntrinsic::Read,
                Which::Write => FutureIntrinsic::Write,
                Which::CancelRead => FutureIntrinsic::CancelRead,
                Which::CancelWrite => FutureIntrinsic::CancelWrite,
                Which::DropReadable => FutureIntrinsic::DropReadable,
                Which::DropWritable => FutureIntrinsic::DropWritable,
            };
            WasmImport::FutureIntrinsic { interface: p.key, func: p.func, ty, intrinsic, exported: p.exported, async_ }
        };
        self.model.resolve.wasm_import_name(ManglingAndAbi::Legacy(LiftLowerAbi::Sync), import)
    }

    /// The seven imports, as functions `new_`, `read_`, ... of module `cm`.
    fn imports(&self) -> Vec<TokenStream> {
        // Reads and writes are async-lowered (they return `BLOCKED` rather
        // than block); cancelling is synchronous.
        let copy_args = if self.stream { quote!(_: i32, _: *mut u8, _: usize) } else { quote!(_: i32, _: *mut u8) };
        let rt = &self.model.rt;
        let write_args =
            if self.stream { quote!(_: i32, _: *const u8, _: usize) } else { quote!(_: i32, _: *const u8) };
        let list = [
            (Which::New, false, quote!(new_()), quote!(-> i64)),
            (Which::Read, true, quote!(read_(#copy_args)), quote!(-> i32)),
            (Which::Write, true, quote!(write_(#write_args)), quote!(-> i32)),
            (Which::CancelRead, false, quote!(cancel_read_(_: i32)), quote!(-> i32)),
            (Which::CancelWrite, false, quote!(cancel_write_(_: i32)), quote!(-> i32)),
            (Which::DropReadable, false, quote!(drop_readable_(_: i32)), TokenStream::new()),
            (Which::DropWritable, false, quote!(drop_writable_(_: i32)), TokenStream::new()),
        ];
        list.into_iter()
            .map(|(which, async_, sig, ret)| {
                let (module, name) = self.name(which, async_);
                wasm_import(
                    rt,
                    &module,
                    &name,
                    quote!(pub(super) fn #sig #ret),
                    quote!(pub(super) unsafe extern "C" fn #sig #ret),
                    messages::IMPORTS_ON_WASM32_ONLY,
                )
            })
            .collect()
    }
}

#[derive(Clone, Copy)]
enum Which {
    New,
    Read,
    Write,
    CancelRead,
    CancelWrite,
    DropReadable,
    DropWritable,
}
