include!("../../src/min.rs");
