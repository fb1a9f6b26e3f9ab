wit_guest::generate!("w" from "wit");
fn main() {}
