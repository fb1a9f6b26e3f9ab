include!("../../src/bench.rs");
