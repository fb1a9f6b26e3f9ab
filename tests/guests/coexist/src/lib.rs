//! wit-guest's bindings and wit-bindgen's (through the `wasip2`, `wasip3`
//! and `wstd` crates; `wstd` brings wit-bindgen 0.57 through `wasip2` 1.0)
//! in one component: the calls go through both, the
//! lists and strings the host returns to either are allocated by the one
//! `cabi_realloc` the component exports.

wit_guest::generate!({
    inline: "
        package test:coexist;

        world coexist {
            import note: func(msg: string) -> list<string>;
            /// `n` bytes from wasi:random 0.2 and 2 more through wstd (after a
            /// 1 ms sleep on wstd's reactor), a u64 from wasi:random 0.3,
            /// the arguments from wasi:cli 0.2 and the host's answer to a
            /// note through our own import.
            export mix: func(n: u32) -> tuple<list<u8>, u64, list<string>, list<string>>;
        }
    ",
});

struct Component;

impl Guest for Component {
    fn mix(n: u32) -> (Vec<u8>, u64, Vec<String>, Vec<String>) {
        let mut bytes = wasip2::random::random::get_random_bytes(u64::from(n));
        let mut more = [0; 2];
        wstd::runtime::block_on(async {
            wstd::task::sleep(wstd::time::Duration::from_millis(1)).await;
            wstd::rand::get_random_bytes(&mut more);
        });
        bytes.extend(more);
        let word = wasip3::random::random::get_random_u64();
        let args = wasip2::cli::environment::get_arguments();
        let answer = note(&format!("{} bytes, {} arguments", bytes.len(), args.len()));
        (bytes, word, args, answer)
    }
}

export!(Component);
