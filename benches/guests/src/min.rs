// The smallest useful guest, for the cold-build measurement: one exported
// function. Compiled by `min-wg` (wit-guest) and `min-wb` (wit-bindgen 0.60).

wit_bindgen::generate!({
    inline: "
        package bench:min;
        world min {
            export add: func(a: u32, b: u32) -> u32;
        }
    ",
});

struct Component;

impl Guest for Component {
    fn add(a: u32, b: u32) -> u32 {
        a.wrapping_add(b)
    }
}

export!(Component);
