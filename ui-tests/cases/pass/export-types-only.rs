// An exported interface that holds only types asks for no `Guest` impl,
// on the host as on wasm32: `export!` needs impls for the interfaces with
// functions alone.
wit_guest::generate!({
    inline: "
        package a:b;
        interface shapes {
            record point { x: s32, y: s32 }
        }
        interface calc {
            use shapes.{point};
            norm: func(p: point) -> u32;
        }
        world w {
            export shapes;
            export calc;
        }
    ",
});

use exports::a::b::calc::{Guest, Point};

struct Component;

impl Guest for Component {
    fn norm(p: Point) -> u32 {
        p.x.unsigned_abs() + p.y.unsigned_abs()
    }
}

export!(Component);

fn main() {}
