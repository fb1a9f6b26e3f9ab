// wit-bindgen 0.60's `async` option, naming a function the WIT has sync.
wit_guest::generate!({
    inline: "package a:b; world w { import log: func(msg: string); }",
    async: ["log"],
});
fn main() {}
