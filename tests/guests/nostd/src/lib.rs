//! Bindings in a `#![no_std]` + `alloc` crate, edition 2021, two worlds in
//! one crate (two `generate!` calls that must not collide), one loaded from a
//! single `.wit` file.
#![no_std]
#![deny(warnings)]

extern crate alloc;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub mod calc {
    wit_guest::generate!({ world: "calc", path: "wit/a.wit" });
}

pub mod other {
    wit_guest::generate!({ world: "other", path: ["wit"] });
}

pub struct Component;

use calc::exports::test::nostd::math as ours;
use calc::test::nostd::math as theirs;

impl ours::Guest for Component {
    fn summarize(xs: Vec<f64>, o: ours::Opts) -> Result<ours::Stats, String> {
        // The same interface imported and exported: two distinct sets of types.
        let s = theirs::summarize(&xs, theirs::Opts::from_bits_retain(o.bits()))?;
        Ok(ours::Stats { count: s.count, mean: s.mean, label: s.label })
    }
}

impl other::Guest for Component {
    fn twice(s: String) -> String {
        other::log(&s);
        format!("{s}{s}")
    }

    async fn fetch_len(url: String) -> Result<u32, wit_guest::rt::async_support::ErrorContext> {
        let body = wit_guest::spawn_local(other::fetch(url)).await;
        match body {
            Some(Ok(bytes)) => Ok(bytes.len() as u32),
            Some(Err(e)) => Err(e),
            None => Err(wit_guest::rt::async_support::ErrorContext::new("cancelled")),
        }
    }
}

calc::export!(Component with_types_in calc);
other::export!(Component with_types_in other);
