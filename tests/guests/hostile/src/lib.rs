//! A guest with one export per kind of value a peer could get wrong, and
//! imports whose results the peer makes up; see `tests/tests/hostile.rs`.

wit_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn take_string(s: String) -> u32 {
        s.len() as u32
    }

    fn take_list(l: Vec<u64>) -> u64 {
        l.iter().sum()
    }

    fn take_char(c: char) -> u32 {
        c as u32
    }

    fn take_bool(b: bool) -> u32 {
        u32::from(b)
    }

    fn take_color(c: Color) -> u32 {
        c as u32
    }

    fn take_perms(p: Perms) -> u32 {
        u32::from(p.bits())
    }

    fn take_maybe(s: Option<String>) -> u32 {
        s.map_or(0, |s| 1 + s.len() as u32)
    }

    fn call_give_string() -> u32 {
        give_string().len() as u32
    }

    fn call_give_bytes() -> u64 {
        give_bytes().iter().sum()
    }

    fn call_give_char() -> u32 {
        give_char() as u32
    }
}

export!(Component);
