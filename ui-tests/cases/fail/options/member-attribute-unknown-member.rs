wit_guest::generate!({
    inline: "package a:b; interface i { enum mode { fast, slow } } world w { import i; }",
    additional_member_attributes: { "mode.slwo": [#[default]] },
});
fn main() {}
