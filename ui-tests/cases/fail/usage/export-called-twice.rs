wit_guest::generate!({
    inline: "
        package a:b;
        world w {
            export run: func() -> u32;
        }
    ",
});

struct Component;

impl Guest for Component {
    fn run() -> u32 {
        1
    }
}

export!(Component);
export!(Component);

fn main() {}
