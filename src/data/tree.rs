//! The dataset file as serde_json reads it: a tree of JSON values that the
//! reader walks to build the model.
//!
//! It is a tree of our own rather than `serde_json::Value` for two reasons:
//! an object keeps its members as written, in order and with any key given
//! twice, so the reader can report the duplicate (a map would keep one and
//! drop the other silently); and strings without escapes borrow from the
//! text, so reading a large file copies each string once, into the model.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde_json::Number;

/// A JSON value borrowing from the text it was read from.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Text(Cow<'a, str>),
    List(Vec<Json<'a>>),
    /// Members in file order; duplicates are kept for the reader to report.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Json<'de>, E> {
        // serde_json never yields a non-finite number (it refuses one out of
        // range), but JSON cannot hold one, so another source must not either.
        Number::from_f64(n).map(Json::Number).ok_or_else(|| E::invalid_value(Unexpected::Float(n), &self))
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::Text(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(Json::Text(Cow::Owned(s.into())))
    }

    fn visit_string<E>(self, s: String) -> Result<Json<'de>, E> {
        Ok(Json::Text(Cow::Owned(s)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut members = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some((Key(key), value)) = map.next_entry()? {
            members.push((key, value));
        }
        Ok(Json::Object(members))
    }
}

/// An object's key. serde's own `Cow<str>` always copies; this borrows when
/// the deserializer can lend the text.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key in double quotes")
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(s.into())))
    }

    fn visit_string<E>(self, s: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(s)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Json<'_>, serde_json::Error> {
        serde_json::from_str(text)
    }

    fn members<'v, 'a>(v: &'v Json<'a>) -> &'v [(Cow<'a, str>, Json<'a>)] {
        match v {
            Json::Object(members) => members,
            other => panic!("not an object: {other:?}"),
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2.5e1, true, false, null], "b": "x\"y\u00e9\ud83d\ude00", "": {}} "#).unwrap();
        let members = members(&v);
        assert_eq!(members[0].0, "a");
        assert_eq!(
            members[0].1,
            Json::List(vec![
                Json::Number(1.into()),
                Json::Number(Number::from_f64(-25.0).unwrap()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null
            ])
        );
        assert_eq!(members[1].1, Json::Text("x\"y\u{e9}\u{1f600}".into()));
        assert_eq!(members[2], ("".into(), Json::Object(vec![])));
    }

    #[test]
    fn numbers_keep_whether_they_are_whole() {
        let v = parse("[0, 27, -4, 4294967295, 2.5, 1e3, 12.5e-1]").unwrap();
        let Json::List(items) = v else { panic!("not a list") };
        let numbers: Vec<&Number> =
            items.iter().map(|i| if let Json::Number(n) = i { n } else { panic!("{i:?}") }).collect();
        assert_eq!(numbers[0].as_u64(), Some(0));
        assert_eq!(numbers[1].as_u64(), Some(27));
        assert_eq!(numbers[2].as_i64(), Some(-4));
        assert_eq!(numbers[3].as_u64(), Some(4_294_967_295));
        assert_eq!(numbers[4].as_f64(), Some(2.5));
        // Written with an exponent or a fraction, a number is not whole.
        assert!(numbers[5].is_f64() && numbers[5].as_f64() == Some(1000.0));
        assert_eq!(numbers[6].as_f64(), Some(1.25));
    }

    #[test]
    fn a_key_given_twice_is_kept_in_order() {
        let v = parse(r#"{"title": "T", "id": "a", "title": "U"}"#).unwrap();
        let keys: Vec<&str> = members(&v).iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["title", "id", "title"]);
        assert_eq!(members(&v)[2].1, Json::Text("U".into()));
    }

    #[test]
    fn strings_and_keys_without_escapes_are_borrowed() {
        let v = parse(r#"{"plain": "plain é", "esc\u0061ped": "tab\there"}"#).unwrap();
        let m = members(&v);
        assert!(matches!(m[0], (Cow::Borrowed("plain"), Json::Text(Cow::Borrowed("plain é")))), "{m:?}");
        assert!(matches!(&m[1].0, Cow::Owned(k) if k == "escaped"), "{m:?}");
        assert!(matches!(&m[1].1, Json::Text(Cow::Owned(t)) if t == "tab\there"), "{m:?}");
    }

    #[test]
    fn syntax_errors_say_where() {
        let err = |text: &str| parse(text).unwrap_err().to_string();
        assert_eq!(err("{\"a\": 1,\n  \"b\" 2}"), "expected `:` at line 2 column 7");
        assert_eq!(err("[1, 2"), "EOF while parsing a list at line 1 column 5");
        assert_eq!(err("{} x"), "trailing characters at line 1 column 4");
        assert_eq!(err("[1,]"), "trailing comma at line 1 column 4");
    }

    #[test]
    fn numbers_follow_the_grammar() {
        for bad in ["01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "1e400"] {
            assert!(parse(bad).is_err(), "{bad} should not parse");
        }
        for good in ["0", "-0", "10", "1.25", "1e5", "1E-5", "-3.0e+2"] {
            assert!(matches!(parse(good), Ok(Json::Number(_))), "{good} should parse");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = "[".repeat(10_000);
        assert!(parse(&deep).unwrap_err().to_string().starts_with("recursion limit exceeded"));
        let ok = format!("{}{}", "[".repeat(127), "]".repeat(127));
        assert!(parse(&ok).is_ok());
    }
}
