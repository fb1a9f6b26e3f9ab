wit_guest::generate!({ path: "no/such/wit" });
fn main() {}
