wit_guest::generate!({
    inline: "
        package a:b;
        world w {
            export run: func() -> u32;
        }
    ",
});

struct Component;

export!(Component);

fn main() {}
