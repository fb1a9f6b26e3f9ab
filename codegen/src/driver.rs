//! The one pipeline every entry point runs — the macro, `component::generate!`,
//! the build-script API and the CLI: load (or take) the WIT, plan the world,
//! emit it. It is also the one panic boundary: a bug of ours reads as a
//! diagnostic, never as a macro panic or a crashed build script.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use proc_macro2::{Span, TokenStream};
use quote::quote;
use wit_parser::{Resolve, WorldId};

use crate::diag::Diagnostics;
use crate::load::{self, Loaded};
use crate::messages;
use crate::model::Model;
use crate::options::Options;

/// Where the WIT comes from.
pub enum Wit<'a> {
    /// The options' `path`s and `inline` text, relative to this directory.
    Files(&'a Path),
    /// An already resolved world.
    Resolved(Box<Resolve>, WorldId),
}

/// A generated world.
pub struct Output {
    pub tokens: TokenStream,
    /// Every WIT file read.
    pub files: Vec<PathBuf>,
    /// Whether the world exports anything (`component::generate!` then
    /// exports the crate's `Component`).
    pub has_exports: bool,
}

/// Runs `f` inside the panic boundary.
pub fn guarded<T>(span: Span, f: impl FnOnce() -> Result<T, Diagnostics>) -> Result<T, Diagnostics> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(Diagnostics::single(span, messages::internal_error(&what)))
    })
}

/// Generates the bindings `opts` describe. `runtime` is the path of the
/// runtime crate as the generated code names it. Every entry point calls
/// this inside [`guarded`], together with its own option parsing.
pub fn run(opts: &Options, wit: Wit<'_>, runtime: &TokenStream) -> Result<Output, Diagnostics> {
    run_timed(opts, wit, runtime, &mut Vec::new())
}

/// [`run`], recording the time of each phase in `phases`: `load` (reading,
/// parsing and resolving the WIT), `plan` (the model, `encode` included:
/// the `component-type` section) and `emit`.
pub fn run_timed(
    opts: &Options,
    wit: Wit<'_>,
    runtime: &TokenStream,
    phases: &mut Vec<(&'static str, Duration)>,
) -> Result<Output, Diagnostics> {
    let t = Instant::now();
    let loaded = match wit {
        Wit::Files(dir) => {
            let mut diag = Diagnostics::default();
            load::load(opts, dir, &mut diag).ok_or(diag)?
        }
        Wit::Resolved(resolve, world) => Loaded::from_resolve(*resolve, world),
    };
    phases.push(("load", t.elapsed()));
    let t = Instant::now();
    let model = Model::build(&loaded, opts, runtime)?;
    phases.push(("plan", t.elapsed()));
    phases.push(("encode", model.encode_time));
    let t = Instant::now();
    let tokens = crate::emit::generate(&model, &loaded.files);
    phases.push(("emit", t.elapsed()));
    let has_exports = !loaded.resolve.worlds[loaded.world].exports.is_empty();
    Ok(Output { tokens, files: loaded.files, has_exports })
}

/// The `debug` option: writes the pretty-printed expansion to a file and
/// `include!`s it, so compiler errors point at readable lines.
pub fn debug_include(tokens: &TokenStream, manifest_dir: &Path, opts: &Options) -> TokenStream {
    let text = crate::pretty(tokens);
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir.join("target"))
        .join("wit-guest-debug");
    let world = opts.world.as_ref().map(|w| w.0.replace([':', '/', '@'], "_")).unwrap_or_else(|| "world".into());
    let crate_name = std::env::var("CARGO_CRATE_NAME").unwrap_or_default();
    let file = dir.join(format!("{crate_name}-{world}{}.rs", opts.type_section_suffix.as_deref().unwrap_or("")));
    match std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&file, text)) {
        Ok(()) => {
            let path = file.to_string_lossy().to_string();
            quote!(include!(#path);)
        }
        Err(e) => {
            let msg = messages::debug_write_failed(&file, &e);
            quote!(#tokens ::core::compile_error!(#msg);)
        }
    }
}

/// `WIT_GUEST_DEBUG=1` (or wit-bindgen's `WIT_BINDGEN_DEBUG=1`) turns `debug` on everywhere.
pub fn debug_env() -> bool {
    ["WIT_GUEST_DEBUG", "WIT_BINDGEN_DEBUG"].iter().any(|v| std::env::var_os(v).is_some_and(|x| x != "0"))
}
