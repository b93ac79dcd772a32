//! The URL contract (`shared/design/urls.md`): parsing a query string into a
//! view's state and printing it back, one canonical URL per view.
//!
//! Parsing never fails: unknown keys are ignored, unknown values are dropped
//! and reported so the page can say what it ignored.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Deserialize;

use crate::data::{Basis, Dataset, FindingKind, Response};
use crate::sort::sort_by;

use super::filter::{Filter, REINSPECTED};

/// The query keys of the URL contract (`shared/design/urls.md`), as the
/// address gives them: what `use_location().query::<UrlQuery>()` reads in the
/// page, and what the tests parse natively, through the same
/// `serde_urlencoded` decoding. Values are raw text; `Filter::from_url` and
/// `ListView::from_url` check them against the dataset.
///
/// It is read through a list of pairs rather than as a derived struct so
/// that a key given twice keeps its last value instead of failing the whole
/// address, and so that an unknown key is simply ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "Vec<(String, String)>")]
pub struct UrlQuery {
    pub region: Option<String>,
    pub r#type: Option<String>,
    pub rating: Option<String>,
    pub theme: Option<String>,
    pub kind: Option<String>,
    pub basis: Option<String>,
    pub response: Option<String>,
    pub reinspected: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub q: Option<String>,
    pub group: Option<String>,
    pub sort: Option<String>,
    pub ids: Option<String>,
}

impl From<Vec<(String, String)>> for UrlQuery {
    fn from(pairs: Vec<(String, String)>) -> UrlQuery {
        let mut query = UrlQuery::default();
        for (key, value) in pairs {
            if let Some(slot) = query.slot(&key) {
                *slot = Some(value);
            }
        }
        query
    }
}

impl UrlQuery {
    /// Parses a query string (the leading `?` optional). Decoding is
    /// forgiving: `+` is a space, an invalid `%` escape stays as written.
    pub fn parse(query: &str) -> UrlQuery {
        let query = query.strip_prefix('?').unwrap_or(query);
        serde_urlencoded::from_str(query).unwrap_or_default()
    }

    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "region" => &mut self.region,
            "type" => &mut self.r#type,
            "rating" => &mut self.rating,
            "theme" => &mut self.theme,
            "kind" => &mut self.kind,
            "basis" => &mut self.basis,
            "response" => &mut self.response,
            "reinspected" => &mut self.reinspected,
            "since" => &mut self.since,
            "until" => &mut self.until,
            "q" => &mut self.q,
            "group" => &mut self.group,
            "sort" => &mut self.sort,
            "ids" => &mut self.ids,
            _ => return None,
        })
    }

    /// The filter keys that are present, in `FILTER_KEYS` order.
    fn filter_pairs(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("region", &self.region),
            ("type", &self.r#type),
            ("rating", &self.rating),
            ("theme", &self.theme),
            ("kind", &self.kind),
            ("basis", &self.basis),
            ("response", &self.response),
            ("reinspected", &self.reinspected),
            ("since", &self.since),
            ("until", &self.until),
            ("q", &self.q),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().map(|v| (k, v)))
    }
}

/// What a query value may hold unescaped: letters, digits and `-_.~`
/// (RFC 3986's unreserved characters).
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
/// The same, with commas left as they are: they separate list values and
/// read better unescaped (`region=south-west,wales`).
const ESCAPED_BUT_COMMAS: &AsciiSet = &ESCAPED.remove(b',');

/// A value the URL named that the dataset does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub key: String,
    pub value: String,
}

impl std::fmt::Display for Ignored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} \"{}\"", self.key, self.value)
    }
}

/// The keys of the filter, in the order they are printed.
pub const FILTER_KEYS: [&str; 11] =
    ["region", "type", "rating", "theme", "kind", "basis", "response", "reinspected", "since", "until", "q"];

/// Years outside this range are taken for typing mistakes.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

impl Filter {
    /// Reads the filter keys of a query string (see `from_url`).
    pub fn from_query(query: &str, data: &Dataset) -> (Filter, Vec<Ignored>) {
        Filter::from_url(&UrlQuery::parse(query), data)
    }

    /// Reads the filter keys of an address, checking every value against
    /// the dataset's declared ids. Other keys are left to the page.
    pub fn from_url(query: &UrlQuery, data: &Dataset) -> (Filter, Vec<Ignored>) {
        let mut filter = Filter::default();
        let mut ignored = Vec::new();
        for (key, value) in query.filter_pairs() {
            let mut list = |known: &dyn Fn(&str) -> bool, into: &mut Vec<String>| {
                for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    if known(v) && !into.iter().any(|x| x == v) {
                        into.push(v.to_string());
                    } else if !known(v) {
                        ignored.push(Ignored { key: key.to_string(), value: v.to_string() });
                    }
                }
            };
            match key {
                "region" => list(&|v| data.region(v).is_some(), &mut filter.regions),
                "type" => list(&|v| data.service_type(v).is_some(), &mut filter.types),
                "rating" => list(&|v| data.scale_level(v).is_some(), &mut filter.ratings),
                "theme" => list(&|v| data.theme(v).is_some(), &mut filter.themes),
                "kind" => {
                    let mut kinds = Vec::new();
                    list(&|v| FindingKind::from_id(v).is_some(), &mut kinds);
                    filter.kinds = kinds.iter().filter_map(|k| FindingKind::from_id(k)).collect();
                }
                "basis" => {
                    let mut bases = Vec::new();
                    list(&|v| Basis::from_id(v).is_some(), &mut bases);
                    filter.bases = bases.iter().filter_map(|b| Basis::from_id(b)).collect();
                }
                "response" => {
                    let mut responses = Vec::new();
                    list(&|v| Response::choice_from_id(v).is_some(), &mut responses);
                    filter.responses = responses.iter().filter_map(|r| Response::choice_from_id(r)).collect();
                }
                "reinspected" => {
                    let mut values = Vec::new();
                    list(&|v| v == REINSPECTED, &mut values);
                    filter.reinspected = !values.is_empty();
                }
                "since" | "until" => {
                    let v = value.trim();
                    match v.parse::<i32>() {
                        Ok(year) if YEAR_RANGE.contains(&year) => {
                            if key == "since" {
                                filter.since = Some(year)
                            } else {
                                filter.until = Some(year)
                            }
                        }
                        _ if v.is_empty() => {}
                        _ => ignored.push(Ignored { key: key.to_string(), value: v.to_string() }),
                    }
                }
                "q" => filter.q = value.trim().to_string(),
                _ => {}
            }
        }
        filter.normalise(data);
        (filter, ignored)
    }

    /// Puts list values in the dataset's declared order, so that one view
    /// has one URL whatever order the values were chosen in.
    pub fn normalise(&mut self, data: &Dataset) {
        let order = |ids: &mut Vec<String>, declared: Vec<&str>| {
            let rank = |id: &String| declared.iter().position(|d| d == id).unwrap_or(usize::MAX);
            sort_by(ids, &|a, b| rank(a).cmp(&rank(b)));
            ids.dedup();
        };
        order(&mut self.regions, data.regions.iter().map(|r| r.id.as_str()).collect());
        order(&mut self.types, data.service_types.iter().map(|t| t.id.as_str()).collect());
        order(&mut self.ratings, data.scale.iter().map(|s| s.id.as_str()).collect());
        order(&mut self.themes, data.themes.iter().map(|t| t.id.as_str()).collect());
        sort_by(&mut self.kinds, &|a, b| a.cmp(b));
        self.kinds.dedup();
        sort_by(&mut self.bases, &|a, b| a.cmp(b));
        self.bases.dedup();
        let choice = |r: &Option<Response>| Response::CHOICES.iter().position(|c| c == r);
        sort_by(&mut self.responses, &|a, b| choice(a).cmp(&choice(b)));
        self.responses.dedup();
    }

    /// The filter as `key=value` pairs in the contract's key order, with
    /// defaults left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let list = |ids: &[String]| ids.join(",");
        if !self.regions.is_empty() {
            pairs.push(("region", list(&self.regions)));
        }
        if !self.types.is_empty() {
            pairs.push(("type", list(&self.types)));
        }
        if !self.ratings.is_empty() {
            pairs.push(("rating", list(&self.ratings)));
        }
        if !self.themes.is_empty() {
            pairs.push(("theme", list(&self.themes)));
        }
        if !self.kinds.is_empty() {
            pairs.push(("kind", self.kinds.iter().map(|k| k.id()).collect::<Vec<_>>().join(",")));
        }
        if !self.bases.is_empty() {
            pairs.push(("basis", self.bases.iter().map(|b| b.id()).collect::<Vec<_>>().join(",")));
        }
        if !self.responses.is_empty() {
            pairs.push(("response", self.responses.iter().map(|r| Response::choice_id(*r)).collect::<Vec<_>>().join(",")));
        }
        if self.reinspected {
            pairs.push(("reinspected", REINSPECTED.to_string()));
        }
        if let Some(y) = self.since {
            pairs.push(("since", y.to_string()));
        }
        if let Some(y) = self.until {
            pairs.push(("until", y.to_string()));
        }
        if !self.q.trim().is_empty() {
            pairs.push(("q", self.q.trim().to_string()));
        }
        pairs
    }
}

/// Prints pairs as a query string without the leading `?`; empty when there
/// is nothing to say.
pub fn to_query_string<K: AsRef<str>>(pairs: &[(K, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            // Commas in a free text are its own, not list separators.
            let value_set = if k.as_ref() == "q" { ESCAPED } else { ESCAPED_BUT_COMMAS };
            format!("{}={}", utf8_percent_encode(k.as_ref(), ESCAPED), utf8_percent_encode(v, value_set))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// A route's path joined to its query, e.g. `/inspections?region=wales`.
pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// The `ids` of `#/compare?ids=a,b`: known inspection ids in the given order,
/// without repeats, and the unknown ones to report.
pub fn parse_compare_ids(query: &UrlQuery, data: &Dataset) -> (Vec<String>, Vec<Ignored>) {
    let mut ids: Vec<String> = Vec::new();
    let mut ignored = Vec::new();
    if let Some(value) = &query.ids {
        for id in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
            if data.inspection(id).is_none() {
                ignored.push(Ignored { key: "ids".into(), value: id.into() });
            } else if !ids.iter().any(|x| x == id) {
                ids.push(id.into());
            }
        }
    }
    (ids, ignored)
}
