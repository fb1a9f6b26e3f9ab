//! Writes the random world's WIT (`$OUT_DIR/fuzz/fuzz.wit`), its bindings
//! and the guest's implementation (`$OUT_DIR/bindings.rs`, `guest.rs`).

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=WIT_GUEST_FUZZ_SEED");
    println!("cargo::rerun-if-env-changed=WIT_GUEST_FUZZ_CASES");
    let (seed, cases) = wit_guest_fuzz_gen::seed_and_cases();
    let world = wit_guest_fuzz_gen::World::new(seed, cases);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let dir = out.join("fuzz");
    std::fs::create_dir_all(&dir).expect("creates the WIT directory");
    std::fs::write(dir.join("fuzz.wit"), world.wit()).expect("writes the WIT");
    std::fs::write(out.join("guest.rs"), world.guest_rust()).expect("writes the guest");
    let options = format!(r#"{{ path: "{}", world: "fuzz" }}"#, dir.display());
    wit_guest_codegen::Bindings::new(&options).write_to_out_dir("bindings.rs").expect("bindings generate");
}
