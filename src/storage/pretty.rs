//! Exported files laid out for people to read and diff: compact JSON given
//! serde_json's pretty layout afterwards, as text.
//!
//! Why not `serde_json::to_string_pretty`: its formatter is a type
//! parameter, so it compiles a second copy of the serialiser of every
//! record into the module (28 KB, 5 KB brotli) for what is only whitespace.
//! The output is byte for byte the same (`tests/pretty.rs` compares them).

/// `compact` (JSON as `serde_json::to_string` writes it: no whitespace
/// outside strings) laid out as `serde_json::to_string_pretty` would:
/// two spaces per level, one member or element per line, `"key": value`,
/// and `[]` / `{}` when empty.
pub fn pretty(compact: &str) -> String {
    let bytes = compact.as_bytes();
    // Laid out, an export is about 1.8 times as long (line breaks and
    // indentation), so the text is not copied as it grows.
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    // Start of the run of bytes not yet copied: whole strings and numbers
    // are copied at once, not byte by byte.
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            i += 1;
            continue;
        }
        let layout: Option<&str> = match byte {
            b'"' => {
                in_string = true;
                None
            }
            b'{' | b'[' => {
                let close = if byte == b'{' { b'}' } else { b']' };
                if bytes.get(i + 1) == Some(&close) {
                    // Empty: written as it stands.
                    i += 1;
                    None
                } else {
                    depth += 1;
                    Some(if byte == b'{' { "{" } else { "[" })
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                Some(if byte == b'}' { "}" } else { "]" })
            }
            b',' => Some(","),
            b':' => Some(":"),
            _ => None,
        };
        if let Some(mark) = layout {
            // `compact` is valid UTF-8 and every mark is ASCII, so these
            // are character boundaries.
            out.push_str(&compact[from..i]);
            match mark {
                "}" | "]" => {
                    newline(&mut out, depth);
                    out.push_str(mark);
                }
                ":" => out.push_str(": "),
                _ => {
                    out.push_str(mark);
                    newline(&mut out, depth);
                }
            }
            from = i + 1;
        }
        i += 1;
    }
    out.push_str(&compact[from..]);
    out
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}
