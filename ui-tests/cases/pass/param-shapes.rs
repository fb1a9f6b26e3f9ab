// Calls written for wit-bindgen 0.60–0.63's spelling of imported parameters
// that nest named types (the `param-shapes` fixture's shapes): they compile
// unchanged against wit-guest.
wit_guest::generate!({ path: "../../../../codegen/tests/fixtures/param-shapes.wit" });

use fixture::param_shapes::shapes::*;

#[allow(dead_code)]
fn calls(r: &R, own: R) {
    let p = Pod { x: 1.0, y: 2.0 };
    let o = Owned { s: "s".into() };
    f_pod(p);
    f_owned(&o);
    f_tuple_pod((1, p));
    f_tuple_owned((1, &o));
    f_option_pod(Some(p));
    f_option_tuple(Some((&p, "s")));
    f_list_tuple(&[(p, o.clone())]);
    f_result_pod(Ok(&p));
    g_nested_opt((Some(&p), "s"));
    g_nested_tuple(((&p, 1), "s"));
    g_list_sibling((1, &p, &[1, 2]));
    g_borrow_sibling((&p, r));
    g_own_sibling((p, own, String::from("s")));
    g_result_str(Err("e"));
    g_result_unit(Ok(p));
    g_separate(Some(p), "s");
    g_enum((&Color::Red, "s"));
}

fn main() {}
