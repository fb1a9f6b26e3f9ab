//! Loading: WIT files and inline text into a `wit_parser::Resolve`, and world
//! selection. Every file read is recorded so the expansion can make the crate
//! rebuild when one changes.

use std::path::{Path, PathBuf};

use wit_parser::{PackageId, Resolve, WorldId};

use crate::diag::Diagnostics;
use crate::legacy;
use crate::messages;
use crate::options::{Options, Source};

/// The resolved world.
pub struct Loaded {
    /// Every package loaded, dependencies included.
    pub resolve: Resolve,
    /// The world to generate.
    pub world: WorldId,
    /// Every WIT file read, absolute.
    pub files: Vec<PathBuf>,
    /// Where errors about the world as a whole are reported.
    pub span: proc_macro2::Span,
}

/// Loads the WIT the options name, relative to `manifest_dir`.
pub fn load(opts: &Options, manifest_dir: &Path, diag: &mut Diagnostics) -> Option<Loaded> {
    let mut resolve = Resolve { all_features: opts.all_features, ..Resolve::default() };
    for f in &opts.features {
        resolve.features.insert(f.clone());
    }
    // The main packages, whose worlds may be selected: the inline text's
    // when there is one (paths are then its dependencies), else the paths'.
    let mut pkgs: Vec<PackageId> = Vec::new();
    let mut inline: Option<PackageId> = None;
    let mut files = Vec::new();
    let mut last_span = opts.span.unwrap_or_else(proc_macro2::Span::call_site);
    for source in opts.sources() {
        let (Source::Path(_, span) | Source::Inline(_, span)) = &source;
        last_span = *span;
        match (push_source(&mut resolve, &source, manifest_dir, &mut files, diag), &source) {
            (Some(pkg), Source::Inline(..)) => inline = Some(pkg),
            (Some(pkg), Source::Path(..)) => pkgs.push(pkg),
            (None, _) => {}
        }
    }
    if !diag.is_empty() {
        return None;
    }
    if let Some(pkg) = inline {
        pkgs = vec![pkg];
    }
    let world_span = opts.world.as_ref().map(|w| w.1).unwrap_or(last_span);
    let world = select_world(&resolve, &pkgs, opts, world_span, diag)?;
    files.sort();
    files.dedup();
    Some(Loaded { resolve, world, files, span: world_span })
}

/// Adds one source to `resolve`, recording the files it read; an error
/// carries wit-parser's file:line:column rendering and, for WIT in the 2023
/// syntax, how to update it.
fn push_source(
    resolve: &mut Resolve,
    source: &Source,
    manifest_dir: &Path,
    files: &mut Vec<PathBuf>,
    diag: &mut Diagnostics,
) -> Option<PackageId> {
    match source {
        Source::Path(p, span) => {
            let abs = manifest_dir.join(p);
            if !abs.exists() {
                diag.error(*span, messages::missing_path(p, &abs));
                return None;
            }
            match resolve.push_path(&abs) {
                Ok((pkg, map)) => {
                    files.extend(map.paths().map(|p| p.to_path_buf()));
                    Some(pkg)
                }
                Err(e) => {
                    let hints = legacy::hints(&wit_texts(&abs));
                    diag.error(*span, messages::wit_error_with_hints(&resolve.render_error(&e), &hints));
                    None
                }
            }
        }
        Source::Inline(text, span) => match resolve.push_str("<inline>", text) {
            Ok(pkg) => Some(pkg),
            Err(e) => {
                let hints = legacy::hints(text);
                diag.error(*span, messages::wit_error_with_hints(&resolve.render_error(&e), &hints));
                None
            }
        },
    }
}

/// The world `opts` name (or the only one), reported at `span` when there is
/// no such world or the choice is ambiguous.
fn select_world(
    resolve: &Resolve,
    pkgs: &[PackageId],
    opts: &Options,
    span: proc_macro2::Span,
    diag: &mut Diagnostics,
) -> Option<WorldId> {
    let err = match resolve.select_world(pkgs, opts.world.as_ref().map(|w| w.0.as_str())) {
        Ok(w) => return Some(w),
        Err(e) => e,
    };
    let worlds = world_names(resolve, pkgs);
    let msg = match &opts.world {
        Some((name, _)) if !name.contains(':') && !worlds.iter().any(|w| w == name) => {
            messages::unknown_world(name, &worlds)
        }
        _ => messages::world_error(&err, &worlds),
    };
    diag.error(span, msg);
    None
}

/// The text of the WIT files at `path` (a file, or a directory and its `deps/`).
fn wit_texts(path: &Path) -> String {
    let mut out = String::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&p) {
                stack.extend(entries.flatten().map(|e| e.path()));
            }
        } else if p.extension().is_some_and(|e| e == "wit")
            && let Ok(text) = std::fs::read_to_string(&p)
        {
            out.push_str(&text);
            out.push('\n');
        }
    }
    out
}

fn world_names(resolve: &Resolve, pkgs: &[PackageId]) -> Vec<String> {
    pkgs.iter().flat_map(|p| resolve.packages[*p].worlds.keys().cloned()).collect()
}

impl Loaded {
    /// A world of an already resolved `Resolve` (decoded from a binary
    /// package, say).
    pub fn from_resolve(resolve: Resolve, world: WorldId) -> Loaded {
        Loaded { resolve, world, files: Vec::new(), span: proc_macro2::Span::call_site() }
    }
}
