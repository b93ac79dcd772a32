//! Turns a JSON tree into the model. Every value of the wrong shape is
//! reported with its record and field (`inspections[3] "x": findings[0].kind
//! is malformed: ...`), not just the first, so a maintainer fixes a file in
//! one pass.

use super::breach::{doc_breach, record_name, At, Breach};
use super::json::{number_value, Json};
use super::model::*;

/// Reads one value of a type at a place.
type ReadFn<T> = fn(&mut Reader, &At, &Json) -> T;

/// The members of one object, by the field names its type allows.
struct Members<'v, 'a> {
    names: &'static [&'static str],
    values: Vec<Option<&'v Json<'a>>>,
    /// False when the value was not an object (already reported), so its
    /// fields are not also reported missing.
    is_object: bool,
}

impl<'v, 'a> Members<'v, 'a> {
    fn get(&self, name: &str) -> Option<&'v Json<'a>> {
        self.names.iter().position(|n| *n == name).and_then(|i| self.values[i])
    }
}

struct Reader {
    /// The record being read, as `record_name` gives it; empty for the
    /// document's own fields.
    record: String,
    breaches: Vec<Breach>,
}

impl Reader {
    fn malformed(&mut self, at: &At, problem: String) {
        let mut field = at.text();
        if field.is_empty() {
            field = if self.record.is_empty() { "file" } else { "record" }.into();
        }
        self.breaches.push(Breach { record: self.record.clone(), field, problem: format!("is malformed: {problem}") });
    }

    fn wrong_type(&mut self, at: &At, found: &Json, expected: &str) {
        self.malformed(at, format!("invalid type: {}, expected {expected}", describe(found)));
    }

    fn members<'v, 'a>(&mut self, at: &At, value: &'v Json<'a>, names: &'static [&'static str]) -> Members<'v, 'a> {
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
    fn required<T>(&mut self, at: &At, m: &Members, name: &str, read: ReadFn<T>, missing: T) -> T {
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
    fn optional<T>(&mut self, at: &At, m: &Members, name: &str, read: ReadFn<T>) -> Option<T> {
        match m.get(name) {
            None | Some(Json::Null) => None,
            Some(v) => Some(read(self, &At::Field(at, name), v)),
        }
    }

    /// A list field; absent means empty.
    fn list<T>(&mut self, at: &At, m: &Members, name: &str, read: ReadFn<T>) -> Vec<T> {
        match m.get(name) {
            None => Vec::new(),
            Some(v) => self.list_items(&At::Field(at, name), v, read),
        }
    }

    /// The items of a list value.
    fn list_items<T>(&mut self, at: &At, v: &Json, read: ReadFn<T>) -> Vec<T> {
        match v {
            Json::List(items) => items.iter().enumerate().map(|(i, v)| read(self, &At::Item(at, i), v)).collect(),
            other => {
                self.wrong_type(at, other, "a list");
                Vec::new()
            }
        }
    }

    fn text(&mut self, at: &At, v: &Json) -> String {
        match v {
            Json::Text(s) => String::from(s.as_ref()),
            other => {
                self.wrong_type(at, other, "a string");
                String::new()
            }
        }
    }

    fn number(&mut self, at: &At, v: &Json) -> f64 {
        match v {
            Json::Number(raw) => number_value(raw),
            other => {
                self.wrong_type(at, other, "a number");
                0.0
            }
        }
    }

    /// A whole number that fits `T`, written without a fraction or exponent.
    fn whole<T: std::str::FromStr + Default>(&mut self, at: &At, v: &Json, expected: &str) -> T {
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
    fn choice<T: Copy>(&mut self, at: &At, v: &Json, all: &[T], id: fn(T) -> &'static str) -> Option<T> {
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
fn describe(v: &Json) -> String {
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
fn excerpt(s: &str) -> String {
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

const DATASET: &[&str] =
    &["schema", "title", "publisher", "licence", "updated", "scale", "regions", "service_types", "themes", "inspections"];
const INSPECTION: &[&str] = &[
    "id",
    "title",
    "service_type",
    "provider",
    "area",
    "regions",
    "published",
    "fieldwork",
    "chief_inspector",
    "overall",
    "score",
    "ratings",
    "recommendation_count",
    "facts",
    "findings",
    "recommendations",
    "sources",
];

/// Reads a parsed document into the model, or says every place where its
/// shape is wrong. The rules a well-shaped document can still break are
/// `validate`'s.
pub(super) fn dataset(doc: &Json) -> Result<Dataset, Vec<Breach>> {
    let Json::Object(top) = doc else {
        return Err(vec![doc_breach("file", "is not a JSON object")]);
    };
    // Another version of the format may differ in any way, so a wrong schema
    // is the one thing said about it.
    match top.iter().find(|(k, _)| k == "schema") {
        Some((_, Json::Text(s))) if *s == SCHEMA => {}
        Some((_, v)) => {
            let shown = match v {
                Json::Text(s) => format!("\"{}\"", excerpt(s)),
                other => describe(other),
            };
            return Err(vec![doc_breach("schema", &format!("is {shown} but must be \"{SCHEMA}\""))]);
        }
        None => {}
    }
    let mut r = Reader { record: String::new(), breaches: Vec::new() };
    let at = At::Here;
    let m = r.members(&at, doc, DATASET);
    let text = Reader::text;
    let mut d = Dataset {
        schema: r.required(&at, &m, "schema", text, String::new()),
        title: r.required(&at, &m, "title", text, String::new()),
        publisher: r.optional(&at, &m, "publisher", text),
        licence: r.required(&at, &m, "licence", text, String::new()),
        updated: r.required(&at, &m, "updated", text, String::new()),
        scale: r.required(&at, &m, "scale", |r, at, v| r.list_items(at, v, scale_level), Vec::new()),
        regions: r.list(&at, &m, "regions", region),
        service_types: r.list(&at, &m, "service_types", |r, at, v| {
            let (id, name) = id_and_name(r, at, v);
            ServiceType { id, name }
        }),
        themes: r.list(&at, &m, "themes", |r, at, v| {
            let (id, name) = id_and_name(r, at, v);
            Theme { id, name }
        }),
        inspections: Vec::new(),
    };
    match m.get("inspections") {
        Some(Json::List(items)) => {
            for (i, v) in items.iter().enumerate() {
                r.record = record_name("inspections", i, id_of(v));
                d.inspections.push(inspection(&mut r, &At::Here, v));
            }
        }
        Some(other) => r.wrong_type(&At::Field(&at, "inspections"), other, "a list"),
        None => r.malformed(&at, "missing field `inspections`".into()),
    }
    if r.breaches.is_empty() {
        Ok(d)
    } else {
        Err(r.breaches)
    }
}

fn id_of<'v>(v: &'v Json) -> Option<&'v str> {
    match v {
        Json::Object(members) => members.iter().find_map(|(k, v)| match v {
            Json::Text(id) if k == "id" => Some(id.as_ref()),
            _ => None,
        }),
        _ => None,
    }
}

fn scale_level(r: &mut Reader, at: &At, v: &Json) -> ScaleLevel {
    let m = r.members(at, v, &["id", "label", "score"]);
    ScaleLevel {
        id: r.required(at, &m, "id", Reader::text, String::new()),
        label: r.required(at, &m, "label", Reader::text, String::new()),
        score: r.required(at, &m, "score", Reader::number, 0.0),
    }
}

fn region(r: &mut Reader, at: &At, v: &Json) -> Region {
    let m = r.members(at, v, &["id", "name", "tile"]);
    Region {
        id: r.required(at, &m, "id", Reader::text, String::new()),
        name: r.required(at, &m, "name", Reader::text, String::new()),
        tile: r.optional(at, &m, "tile", tile),
    }
}

fn tile(r: &mut Reader, at: &At, v: &Json) -> [i32; 2] {
    const EXPECTED: &str = "a list of two whole numbers [column, row]";
    match v {
        Json::List(items) if items.len() == 2 => {
            [r.whole(&At::Item(at, 0), &items[0], EXPECTED), r.whole(&At::Item(at, 1), &items[1], EXPECTED)]
        }
        Json::List(items) => {
            r.malformed(at, format!("invalid length {}, expected {EXPECTED}", items.len()));
            [0, 0]
        }
        other => {
            r.wrong_type(at, other, EXPECTED);
            [0, 0]
        }
    }
}

fn id_and_name(r: &mut Reader, at: &At, v: &Json) -> (String, String) {
    let m = r.members(at, v, &["id", "name"]);
    (r.required(at, &m, "id", Reader::text, String::new()), r.required(at, &m, "name", Reader::text, String::new()))
}

fn inspection(r: &mut Reader, at: &At, v: &Json) -> Inspection {
    let m = r.members(at, v, INSPECTION);
    let text = Reader::text;
    Inspection {
        id: r.required(at, &m, "id", text, String::new()),
        title: r.required(at, &m, "title", text, String::new()),
        service_type: r.required(at, &m, "service_type", text, String::new()),
        provider: r.optional(at, &m, "provider", text),
        area: r.optional(at, &m, "area", text),
        regions: r.list(at, &m, "regions", text),
        published: r.optional(at, &m, "published", text),
        fieldwork: r.optional(at, &m, "fieldwork", text),
        chief_inspector: r.optional(at, &m, "chief_inspector", text),
        overall: r.optional(at, &m, "overall", text),
        score: r.optional(at, &m, "score", |r, at, v| {
            let m = r.members(at, v, &["value", "max"]);
            Score {
                value: r.required(at, &m, "value", Reader::number, 0.0),
                max: r.required(at, &m, "max", Reader::number, 0.0),
            }
        }),
        ratings: r.list(at, &m, "ratings", |r, at, v| {
            let m = r.members(at, v, &["code", "domain", "standard", "rating"]);
            StandardRating {
                code: r.optional(at, &m, "code", Reader::text),
                domain: r.optional(at, &m, "domain", Reader::text),
                standard: r.required(at, &m, "standard", Reader::text, String::new()),
                rating: r.required(at, &m, "rating", Reader::text, String::new()),
            }
        }),
        recommendation_count: r.optional(at, &m, "recommendation_count", |r, at, v| {
            r.whole(at, v, "a whole number from 0 to 4294967295")
        }),
        facts: r.list(at, &m, "facts", |r, at, v| {
            let m = r.members(at, v, &["label", "value"]);
            Fact {
                label: r.required(at, &m, "label", Reader::text, String::new()),
                value: r.required(at, &m, "value", Reader::text, String::new()),
            }
        }),
        findings: r.list(at, &m, "findings", finding),
        recommendations: r.list(at, &m, "recommendations", recommendation),
        sources: r.list(at, &m, "sources", |r, at, v| {
            let m = r.members(at, v, &["url", "title"]);
            Source {
                url: r.optional(at, &m, "url", Reader::text),
                title: r.required(at, &m, "title", Reader::text, String::new()),
            }
        }),
    }
}

fn finding(r: &mut Reader, at: &At, v: &Json) -> Finding {
    let m = r.members(at, v, &["id", "kind", "themes", "text"]);
    Finding {
        id: r.required(at, &m, "id", Reader::text, String::new()),
        kind: r.required(
            at,
            &m,
            "kind",
            |r, at, v| r.choice(at, v, &FindingKind::ALL, FindingKind::id).unwrap_or(FindingKind::Strength),
            FindingKind::Strength,
        ),
        themes: r.list(at, &m, "themes", Reader::text),
        text: r.required(at, &m, "text", Reader::text, String::new()),
    }
}

fn recommendation(r: &mut Reader, at: &At, v: &Json) -> Recommendation {
    let m = r.members(at, v, &["id", "to", "themes", "text", "basis", "response", "target_date", "source"]);
    Recommendation {
        id: r.required(at, &m, "id", Reader::text, String::new()),
        to: r.optional(at, &m, "to", Reader::text),
        themes: r.list(at, &m, "themes", Reader::text),
        text: r.required(at, &m, "text", Reader::text, String::new()),
        basis: r.required(
            at,
            &m,
            "basis",
            |r, at, v| r.choice(at, v, &Basis::ALL, Basis::id).unwrap_or(Basis::Unverified),
            Basis::Unverified,
        ),
        response: r.optional(at, &m, "response", |r, at, v| r.choice(at, v, &Response::ALL, Response::id)).flatten(),
        target_date: r.optional(at, &m, "target_date", Reader::text),
        source: r.optional(at, &m, "source", Reader::text),
    }
}

#[cfg(test)]
mod tests {
    use super::super::json::parse;
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        match dataset(&parse(text).unwrap()) {
            Ok(_) => vec![],
            Err(b) => b.iter().map(|b| b.to_string()).collect(),
        }
    }

    const HEAD: &str = r#""schema":"inspection-explorer/v1","title":"T","licence":"L","updated":"2024","scale":[]"#;

    #[test]
    fn missing_field_names_the_object() {
        let doc = format!(
            r#"{{{HEAD},"inspections":[{{"id":"a","title":"T","service_type":"s","findings":[{{"id":"a-f1","kind":"concern"}}]}}]}}"#
        );
        assert_eq!(problems(&doc), ["inspections[0] \"a\": findings[0] is malformed: missing field `text`"]);
    }

    #[test]
    fn every_shape_problem_is_reported_with_its_path() {
        let doc = format!(
            r#"{{{HEAD},"regions":[{{"id":"n","name":"N","tile":[1,2,3]}}],"inspections":[
                {{"id":"a","title":"T","service_type":"s","score":{{"value":"x","max":27}},"recommendation_count":-1}},
                {{"title":7,"service_type":"s","ratings":[{{"standard":"S","rating":"r","extra":1}}]}},
                "not a record"
            ]}}"#
        );
        assert_eq!(
            problems(&doc),
            [
                "regions[0].tile is malformed: invalid length 3, expected a list of two whole numbers [column, row]",
                "inspections[0] \"a\": score.value is malformed: invalid type: string \"x\", expected a number",
                "inspections[0] \"a\": recommendation_count is malformed: invalid value: number `-1`, expected a whole number from 0 to 4294967295",
                "inspections[1]: record is malformed: missing field `id`",
                "inspections[1]: title is malformed: invalid type: integer `7`, expected a string",
                "inspections[1]: ratings[0].extra is malformed: unknown field `extra`, expected one of `code`, `domain`, `standard`, `rating`",
                "inspections[2]: record is malformed: invalid type: string \"not a record\", expected an object",
            ]
        );
    }

    #[test]
    fn document_level_problems() {
        assert_eq!(problems("[]"), ["file is not a JSON object"]);
        assert_eq!(problems(r#"{"schema": 2}"#), ["schema is integer `2` but must be \"inspection-explorer/v1\""]);
        assert_eq!(
            problems(r#"{"title":"T","title":"U"}"#),
            [
                "title is malformed: duplicate field `title`",
                "file is malformed: missing field `schema`",
                "file is malformed: missing field `licence`",
                "file is malformed: missing field `updated`",
                "file is malformed: missing field `scale`",
                "file is malformed: missing field `inspections`",
            ]
        );
        assert_eq!(
            problems(&format!(r#"{{{HEAD},"inspections":{{}}}}"#)),
            ["inspections is malformed: invalid type: an object, expected a list"]
        );
    }

    #[test]
    fn enums_null_and_long_texts() {
        let long = "y".repeat(100);
        let doc = format!(
            r#"{{{HEAD},"inspections":[{{"id":"a","title":"T","service_type":"s","provider":null,
                "findings":[{{"id":"f","kind":"{long}","text":"t"}}],
                "recommendations":[{{"id":"r","text":"t","basis":"statement","response":"maybe"}}]}}]}}"#
        );
        let found = problems(&doc);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[0],
            format!(
                "inspections[0] \"a\": findings[0].kind is malformed: unknown variant `{}…`, expected `strength` or `concern`",
                &long[..60]
            )
        );
        assert_eq!(
            found[1],
            "inspections[0] \"a\": recommendations[0].response is malformed: unknown variant `maybe`, expected one of `accepted`, `partially-accepted`, `not-accepted`"
        );
        let doc = format!(r#"{{{HEAD},"inspections":[{{"id":"a","title":{{}},"service_type":"{long}","area":"{long}{long}"}}]}}"#);
        assert_eq!(problems(&doc), ["inspections[0] \"a\": title is malformed: invalid type: an object, expected a string"]);
        let doc = format!(r#"{{{HEAD},"inspections":[{{"id":"a","title":"T","service_type":["{long}"]}}]}}"#);
        assert_eq!(problems(&doc), ["inspections[0] \"a\": service_type is malformed: invalid type: a list, expected a string"]);
        let doc = format!(r#"{{{HEAD},"inspections":[{{"id":"a","title":"T","service_type":"{long}{long}","regions":"x{long}"}}]}}"#);
        assert_eq!(
            problems(&doc),
            [format!("inspections[0] \"a\": regions is malformed: invalid type: string \"x{}…\", expected a list", &long[..59])]
        );
    }
}
