mod other {
    wit_guest::generate!({
        inline: "package a:b; interface logging { log: func(msg: string); } world w { import logging; }",
    });
}

wit_guest::generate!({
    inline: "package a:b; interface logging { log: func(msg: string); } world w { import logging; }",
    with: { "a:b/loging": crate::other::a::b::logging },
});
fn main() {}
