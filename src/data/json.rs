//! A small, strict JSON reader (RFC 8259) for the dataset file.
//!
//! The page used serde_json with derived readers; they cost about a tenth of
//! the wasm for one file format. This reader builds a borrowed tree in one
//! pass, and `read.rs` turns the tree into the model, naming the field of
//! every problem it finds.

use std::borrow::Cow;
use std::fmt;

/// A JSON value borrowing from the text it was read from.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// The number as written; `read.rs` converts it to the type a field needs.
    Number(&'a str),
    Text(Cow<'a, str>),
    List(Vec<Json<'a>>),
    /// Members in file order; duplicates are kept for the reader to report.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Where and why a text is not JSON. Lines and columns count from 1; columns
/// count characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub problem: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (line {}, column {})", self.problem, self.line, self.column)
    }
}

/// Nesting deeper than this is refused rather than risk the stack; a dataset
/// needs five levels.
const MAX_DEPTH: usize = 128;

/// Reads a whole text as one JSON value. A leading byte-order mark is
/// skipped, as browsers do when they decode a fetched file, so `check-data`
/// and the page agree on a file saved with one.
pub fn parse(text: &str) -> Result<Json<'_>, SyntaxError> {
    let at = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let mut p = Parser { text, at, depth: 0 };
    let value = p.value()?;
    p.skip_space();
    if p.at < text.len() {
        return Err(p.error("trailing characters after the JSON value"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, problem: &'static str) -> SyntaxError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            problem,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Json<'a>, SyntaxError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("the text ends where a value should be")),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::list),
            Some(b'"') => Ok(Json::Text(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                let rest = &self.text[self.at..];
                for (word, value) in [("true", Json::Bool(true)), ("false", Json::Bool(false)), ("null", Json::Null)] {
                    if rest.starts_with(word) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Json<'a>, SyntaxError>) -> Result<Json<'a>, SyntaxError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error("values are nested too deeply"));
        }
        self.depth += 1;
        self.at += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    /// After the opening `[`.
    fn list(&mut self) -> Result<Json<'a>, SyntaxError> {
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::List(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::List(items));
                }
                None => return Err(self.error("the text ends inside a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    /// After the opening `{`.
    fn object(&mut self) -> Result<Json<'a>, SyntaxError> {
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("the text ends inside an object")),
                Some(_) => return Err(self.error("expected a key in double quotes")),
            }
            let key = self.string()?;
            self.skip_space();
            match self.peek() {
                Some(b':') => {}
                None => return Err(self.error("the text ends inside an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.at += 1;
            members.push((key, self.value()?));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                None => return Err(self.error("the text ends inside an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// At the opening quote. Borrows the text when it holds no escape.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.at += 1;
        let bytes = self.text.as_bytes();
        let mut owned: Option<String> = None;
        let mut run = self.at;
        loop {
            let Some(&b) = bytes.get(self.at) else {
                return Err(self.error("the text ends inside a string"));
            };
            match b {
                b'"' => {
                    let tail = &self.text[run..self.at];
                    self.at += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                    });
                }
                b'\\' => {
                    let mut s = owned.take().unwrap_or_default();
                    s.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    s.push(self.escape()?);
                    owned = Some(s);
                    run = self.at;
                }
                0..=0x1f => return Err(self.error("a control character must be escaped in a string")),
                _ => self.at += 1,
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let first = self.hex4()?;
                let code = match first {
                    0xd800..=0xdbff => {
                        if !self.text[self.at..].starts_with("\\u") {
                            return Err(self.error("a \\u escape holds half of a surrogate pair"));
                        }
                        self.at += 2;
                        let second = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&second) {
                            return Err(self.error("a \\u escape holds half of a surrogate pair"));
                        }
                        0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                    }
                    0xdc00..=0xdfff => return Err(self.error("a \\u escape holds half of a surrogate pair")),
                    code => code,
                };
                // Every code outside the surrogates is a char.
                return Ok(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            None => return Err(self.error("the text ends inside a string")),
            Some(_) => return Err(self.error("invalid escape in a string")),
        };
        self.at += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self.text.get(self.at..self.at + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(digits) = digits else {
            return Err(self.error("a \\u escape needs four hex digits"));
        };
        self.at += 4;
        Ok(u32::from_str_radix(digits, 16).unwrap_or(0))
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<Json<'a>, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            self.digits();
        }
        Ok(Json::Number(&self.text[start..self.at]))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }
}

/// The value of a number the parser accepted. Up to 19 significant digits
/// are used; a value of up to 15 digits with a power of ten within ±22 (every
/// score, count and tile a dataset holds) is exact, anything else is within a
/// few units in the last place. Too large a number gives infinity, which the
/// validator reports.
pub fn number_value(raw: &str) -> f64 {
    let (negative, body) = match raw.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, raw),
    };
    let (mantissa_text, exponent_text) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut significant = 0;
    let mut after_point = false;
    for b in mantissa_text.bytes() {
        if b == b'.' {
            after_point = true;
            continue;
        }
        let digit = u64::from(b - b'0');
        if significant < 19 {
            if mantissa > 0 || digit > 0 {
                significant += 1;
            }
            mantissa = mantissa * 10 + digit;
            if after_point {
                exponent -= 1;
            }
        } else if !after_point {
            exponent += 1;
        }
    }
    let written: i64 = match exponent_text.trim_start_matches('+').parse() {
        Ok(e) => e,
        Err(_) if exponent_text.is_empty() => 0,
        // The parser let it through, so only an exponent too long for i64
        // fails here; its sign decides.
        Err(_) if exponent_text.starts_with('-') => -100_000,
        Err(_) => 100_000,
    };
    let exponent = (exponent + written.clamp(-100_000, 100_000)) as i32;
    let m = mantissa as f64;
    let value = if mantissa == 0 {
        0.0
    } else if (0..=22).contains(&exponent) {
        m * 10f64.powi(exponent)
    } else if (-22..0).contains(&exponent) {
        m / 10f64.powi(-exponent)
    } else if exponent < 0 {
        // In two steps so that a tiny power of ten does not underflow first.
        m / 1e22 / 10f64.powi(-exponent - 22)
    } else {
        m * 10f64.powi(exponent)
    };
    if negative {
        -value
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2.5e1, true, false, null], "b": "x\"y\u00e9\ud83d\ude00", "": {}} "#).unwrap();
        let Json::Object(members) = v else { panic!("not an object") };
        assert_eq!(members[0].0, "a");
        assert_eq!(
            members[0].1,
            Json::List(vec![Json::Number("1"), Json::Number("-2.5e1"), Json::Bool(true), Json::Bool(false), Json::Null])
        );
        assert_eq!(members[1].1, Json::Text("x\"y\u{e9}\u{1f600}".into()));
        assert_eq!(members[2], ("".into(), Json::Object(vec![])));
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(parse("\u{feff}[1]").unwrap(), Json::List(vec![Json::Number("1")]));
        assert_eq!(err("\u{feff}"), "the text ends where a value should be (line 1, column 2)");
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        assert!(matches!(parse(r#""plain é""#).unwrap(), Json::Text(Cow::Borrowed("plain é"))));
    }

    #[test]
    fn errors_say_what_and_where() {
        assert_eq!(err("{\"a\": 1,\n  \"b\" 2}"), "expected `:` (line 2, column 7)");
        assert_eq!(err("[1, 2"), "the text ends inside a list (line 1, column 6)");
        assert_eq!(err("{\"a\" "), "the text ends inside an object (line 1, column 6)");
        assert_eq!(err("{\"a\": "), "the text ends where a value should be (line 1, column 7)");
        assert_eq!(err("{\"a\": \"é"), "the text ends inside a string (line 1, column 9)");
        assert_eq!(err(""), "the text ends where a value should be (line 1, column 1)");
        assert_eq!(err("[1 2]"), "expected `,` or `]` (line 1, column 4)");
        assert_eq!(err("{\"a\":1 \"b\":2}"), "expected `,` or `}` (line 1, column 8)");
        assert_eq!(err("{a:1}"), "expected a key in double quotes (line 1, column 2)");
        assert_eq!(err("[1,]"), "expected a value (line 1, column 4)");
        assert_eq!(err("{} x"), "trailing characters after the JSON value (line 1, column 4)");
        assert_eq!(err("[tru]"), "expected a value (line 1, column 2)");
        assert_eq!(err("\"\\x\""), "invalid escape in a string (line 1, column 3)");
        assert_eq!(err("\"\\u12\""), "a \\u escape needs four hex digits (line 1, column 4)");
        assert_eq!(err("\"\\ud800\""), "a \\u escape holds half of a surrogate pair (line 1, column 8)");
        assert_eq!(err("\"a\tb\""), "a control character must be escaped in a string (line 1, column 3)");
    }

    #[test]
    fn numbers_follow_the_grammar() {
        for bad in ["01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity"] {
            assert!(parse(bad).is_err(), "{bad} should not parse");
        }
        for good in ["0", "-0", "10", "1.25", "1e5", "1E-5", "-3.0e+2"] {
            assert_eq!(parse(good).unwrap(), Json::Number(good));
        }
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
            assert_eq!(number_value(raw), want, "{raw}");
        }
    }

    #[test]
    fn extreme_numbers_stay_close_or_overflow() {
        assert!((number_value("1.5e308") / 1.5e308 - 1.0).abs() < 1e-12);
        assert_eq!(number_value("1e400"), f64::INFINITY);
        assert_eq!(number_value("1e-400"), 0.0);
        assert_eq!(number_value("1e99999999999999999999"), f64::INFINITY);
        let long = "3.14159265358979323846264338327950288";
        assert!((number_value(long) - std::f64::consts::PI).abs() < 1e-15);
        assert!((number_value("12345678901234567890123") / 1.2345678901234568e22 - 1.0).abs() < 1e-15);
        assert!((number_value("2.5e-30") / 2.5e-30 - 1.0).abs() < 1e-14);
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = "[".repeat(10_000);
        assert_eq!(parse(&deep).unwrap_err().problem, "values are nested too deeply");
        let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&ok).is_ok());
    }
}
