//! WIT accessors (wit-bindgen 0.63): getters `prop()`, setters
//! `set_prop(v)`, on interfaces and resources (methods) and as statics
//! (associated functions), imported and exported.

use std::cell::{Cell, RefCell};

wit_bindgen::generate!({ path: "../accessors/wit" });

use exports::test::accessors::settings::{Guest as Settings, GuestKnob};
use test::accessors::settings as host;

struct Component;

thread_local! {
    static VOLUME: Cell<u32> = const { Cell::new(50) };
    static LABEL: RefCell<String> = RefCell::new(String::from("main"));
    static LIMIT: Cell<u32> = const { Cell::new(10) };
}

impl Settings for Component {
    type Knob = Knob;

    fn volume() -> u32 {
        VOLUME.get()
    }
    fn set_volume(v: u32) {
        VOLUME.set(v.min(100));
    }
    fn label() -> String {
        LABEL.with_borrow(Clone::clone)
    }
    fn set_label(s: String) -> Result<(), String> {
        if s.is_empty() {
            return Err("an empty label".into());
        }
        LABEL.set(s);
        Ok(())
    }
}

struct Knob(Cell<u32>);

impl GuestKnob for Knob {
    fn new(start: u32) -> Self {
        Knob(Cell::new(start.min(LIMIT.get())))
    }
    fn level(&self) -> u32 {
        self.0.get()
    }
    fn set_level(&self, l: u32) {
        self.0.set(l.min(LIMIT.get()));
    }
    fn limit() -> u32 {
        LIMIT.get()
    }
    fn set_limit(l: u32) {
        LIMIT.set(l);
    }
    fn turn(&self, by: i32) {
        self.set_level(self.0.get().saturating_add_signed(by));
    }
}

impl Guest for Component {
    fn run() -> Vec<String> {
        host::set_volume(host::volume() + 1);
        let label = host::set_label(&format!("{}!", host::label()));
        let empty = host::set_label("");
        let knob = host::Knob::new(3);
        knob.set_level(knob.level() * 2);
        host::Knob::set_limit(host::Knob::limit() + 5);
        knob.turn(-1);
        vec![
            format!("volume {}", host::volume()),
            format!("label {} {label:?} {empty:?}", host::label()),
            format!("knob {} limit {}", knob.level(), host::Knob::limit()),
        ]
    }
}

export!(Component);
