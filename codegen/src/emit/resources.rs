//! Resources: handle types for imported resources, `GuestR` traits and
//! handle wrappers for exported ones, and how handles cross the boundary.

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::{Handle, InterfaceId, TypeId, WorldKey};

use super::{Mode, Scope};
use crate::abi::Abi;

/// What an exported interface's resources add to its module.
#[derive(Default)]
pub struct ExportedResources {
    pub trait_items: TokenStream,
    pub items: TokenStream,
    pub macro_items: TokenStream,
}

pub fn handle_type(_scope: &Scope, _h: &Handle, _mode: Mode) -> TokenStream {
    quote!(u32)
}

pub fn lower_handle(abi: &mut Abi, _h: &Handle, v: &TokenStream) -> TokenStream {
    let rt = abi.rt;
    quote!(#rt::as_i32(#v))
}

pub fn lift_handle(_abi: &mut Abi, _id: TypeId, _h: &Handle, v: TokenStream) -> TokenStream {
    quote!((#v as u32))
}

pub fn emit_resource(_scope: &Scope, _id: TypeId) -> TokenStream {
    TokenStream::new()
}

pub fn imported_resources(_scope: &Scope, _key: &WorldKey, _id: InterfaceId) -> TokenStream {
    TokenStream::new()
}

pub fn world_imported_resources(_scope: &Scope) -> TokenStream {
    TokenStream::new()
}

pub fn exported_resources(_scope: &Scope, _key: &WorldKey, _id: InterfaceId) -> ExportedResources {
    ExportedResources::default()
}
