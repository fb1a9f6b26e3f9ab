wit_guest::generate!({
    inline: "
        package a:app;
        world app {
            import a:lib/logging;
        }
        package a:lib {
            interface logging { log: func(msg: string); }
        }
    ",
});
fn main() {}
