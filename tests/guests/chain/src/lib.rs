//! `chainable_methods` (wit-bindgen 0.61): the first entry that names a
//! method decides; `push` returns `Self` (the resource's entry), `push-char`
//! `&Self` (its own entry), `clear` nothing (`-`).

wit_bindgen::generate!({
    path: "../chain/wit",
    chainable_methods: [
        "-test:chain/builder#[method]text-builder.clear",
        "&test:chain/builder#[method]text-builder.push-char",
        "test:chain/builder#text-builder",
    ],
});

use test::chain::builder::TextBuilder;

struct Component;

impl Guest for Component {
    fn run() -> String {
        // Owning: each call takes the builder and gives it back.
        let b = TextBuilder::new().push("ab").push("cd");
        // Borrowing: chained on a reference.
        b.push_char('!').push_char('?');
        let first = b.build();
        let () = b.clear();
        let second = b.push("x").push("y").build();
        format!("{first}|{second}")
    }
}

export!(Component);
