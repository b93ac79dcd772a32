//! Reads typed values out of a JSON tree, recording every value of the
//! wrong shape as a breach with its record and field (`inspections[3] "x":
//! findings[0].kind is malformed: ...`) and reading on, so a maintainer
//! fixes a file in one pass. What a record holds is `records.rs`'s.

use super::breach::{At, Breach};
use super::json::{number_value, Json};

/// Reads one value of a type at a place.
pub(super) type ReadFn<T> = fn(&mut Reader, &At, &Json) -> T;

/// The members of one object, by the field names its type allows.
pub(super) struct Members<'v, 'a> {
    names: &'static [&'static str],
    values: Vec<Option<&'v Json<'a>>>,
    /// False when the value was not an object (already reported), so its
    /// fields are not also reported missing.
    is_object: bool,
}

impl<'v, 'a> Members<'v, 'a> {
    pub(super) fn get(&self, name: &str) -> Option<&'v Json<'a>> {
        self.names.iter().position(|n| *n == name).and_then(|i| self.values[i])
    }
}

pub(super) struct Reader {
    /// The record being read, as `record_name` gives it; empty for the
    /// document's own fields.
    pub(super) record: String,
    breaches: Vec<Breach>,
}

impl Reader {
    pub(super) fn new() -> Reader {
        Reader { record: String::new(), breaches: Vec::new() }
    }

    /// Every breach recorded, in the order the document was read.
    pub(super) fn finish(self) -> Result<(), Vec<Breach>> {
        if self.breaches.is_empty() {
            Ok(())
        } else {
            Err(self.breaches)
        }
    }

    pub(super) fn malformed(&mut self, at: &At, problem: String) {
        let mut field = at.text();
        if field.is_empty() {
            field = if self.record.is_empty() { "file" } else { "record" }.into();
        }
        self.breaches.push(Breach { record: self.record.clone(), field, problem: format!("is malformed: {problem}") });
    }

    pub(super) fn wrong_type(&mut self, at: &At, found: &Json, expected: &str) {
        self.malformed(at, format!("invalid type: {}, expected {expected}", describe(found)));
    }

    pub(super) fn members<'v, 'a>(&mut self, at: &At, value: &'v Json<'a>, names: &'static [&'static str]) -> Members<'v, 'a> {
        let mut values = vec![None; names.len()];
        let Json::Object(entries) = value else {
            self.wrong_type(at, value, "an object");
            return Members { names, values, is_object: false };
        };
        for (key, v) in entries {
            let here = At::Field(at, key);
            match names.iter().position(|n| *n == &**key) {
                None => self.malformed(&here, format!("unknown field `{key}`, expected {}", one_of(names))),
                Some(i) if values[i].is_some() => self.malformed(&here, format!("duplicate field `{key}`")),
                Some(i) => values[i] = Some(v),
            }
        }
        Members { names, values, is_object: true }
    }

    /// A field the format requires; `missing` stands in when it is absent.
    pub(super) fn required<T>(&mut self, at: &At, m: &Members, name: &str, read: ReadFn<T>, missing: T) -> T {
        match m.get(name) {
            Some(v) => read(self, &At::Field(at, name), v),
            None => {
                if m.is_object {
                    self.malformed(at, format!("missing field `{name}`"));
                }
                missing
            }
        }
    }

    /// An optional field: absent and `null` both mean none.
    pub(super) fn optional<T>(&mut self, at: &At, m: &Members, name: &str, read: ReadFn<T>) -> Option<T> {
        match m.get(name) {
            None | Some(Json::Null) => None,
            Some(v) => Some(read(self, &At::Field(at, name), v)),
        }
    }

    /// A list field; absent means empty.
    pub(super) fn list<T>(&mut self, at: &At, m: &Members, name: &str, read: ReadFn<T>) -> Vec<T> {
        match m.get(name) {
            None => Vec::new(),
            Some(v) => self.list_items(&At::Field(at, name), v, read),
        }
    }

    /// The items of a list value.
    pub(super) fn list_items<T>(&mut self, at: &At, v: &Json, read: ReadFn<T>) -> Vec<T> {
        match v {
            Json::List(items) => items.iter().enumerate().map(|(i, v)| read(self, &At::Item(at, i), v)).collect(),
            other => {
                self.wrong_type(at, other, "a list");
                Vec::new()
            }
        }
    }

    pub(super) fn text(&mut self, at: &At, v: &Json) -> String {
        match v {
            Json::Text(s) => String::from(s.as_ref()),
            other => {
                self.wrong_type(at, other, "a string");
                String::new()
            }
        }
    }

    pub(super) fn number(&mut self, at: &At, v: &Json) -> f64 {
        match v {
            Json::Number(raw) => number_value(raw),
            other => {
                self.wrong_type(at, other, "a number");
                0.0
            }
        }
    }

    /// A whole number that fits `T`, written without a fraction or exponent.
    pub(super) fn whole<T: std::str::FromStr + Default>(&mut self, at: &At, v: &Json, expected: &str) -> T {
        match v {
            Json::Number(raw) => raw.parse().unwrap_or_else(|_| {
                self.malformed(at, format!("invalid value: number `{raw}`, expected {expected}"));
                T::default()
            }),
            other => {
                self.wrong_type(at, other, expected);
                T::default()
            }
        }
    }

    /// One of a fixed set of ids, such as a finding's kind.
    pub(super) fn choice<T: Copy>(&mut self, at: &At, v: &Json, all: &[T], id: fn(T) -> &'static str) -> Option<T> {
        let Json::Text(s) = v else {
            self.wrong_type(at, v, "a string");
            return None;
        };
        let found = all.iter().copied().find(|&t| id(t) == s);
        if found.is_none() {
            let ids: Vec<&str> = all.iter().map(|&t| id(t)).collect();
            self.malformed(at, format!("unknown variant `{}`, expected {}", excerpt(s), one_of(&ids)));
        }
        found
    }
}

/// What a value is, for a message: `integer `2024``, `string "x"`, `a list`.
pub(super) fn describe(v: &Json) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => format!("boolean `{b}`"),
        Json::Number(raw) if raw.bytes().all(|b| b == b'-' || b.is_ascii_digit()) => format!("integer `{raw}`"),
        Json::Number(raw) => format!("number `{raw}`"),
        Json::Text(s) => format!("string \"{}\"", excerpt(s)),
        Json::List(_) => "a list".into(),
        Json::Object(_) => "an object".into(),
    }
}

/// The start of a long text, so a message stays readable.
pub(super) fn excerpt(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.into(),
    }
}

/// "`a` or `b`", or "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [a, b] => format!("{a} or {b}"),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

