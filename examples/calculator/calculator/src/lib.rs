//! The `calculator` world: exports `docs:calculator/calculate` and calls the
//! imported `docs:calculator/add` for additions.

wit_guest::generate!({ path: "../wit", world: "calculator" });

use docs::calculator::add::add;
use exports::docs::calculator::calculate::{Guest, Op};

struct Calculator;

impl Guest for Calculator {
    fn eval_expression(op: Op, x: u32, y: u32) -> Result<u32, String> {
        match op {
            // Checked first, so that the imported adder's wrapping is never seen.
            Op::Add => match x.checked_add(y) {
                Some(_) => Ok(add(x, y)),
                None => Err(format!("{x} + {y} overflows u32")),
            },
            Op::Sub => x.checked_sub(y).ok_or_else(|| format!("{x} - {y} is negative")),
            Op::Mul => x.checked_mul(y).ok_or_else(|| format!("{x} * {y} overflows u32")),
            Op::Div => x.checked_div(y).ok_or_else(|| format!("{x} / {y}: division by zero")),
        }
    }
}

export!(Calculator);
