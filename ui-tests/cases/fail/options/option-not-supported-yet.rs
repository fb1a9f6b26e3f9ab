wit_guest::generate!({
    inline: "package a:b; world w { import log: func(msg: string); }",
    ownership: Borrowing { duplicate_if_necessary: false },
});
fn main() {}
