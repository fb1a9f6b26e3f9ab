wit_guest::generate!({
    inline: "
        package docs:adder@0.1.0

        interface add {
            add: func(a: float32, b: float32) -> (sum: float32)
        }

        world adder {
            export add
        }
    ",
});
fn main() {}
