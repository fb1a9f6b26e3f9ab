//! The calculator, written the cargo-component way: bindings from the
//! metadata in Cargo.toml, `Component` exported without `export!`.

wit_guest::component::generate!();

use bindings::docs::adder::add::add;
use bindings::exports::docs::calculator::calculate::{Guest, Op};

struct Component;

impl Guest for Component {
    fn eval_expression(op: Op, x: u32, y: u32) -> Result<u32, String> {
        match op {
            Op::Add => Ok(add(x, y)),
            Op::Sub => x.checked_sub(y).ok_or_else(|| format!("{x} - {y} is negative")),
        }
    }
}
