//! The world as the `component-type` custom section.
//!
//! A core module built from the bindings carries its world in a custom
//! section, and the linker (`wasm-component-ld`, or `wasm-tools component
//! new`) reads it back with `wit_parser::decoding` to make the component.
//! The section is itself a small component:
//!
//! - a custom section `wit-component-encoding` holding the format's version
//!   (4) and the string encoding (0, UTF-8);
//! - a component type with one export, named `ns:pkg/world`, whose type is
//!   the world's own component type; that component type is exported under
//!   the world's plain name;
//! - a producers section naming wit-guest.
//!
//! Inside the world's type, every import and export keeps the world's
//! order. An interface becomes an instance type. A type that an interface
//! (or the world) takes from another interface is aliased out of that
//! interface's instance, with an `alias export` in the world's type and then
//! an `alias outer` into the instance, so the decoder sees one type and not
//! a copy. Each index space defines an anonymous type or a function type
//! once.
//!
//! Only wasm-encoder is used here. Encoding through wit-component would pull
//! wit-component, wasm-metadata, serde and serde_json into every user's
//! build for this one step: about a third of a cold build's CPU time.

use std::collections::HashMap;

use wasm_encoder::{
    Alias, ComponentBuilder, ComponentDefinedTypeEncoder, ComponentExportKind, ComponentExternName,
    ComponentFuncTypeEncoder, ComponentOuterAliasKind, ComponentType, ComponentTypeRef, ComponentValType,
    CustomSection, Encode, InstanceType, PrimitiveValType, ProducersField, ProducersSection, TypeBounds,
};
use wit_parser::{
    Function, Handle, InterfaceId, Resolve, Type, TypeDefKind, TypeId, TypeOwner, WorldId, WorldItem, WorldKey,
};

/// Version of the section's format, as `wit_parser::decoding` expects it.
const FORMAT_VERSION: u8 = 4;
/// The string encoding byte for UTF-8.
const UTF8: u8 = 0;

/// The `component-type` section's contents for `world`.
pub fn encode(resolve: &Resolve, world: WorldId) -> Result<Vec<u8>, String> {
    let w = &resolve.worlds[world];
    let package = w.package.ok_or_else(|| format!("world `{}` belongs to no package", w.name))?;
    let world_type = Encoder::new(resolve).world(world)?;

    let mut wrapper = ComponentType::new();
    wrapper.ty().component(&world_type);
    wrapper.export(resolve.id_of_name(package, &w.name), ComponentTypeRef::Component(0));

    let mut section = ComponentBuilder::default();
    section.custom_section(&CustomSection {
        name: "wit-component-encoding".into(),
        data: (&[FORMAT_VERSION, UTF8][..]).into(),
    });
    let index = section.type_component(None, &wrapper);
    section.export(w.name.as_str(), ComponentExportKind::Type, index, None);
    let mut producers = ProducersSection::new();
    producers.field("processed-by", ProducersField::new().value("wit-guest", env!("CARGO_PKG_VERSION")));
    let mut raw = Vec::new();
    producers.encode(&mut raw);
    section.raw_custom_section(&raw);
    Ok(section.finish())
}

/// What one type index space (the world's type, or an interface's instance
/// type) already defines.
#[derive(Default)]
struct Space<'a> {
    /// Every type encoded so far, named or not.
    ids: HashMap<TypeId, u32>,
    /// Anonymous types by structure: two `list<u8>` of different packages
    /// share one definition.
    anonymous: HashMap<&'a TypeDefKind, u32>,
    /// Function types by signature.
    functions: HashMap<Signature<'a>, u32>,
}

/// A function type's identity: async or not, the parameters' names and
/// types, the result.
type Signature<'a> = (bool, Vec<(&'a str, Type)>, Option<Type>);

/// The interface being encoded.
struct Instance<'a> {
    id: InterfaceId,
    ty: InstanceType,
    space: Space<'a>,
}

struct Encoder<'a> {
    resolve: &'a Resolve,
    world: ComponentType,
    space: Space<'a>,
    current: Option<Instance<'a>>,
    /// The instance index of each interface declared so far; an interface
    /// both imported and exported maps to the later (exported) one.
    instances: HashMap<InterfaceId, u32>,
    instance_count: u32,
    /// Types of interfaces aliased into the world's index space.
    aliased: HashMap<TypeId, u32>,
    /// World-level named types are declared as imports.
    importing: bool,
}

impl<'a> Encoder<'a> {
    fn new(resolve: &'a Resolve) -> Self {
        Encoder {
            resolve,
            world: ComponentType::new(),
            space: Space::default(),
            current: None,
            instances: HashMap::new(),
            instance_count: 0,
            aliased: HashMap::new(),
            importing: false,
        }
    }

    fn world(mut self, world: WorldId) -> Result<ComponentType, String> {
        let resolve = self.resolve;
        let w = &resolve.worlds[world];
        for (key, item) in &w.imports {
            if let WorldItem::Type { id, .. } = item {
                self.importing = true;
                self.valtype(&Type::Id(*id))?;
                self.importing = false;
                continue;
            }
            let ty = self.item(item)?;
            self.world.import(self.item_name(key, item), ty);
        }
        for (key, item) in &w.exports {
            let ty = self.item(item)?;
            self.world.export(self.item_name(key, item), ty);
        }
        Ok(self.world)
    }

    fn item(&mut self, item: &'a WorldItem) -> Result<ComponentTypeRef, String> {
        match item {
            WorldItem::Interface { id, .. } => Ok(ComponentTypeRef::Instance(self.interface(*id)?)),
            WorldItem::Function(f) => Ok(ComponentTypeRef::Func(self.function(f)?)),
            WorldItem::Type { .. } => Err("a world cannot export a type".to_string()),
        }
    }

    /// The name of a world import or export.
    fn item_name(&self, key: &WorldKey, item: &WorldItem) -> ComponentExternName<'static> {
        let resolve = self.resolve;
        ComponentExternName {
            name: resolve.name_world_key(key).into(),
            implements: resolve.implements_interface(key, item).and_then(|i| resolve.id_of(i)).map(Into::into),
            external_id: resolve.external_id_value(key, item).map(Into::into),
            version_suffix: None,
        }
    }

    /// Declares interface `id` as an instance type; returns its type index.
    fn interface(&mut self, id: InterfaceId) -> Result<u32, String> {
        let resolve = self.resolve;
        let iface = &resolve.interfaces[id];
        self.current = Some(Instance { id, ty: InstanceType::new(), space: Space::default() });
        for ty in iface.types.values() {
            self.valtype(&Type::Id(*ty))?;
        }
        for (name, f) in &iface.functions {
            let ty = self.function(f)?;
            if let Some(current) = &mut self.current {
                current.ty.export(extern_name(name, f.external_id.as_deref()), ComponentTypeRef::Func(ty));
            }
        }
        let Some(instance) = self.current.take() else {
            return Err("the interface being encoded was lost".to_string());
        };
        let index = self.world.type_count();
        self.world.ty().instance(&instance.ty);
        self.instances.insert(id, self.instance_count);
        self.instance_count += 1;
        Ok(index)
    }

    fn space(&mut self) -> &mut Space<'a> {
        match &mut self.current {
            Some(current) => &mut current.space,
            None => &mut self.space,
        }
    }

    fn define(&mut self) -> (u32, ComponentDefinedTypeEncoder<'_>) {
        match &mut self.current {
            Some(c) => (c.ty.type_count(), c.ty.ty().defined_type()),
            None => (self.world.type_count(), self.world.ty().defined_type()),
        }
    }

    fn define_function(&mut self) -> (u32, ComponentFuncTypeEncoder<'_>) {
        match &mut self.current {
            Some(c) => (c.ty.type_count(), c.ty.ty().function()),
            None => (self.world.type_count(), self.world.ty().function()),
        }
    }

    /// Declares a named type (exported from an instance; imported or
    /// exported by the world); returns the name's type index.
    fn declare(&mut self, name: ComponentExternName<'a>, bounds: TypeBounds) -> u32 {
        let ty = ComponentTypeRef::Type(bounds);
        match &mut self.current {
            Some(c) => {
                c.ty.export(name, ty);
                c.ty.type_count() - 1
            }
            None => {
                if self.importing {
                    self.world.import(name, ty);
                } else {
                    self.world.export(name, ty);
                }
                self.world.type_count() - 1
            }
        }
    }

    fn function(&mut self, f: &'a Function) -> Result<u32, String> {
        let is_async = f.kind.is_async();
        let signature = (is_async, f.params.iter().map(|p| (p.name.as_str(), p.ty)).collect(), f.result);
        if let Some(&index) = self.space().functions.get(&signature) {
            return Ok(index);
        }
        let params =
            f.params.iter().map(|p| Ok((p.name.as_str(), self.valtype(&p.ty)?))).collect::<Result<Vec<_>, String>>()?;
        let result = f.result.as_ref().map(|ty| self.valtype(ty)).transpose()?;
        let (index, mut encoder) = self.define_function();
        encoder.async_(is_async).params(params).result(result);
        self.space().functions.insert(signature, index);
        Ok(index)
    }

    fn valtype(&mut self, ty: &Type) -> Result<ComponentValType, String> {
        let primitive = match ty {
            Type::Bool => PrimitiveValType::Bool,
            Type::U8 => PrimitiveValType::U8,
            Type::U16 => PrimitiveValType::U16,
            Type::U32 => PrimitiveValType::U32,
            Type::U64 => PrimitiveValType::U64,
            Type::S8 => PrimitiveValType::S8,
            Type::S16 => PrimitiveValType::S16,
            Type::S32 => PrimitiveValType::S32,
            Type::S64 => PrimitiveValType::S64,
            Type::F32 => PrimitiveValType::F32,
            Type::F64 => PrimitiveValType::F64,
            Type::Char => PrimitiveValType::Char,
            Type::String => PrimitiveValType::String,
            Type::ErrorContext => PrimitiveValType::ErrorContext,
            Type::Id(id) => return self.typedef(*id),
        };
        Ok(ComponentValType::Primitive(primitive))
    }

    /// The index of a type that must have one (a resource).
    fn indexed(&mut self, id: TypeId) -> Result<u32, String> {
        match self.typedef(id)? {
            ComponentValType::Type(index) => Ok(index),
            ComponentValType::Primitive(_) => Err("a handle to a type that is not a resource".to_string()),
        }
    }

    fn typedef(&mut self, id: TypeId) -> Result<ComponentValType, String> {
        let resolve = self.resolve;
        let def = &resolve.types[id];
        let space = self.space();
        if let Some(&index) = space.ids.get(&id) {
            return Ok(ComponentValType::Type(index));
        }
        if def.name.is_none()
            && let Some(&index) = space.anonymous.get(&def.kind)
        {
            return Ok(ComponentValType::Type(index));
        }
        if let TypeOwner::Interface(owner) = def.owner
            && self.current.as_ref().map(|c| c.id) != Some(owner)
        {
            let index = self.alias(owner, id)?;
            self.space().ids.insert(id, index);
            return Ok(ComponentValType::Type(index));
        }

        let structure = match &def.kind {
            TypeDefKind::Resource => {
                let name = def.name.as_deref().ok_or("a resource without a name")?;
                let index = self.declare(extern_name(name, def.external_id.as_deref()), TypeBounds::SubResource);
                self.space().ids.insert(id, index);
                return Ok(ComponentValType::Type(index));
            }
            kind => self.structure(kind)?,
        };
        let encoded = match &def.name {
            Some(name) => {
                let index = match structure {
                    ComponentValType::Type(index) => index,
                    ComponentValType::Primitive(p) => {
                        let (index, encoder) = self.define();
                        encoder.primitive(p);
                        index
                    }
                };
                let name = extern_name(name, def.external_id.as_deref());
                ComponentValType::Type(self.declare(name, TypeBounds::Eq(index)))
            }
            None => structure,
        };
        if let ComponentValType::Type(index) = encoded {
            let space = self.space();
            space.ids.insert(id, index);
            if def.name.is_none() {
                space.anonymous.insert(&def.kind, index);
            }
        }
        Ok(encoded)
    }

    /// Defines the structure of a type other than a resource.
    fn structure(&mut self, kind: &'a TypeDefKind) -> Result<ComponentValType, String> {
        let index = match kind {
            TypeDefKind::Type(ty) => return self.valtype(ty),
            TypeDefKind::Record(r) => {
                let fields = r.fields.iter().map(|f| Ok((f.name.as_str(), self.valtype(&f.ty)?))).collect::<Result<
                    Vec<_>,
                    String,
                >>(
                )?;
                let (index, encoder) = self.define();
                encoder.record(fields);
                index
            }
            TypeDefKind::Tuple(t) => {
                let types = t.types.iter().map(|ty| self.valtype(ty)).collect::<Result<Vec<_>, String>>()?;
                let (index, encoder) = self.define();
                encoder.tuple(types);
                index
            }
            TypeDefKind::Flags(f) => {
                let (index, encoder) = self.define();
                encoder.flags(f.flags.iter().map(|f| f.name.as_str()));
                index
            }
            TypeDefKind::Enum(e) => {
                let (index, encoder) = self.define();
                encoder.enum_type(e.cases.iter().map(|c| c.name.as_str()));
                index
            }
            TypeDefKind::Variant(v) => {
                let cases = v
                    .cases
                    .iter()
                    .map(|c| Ok((c.name.as_str(), self.optional(c.ty.as_ref())?)))
                    .collect::<Result<Vec<_>, String>>()?;
                let (index, encoder) = self.define();
                encoder.variant(cases);
                index
            }
            TypeDefKind::Option(ty) => {
                let ty = self.valtype(ty)?;
                let (index, encoder) = self.define();
                encoder.option(ty);
                index
            }
            TypeDefKind::Result(r) => {
                let ok = self.optional(r.ok.as_ref())?;
                let err = self.optional(r.err.as_ref())?;
                let (index, encoder) = self.define();
                encoder.result(ok, err);
                index
            }
            TypeDefKind::List(ty) => {
                let ty = self.valtype(ty)?;
                let (index, encoder) = self.define();
                encoder.list(ty);
                index
            }
            TypeDefKind::FixedLengthList(ty, len) => {
                let ty = self.valtype(ty)?;
                let (index, encoder) = self.define();
                encoder.fixed_length_list(ty, *len);
                index
            }
            TypeDefKind::Map(key, value) => {
                let key = self.valtype(key)?;
                let value = self.valtype(value)?;
                let (index, encoder) = self.define();
                encoder.map(key, value);
                index
            }
            TypeDefKind::Future(payload) => {
                let payload = self.optional(payload.as_ref())?;
                let (index, encoder) = self.define();
                encoder.future(payload);
                index
            }
            TypeDefKind::Stream(payload) => {
                let payload = self.optional(payload.as_ref())?;
                let (index, encoder) = self.define();
                encoder.stream(payload);
                index
            }
            TypeDefKind::Handle(Handle::Own(resource)) => {
                let resource = self.indexed(*resource)?;
                let (index, encoder) = self.define();
                encoder.own(resource);
                index
            }
            TypeDefKind::Handle(Handle::Borrow(resource)) => {
                let resource = self.indexed(*resource)?;
                let (index, encoder) = self.define();
                encoder.borrow(resource);
                index
            }
            TypeDefKind::Resource => return Err("a resource where a structure was expected".to_string()),
            TypeDefKind::Unknown => return Err("a type whose definition is unknown".to_string()),
        };
        Ok(ComponentValType::Type(index))
    }

    fn optional(&mut self, ty: Option<&Type>) -> Result<Option<ComponentValType>, String> {
        ty.map(|ty| self.valtype(ty)).transpose()
    }

    /// Brings type `id` of interface `owner` into the current index space.
    fn alias(&mut self, owner: InterfaceId, id: TypeId) -> Result<u32, String> {
        let resolve = self.resolve;
        let name = resolve.types[id].name.as_deref().ok_or("an anonymous type owned by an interface")?;
        let in_world = match self.aliased.get(&id) {
            Some(&index) => index,
            None => {
                let Some(&instance) = self.instances.get(&owner) else {
                    let owner = resolve.id_of(owner).unwrap_or_else(|| "an anonymous interface".to_string());
                    return Err(format!("type `{name}` of `{owner}` is used before the world declares `{owner}`"));
                };
                let index = self.world.type_count();
                self.world.alias(Alias::InstanceExport { instance, kind: ComponentExportKind::Type, name });
                self.aliased.insert(id, index);
                index
            }
        };
        Ok(match &mut self.current {
            Some(c) => {
                let index = c.ty.type_count();
                c.ty.alias(Alias::Outer { kind: ComponentOuterAliasKind::Type, count: 1, index: in_world });
                index
            }
            None => in_world,
        })
    }
}

fn extern_name<'a>(name: &'a str, external_id: Option<&'a str>) -> ComponentExternName<'a> {
    ComponentExternName {
        name: name.into(),
        implements: None,
        external_id: external_id.map(Into::into),
        version_suffix: None,
    }
}
