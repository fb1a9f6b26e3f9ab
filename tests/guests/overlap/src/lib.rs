//! The component's own bindings of `test:overlap/log`, beside the ones of
//! `guest-overlap-lib` (a separate `generate!` of the same interface).

wit_guest::generate!({ path: "wit/shared.wit", world: "main" });

use test::overlap::log::{Entry, log};

struct Component;

impl Guest for Component {
    fn run(text: String) -> (u32, u32, u64) {
        let mine = log(&Entry { level: 1, text: format!("main: {text}") });
        let (theirs, now) = guest_overlap_lib::log_and_time(&text);
        (mine, theirs, now)
    }
}

export!(Component);
