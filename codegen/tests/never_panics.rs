//! The generator never panics: 1,000 arbitrary WIT packages from `wit-smith`
//! (fixed-length lists included), every world of each expanded under one of
//! five option sets, and each either yields bindings or errors.

use wit_guest_codegen::{Bindings, Options, Ownership};
use wit_parser::decoding::{DecodedWasm, decode};

/// A small deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn fill(&mut self, buf: &mut [u8]) {
        for b in buf {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            *b = self.0 as u8;
        }
    }
}

fn option_set(n: usize) -> Options {
    match n % 5 {
        0 => Options::default(),
        1 => Options { ownership: Ownership::Borrowing { duplicate_if_necessary: true }, ..Options::default() },
        2 => Options {
            ownership: Ownership::Borrowing { duplicate_if_necessary: false },
            merge_structurally_equal_types: true,
            ..Options::default()
        },
        3 => Options { enable_method_chaining: true, raw_strings: true, stubs: true, ..Options::default() },
        _ => Options {
            ownership: Ownership::Borrowing { duplicate_if_necessary: true },
            merge_structurally_equal_types: true,
            ..Options::default()
        },
    }
}

#[test]
fn a_thousand_arbitrary_worlds_expand_or_error() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let config = wit_smith::Config {
        futures: false,
        streams: false,
        async_: false,
        fixed_length_lists: true,
        ..Default::default()
    };
    let (mut packages, mut worlds, mut expanded, mut rejected) = (0, 0, 0, 0);
    let mut seed = 0u64;
    while packages < 1000 {
        seed += 1;
        assert!(seed < 50_000, "wit-smith produced too few packages");
        let mut bytes = vec![0u8; 4096];
        rng.fill(&mut bytes);
        let mut u = arbitrary::Unstructured::new(&bytes);
        let Ok(wasm) = wit_smith::smith(&config, &mut u) else { continue };
        let DecodedWasm::WitPackage(resolve, pkg) = decode(&wasm).expect("wit-smith output decodes") else {
            continue;
        };
        packages += 1;
        let ids: Vec<_> = resolve.packages[pkg].worlds.values().copied().collect();
        for world in ids {
            worlds += 1;
            // Each world under one of the option sets that change what is emitted.
            let opts = Options { generate_all: true, ..option_set(worlds) };
            // The driver turns a panic into an internal error: that is the failure.
            match Bindings::from_resolve(resolve.clone(), world, opts).tokens() {
                Ok((tokens, _)) => {
                    // What we emit must at least be valid Rust syntax.
                    syn::parse2::<syn::File>(tokens).unwrap_or_else(|e| panic!("seed {seed}: invalid Rust: {e}"));
                    expanded += 1;
                }
                Err(errors) if errors.iter().any(|e| e.contains("internal error")) => {
                    panic!("seed {seed}: the generator panicked on world {world:?}: {errors:?}")
                }
                Err(_) => rejected += 1,
            }
        }
    }
    println!("{packages} packages, {worlds} worlds: {expanded} expanded, {rejected} rejected with an error");
    assert!(expanded > worlds / 2, "most arbitrary worlds should be supported");
}
