fn main() {
    wit_guest_codegen::Bindings::new(r#"{ world: "options-world", path: "../options/wit" }"#)
        .write_to_out_dir("bindings.rs")
        .expect("bindings generate");
}
