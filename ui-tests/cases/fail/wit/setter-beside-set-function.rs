// A setter `x` and a function `set-x`: both would be `set_x`.
wit_guest::generate!({
    inline: "
        package a:b;
        interface i {
            x: get() -> u32;
            x: set(v: u32);
            set-x: func(v: u32);
        }
        world w { import i; }
    ",
});
fn main() {}
