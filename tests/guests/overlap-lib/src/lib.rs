//! Bindings of its own for `test:overlap/log`, used by `tests/guests/overlap`
//! beside that crate's own bindings of the same interface.

wit_guest::generate!({ path: "../overlap/wit/shared.wit", world: "lib" });

/// Logs `text` at level 2 through this crate's bindings; the host's
/// sequence number and its clock.
pub fn log_and_time(text: &str) -> (u32, u64) {
    let seq = test::overlap::log::log(&test::overlap::log::Entry { level: 2, text: format!("lib: {text}") });
    (seq, clock::now())
}
