// A world with imports, exports, resources and every kind of type compiles,
// with the bindings in their own module.
mod bindings {
    wit_guest::generate!({
        inline: "
            package a:b;
            interface types {
                record point { x: s32, y: s32 }
                variant shape { circle(f32), poly(list<point>) }
                flags perms { read, write }
                enum color { red, green }
            }
            interface files {
                use types.{point};
                resource file {
                    constructor(path: string);
                    size: func() -> u64;
                    origin: static func() -> point;
                }
            }
            world w {
                use types.{shape};
                import log: func(msg: string);
                export files;
                export area: func(s: shape) -> f64;
            }
        ",
    });
}

use bindings::exports::a::b::files::{Guest as Files, GuestFile, Point};

struct Component;
struct MyFile(String);

impl GuestFile for MyFile {
    fn new(path: String) -> Self {
        MyFile(path)
    }
    fn size(&self) -> u64 {
        self.0.len() as u64
    }
    fn origin() -> Point {
        Point { x: 0, y: 0 }
    }
}

impl Files for Component {
    type File = MyFile;
}

impl bindings::Guest for Component {
    fn area(s: bindings::Shape) -> f64 {
        bindings::log("area");
        match s {
            bindings::a::b::types::Shape::Circle(r) => 3.14 * (r as f64) * (r as f64),
            bindings::a::b::types::Shape::Poly(p) => p.len() as f64,
        }
    }
}

bindings::export!(Component with_types_in bindings);

fn main() {}
