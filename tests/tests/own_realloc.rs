//! The runtime's `realloc` feature off (`tests/guests/own-realloc`): the
//! component's own `cabi_realloc` serves the host's strings.

use wit_guest_tests::{Wasi, component, store_and_linker};

wasmtime::component::bindgen!({
    inline: "
        package test:own-realloc;
        world own-realloc {
            export reverse: func(s: string) -> string;
            export reallocs: func() -> u32;
        }
    ",
});

#[test]
fn the_components_own_cabi_realloc_serves_the_host() {
    let (mut store, linker) = store_and_linker(Wasi::default());
    let guest = OwnRealloc::instantiate(&mut store, &component("guest_own_realloc"), &linker).unwrap();
    let before = guest.call_reallocs(&mut store).unwrap();
    assert_eq!(guest.call_reverse(&mut store, "héllo, wörld").unwrap(), "dlröw ,olléh");
    // The argument's string was placed by this crate's allocator.
    assert_eq!(guest.call_reallocs(&mut store).unwrap(), before + 1);
    assert_eq!(guest.call_reverse(&mut store, "").unwrap(), "");
}
