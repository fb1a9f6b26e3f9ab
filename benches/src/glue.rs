//! Per-call cost of the generated glue, both directions, both generators:
//! wasm instructions (wasmtime fuel, deterministic), wall time (median of
//! interleaved samples, reported as a ratio) and heap growth.
//!
//! - Export: the host calls the export `iters` times; fuel is read around the
//!   calls, which include the host's `cabi_realloc` calls into the guest and
//!   the post-return. Bodies are identity functions, so this is glue (except
//!   `many`, whose body folds its parameters: the same Rust on both sides).
//! - Import: the guest's `run-import-bench` loop runs `iters` calls, then the
//!   same loop in baseline mode (no call); the difference is the call's glue,
//!   including the allocations for its results and freeing them.

use std::path::Path;
use std::time::Instant;

use anyhow::{Result, bail};

use crate::host::{self, Guest, Workload};
use crate::workloads::{self, Direction, Payload, Spec};

/// A pair of measurements: wit-bindgen's and wit-guest's.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sides<T> {
    pub wb: T,
    pub wg: T,
}

/// One row of the glue table.
pub struct Row {
    pub spec: Spec,
    pub dir: Direction,
    /// Glue instructions per call.
    pub fuel: Sides<f64>,
    /// Median ns per call (import: call loop minus baseline loop).
    pub ns: Sides<f64>,
    /// Heap bytes still live after the measured calls, compared with before.
    pub heap: Sides<i64>,
    /// Calls into the guest's allocator per call (alloc, dealloc, realloc).
    pub allocs: Sides<f64>,
}

/// Everything measured in wasmtime.
pub struct Glue {
    pub rows: Vec<Row>,
}

/// Timing samples per side and row (interleaved, medians taken).
const SAMPLES: usize = 21;
/// Wall time one timed batch aims at.
const BATCH_NS: f64 = 5e6;

struct Instances {
    fuel: Sides<Guest>,
    time: Sides<Guest>,
}

/// Measures every workload on the two components.
pub fn measure(wb: &Path, wg: &Path) -> Result<Glue> {
    let (fuel_engine, time_engine) = (host::engine(true)?, host::engine(false)?);
    let mut g = Instances {
        fuel: Sides { wb: Guest::new(&fuel_engine, wb, true)?, wg: Guest::new(&fuel_engine, wg, true)? },
        time: Sides { wb: Guest::new(&time_engine, wb, false)?, wg: Guest::new(&time_engine, wg, false)? },
    };
    let mut rows = Vec::new();
    for dir in [Direction::Export, Direction::Import] {
        for spec in workloads::all() {
            eprintln!("  {dir:?} {}", spec.label);
            rows.push(measure_row(&mut g, &spec, dir)?);
        }
    }
    Ok(Glue { rows })
}

fn measure_row(g: &mut Instances, spec: &Spec, dir: Direction) -> Result<Row> {
    let payload = Payload::new(spec);
    let wl = workloads::workload(spec.kind);
    let (wb, wg) = match dir {
        Direction::Export => {
            (export_fuel(&mut g.fuel.wb, spec, &payload)?, export_fuel(&mut g.fuel.wg, spec, &payload)?)
        }
        Direction::Import => (import_fuel(&mut g.fuel.wb, wl, spec)?, import_fuel(&mut g.fuel.wg, wl, spec)?),
    };
    if wb.checksum != wg.checksum {
        bail!("{dir:?} {}: the two guests computed different results ({} vs {})", spec.label, wb.checksum, wg.checksum);
    }
    let ns = time_row(&mut g.time, spec, dir, &payload)?;
    Ok(Row {
        spec: spec.clone(),
        dir,
        fuel: Sides { wb: wb.fuel, wg: wg.fuel },
        ns,
        heap: Sides { wb: wb.heap, wg: wg.heap },
        allocs: Sides { wb: wb.allocs, wg: wg.allocs },
    })
}

/// One side's measurements of one row.
struct Counts {
    /// Instructions per call.
    fuel: f64,
    /// Heap growth over the measured calls.
    heap: i64,
    /// Allocator calls per call.
    allocs: f64,
    /// Results folded together, compared across the sides.
    checksum: u64,
}

fn export_fuel(g: &mut Guest, spec: &Spec, p: &Payload) -> Result<Counts> {
    for i in 0..2 {
        workloads::call_export(g, spec, p, i)?;
    }
    let (heap0, allocs0) = (g.heap_live()?, g.alloc_calls()?);
    let before = g.fuel();
    let mut checksum = 0u64;
    for i in 0..spec.iters {
        checksum = checksum.wrapping_add(workloads::call_export(g, spec, p, i)?);
    }
    let used = before - g.fuel();
    let (heap1, allocs1) = (g.heap_live()?, g.alloc_calls()?);
    let n = spec.iters as f64;
    Ok(Counts { fuel: used as f64 / n, heap: heap1 - heap0, allocs: (allocs1 - allocs0) as f64 / n, checksum })
}

fn import_fuel(g: &mut Guest, wl: Workload, spec: &Spec) -> Result<Counts> {
    workloads::run_import(g, wl, spec.size, 2, false)?;
    workloads::run_import(g, wl, spec.size, 2, true)?;
    let (heap0, allocs0) = (g.heap_live()?, g.alloc_calls()?);
    let f0 = g.fuel();
    let checksum = workloads::run_import(g, wl, spec.size, spec.iters, false)?;
    let f1 = g.fuel();
    let (heap1, allocs1) = (g.heap_live()?, g.alloc_calls()?);
    let f2 = g.fuel();
    workloads::run_import(g, wl, spec.size, spec.iters, true)?;
    let f3 = g.fuel();
    let allocs2 = g.alloc_calls()?;
    let n = spec.iters as f64;
    let glue = (f0 - f1) as f64 - (f2 - f3) as f64;
    let allocs = (allocs1 - allocs0) as f64 - (allocs2 - allocs1) as f64;
    Ok(Counts { fuel: glue / n, heap: heap1 - heap0, allocs: allocs / n, checksum })
}

/// Median ns per call for both sides, samples interleaved so that load from
/// elsewhere on the machine hits both alike.
fn time_row(g: &mut Sides<Guest>, spec: &Spec, dir: Direction, p: &Payload) -> Result<Sides<f64>> {
    let wl = workloads::workload(spec.kind);
    // One batch per sample: `k` calls, sized from a first timed call.
    let once = batch_ns(&mut g.wb, spec, dir, p, wl, 1)?.max(1.0);
    let k = ((BATCH_NS / once) as u32).clamp(1, 20_000);
    let mut wb = Vec::with_capacity(SAMPLES);
    let mut wg = Vec::with_capacity(SAMPLES);
    for s in 0..SAMPLES {
        if s % 2 == 0 {
            wb.push(batch_ns(&mut g.wb, spec, dir, p, wl, k)?);
            wg.push(batch_ns(&mut g.wg, spec, dir, p, wl, k)?);
        } else {
            wg.push(batch_ns(&mut g.wg, spec, dir, p, wl, k)?);
            wb.push(batch_ns(&mut g.wb, spec, dir, p, wl, k)?);
        }
    }
    Ok(Sides { wb: median(&mut wb) / k as f64, wg: median(&mut wg) / k as f64 })
}

/// Wall time of `k` calls (import: minus the baseline loop's).
fn batch_ns(g: &mut Guest, spec: &Spec, dir: Direction, p: &Payload, wl: Workload, k: u32) -> Result<f64> {
    Ok(match dir {
        Direction::Export => {
            let t = Instant::now();
            for i in 0..k {
                workloads::call_export(g, spec, p, i)?;
            }
            t.elapsed().as_nanos() as f64
        }
        Direction::Import => {
            let t = Instant::now();
            workloads::run_import(g, wl, spec.size, k, false)?;
            let call = t.elapsed().as_nanos() as f64;
            let t = Instant::now();
            workloads::run_import(g, wl, spec.size, k, true)?;
            call - t.elapsed().as_nanos() as f64
        }
    })
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Glue instructions per call of every workload (exports, then imports, in
/// [`measure`]'s order) on each of several builds of the bench guest; the
/// builds must compute the same results.
pub fn fuel_only(builds: &[&Path]) -> Result<Vec<Vec<f64>>> {
    let engine = host::engine(true)?;
    let mut guests = builds.iter().map(|p| Guest::new(&engine, p, true)).collect::<Result<Vec<_>>>()?;
    let mut rows = Vec::new();
    for dir in [Direction::Export, Direction::Import] {
        for spec in workloads::all() {
            let payload = Payload::new(&spec);
            let wl = workloads::workload(spec.kind);
            let mut row = Vec::new();
            let mut first = None;
            for g in &mut guests {
                let c = match dir {
                    Direction::Export => export_fuel(g, &spec, &payload)?,
                    Direction::Import => import_fuel(g, wl, &spec)?,
                };
                if *first.get_or_insert(c.checksum) != c.checksum {
                    bail!("{dir:?} {}: the builds computed different results", spec.label);
                }
                row.push(c.fuel);
            }
            rows.push(row);
        }
    }
    Ok(rows)
}
