//! "What this run says about the missed goals": for each goal a run
//! missed, the reason its own figures give.

use std::fmt::Write;

use super::{
    MEAN_GLUE, Report, SIZE, WARM, WORST_GLUE, fmt_ratio, geomean, label, macro_time, median, phase, phase_list, ratio,
};
use crate::glue::Row;

/// How close to wit-bindgen's count a workload must be to count as the
/// same instructions (in [`Report::mean_floor`]).
const PARITY: f64 = 0.03;
use crate::workloads::Kind;

impl Report {
    /// The glue goals measured again with the checks on lifted lists and
    /// strings compiled out: how much of the gap they are, and what is left.
    fn without_checks(&self, s: &mut String) {
        let rows = match &self.nochecks {
            Ok(rows) => rows,
            Err(e) => {
                let _ = writeln!(s, "  Without the checks: not measured ({e}).\n");
                return;
            }
        };
        let ratios: Vec<f64> = rows.iter().map(|f| ratio(f[0], f[1])).collect();
        let above: Vec<_> = self.glue.rows.iter().zip(rows).filter(|(_, f)| ratio(f[0], f[1]) > WORST_GLUE).collect();
        let over: Vec<String> = above
            .iter()
            .map(|(r, f)| format!("{} {} (+{:.1})", label(r), fmt_ratio(ratio(f[0], f[1])), f[1] - f[0]))
            .collect();
        // What each row still above costs, by what the bench world passes.
        let why = |r: &Row| match r.spec.kind {
            Kind::Many => "its `char` parameter's check (it stays in this build)",
            _ => "glue to take out",
        };
        let causes: Vec<String> = above.iter().map(|(r, _)| format!("{}: {}", label(r), why(r))).collect();
        let check_cost: Vec<String> = self
            .glue
            .rows
            .iter()
            .zip(self.four.iter().zip(rows))
            .filter(|(_, (f, n))| f[3] != n[1])
            .map(|(r, (f, n))| format!("{} {:.1}", label(r), f[3] - n[1]))
            .collect();
        let _ = writeln!(
            s,
            "  Measured against 0.60: the same guest built with the checks on lifted lists and strings compiled out \
            (`--cfg wit_guest_bench_unchecked`, a build for this measurement only; the `char` and discriminant checks \
            stay) costs {} of wit-bindgen's glue instructions (geometric mean; {} with them), {}. What those checks \
            cost per call (instructions, the row's total): {}. {}\n",
            fmt_ratio(geomean(&ratios)),
            fmt_ratio(geomean(&self.four.iter().map(|f| ratio(f[0], f[3])).collect::<Vec<_>>())),
            if over.is_empty() {
                format!("and no workload is above {WORST_GLUE:.2}×")
            } else {
                format!(
                    "and {} of {} workloads {} above {WORST_GLUE:.2}×: {}",
                    over.len(),
                    rows.len(),
                    if over.len() == 1 { "is" } else { "are" },
                    over.join("; ")
                )
            },
            if check_cost.is_empty() { "none".to_string() } else { check_cost.join("; ") },
            if geomean(&ratios) <= MEAN_GLUE && over.is_empty() {
                "So without the list and string checks both glue goals would be met against 0.60: those checks are \
                the gap, and meeting the goals with them in place is not possible without trusting the peer, which \
                issue #14 ruled out (a hostile peer gets a trap, never undefined behaviour)."
                    .to_string()
            } else if over.is_empty() {
                "So every workload is at or below 1.00× without those checks.".to_string()
            } else {
                format!("So the rows still above pay for {}.", causes.join("; "))
            },
        );
        if geomean(&ratios) > MEAN_GLUE {
            self.mean_floor(s, &ratios);
        }
    }

    /// Why the mean stays above its goal without the list checks: the rows
    /// where both generators already run the same instructions, and what the
    /// others would have to average.
    fn mean_floor(&self, s: &mut String, ratios: &[f64]) {
        let parity: Vec<String> = self
            .glue
            .rows
            .iter()
            .zip(ratios)
            .filter(|(_, r)| (**r - 1.0).abs() <= PARITY)
            .map(|(r, x)| format!("{} {}", label(r), fmt_ratio(*x)))
            .collect();
        let others: Vec<f64> = ratios.iter().copied().filter(|r| (r - 1.0).abs() > PARITY).collect();
        let at_parity: f64 = ratios.iter().filter(|r| (**r - 1.0).abs() <= PARITY).map(|r| r.ln()).sum();
        let n = ratios.len() as f64;
        let needed = ((MEAN_GLUE.ln() * n - at_parity) / others.len() as f64).exp();
        let _ = writeln!(
            s,
            "  Without them the mean is {} against {MEAN_GLUE:.2}×. {} of {} workloads cost within {:.0}% of \
            wit-bindgen's instructions: {}. Those that pass strings or lists make the same allocator calls on both \
            sides (the allocator-call column: the canonical ABI's `cabi_realloc` and the frees), and the allocator is \
            not the bindings' code. With those as they are, {MEAN_GLUE:.2}× would take the other {} workloads to a geometric mean of {}, \
            against {} now.\n",
            fmt_ratio(geomean(ratios)),
            parity.len(),
            ratios.len(),
            PARITY * 100.0,
            parity.join("; "),
            others.len(),
            fmt_ratio(needed),
            fmt_ratio(geomean(&others)),
        );
    }

    /// What the mean's goal would take with the checks in place (as issue
    /// #14 requires): the rows that lift strings or lists keep what the
    /// checks cost, the others already at wit-bindgen's count keep it, and
    /// the rest would have to make up the difference.
    fn mean_with_checks(&self, s: &mut String, ratios: &[f64], carries: impl Fn(Kind) -> bool) {
        let rows: Vec<_> = self.glue.rows.iter().zip(&self.four).zip(ratios).collect();
        let checked = rows.iter().filter(|((r, _), _)| carries(r.spec.kind)).count();
        let same: Vec<String> = rows
            .iter()
            .filter(|((r, _), x)| !carries(r.spec.kind) && (**x - 1.0).abs() <= PARITY)
            .map(|((r, f), _)| format!("{} ({:.1} / {:.1})", label(r), f[0], f[3]))
            .collect();
        let rest: Vec<_> =
            rows.iter().filter(|((r, _), x)| !carries(r.spec.kind) && (**x - 1.0).abs() > PARITY).collect();
        if rest.is_empty() {
            return;
        }
        let fixed: f64 = rows
            .iter()
            .filter(|((r, _), x)| carries(r.spec.kind) || (**x - 1.0).abs() <= PARITY)
            .map(|(_, x)| x.ln())
            .sum();
        let needed = ((MEAN_GLUE.ln() * ratios.len() as f64 - fixed) / rest.len() as f64).exp();
        let now: Vec<f64> = rest.iter().map(|(_, x)| **x).collect();
        let listed: Vec<String> = rest
            .iter()
            .map(|((r, f), x)| format!("{} {} ({:.1} / {:.1})", label(r), fmt_ratio(**x), f[0], f[3]))
            .collect();
        let _ = writeln!(
            s,
            "  With the checks in place, {MEAN_GLUE:.2}× would need the other rows to make up for them. Of the {} \
            workloads that lift no string or list, {} already run as many instructions as wit-bindgen's, within \
            {:.0}% (instructions per call, wit-bindgen / wit-guest): {}. The other {} ({}) would have to reach a \
            geometric mean of {}, against {} now.\n",
            ratios.len() - checked,
            same.len(),
            PARITY * 100.0,
            if same.is_empty() { "none".to_string() } else { same.join("; ") },
            rest.len(),
            listed.join("; "),
            fmt_ratio(needed),
            fmt_ratio(geomean(&now)),
        );
    }

    /// For each goal this run missed, what this run's own figures say
    /// about why.
    pub(super) fn missed(&self, s: &mut String) {
        s.push_str("## What this run says about the missed goals\n\n");
        // Glue: the rows above 1.00x, and the mean without lists or strings.
        let unchecked: Vec<f64> = self.four.iter().map(|f| ratio(f[0], f[3])).collect();
        let over: Vec<String> = self
            .glue
            .rows
            .iter()
            .zip(&self.four)
            .filter(|(_, f)| ratio(f[0], f[3]) > WORST_GLUE)
            .map(|(r, f)| format!("{} +{:.1}", label(r), f[3] - f[0]))
            .collect();
        if !over.is_empty() {
            let carries = |k: Kind| {
                matches!(k, Kind::EchoString | Kind::EchoBytes | Kind::EchoU64s | Kind::EchoItems | Kind::EchoNested)
            };
            let plain: Vec<f64> =
                self.glue.rows.iter().zip(&unchecked).filter(|(r, _)| !carries(r.spec.kind)).map(|(_, x)| *x).collect();
            let _ = writeln!(
                s,
                "- **Glue above {WORST_GLUE:.2}×** (UTF-8 check off, against 0.60; instructions per call more than wit-bindgen): {}. \
                These rows lift strings and lists (the spilled row: a `char`), and wit-guest checks what a peer hands it before \
                using it: each list and string for alignment and for ending inside linear memory, each `char` for being one \
                (issue #14); wit-bindgen checks none of these. The checks are a fixed cost per value, so they show on small \
                payloads and not in the per-byte figures. The {} rows without \
                strings or lists average {} (geometric mean), against {} over all rows.\n",
                over.join("; "),
                plain.len(),
                fmt_ratio(geomean(&plain)),
                fmt_ratio(geomean(&unchecked)),
            );
            if geomean(&unchecked) > MEAN_GLUE {
                self.mean_with_checks(s, &unchecked, carries);
            }
            self.without_checks(s);
        }
        // Size: how far 0.85x is from what the two components differ by.
        let sized = [("bench", &self.sizes), ("minimal", &self.min_sizes), ("`wasi:http/proxy`", &self.proxy_sizes)];
        let size_notes: Vec<String> = sized
            .iter()
            .filter(|(_, z)| z.wg.component as f64 > SIZE * z.wb.component as f64)
            .map(|(name, z)| {
                let need = z.wg.component as f64 - SIZE * z.wb.component as f64;
                format!(
                    "{name}: {} B more than wit-bindgen's (code sections: {:+} B); {SIZE:.2}× needs {need:.0} B less",
                    z.wg.component as i64 - z.wb.component as i64,
                    z.wg.code_section as i64 - z.wb.code_section as i64,
                )
            })
            .collect();
        if !size_notes.is_empty() {
            let _ = writeln!(
                s,
                "- **Component size**: {}. Everything else in each component (the guest's own code, Rust's std, the allocator, \
                the WASI adapter) is the same on both sides and is not emitted by the bindings, so the bindings cannot take \
                {:.0}% off a component.\n",
                size_notes.join("; "),
                (1.0 - SIZE) * 100.0
            );
        }
        // Warm rebuild: the floor any guest's rebuild stands on.
        if let Ok(w) = &self.warm {
            let (wb, wg) = (median(&w.rebuild.wb).as_secs_f64(), median(&w.rebuild.wg).as_secs_f64());
            let (fwb, fwg) = (median(&w.floor.wb).as_secs_f64(), median(&w.floor.wg).as_secs_f64());
            if wg / wb > WARM {
                let floor = fwg.min(fwb) / wb;
                let budget = WARM * wb - fwg;
                let verdict = if floor > WARM {
                    format!(
                        "so even bindings that cost nothing to compile would leave the proxy guest's rebuild above {WARM:.2}× \
                of wit-bindgen's: this goal cannot be met by a generator on this machine"
                    )
                } else if let Ok(p) = &self.proxy_phases_dev
                    && macro_time(p) > budget
                {
                    format!(
                        "{WARM:.2}× leaves the proxy guest {:.0} ms above that floor for its bindings, against {:.2} s now \
                (wit-bindgen: {:.2} s). The macro alone, built as cargo builds proc-macros in a dev profile (no \
                optimization), takes {:.0} ms on this world ({}) before rustc compiles a token of its output, and it \
                runs at every build of the crate. So no `generate!` that regenerates the bindings in the crate being \
                rebuilt can meet this goal; what would is keeping the bindings out of that crate (generated into a \
                crate of their own, which a touch of the guest's sources does not rebuild)",
                        budget.max(0.0) * 1e3,
                        (wg - fwg).max(0.0),
                        (wb - fwb).max(0.0),
                        macro_time(p) * 1e3,
                        phase_list(p)
                    )
                } else {
                    format!(
                        "above that floor the proxy guest's rebuild spends {:.2} s on its bindings with wit-guest and {:.2} s \
                with wit-bindgen",
                        (wg - fwg).max(0.0),
                        (wb - fwb).max(0.0)
                    )
                };
                let _ = writeln!(
                    s,
                    "- **Warm rebuild**: the minimal guest (a world of one function) rebuilds in {fwg:.2} s with wit-guest and \
                {fwb:.2} s with wit-bindgen after the same touch. That floor (rustc, the linker, `wasm-component-ld`, cargo) \
                is {} of wit-bindgen's proxy rebuild ({wb:.2} s); {verdict}.\n",
                    fmt_ratio(floor)
                );
            }
        }
        // Rebuild after a WIT edit: the macro's share and the rest.
        if let (Ok(c), Ok(p)) = (&self.wit_edit, &self.phases_dev) {
            let (wb, wg) = (median(&c.wb).as_secs_f64(), median(&c.wg).as_secs_f64());
            if wg / wb > WARM {
                let own = macro_time(p);
                let _ = writeln!(
                    s,
                    "- **Rebuild after a WIT edit**: {WARM:.2}× would be {:.2} s against wit-guest's {wg:.2} s, {:.0} ms less. \
                The macro, built as cargo builds proc-macros in a dev profile (no optimization), takes {:.0} ms on this \
                world ({}); the other {:.2} s is rustc on the expansion (parsing, expanding `export!`, name resolution, \
                lowering, incremental bookkeeping) and linking. Meeting the goal takes that much less emitted code per \
                function, or tokens made that much faster than `quote!` makes them unoptimized: {:.0}% of the macro's \
                time is emission.\n",
                    WARM * wb,
                    (wg - WARM * wb) * 1e3,
                    own * 1e3,
                    phase_list(p),
                    (wg - own).max(0.0),
                    phase(p, "emit") / own * 100.0,
                );
            }
        }
    }
}
