//! Compile-fail and compile-pass cases for `generate!`; see tests/ui.rs.
