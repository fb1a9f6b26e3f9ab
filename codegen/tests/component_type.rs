//! The `component-type` section is encoded with wasm-encoder alone. The
//! oracle is wit-component: for every fixture world and for arbitrary
//! worlds from wit-smith, the world decoded from our section, the way a
//! linker reads it (`wit_component::metadata::decode` of a core module
//! carrying the section), must print as the same WIT as the world decoded
//! from wit-component's own encoding of it.
//! `cargo xtask fuzz-macro [N]` runs it on N packages too.

mod common;

use std::path::Path;

use wit_component::WitPrinter;
use wit_component::metadata::{self, Bindgen};
use wit_parser::{Resolve, WorldId};

/// The world a linker reads out of a core module carrying `section`.
fn as_linker_reads(section: &[u8]) -> Result<Bindgen, String> {
    let mut module = wasm_encoder::Module::new();
    module.section(&wasm_encoder::CustomSection { name: "component-type:w".into(), data: section.into() });
    let (_, bindgen) = metadata::decode(&module.finish()).map_err(|e| format!("{e:#}"))?;
    Ok(bindgen)
}

/// Every package of `bindgen`'s resolve as WIT, sorted, after the world's name.
fn printed(bindgen: &Bindgen) -> String {
    let resolve = &bindgen.resolve;
    let mut packages: Vec<String> = resolve
        .packages
        .iter()
        .map(|(id, _)| {
            let mut printer = WitPrinter::default();
            printer.print(resolve, id, &[]).expect("a decoded package prints");
            printer.output.to_string()
        })
        .collect();
    packages.sort();
    format!(
        "world {}\n{}",
        resolve.id_of_name(resolve.worlds[bindgen.world].package.unwrap(), &resolve.worlds[bindgen.world].name),
        packages.join("\n")
    )
}

/// Ok when our section and wit-component's decode to the same world;
/// `None` when wit-component itself cannot encode the world.
fn compare(resolve: &Resolve, world: WorldId) -> Option<Result<(), String>> {
    let theirs = metadata::encode(resolve, world, wit_component::StringEncoding::UTF8, None, false).ok()?;
    let theirs = printed(&as_linker_reads(&theirs).expect("wit-component's section decodes"));
    let ours = match wit_guest_codegen::component_type(resolve, world) {
        Ok(bytes) => bytes,
        Err(e) => return Some(Err(format!("not encoded: {e}"))),
    };
    let ours = match as_linker_reads(&ours) {
        Ok(b) => printed(&b),
        Err(e) => return Some(Err(format!("not decoded: {e}"))),
    };
    Some(if ours == theirs { Ok(()) } else { Err(format!("ours:\n{ours}\nwit-component's:\n{theirs}")) })
}

#[test]
fn every_fixture_world_decodes_as_wit_component_encodes_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let mut resolve = Resolve::default();
        let Ok((pkg, _)) = resolve.push_path(&path) else { continue };
        for (name, &world) in &resolve.packages[pkg].worlds {
            match compare(&resolve, world) {
                Some(Ok(())) => checked += 1,
                Some(Err(e)) => panic!("{}: world {name}: {e}", path.display()),
                None => panic!("{}: world {name}: wit-component cannot encode it", path.display()),
            }
        }
    }
    assert!(checked >= 20, "only {checked} fixture worlds checked");
}

#[test]
fn arbitrary_worlds_decode_as_wit_component_encodes_them() {
    let config = wit_smith::Config { implements: true, ..common::config() };
    let (mut worlds, mut checked) = (0, 0);
    common::for_each_package(&config, common::wanted(500), |seed, resolve, pkg| {
        for &world in resolve.packages[pkg].worlds.values() {
            worlds += 1;
            match compare(&resolve, world) {
                Some(Ok(())) => checked += 1,
                Some(Err(e)) => panic!("seed {seed}, world {}: {e}", resolve.worlds[world].name),
                None => {}
            }
        }
    });
    println!("{worlds} worlds, {checked} compared with wit-component");
    assert!(checked > worlds / 2, "most arbitrary worlds should be comparable");
}
