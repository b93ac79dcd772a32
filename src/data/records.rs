//! The dataset's records as the reader reads them from a JSON tree: which
//! fields each record has, which are required, and the type of each.

use super::breach::{doc_breach, record_name, At, Breach};
use super::model::*;
use super::reader::{describe, excerpt, Reader};
use super::tree::Json;

const DATASET: &[&str] =
    &["schema", "title", "publisher", "licence", "updated", "scale", "regions", "service_types", "themes", "units", "inspections"];
const INSPECTION: &[&str] = &[
    "id",
    "title",
    "service_type",
    "provider",
    "area",
    "unit",
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
    let mut r = Reader::new();
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
        units: r.list(&at, &m, "units", |r, at, v| {
            let (id, name) = id_and_name(r, at, v);
            Unit { id, name }
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
    r.finish().map(|()| d)
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
        unit: r.optional(at, &m, "unit", text),
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
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        let doc: Json = serde_json::from_str(text).unwrap();
        match dataset(&doc) {
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
