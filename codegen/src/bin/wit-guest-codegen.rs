//! Command-line front end: writes the bindings `generate!` would expand to,
//! pretty-printed, for WIT paths and options given as flags.
//!
//! `wit-guest-codegen [--world W] [--generate-all] [--runtime-path P] [-o out.rs] PATH...`

use std::path::PathBuf;

use proc_macro2::Span;
use quote::quote;

fn main() {
    let mut opts = wit_guest_codegen::options::Options::default();
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--world" => opts.world = args.next().map(|w| (w, Span::call_site())),
            "--generate-all" => opts.generate_all = true,
            "--generate-unused-types" => opts.generate_unused_types = true,
            "--runtime-path" => opts.runtime_path = args.next(),
            "-o" | "--out" => out = args.next().map(PathBuf::from),
            "-h" | "--help" => {
                eprintln!("usage: wit-guest-codegen [--world W] [--generate-all] [--generate-unused-types] [--runtime-path P] [-o FILE] PATH...");
                return;
            }
            p => opts.paths.push((p.to_string(), Span::call_site())),
        }
    }
    let cwd = std::env::current_dir().expect("a current directory");
    match wit_guest_codegen::generate(&opts, &cwd, quote!(::wit_guest)) {
        Ok(tokens) => {
            let text = wit_guest_codegen::pretty(&tokens);
            match out {
                Some(p) => std::fs::write(&p, text).unwrap_or_else(|e| {
                    eprintln!("error: cannot write {}: {e}", p.display());
                    std::process::exit(1)
                }),
                None => print!("{text}"),
            }
        }
        Err(diag) => {
            for m in diag.messages() {
                eprintln!("error: {m}");
            }
            std::process::exit(1);
        }
    }
}
