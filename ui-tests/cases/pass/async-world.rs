// Async functions in every position compile without warnings: imported and
// exported, freestanding and on resources, with and without results,
// `error-context` inside other types, method chaining, borrowed ownership.
#![deny(warnings)]

mod bindings {
    wit_guest::generate!({
        inline: "
            package a:b;
            interface net {
                record request { url: string, headers: list<tuple<string, string>> }
                resource conn {
                    constructor(host: string);
                    send: async func(r: request) -> result<list<u8>, error-context>;
                    close: async func();
                    open: static async func(host: string) -> conn;
                }
                fetch: async func(r: request) -> result<string, error-context>;
                errors: async func() -> list<option<error-context>>;
                ping: async func();
            }
            interface api {
                use net.{request};
                resource session {
                    constructor();
                    run: async func(r: request) -> u32;
                    reset: async func();
                    make: static async func() -> session;
                }
                handle: async func(r: request) -> result<string, error-context>;
                fire: async func(n: u64);
            }
            world w {
                import net;
                export api;
                export top: async func(a: string, b: string, c: string) -> tuple<string, u32>;
            }
        ",
        enable_method_chaining,
        ownership: Borrowing { duplicate_if_necessary: true },
    });
}

use bindings::a::b::net;
use bindings::exports::a::b::api::{self, Request};
use wit_guest::rt::async_support::ErrorContext;

struct Component;

impl api::Guest for Component {
    type Session = Session;

    async fn handle(r: Request) -> Result<String, ErrorContext> {
        let conn = net::Conn::open(r.url.clone()).await;
        conn.close().await.close().await;
        let _ = net::errors().await;
        net::ping().await;
        net::fetch(net::Request { url: r.url, headers: r.headers }).await
    }

    async fn fire(n: u64) {
        let _ = wit_guest::spawn_local(async move { n }).await;
    }
}

struct Session;

impl api::GuestSession for Session {
    fn new() -> Self {
        Session
    }

    async fn run(&self, r: Request) -> u32 {
        r.headers.len() as u32
    }

    async fn reset(&self) -> &Self {
        self
    }

    async fn make() -> api::Session {
        api::Session::new(Session)
    }
}

impl bindings::Guest for Component {
    async fn top(a: String, b: String, c: String) -> (String, u32) {
        (a + &b + &c, 3)
    }
}

bindings::export!(Component with_types_in bindings);

fn main() {}
