wit_guest::generate!({
    inline: "package a:b; interface i { record point { x: u32 } } world w { import i; }",
    additional_type_attributes: { "pointt": [#[derive(Default)]] },
});
fn main() {}
