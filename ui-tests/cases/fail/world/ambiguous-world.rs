wit_guest::generate!({
    inline: "package a:b; world calculator { export f: func(); } world adder { export g: func(); }",
});
fn main() {}
