//! Loading and checking a dataset. The same code runs in the browser at load
//! time and in the `check-data` command, so both report the same breaches.
//!
//! A breach names the record (`inspections[17] "probation-leeds-2023"`), the
//! field (`overall`) and what is wrong with it (`"gud" is not in scale`).

use std::collections::BTreeSet;
use std::fmt;

use serde_json::Value;

use super::date::{Interval, PartialDate};
use super::model::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    /// The record, e.g. `inspections[17] "probation-leeds-2023"`; empty for the
    /// document itself.
    pub record: String,
    /// The field within the record, e.g. `findings[2].themes[0]`.
    pub field: String,
    pub problem: String,
}

impl fmt::Display for Breach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.record.is_empty() {
            write!(f, "{} {}", self.field, self.problem)
        } else {
            write!(f, "{}: {} {}", self.record, self.field, self.problem)
        }
    }
}

/// Parses and validates a document. Every breach found is returned, not just
/// the first, so a maintainer can fix a file in one pass.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Breach>> {
    if text.trim().is_empty() {
        return Err(vec![doc_breach("file", "is empty: expected a JSON object")]);
    }
    // A well-shaped file is read straight into the model; only a file that
    // fails is read again, slowly, to say where every problem is.
    let dataset = match serde_json::from_str::<Dataset>(text) {
        Ok(d) => d,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(vec![doc_breach(
                "file",
                &format!("is not valid JSON: {} (line {}, column {})", strip_position(&e), e.line(), e.column()),
            )])
        }
        Err(_) => return Err(shape_breaches(text)),
    };
    let breaches = validate(&dataset);
    if breaches.is_empty() {
        Ok(dataset)
    } else {
        Err(breaches)
    }
}

/// The shape breaches of a document that is JSON but not a dataset: the
/// header and each inspection are read on their own, so one malformed record
/// does not hide the others.
fn shape_breaches(text: &str) -> Vec<Breach> {
    let Ok(mut value) = serde_json::from_str::<Value>(text) else {
        return vec![doc_breach("file", "is not valid JSON")];
    };
    let Some(object) = value.as_object_mut() else {
        return vec![doc_breach("file", "is not a JSON object")];
    };
    if let Some(schema) = object.get("schema") {
        if schema.as_str() != Some(SCHEMA) {
            return vec![doc_breach("schema", &format!("is {} but must be \"{}\"", schema, SCHEMA))];
        }
    }
    let raw_inspections = match object.insert("inspections".into(), Value::Array(Vec::new())) {
        Some(Value::Array(items)) => items,
        Some(_) => return vec![doc_breach("inspections", "must be a list")],
        None => return vec![doc_breach("inspections", "is missing")],
    };
    let mut breaches = Vec::new();
    if let Some(b) = shape_breach::<Dataset>(String::new(), &value) {
        breaches.push(b);
    }
    for (i, raw) in raw_inspections.iter().enumerate() {
        let id = raw.get("id").and_then(Value::as_str);
        if let Some(b) = shape_breach::<Inspection>(record_name("inspections", i, id), raw) {
            breaches.push(b);
        }
    }
    if breaches.is_empty() {
        breaches.push(doc_breach("file", "is not a valid dataset"));
    }
    breaches
}

fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

fn doc_breach(field: &str, problem: &str) -> Breach {
    Breach { record: String::new(), field: field.into(), problem: problem.into() }
}

/// Reads one record as `T`; on failure, names the field where reading
/// stopped, found from the error's position in the record's compact text.
fn shape_breach<T: serde::de::DeserializeOwned>(record: String, value: &Value) -> Option<Breach> {
    let text = value.to_string();
    let e = serde_json::from_str::<T>(&text).err()?;
    let path = error_path(&text, &e);
    let field = if path.is_empty() { "record".to_string() } else { path };
    Some(Breach { record, field, problem: format!("is malformed: {}", strip_position(&e)) })
}

/// The JSON path of the place a serde_json error was raised in `text`.
pub fn error_path(text: &str, e: &serde_json::Error) -> String {
    // serde_json counts lines from 1 and columns in bytes from 1.
    let line_start: usize = text.split_inclusive('\n').take(e.line().saturating_sub(1)).map(str::len).sum();
    path_at(text, line_start + e.column())
}

/// The JSON path (`findings[2].kind`) of the value being read at byte
/// `offset` of a JSON text. Just after an object closes (where a missing
/// field is reported), the path is that object's.
pub fn path_at(text: &str, offset: usize) -> String {
    enum Frame {
        Object { key: Option<String>, expect_key: bool },
        Array { index: usize },
    }
    fn render(frames: &[Frame]) -> String {
        let mut out = String::new();
        for f in frames {
            match f {
                Frame::Object { key: Some(k), .. } => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Frame::Object { key: None, .. } => {}
                Frame::Array { index } => out.push_str(&format!("[{index}]")),
            }
        }
        out
    }
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut frames: Vec<Frame> = Vec::new();
    let mut closed: Option<String> = None;
    let mut i = 0;
    while i < end {
        let b = bytes[i];
        if !b.is_ascii_whitespace() {
            closed = None;
        }
        match b {
            b'{' => frames.push(Frame::Object { key: None, expect_key: true }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
                closed = Some(render(&frames));
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key, expect_key }) => {
                    *key = None;
                    *expect_key = true;
                }
                None => {}
            },
            b'"' => {
                let mut j = i + 1;
                let mut raw = Vec::new();
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' {
                        j += 1;
                    }
                    if j < bytes.len() {
                        raw.push(bytes[j]);
                    }
                    j += 1;
                }
                if let Some(Frame::Object { key, expect_key }) = frames.last_mut() {
                    if *expect_key {
                        *key = Some(String::from_utf8_lossy(&raw).into_owned());
                        *expect_key = false;
                    }
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    match closed {
        Some(path) => path,
        None => render(&frames),
    }
}

fn record_name(kind: &str, index: usize, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("{kind}[{index}] \"{id}\""),
        None => format!("{kind}[{index}]"),
    }
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$`
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Every rule of `dataset.md` that a well-shaped document can still break.
pub fn validate(d: &Dataset) -> Vec<Breach> {
    let mut v = Validator { breaches: Vec::new(), record: String::new() };

    if d.schema != SCHEMA {
        v.push("schema", format!("is \"{}\" but must be \"{}\"", d.schema, SCHEMA));
    }
    v.text("title", Some(&d.title));
    v.text("publisher", d.publisher.as_deref());
    v.text("licence", Some(&d.licence));
    v.date("updated", Some(&d.updated));
    if d.scale.len() < 2 {
        v.push("scale", format!("has {} level(s) but needs at least two", d.scale.len()));
    }

    let scale = v.declared("scale", d.scale.iter().map(|s| (s.id.as_str(), [("label", s.label.as_str())])));
    let regions = v.declared("regions", d.regions.iter().map(|r| (r.id.as_str(), [("name", r.name.as_str())])));
    let types =
        v.declared("service_types", d.service_types.iter().map(|t| (t.id.as_str(), [("name", t.name.as_str())])));
    let themes = v.declared("themes", d.themes.iter().map(|t| (t.id.as_str(), [("name", t.name.as_str())])));
    for (i, level) in d.scale.iter().enumerate() {
        if !level.score.is_finite() {
            v.record = record_name("scale", i, Some(&level.id));
            v.push("score", "is not a finite number".into());
        }
    }

    let mut inspection_ids = BTreeSet::new();
    let mut finding_ids = BTreeSet::new();
    let mut recommendation_ids = BTreeSet::new();
    for (i, ins) in d.inspections.iter().enumerate() {
        v.record = record_name("inspections", i, Some(&ins.id));
        v.id("id", &ins.id, &mut inspection_ids);
        v.text("title", Some(&ins.title));
        v.reference("service_type", &ins.service_type, &types, "service_types");
        v.text("provider", ins.provider.as_deref());
        v.text("area", ins.area.as_deref());
        for (j, r) in ins.regions.iter().enumerate() {
            v.reference(&format!("regions[{j}]"), r, &regions, "regions");
        }
        v.date("published", ins.published.as_deref());
        if let Some(f) = &ins.fieldwork {
            if Interval::parse(f).is_none() {
                v.push("fieldwork", format!("\"{f}\" is not a date or a date interval (YYYY-MM/YYYY-MM)"));
            }
        }
        v.text("chief_inspector", ins.chief_inspector.as_deref());
        if let Some(o) = &ins.overall {
            v.reference("overall", o, &scale, "scale");
        }
        if let Some(s) = &ins.score {
            if !s.value.is_finite() || !s.max.is_finite() || s.max <= 0.0 || s.value < 0.0 || s.value > s.max {
                v.push("score", format!("{}/{} is not a score between 0 and a positive maximum", s.value, s.max));
            }
        }
        for (j, r) in ins.ratings.iter().enumerate() {
            v.text(&format!("ratings[{j}].code"), r.code.as_deref());
            v.text(&format!("ratings[{j}].domain"), r.domain.as_deref());
            v.text(&format!("ratings[{j}].standard"), Some(&r.standard));
            v.reference(&format!("ratings[{j}].rating"), &r.rating, &scale, "scale");
        }
        for (j, f) in ins.facts.iter().enumerate() {
            v.text(&format!("facts[{j}].label"), Some(&f.label));
            v.text(&format!("facts[{j}].value"), Some(&f.value));
        }
        for (j, f) in ins.findings.iter().enumerate() {
            v.id(&format!("findings[{j}].id"), &f.id, &mut finding_ids);
            for (k, t) in f.themes.iter().enumerate() {
                v.reference(&format!("findings[{j}].themes[{k}]"), t, &themes, "themes");
            }
            v.text(&format!("findings[{j}].text"), Some(&f.text));
        }
        for (j, r) in ins.recommendations.iter().enumerate() {
            v.id(&format!("recommendations[{j}].id"), &r.id, &mut recommendation_ids);
            v.text(&format!("recommendations[{j}].to"), r.to.as_deref());
            for (k, t) in r.themes.iter().enumerate() {
                v.reference(&format!("recommendations[{j}].themes[{k}]"), t, &themes, "themes");
            }
            v.text(&format!("recommendations[{j}].text"), Some(&r.text));
            v.date(&format!("recommendations[{j}].target_date"), r.target_date.as_deref());
            v.text(&format!("recommendations[{j}].source"), r.source.as_deref());
        }
        for (j, s) in ins.sources.iter().enumerate() {
            v.text(&format!("sources[{j}].url"), s.url.as_deref());
            v.text(&format!("sources[{j}].title"), Some(&s.title));
        }
    }
    v.breaches
}

struct Validator {
    breaches: Vec<Breach>,
    record: String,
}

impl Validator {
    fn push(&mut self, field: &str, problem: String) {
        self.breaches.push(Breach { record: self.record.clone(), field: field.into(), problem });
    }

    fn text(&mut self, field: &str, value: Option<&str>) {
        if let Some(t) = value {
            if t.trim().is_empty() {
                self.push(field, "is empty".into());
            }
        }
    }

    fn date(&mut self, field: &str, value: Option<&str>) {
        if let Some(t) = value {
            if PartialDate::parse(t).is_none() {
                self.push(field, format!("\"{t}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
            }
        }
    }

    fn id<'a>(&mut self, field: &str, id: &'a str, seen: &mut BTreeSet<&'a str>) {
        if !is_valid_id(id) {
            self.push(field, format!("\"{id}\" is not a valid id (lower-case letters and digits joined by single hyphens)"));
        }
        if !seen.insert(id) {
            self.push(field, format!("\"{id}\" is used more than once"));
        }
    }

    fn reference(&mut self, field: &str, value: &str, declared: &BTreeSet<&str>, list: &str) {
        if !declared.contains(value) {
            self.push(field, format!("\"{value}\" is not in {list}"));
        }
    }

    /// Checks a list of declared `{id, name}` entries and returns their ids.
    fn declared<'a, const N: usize>(
        &mut self,
        kind: &str,
        items: impl Iterator<Item = (&'a str, [(&'static str, &'a str); N])>,
    ) -> BTreeSet<&'a str> {
        let mut seen = BTreeSet::new();
        for (i, (id, texts)) in items.enumerate() {
            self.record = record_name(kind, i, Some(id));
            self.id("id", id, &mut seen);
            for (field, text) in texts {
                self.text(field, Some(text));
            }
        }
        self.record.clear();
        seen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_at_follows_objects_arrays_and_escapes() {
        let text = r#"{"a":1,"findings":[{"id":"x"},{"id":"y\"}","kind":"weak"}],"z":2}"#;
        let at = |needle: &str| text.find(needle).unwrap() + needle.len();
        assert_eq!(path_at(text, at("\"weak\"")), "findings[1].kind");
        assert_eq!(path_at(text, at("\"a\":1")), "a");
        // Just after an object closes: that object.
        assert_eq!(path_at(text, at("{\"id\":\"x\"}")), "findings[0]");
        assert_eq!(path_at(text, text.len()), "");
    }

    #[test]
    fn missing_field_names_the_object() {
        let text = r#"{"id":"a","title":"T","service_type":"s","findings":[{"id":"a-f1","kind":"concern"}]}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        let b = shape_breach::<Inspection>("inspections[0] \"a\"".into(), &value).unwrap();
        assert_eq!(b.to_string(), "inspections[0] \"a\": findings[0] is malformed: missing field `text`");
    }
}
