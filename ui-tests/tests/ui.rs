//! The diagnostics users see, reviewed as `.stderr` files next to each case.
//! Rewrite them with `TRYBUILD=overwrite cargo test -p wit-guest-ui-tests`,
//! then review the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("cases/fail/*/*.rs");
    t.pass("cases/pass/*.rs");
}
