//! The `app` world as a command: `calc-command X Y OP` prints `X <op> Y = R`
//! using the imported `docs:calculator/calculate`.

wit_guest::generate!({ path: "../wit", world: "app" });

use docs::calculator::calculate::{Op, eval_expression};

const USAGE: &str = "usage: calc-command X Y add|sub|mul|div";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(line) => println!("{line}"),
        Err(msg) => {
            eprintln!("{msg}");
            std::process::exit(1);
        }
    }
}

/// Parses `X Y OP`, evaluates it with the imported calculator and formats the line.
fn run(args: &[String]) -> Result<String, String> {
    let [x, y, op] = args else { return Err(USAGE.to_string()) };
    let number = |s: &String| s.parse::<u32>().map_err(|e| format!("`{s}` is not a u32: {e}"));
    let (x, y) = (number(x)?, number(y)?);
    let (op, sign) = match op.as_str() {
        "add" => (Op::Add, '+'),
        "sub" => (Op::Sub, '-'),
        "mul" => (Op::Mul, '*'),
        "div" => (Op::Div, '/'),
        other => return Err(format!("unknown operation `{other}`; {USAGE}")),
    };
    let result = eval_expression(op, x, y)?;
    Ok(format!("{x} {sign} {y} = {result}"))
}
