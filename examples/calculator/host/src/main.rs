//! `calculator-host [X Y OP]`: composes the calculator example (calculator +
//! adder, then the command with that) and runs the command with the arguments
//! (default `1 2 add`), printing what it prints.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        args = ["1", "2", "add"].map(String::from).to_vec();
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = || -> wasmtime::Result<calculator_host::Output> {
        let (_, app) = calculator_host::compose_app(calculator_host::ADDER, "")?;
        calculator_host::run_command(&app, &args)
    };
    match run() {
        Ok(out) => {
            print!("{}", out.stdout);
            eprint!("{}", out.stderr);
            ExitCode::from(u8::try_from(out.code).unwrap_or(1))
        }
        Err(e) => {
            eprintln!("error: {e:?}");
            ExitCode::FAILURE
        }
    }
}
