//! A JSON tree that can hold what serde_json's `Value` cannot, so mutations
//! can write it: repeated keys, numbers as any text (`1e400`, 400 digits,
//! `-0`), strings with escapes kept as written (a lone `\ud800`), and
//! nesting thousands of levels deep that is written without recursion.

use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum J {
    Null,
    Bool(bool),
    /// A number exactly as written.
    Num(String),
    Str(String),
    /// A string whose text between the quotes is written as is, escapes
    /// and all.
    RawStr(String),
    Arr(Vec<J>),
    /// Fields in order; a key may repeat.
    Obj(Vec<(String, J)>),
    /// `inner` wrapped in `depth` arrays, or objects `{"n": …}`.
    Nest {
        depth: usize,
        objects: bool,
        inner: Box<J>,
    },
}

impl J {
    pub fn from_value(value: &Value) -> J {
        match value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => J::Num(n.to_string()),
            Value::String(s) => J::Str(s.clone()),
            Value::Array(items) => J::Arr(items.iter().map(J::from_value).collect()),
            Value::Object(map) => J::Obj(
                map.iter()
                    .map(|(k, v)| (k.clone(), J::from_value(v)))
                    .collect(),
            ),
        }
    }

    pub fn field(&self, name: &str) -> Option<&J> {
        match self {
            J::Obj(fields) => fields.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn field_mut(&mut self, name: &str) -> Option<&mut J> {
        match self {
            J::Obj(fields) => fields.iter_mut().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Sets `name`, adding the field if it is missing.
    pub fn set(&mut self, name: &str, value: J) {
        if let J::Obj(fields) = self {
            match fields.iter_mut().find(|(k, _)| k == name) {
                Some((_, v)) => *v = value,
                None => fields.push((name.to_owned(), value)),
            }
        }
    }

    /// How many nodes the tree has (a nest counts as one, plus its inside).
    pub fn count(&self, wanted: &dyn Fn(Option<&str>, &J) -> bool) -> usize {
        let mut n = 0;
        self.walk(None, &mut |key, node| {
            if wanted(key, node) {
                n += 1;
            }
        });
        n
    }

    fn walk(&self, key: Option<&str>, visit: &mut dyn FnMut(Option<&str>, &J)) {
        visit(key, self);
        match self {
            J::Arr(items) => items.iter().for_each(|item| item.walk(None, visit)),
            J::Obj(fields) => fields.iter().for_each(|(k, v)| v.walk(Some(k), visit)),
            J::Nest { inner, .. } => inner.walk(None, visit),
            _ => {}
        }
    }

    /// The `k`-th node, in document order, for which `wanted(key, node)`
    /// holds (`key`: the field name it is the value of).
    pub fn nth_mut(
        &mut self,
        wanted: &dyn Fn(Option<&str>, &J) -> bool,
        k: usize,
    ) -> Option<&mut J> {
        let mut k = k;
        self.find(None, wanted, &mut k)
    }

    fn find(
        &mut self,
        key: Option<&str>,
        wanted: &dyn Fn(Option<&str>, &J) -> bool,
        k: &mut usize,
    ) -> Option<&mut J> {
        if wanted(key, self) {
            if *k == 0 {
                return Some(self);
            }
            *k -= 1;
        }
        match self {
            J::Arr(items) => items.iter_mut().find_map(|item| item.find(None, wanted, k)),
            J::Obj(fields) => fields
                .iter_mut()
                .find_map(|(name, v)| v.find(Some(name), wanted, k)),
            J::Nest { inner, .. } => inner.find(None, wanted, k),
            _ => None,
        }
    }

    /// Every string value, with the field it is the value of.
    pub fn strings(&self) -> Vec<(Option<String>, String)> {
        let mut out = Vec::new();
        self.walk(None, &mut |key, node| {
            if let J::Str(s) = node {
                out.push((key.map(str::to_owned), s.clone()));
            }
        });
        out
    }

    pub fn write(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }

    fn write_to(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Num(n) => out.push_str(n),
            J::Str(s) => quote(s, out),
            J::RawStr(raw) => {
                out.push('"');
                out.push_str(raw);
                out.push('"');
            }
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_to(out);
                }
                out.push(']');
            }
            J::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    quote(k, out);
                    out.push(':');
                    v.write_to(out);
                }
                out.push('}');
            }
            J::Nest {
                depth,
                objects,
                inner,
            } => {
                let (open, close) = if *objects {
                    ("{\"n\":", "}")
                } else {
                    ("[", "]")
                };
                out.reserve(depth * (open.len() + close.len()));
                for _ in 0..*depth {
                    out.push_str(open);
                }
                inner.write_to(out);
                for _ in 0..*depth {
                    out.push_str(close);
                }
            }
        }
    }
}

/// `s` as a JSON string.
pub fn quote(s: &str, out: &mut String) {
    out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned()));
}

/// The deepest nesting this parser follows: deeper text is not worth
/// shrinking as a tree.
const DEEPEST: usize = 200;

/// Reads JSON into a tree, keeping what serde_json would judge (repeated
/// keys, numbers and escapes as written); `None` for text that is not JSON
/// or nests deeper than [`DEEPEST`]. For shrinking a failing input.
pub fn parse(text: &str) -> Option<J> {
    let mut p = Parser {
        b: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.space();
    (p.at == p.b.len()).then_some(value)
}

struct Parser<'a> {
    b: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn space(&mut self) {
        while self
            .b
            .get(self.at)
            .is_some_and(|c| matches!(c, b' ' | b'\n' | b'\r' | b'\t'))
        {
            self.at += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.space();
        let found = self.b.get(self.at) == Some(&c);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Option<J> {
        if depth > DEEPEST {
            return None;
        }
        self.space();
        let rest = self.b.get(self.at..)?;
        for (word, value) in [
            (&b"null"[..], J::Null),
            (b"true", J::Bool(true)),
            (b"false", J::Bool(false)),
        ] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Some(value);
            }
        }
        match rest.first()? {
            b'"' => self.string().map(|raw| match raw.contains('\\') {
                true => J::RawStr(raw),
                false => J::Str(raw),
            }),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(J::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Some(J::Arr(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                if self.eat(b'}') {
                    return Some(J::Obj(fields));
                }
                loop {
                    self.space();
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    fields.push((key, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Some(J::Obj(fields));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            _ => {
                let start = self.at;
                while self
                    .b
                    .get(self.at)
                    .is_some_and(|c| c.is_ascii_digit() || b"+-.eE".contains(c))
                {
                    self.at += 1;
                }
                let number = std::str::from_utf8(&self.b[start..self.at]).ok()?;
                (!number.is_empty()).then(|| J::Num(number.to_owned()))
            }
        }
    }

    /// The text between a string's quotes, escapes as written.
    fn string(&mut self) -> Option<String> {
        if self.b.get(self.at) != Some(&b'"') {
            return None;
        }
        let start = self.at + 1;
        let mut at = start;
        loop {
            match self.b.get(at)? {
                b'"' => break,
                b'\\' => at += 2,
                _ => at += 1,
            }
        }
        self.at = at + 1;
        String::from_utf8(self.b.get(start..at)?.to_vec()).ok()
    }
}
