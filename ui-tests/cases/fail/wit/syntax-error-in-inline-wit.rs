wit_guest::generate!({
    inline: "
        package a:b;
        world w {
            export f: func(x: u32) -> ;
        }
    ",
});
fn main() {}
