//! Recognises WIT written in the 2023 syntax that older tutorials still show,
//! so a parse error can say what the current syntax is.

/// Hints for each old construct found in `text`.
pub fn hints(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let code: Vec<&str> = text.lines().map(|l| l.split("//").next().unwrap_or("")).collect();
    if code.iter().any(|l| {
        let t = l.trim();
        t.starts_with("package ") && !t.ends_with(';') && !t.ends_with('{')
    }) {
        out.push(
            "`package ns:name;` ends with a semicolon, and so do `use`, `import`, `export`, types and functions"
                .to_string(),
        );
    }
    if code.iter().any(|l| has_word(l, "float32") || has_word(l, "float64")) {
        out.push("`float32` and `float64` are now `f32` and `f64`".to_string());
    }
    if code.iter().any(|l| named_results(l)) {
        out.push("a function returns at most one unnamed type: `-> tuple<u32, string>` or a record instead of `-> (a: u32, b: string)`".to_string());
    }
    out
}

fn has_word(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + word.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
        !ident(before) && !ident(after)
    })
}

/// `-> (name: type, ...)`
fn named_results(line: &str) -> bool {
    let Some(i) = line.find("->") else { return false };
    let rest = line[i + 2..].trim_start();
    let Some(inner) = rest.strip_prefix('(') else { return false };
    let name: String =
        inner.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '%').collect();
    !name.is_empty() && inner.trim_start()[name.len()..].trim_start().starts_with(':')
}

#[cfg(test)]
mod tests {
    use super::hints;

    #[test]
    fn recognises_the_2023_syntax() {
        let old =
            "package docs:adder@0.1.0\n\ninterface add {\n  add: func(a: float32) -> (sum: float64, ok: bool)\n}\n";
        let h = hints(old);
        assert_eq!(h.len(), 3, "{h:?}");
        assert!(hints("package a:b;\ninterface x { f: func(a: f32) -> tuple<f32, u8>; }").is_empty());
        assert!(hints("package a:b {\n}\n").is_empty());
    }
}
