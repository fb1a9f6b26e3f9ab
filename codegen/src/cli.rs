//! The `wit-guest-codegen` command: writes the bindings `generate!` would
//! expand to, formatted, for WIT paths and the same options given as flags
//! (`--help` lists them). Flags set typed [`Options`]; `--options '{ .. }'`
//! takes any option in `generate!` syntax, and flags given beside it win.

use std::process::ExitCode;

use proc_macro2::Span;

use crate::bindings::Bindings;
use crate::messages;
use crate::options::{Options, WithEntry};

/// What the command line asked for.
#[derive(Default)]
struct Cli {
    /// The bodies of every `--options '{ .. }'`, joined.
    options_text: String,
    /// Typed settings from flags, applied over `options_text`.
    flags: Vec<Flag>,
    out: Option<String>,
}

/// One flag's effect on the options.
type Flag = Box<dyn FnOnce(&mut Options)>;

/// Runs the command with `args` (without the program name).
pub fn run(args: impl IntoIterator<Item = String>) -> ExitCode {
    let cli = match parse(args.into_iter()) {
        Ok(Some(cli)) => cli,
        Ok(None) => return usage(""),
        Err(problem) => return usage(&problem),
    };
    let mut opts = match Options::parse_str(&format!("{{ {} }}", cli.options_text)) {
        Ok(o) => o,
        Err(d) => return fail(&d.messages()),
    };
    for f in cli.flags {
        f(&mut opts);
    }
    // Paths on the command line are relative to where the command runs.
    let cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => return fail(&[messages::cli_no_current_dir(&e)]),
    };
    let text = match Bindings::from_options(opts).manifest_dir(cwd).generate() {
        Ok(t) => t,
        Err(errors) => return fail(&errors),
    };
    match cli.out {
        Some(p) => match std::fs::write(&p, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&[messages::cli_cannot_write(&p, &e)]),
        },
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
    }
}

/// The flags; `None` for `--help`.
fn parse(mut args: impl Iterator<Item = String>) -> Result<Option<Cli>, String> {
    let mut cli = Cli::default();
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| messages::cli_needs_value(&a));
        let flag: Flag = match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "-o" | "--out" => {
                cli.out = Some(value()?);
                continue;
            }
            "--options" => {
                let v = value()?;
                let t = v.trim();
                let inner = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')).unwrap_or(t).trim().to_string();
                if !inner.is_empty() {
                    cli.options_text.push_str(&inner);
                    cli.options_text.push_str(", ");
                }
                continue;
            }
            "--generate-all" => Box::new(|o| o.generate_all = true),
            "--stubs" => Box::new(|o| o.stubs = true),
            "--raw-strings" => Box::new(|o| o.raw_strings = true),
            "--assume-valid-utf8" => Box::new(|o| o.assume_valid_utf8 = true),
            "--std-feature" => Box::new(|o| o.std_feature = true),
            "--generate-unused-types" => Box::new(|o| o.generate_unused_types = true),
            "--enable-method-chaining" => Box::new(|o| o.enable_method_chaining = true),
            p if p.starts_with("--") => valued(p, value()?)?,
            p if p.starts_with('-') => return Err(messages::cli_unknown_flag(p)),
            p => {
                let p = p.to_string();
                Box::new(move |o| o.paths.push((p, Span::call_site())))
            }
        };
        cli.flags.push(flag);
    }
    Ok(Some(cli))
}

/// A flag that takes a value.
fn valued(flag: &str, v: String) -> Result<Flag, String> {
    let call_site = Span::call_site();
    Ok(match flag {
        "--world" => Box::new(move |o| o.world = Some((v, call_site))),
        "--inline" => Box::new(move |o| o.inline = Some((v, call_site))),
        "--export-prefix" => Box::new(move |o| o.export_prefix = Some(v)),
        "--type-section-suffix" => Box::new(move |o| o.type_section_suffix = Some(v)),
        "--skip" => Box::new(move |o| o.skip.push(v)),
        "--features" => Box::new(move |o| o.features.push(v)),
        "--runtime-path" => {
            let p = path(flag, &v)?;
            Box::new(move |o| o.runtime_path = Some(p))
        }
        "--map-type" => {
            let p = path(flag, &v)?;
            Box::new(move |o| o.map_type = Some(p))
        }
        "--additional-derive" => {
            let p = path(flag, &v)?;
            Box::new(move |o| o.additional_derives.push(p))
        }
        "--export-macro-name" => {
            let i = syn::parse_str::<syn::Ident>(&v).map_err(|_| messages::cli_not_an_ident(flag, &v))?;
            Box::new(move |o| o.export_macro_name = Some(i))
        }
        "--with" => {
            let (key, target) = v.split_once('=').ok_or_else(|| messages::CLI_WITH_SYNTAX.to_string())?;
            let path = if target == "generate" { None } else { Some(path(flag, target)?) };
            let entry = WithEntry { key: key.to_string(), span: call_site, path };
            Box::new(move |o| o.with.push(entry))
        }
        _ => return Err(messages::cli_unknown_flag(flag)),
    })
}

fn path(flag: &str, text: &str) -> Result<syn::Path, String> {
    syn::parse_str(text).map_err(|_| messages::cli_not_a_path(flag, text))
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!("{}", messages::CLI_USAGE);
    ExitCode::from(2)
}

fn fail(errors: &[String]) -> ExitCode {
    for e in errors {
        eprintln!("error: {e}");
    }
    ExitCode::FAILURE
}
