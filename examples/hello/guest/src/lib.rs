//! The demo component: greets a list of names.

wit_guest::generate!();

struct Component;

impl Guest for Component {
    fn greet(names: Vec<String>, style: Greeting) -> Result<Vec<String>, String> {
        log(&format!("greeting {} name(s)", names.len()));
        names
            .into_iter()
            .map(|n| {
                if n.is_empty() {
                    return Err("names cannot be empty".to_string());
                }
                let end = if style.exclaim { "!" } else { "." };
                Ok(format!("{}, {n}{end}", style.text))
            })
            .collect()
    }
}

export!(Component);
