wit_guest::generate!({
    inline: "package a:b; interface api { fetch: async func(url: string) -> string; } world w { import api; }",
    sync: ["a:b/api#fetsh"],
});
fn main() {}
