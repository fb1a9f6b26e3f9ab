wit_guest::generate!({
    inline: "package a:b; world w { export f: func(); }",
    world: w,
});
fn main() {}
