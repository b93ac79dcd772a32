//! The rules of `dataset.md` that a well-shaped document can still break
//! (ids, references, dates, blank texts), checked on the model. The page
//! runs them at load time and `check-data` runs the same code, so both
//! report the same breaches.

use std::collections::BTreeSet;

use super::breach::{record_name, At, Breach, HERE};
use super::date::{Interval, PartialDate};
use super::model::*;

/// `^[a-z0-9]+(-[a-z0-9]+)*$`
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Every rule of `dataset.md` that a well-shaped document can still break.
pub fn validate(d: &Dataset) -> Vec<Breach> {
    let mut v = Validator { breaches: Vec::new(), record: String::new() };
    let top = |name| At::Field(&HERE, name);

    if d.schema != SCHEMA {
        v.push(&top("schema"), format!("is \"{}\" but must be \"{}\"", d.schema, SCHEMA));
    }
    v.text(&top("title"), Some(&d.title));
    v.text(&top("publisher"), d.publisher.as_deref());
    v.text(&top("licence"), Some(&d.licence));
    v.date(&top("updated"), Some(&d.updated));
    if d.scale.len() < 2 {
        v.push(&top("scale"), format!("has {} level(s) but needs at least two", d.scale.len()));
    }

    let scale = v.declared("scale", d.scale.iter().map(|s| (s.id.as_str(), [("label", s.label.as_str())])));
    let regions = v.declared("regions", d.regions.iter().map(|r| (r.id.as_str(), [("name", r.name.as_str())])));
    let types =
        v.declared("service_types", d.service_types.iter().map(|t| (t.id.as_str(), [("name", t.name.as_str())])));
    let themes = v.declared("themes", d.themes.iter().map(|t| (t.id.as_str(), [("name", t.name.as_str())])));
    let units = v.declared("units", d.units.iter().map(|u| (u.id.as_str(), [("name", u.name.as_str())])));
    for (i, level) in d.scale.iter().enumerate() {
        if !level.score.is_finite() {
            v.record = record_name("scale", i, Some(&level.id));
            v.push(&top("score"), "is not a finite number".into());
        }
    }

    let mut inspection_ids = BTreeSet::new();
    let mut finding_ids = BTreeSet::new();
    let mut recommendation_ids = BTreeSet::new();
    for (i, ins) in d.inspections.iter().enumerate() {
        v.record = record_name("inspections", i, Some(&ins.id));
        v.id(&top("id"), &ins.id, &mut inspection_ids);
        v.text(&top("title"), Some(&ins.title));
        v.reference(&top("service_type"), &ins.service_type, &types, "service_types");
        v.text(&top("provider"), ins.provider.as_deref());
        v.text(&top("area"), ins.area.as_deref());
        if let Some(u) = &ins.unit {
            v.reference(&top("unit"), u, &units, "units");
        }
        for (j, r) in ins.regions.iter().enumerate() {
            v.reference(&At::Item(&top("regions"), j), r, &regions, "regions");
        }
        v.date(&top("published"), ins.published.as_deref());
        if let Some(f) = &ins.fieldwork {
            if Interval::parse(f).is_none() {
                v.push(&top("fieldwork"), format!("\"{f}\" is not a date or a date interval (YYYY-MM/YYYY-MM)"));
            }
        }
        v.text(&top("chief_inspector"), ins.chief_inspector.as_deref());
        if let Some(o) = &ins.overall {
            v.reference(&top("overall"), o, &scale, "scale");
        }
        if let Some(s) = &ins.score {
            if !s.value.is_finite() || !s.max.is_finite() || s.max <= 0.0 || s.value < 0.0 || s.value > s.max {
                v.push(&top("score"), format!("{}/{} is not a score between 0 and a positive maximum", s.value, s.max));
            }
        }
        let list = top("ratings");
        for (j, r) in ins.ratings.iter().enumerate() {
            let here = At::Item(&list, j);
            v.text(&At::Field(&here, "code"), r.code.as_deref());
            v.text(&At::Field(&here, "domain"), r.domain.as_deref());
            v.text(&At::Field(&here, "standard"), Some(&r.standard));
            v.reference(&At::Field(&here, "rating"), &r.rating, &scale, "scale");
        }
        let list = top("facts");
        for (j, f) in ins.facts.iter().enumerate() {
            let here = At::Item(&list, j);
            v.text(&At::Field(&here, "label"), Some(&f.label));
            v.text(&At::Field(&here, "value"), Some(&f.value));
        }
        let list = top("findings");
        for (j, f) in ins.findings.iter().enumerate() {
            let here = At::Item(&list, j);
            v.id(&At::Field(&here, "id"), &f.id, &mut finding_ids);
            let listed = At::Field(&here, "themes");
            for (k, t) in f.themes.iter().enumerate() {
                v.reference(&At::Item(&listed, k), t, &themes, "themes");
            }
            v.text(&At::Field(&here, "text"), Some(&f.text));
        }
        let list = top("recommendations");
        for (j, r) in ins.recommendations.iter().enumerate() {
            let here = At::Item(&list, j);
            v.id(&At::Field(&here, "id"), &r.id, &mut recommendation_ids);
            v.text(&At::Field(&here, "to"), r.to.as_deref());
            let listed = At::Field(&here, "themes");
            for (k, t) in r.themes.iter().enumerate() {
                v.reference(&At::Item(&listed, k), t, &themes, "themes");
            }
            v.text(&At::Field(&here, "text"), Some(&r.text));
            v.date(&At::Field(&here, "target_date"), r.target_date.as_deref());
            v.text(&At::Field(&here, "source"), r.source.as_deref());
        }
        let list = top("sources");
        for (j, s) in ins.sources.iter().enumerate() {
            let here = At::Item(&list, j);
            v.text(&At::Field(&here, "url"), s.url.as_deref());
            v.text(&At::Field(&here, "title"), Some(&s.title));
        }
    }
    v.breaches
}

struct Validator {
    breaches: Vec<Breach>,
    record: String,
}

impl Validator {
    fn push(&mut self, field: &At, problem: String) {
        self.breaches.push(Breach { record: self.record.clone(), field: field.text(), problem });
    }

    fn text(&mut self, field: &At, value: Option<&str>) {
        if let Some(t) = value {
            if t.trim().is_empty() {
                self.push(field, "is empty".into());
            }
        }
    }

    fn date(&mut self, field: &At, value: Option<&str>) {
        if let Some(t) = value {
            if PartialDate::parse(t).is_none() {
                self.push(field, format!("\"{t}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
            }
        }
    }

    fn id<'a>(&mut self, field: &At, id: &'a str, seen: &mut BTreeSet<&'a str>) {
        if !is_valid_id(id) {
            self.push(field, format!("\"{id}\" is not a valid id (lower-case letters and digits joined by single hyphens)"));
        }
        if !seen.insert(id) {
            self.push(field, format!("\"{id}\" is used more than once"));
        }
    }

    fn reference(&mut self, field: &At, value: &str, declared: &BTreeSet<&str>, list: &str) {
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
            self.id(&At::Field(&HERE, "id"), id, &mut seen);
            for (field, text) in texts {
                self.text(&At::Field(&HERE, field), Some(text));
            }
        }
        self.record.clear();
        seen
    }
}
