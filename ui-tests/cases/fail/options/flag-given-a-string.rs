wit_guest::generate!({
    inline: "package a:b; world w { export f: func(); }",
    generate_all: "yes",
});
fn main() {}
