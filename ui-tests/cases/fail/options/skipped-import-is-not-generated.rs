wit_guest::generate!({
    inline: "package a:b; world w { import log: func(msg: string); import flush: func(); }",
    skip: ["flush"],
});

fn main() {
    log("kept");
    flush();
}
