//! The `wit-guest-codegen` command; see `wit_guest_codegen::cli`.

fn main() -> std::process::ExitCode {
    wit_guest_codegen::cli::run(std::env::args().skip(1))
}
