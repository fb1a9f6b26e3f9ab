wit_bindgen::generate!({
    path: "../../wit",
    world: "bench",
    // Strings taken as valid UTF-8 unchecked, as wit-bindgen's release
    // builds take them: the glue compared like for like.
    assume_valid_utf8: true,
});
include!("../../src/bench.rs");
