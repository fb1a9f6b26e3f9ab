//! Command-line front end: writes the bindings `generate!` would expand to,
//! formatted, for WIT paths and the same options given as flags.
//!
//! ```text
//! wit-guest-codegen [FLAGS] PATH...
//!   --world W                 the world to generate
//!   --generate-all            generate imports from other packages too
//!   --with KEY=PATH|generate  bind an imported interface or type to existing code
//!   --additional-derive PATH  add a derive to every generated type (repeatable)
//!   --skip NAME               do not generate this import (repeatable)
//!   --features F              enable an `@unstable` feature (repeatable)
//!   --stubs | --raw-strings | --std-feature | --generate-unused-types
//!   --export-prefix P | --type-section-suffix S | --runtime-path P | --export-macro-name N
//!   --map-type PATH | --enable-method-chaining
//!   --options '{ .. }'        any options in `generate!` syntax (added to the flags)
//!   --inline WIT              WIT text instead of, or besides, paths
//!   -o FILE                   write there instead of stdout
//! ```

use std::fmt::Write;

fn main() {
    let mut entries: Vec<String> = Vec::new();
    let mut paths: Vec<String> = Vec::new();
    let mut lists: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    let mut with: Vec<String> = Vec::new();
    let mut out = None;
    let mut args = std::env::args().skip(1);
    let quote = |s: &str| format!("{s:?}");
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage(&format!("{a} needs a value")));
        match a.as_str() {
            "--world" => entries.push(format!("world: {}", quote(&value()))),
            "--inline" => entries.push(format!("inline: {}", quote(&value()))),
            "--generate-all" => entries.push("generate_all".into()),
            "--stubs" => entries.push("stubs".into()),
            "--raw-strings" => entries.push("raw_strings".into()),
            "--std-feature" => entries.push("std_feature".into()),
            "--generate-unused-types" => entries.push("generate_unused_types".into()),
            "--export-prefix" => entries.push(format!("export_prefix: {}", quote(&value()))),
            "--type-section-suffix" => entries.push(format!("type_section_suffix: {}", quote(&value()))),
            "--runtime-path" => entries.push(format!("runtime_path: {}", quote(&value()))),
            "--export-macro-name" => entries.push(format!("export_macro_name: {}", quote(&value()))),
            "--map-type" => entries.push(format!("map_type: {}", quote(&value()))),
            "--enable-method-chaining" => entries.push("enable_method_chaining".into()),
            "--additional-derive" => lists.entry("additional_derives").or_default().push(value()),
            "--skip" => lists.entry("skip").or_default().push(quote(&value())),
            "--features" => lists.entry("features").or_default().push(quote(&value())),
            "--with" => {
                let v = value();
                let (k, p) = v.split_once('=').unwrap_or_else(|| usage("--with takes KEY=PATH"));
                with.push(format!("{}: {p}", quote(k)));
            }
            "--options" => {
                let v = value();
                let inner = v.trim().trim_start_matches('{').trim_end_matches('}').trim().to_string();
                if !inner.is_empty() {
                    entries.push(inner);
                }
            }
            "-o" | "--out" => out = Some(value()),
            "-h" | "--help" => usage(""),
            p if p.starts_with('-') => usage(&format!("unknown flag {p}")),
            p => paths.push(quote(p)),
        }
    }
    if !paths.is_empty() {
        entries.push(format!("path: [{}]", paths.join(", ")));
    }
    for (k, v) in lists {
        entries.push(format!("{k}: [{}]", v.join(", ")));
    }
    if !with.is_empty() {
        entries.push(format!("with: {{ {} }}", with.join(", ")));
    }
    let mut options = String::from("{ ");
    for e in &entries {
        let _ = write!(options, "{e}, ");
    }
    options.push('}');
    // Paths on the command line are relative to where the command runs.
    let cwd = std::env::current_dir().unwrap_or_else(|e| fail(&format!("no current directory: {e}")));
    let bindings = wit_guest_codegen::Bindings::new(&options).manifest_dir(cwd);
    match bindings.generate() {
        Ok(text) => match out {
            Some(p) => std::fs::write(&p, text).unwrap_or_else(|e| fail(&format!("cannot write {p}: {e}"))),
            None => print!("{text}"),
        },
        Err(errors) => {
            for e in errors {
                eprintln!("error: {e}");
            }
            std::process::exit(1);
        }
    }
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!("{}", include_str!("usage.txt"));
    std::process::exit(2)
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1)
}
