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
        // Bytes that lay out copy what came before them first; `compact` is
        // valid UTF-8 and each is ASCII, so these are character boundaries.
        let mut copy_up_to_here = |out: &mut String| {
            out.push_str(&compact[from..i]);
            from = i + 1;
        };
        match byte {
            b'"' => in_string = true,
            // Empty: written as it stands.
            b'{' if bytes.get(i + 1) == Some(&b'}') => i += 1,
            b'[' if bytes.get(i + 1) == Some(&b']') => i += 1,
            b'{' | b'[' => {
                copy_up_to_here(&mut out);
                depth += 1;
                out.push(char::from(byte));
                newline(&mut out, depth);
            }
            b'}' | b']' => {
                copy_up_to_here(&mut out);
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(char::from(byte));
            }
            b',' => {
                copy_up_to_here(&mut out);
                out.push(',');
                newline(&mut out, depth);
            }
            b':' => {
                copy_up_to_here(&mut out);
                out.push_str(": ");
            }
            _ => {}
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
