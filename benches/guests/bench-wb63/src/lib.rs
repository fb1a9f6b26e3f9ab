wit_bindgen::generate!({
    path: "../../wit",
    world: "bench",
});
include!("../../src/bench.rs");
