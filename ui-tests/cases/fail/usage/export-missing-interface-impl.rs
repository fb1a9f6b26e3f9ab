wit_guest::generate!({
    inline: "
        package a:b;
        interface calc {
            add: func(a: u32, b: u32) -> u32;
        }
        world w {
            export calc;
        }
    ",
});

struct Component;

export!(Component);

fn main() {}
