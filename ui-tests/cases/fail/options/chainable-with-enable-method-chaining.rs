wit_guest::generate!({
    inline: "package a:b; interface i { resource r { poke: func(); } } world w { import i; }",
    enable_method_chaining,
    chainable_methods: ["&all"],
});
fn main() {}
