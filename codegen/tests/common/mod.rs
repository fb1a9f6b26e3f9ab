//! Arbitrary WIT packages from `wit-smith`, for the tests that run the
//! generator over many worlds.

#![allow(dead_code)]

use wit_parser::decoding::{DecodedWasm, decode};
use wit_parser::{PackageId, Resolve};

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

/// How many packages to try: `WIT_GUEST_FUZZ_PACKAGES`, else `default`.
pub fn wanted(default: u64) -> u64 {
    std::env::var("WIT_GUEST_FUZZ_PACKAGES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// wit-smith's settings with every feature the generator supports.
pub fn config() -> wit_smith::Config {
    wit_smith::Config {
        futures: true,
        streams: true,
        async_: true,
        error_context: true,
        fixed_length_lists: true,
        world_include: true,
        ..Default::default()
    }
}

/// Calls `each(seed, resolve, package)` for `wanted` arbitrary packages.
pub fn for_each_package(config: &wit_smith::Config, wanted: u64, mut each: impl FnMut(u64, Resolve, PackageId)) {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let (mut packages, mut seed) = (0, 0u64);
    while packages < wanted {
        seed += 1;
        assert!(seed < 50 * wanted, "wit-smith produced too few packages");
        let mut bytes = vec![0u8; 4096];
        rng.fill(&mut bytes);
        let mut u = arbitrary::Unstructured::new(&bytes);
        let Ok(wasm) = wit_smith::smith(config, &mut u) else { continue };
        let DecodedWasm::WitPackage(resolve, pkg) = decode(&wasm).expect("wit-smith output decodes") else {
            continue;
        };
        packages += 1;
        each(seed, resolve, pkg);
    }
}
