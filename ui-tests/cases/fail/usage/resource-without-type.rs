wit_guest::generate!({
    inline: "
        package a:b;
        interface files {
            resource file {
                constructor(path: string);
                size: func() -> u64;
            }
        }
        world w {
            export files;
        }
    ",
});

struct Component;

impl exports::a::b::files::Guest for Component {}

export!(Component);

fn main() {}
