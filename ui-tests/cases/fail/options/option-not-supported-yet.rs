wit_guest::generate!({
    inline: "package a:b; world w { import log: func(msg: string); }",
    async: true,
});
fn main() {}
