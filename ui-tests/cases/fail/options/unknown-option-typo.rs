wit_guest::generate!({
    inline: "package a:b; world w { export f: func(); }",
    generate_al,
});
fn main() {}
