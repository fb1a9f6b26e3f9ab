wit_guest::generate!({
    inline: "
        package a:b;
        world w {
            export greet: func(name: string) -> string;
        }
    ",
});

struct Component;

impl Guest for Component {
    fn greet(name: &str) -> String {
        name.to_string()
    }
}

export!(Component);

fn main() {}
