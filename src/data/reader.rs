//! Reads typed values out of a JSON tree, recording every value of the
//! wrong shape as a breach with its record and field (`inspections[3] "x":
//! findings[0].kind is malformed: ...`) and reading on, so a maintainer
//! fixes a file in one pass. What a record holds is `records.rs`'s.

use serde_json::Number;

use super::breach::{At, Breach};
use super::tree::Json;

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
            // Every number serde_json reads has an f64 value; NaN, never
            // reached, would be reported by the validator as not finite.
            Json::Number(n) => n.as_f64().unwrap_or(f64::NAN),
            other => {
                self.wrong_type(at, other, "a number");
                0.0
            }
        }
    }

    /// A whole number that fits `T`, written without a fraction or exponent.
    pub(super) fn whole<T>(&mut self, at: &At, v: &Json, expected: &str) -> T
    where
        T: TryFrom<u64> + TryFrom<i64> + Default,
    {
        match v {
            Json::Number(n) => whole_value(n).unwrap_or_else(|| {
                self.malformed(at, format!("invalid value: number `{n}`, expected {expected}"));
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

/// `n` as a `T`, if it is whole and in `T`'s range. serde_json keeps a
/// number written with a fraction or an exponent as an f64, so `2.0` and
/// `1e2` are not whole here.
fn whole_value<T: TryFrom<u64> + TryFrom<i64>>(n: &Number) -> Option<T> {
    match n.as_u64() {
        Some(u) => T::try_from(u).ok(),
        None => n.as_i64().and_then(|i| T::try_from(i).ok()),
    }
}

/// What a value is, for a message: `integer `2024``, `string "x"`, `a list`.
pub(super) fn describe(v: &Json) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => format!("boolean `{b}`"),
        Json::Number(n) if n.is_f64() => format!("number `{n}`"),
        Json::Number(n) => format!("integer `{n}`"),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `text` as one value with `read`, returning the value and the
    /// breaches said about it.
    fn read_one<T>(text: &str, read: impl FnOnce(&mut Reader, &At, &Json) -> T) -> (T, Vec<String>) {
        let doc: Json = serde_json::from_str(text).unwrap();
        let mut r = Reader::new();
        let value = read(&mut r, &At::Field(&At::Here, "n"), &doc);
        let said = r.finish().err().unwrap_or_default().iter().map(|b| b.to_string()).collect();
        (value, said)
    }

    fn number(text: &str) -> f64 {
        let (n, said) = read_one(text, Reader::number);
        assert!(said.is_empty(), "{said:?}");
        n
    }

    #[test]
    fn number_values_are_exact_for_ordinary_numbers() {
        let cases: [(&str, f64); 12] = [
            ("0", 0.0),
            ("27", 27.0),
            ("-4", -4.0),
            ("0.1", 0.1),
            ("2.5", 2.5),
            ("21.75", 21.75),
            ("1e3", 1000.0),
            ("12.5e-1", 1.25),
            ("123456789012345", 123456789012345.0),
            ("0.000001", 0.000001),
            ("4294967295", 4294967295.0),
            ("-0.5", -0.5),
        ];
        for (raw, want) in cases {
            assert_eq!(number(raw), want, "{raw}");
        }
    }

    #[test]
    fn extreme_numbers_stay_close() {
        assert!((number("1.5e308") / 1.5e308 - 1.0).abs() < 1e-12);
        assert_eq!(number("1e-400"), 0.0);
        let long = "3.14159265358979323846264338327950288";
        assert!((number(long) - std::f64::consts::PI).abs() < 1e-15);
        assert!((number("12345678901234567890123") / 1.2345678901234568e22 - 1.0).abs() < 1e-15);
        assert!((number("2.5e-30") / 2.5e-30 - 1.0).abs() < 1e-14);
    }

    #[test]
    fn whole_numbers_are_written_whole_and_fit() {
        const EXPECTED: &str = "a count";
        let count = |text: &str| read_one(text, |r, at, v| r.whole::<u32>(at, v, EXPECTED));
        assert_eq!(count("14"), (14, vec![]));
        assert_eq!(count("4294967295"), (u32::MAX, vec![]));
        for (text, shown) in [("-1", "-1"), ("4294967296", "4294967296"), ("2.0", "2.0"), ("1e2", "100.0")] {
            assert_eq!(count(text), (0, vec![format!("n is malformed: invalid value: number `{shown}`, expected a count")]));
        }
        assert_eq!(count("\"3\""), (0, vec!["n is malformed: invalid type: string \"3\", expected a count".to_string()]));
        let column = |text: &str| read_one(text, |r, at, v| r.whole::<i32>(at, v, EXPECTED));
        assert_eq!(column("-3"), (-3, vec![]));
        assert_eq!(column("2147483648").1.len(), 1);
    }

    #[test]
    fn values_are_described_by_kind() {
        let described = |text: &str| describe(&serde_json::from_str(text).unwrap());
        assert_eq!(described("2024"), "integer `2024`");
        assert_eq!(described("-7"), "integer `-7`");
        assert_eq!(described("2.5"), "number `2.5`");
        assert_eq!(described("true"), "boolean `true`");
        assert_eq!(described("null"), "null");
        assert_eq!(described("[1]"), "a list");
        assert_eq!(described("{}"), "an object");
        assert_eq!(described(&format!("\"{}\"", "z".repeat(61))), format!("string \"{}…\"", "z".repeat(60)));
    }
}
