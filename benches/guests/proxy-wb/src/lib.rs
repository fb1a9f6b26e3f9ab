include!("../../src/proxy.rs");
