// Generated code spells every path absolutely: shadowing the prelude's names
// at the call site must not break it.
#![allow(dead_code)]

struct Option;
struct Result;
struct String;
struct Vec;
struct Box;
struct Some;
struct Ok;
mod core {}
mod alloc {}

wit_guest::generate!({
    inline: "
        package a:b;
        world w {
            import pick: func(x: list<string>, y: option<u8>) -> result<option<string>, string>;
            export run: func(x: list<string>) -> option<string>;
        }
    ",
});

struct Component;

impl Guest for Component {
    fn run(x: std::vec::Vec<std::string::String>) -> std::option::Option<std::string::String> {
        pick(&x, None).ok().flatten()
    }
}

export!(Component);

fn main() {}
