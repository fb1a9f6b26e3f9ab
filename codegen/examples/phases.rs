//! The generator's time per phase, built as cargo builds a proc-macro in
//! the dev profile (no optimization): what `generate!` costs inside a debug
//! build. `wit-guest-bench` runs it; by hand:
//!
//! ```text
//! cargo run -p wit-guest-codegen --example phases -- DIR 'INPUT' RUNS
//! ```
//!
//! `DIR` is the invoking crate's directory (relative WIT paths start
//! there), `INPUT` the macro's input (`{ path: .., world: .. }`). Prints one
//! `phase milliseconds` line per phase: the median of `RUNS` expansions.

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, dir, input, runs] = &args[..] else {
        eprintln!("usage: phases DIR INPUT RUNS");
        std::process::exit(2);
    };
    let runs: usize = runs.parse().unwrap_or(5).max(1);
    let input: proc_macro2::TokenStream = match input.parse() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("INPUT is not tokens: {e}");
            std::process::exit(2);
        }
    };
    let mut all = Vec::new();
    for _ in 0..runs {
        match wit_guest_codegen::expand_phases(input.clone(), Path::new(dir), quote::quote!(::wit_bindgen)) {
            Ok(p) => all.push(p),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
    }
    for (i, (name, _)) in all[0].iter().enumerate() {
        let mut times: Vec<f64> = all.iter().map(|p| p[i].1.as_secs_f64() * 1e3).collect();
        times.sort_by(f64::total_cmp);
        println!("{name} {:.3}", times[times.len() / 2]);
    }
}
