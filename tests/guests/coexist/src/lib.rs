//! wit-guest's bindings and wit-bindgen's (through the `wasip2` and
//! `wasip3` crates) in one component: the calls go through both, the
//! lists and strings the host returns to either are allocated by the one
//! `cabi_realloc` the component exports.

wit_guest::generate!({
    inline: "
        package test:coexist;

        world coexist {
            import note: func(msg: string) -> list<string>;
            /// `n` bytes from wasi:random 0.2, a u64 from wasi:random 0.3,
            /// the arguments from wasi:cli 0.2 and the host's answer to a
            /// note through our own import.
            export mix: func(n: u32) -> tuple<list<u8>, u64, list<string>, list<string>>;
        }
    ",
});

struct Component;

impl Guest for Component {
    fn mix(n: u32) -> (Vec<u8>, u64, Vec<String>, Vec<String>) {
        let bytes = wasip2::random::random::get_random_bytes(u64::from(n));
        let word = wasip3::random::random::get_random_u64();
        let args = wasip2::cli::environment::get_arguments();
        let answer = note(&format!("{} bytes, {} arguments", bytes.len(), args.len()));
        (bytes, word, args, answer)
    }
}

export!(Component);
