// The large world of issue #17 (`wasi:http/proxy` plus 2,000 generated
// functions over 200 types, written by `wit-guest-bench` into `wit-large`)
// with `stubs`, for the rebuild after a WIT edit. Compiled by `large-wg`
// (wit-guest) and `large-wb` (wit-bindgen 0.60).

wit_bindgen::generate!({
    path: "../wit-large",
    world: "bench:large/large",
    generate_all,
    stubs,
});
