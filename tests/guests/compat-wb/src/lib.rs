include!("../../compat/src/lib.rs");
