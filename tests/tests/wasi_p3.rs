//! The WASI 0.3 example (`examples/wasi-p3`): a `wasi:cli/run@0.3.0`
//! command streaming stdin to stdout, upper-cased, run by the example's
//! host in wasmtime 48 with wasmtime-wasi's WASI 0.3.

use wit_guest_tests::guest_wasm;

async fn upper(input: &[u8]) -> Vec<u8> {
    wasi_p3_host::run(&guest_wasm("wasi_p3_upper"), input.to_vec()).await.expect("the command runs")
}

#[tokio::test]
async fn stdin_goes_to_stdout_upper_cased() {
    assert_eq!(upper(b"hello, WASI 0.3! ok\n").await, b"HELLO, WASI 0.3! OK\n");
    assert_eq!(upper(b"").await, b"");
    // Non-ASCII bytes pass unchanged.
    assert_eq!(upper("grüße\n".as_bytes()).await, "GRüßE\n".as_bytes());
}

#[tokio::test]
async fn a_megabyte_streams_through_in_chunks() {
    let input: Vec<u8> = (0..1_000_000u32).map(|i| b"abcdefghij\n"[(i % 11) as usize]).collect();
    let out = upper(&input).await;
    assert_eq!(out, input.to_ascii_uppercase());
}
