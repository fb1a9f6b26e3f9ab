wit_guest::generate!({
    inline: "package a:b; interface i { resource r { poke: func(); } } world w { import i; }",
    chainable_methods: ["&all"],
    chainable_methods: ["all"],
});
fn main() {}
