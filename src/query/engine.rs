//! The one filter-and-search engine: every list, the overview and the CSV
//! export ask it which items a filter selects.
//!
//! A `Catalog` is built once when the data loads. It turns every id into a
//! small index and folds every searchable text, so that a pass over the data
//! is integer comparisons and substring checks.

use std::collections::HashMap;

use crate::data::date::PartialDate;
use crate::data::{Dataset, FindingKind};

use super::filter::{FacetKey, Filter};
use super::search::{fold, TextQuery};

/// Which list a pass is for: the same filter means slightly different things
/// for each (a theme on an inspection means any of its items has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Inspections,
    Findings,
    Recommendations,
}

impl ListKind {
    /// The facets that apply to this list.
    pub fn facets(self) -> &'static [FacetKey] {
        match self {
            ListKind::Inspections => &[FacetKey::Region, FacetKey::Type, FacetKey::Rating, FacetKey::Theme],
            ListKind::Findings => &[FacetKey::Kind, FacetKey::Theme, FacetKey::Region, FacetKey::Type, FacetKey::Rating],
            ListKind::Recommendations => &[FacetKey::Theme, FacetKey::Region, FacetKey::Type, FacetKey::Rating],
        }
    }
}

/// An item of a list: an inspection (`item` unused), or a finding or
/// recommendation by its position within its inspection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemRef {
    pub inspection: usize,
    pub item: usize,
}

struct InspectionFacts {
    regions: Vec<u16>,
    service_type: u16,
    overall: Option<u16>,
    themes: Vec<u16>,
    year: Option<i32>,
    date: Option<PartialDate>,
    text: String,
}

struct ItemFacts {
    themes: Vec<u16>,
    kind: Option<FindingKind>,
    text: String,
}

pub struct Catalog {
    pub data: Dataset,
    inspection_by_id: HashMap<String, usize>,
    finding_by_id: HashMap<String, ItemRef>,
    recommendation_by_id: HashMap<String, ItemRef>,
    inspections: Vec<InspectionFacts>,
    findings: Vec<Vec<ItemFacts>>,
    recommendations: Vec<Vec<ItemFacts>>,
    /// Inspection indexes, newest first; undated last.
    newest_first: Vec<usize>,
}

/// A filter with its ids turned into indexes, ready for a pass.
struct Compiled {
    regions: Option<Vec<bool>>,
    types: Option<Vec<bool>>,
    ratings: Option<Vec<bool>>,
    themes: Option<Vec<bool>>,
    kinds: Vec<FindingKind>,
    since: Option<i32>,
    until: Option<i32>,
    text: TextQuery,
}

fn position(ids: impl Iterator<Item = impl AsRef<str>>, id: &str) -> Option<u16> {
    ids.into_iter().position(|x| x.as_ref() == id).map(|p| p as u16)
}

fn any_of(chosen: &Option<Vec<bool>>, values: &[u16]) -> bool {
    match chosen {
        None => true,
        Some(set) => values.iter().any(|&v| set[v as usize]),
    }
}

impl Catalog {
    pub fn new(data: Dataset) -> Catalog {
        let region_idx: HashMap<&str, u16> = data.regions.iter().enumerate().map(|(i, r)| (r.id.as_str(), i as u16)).collect();
        let theme_idx: HashMap<&str, u16> = data.themes.iter().enumerate().map(|(i, t)| (t.id.as_str(), i as u16)).collect();
        let themes_of = |ids: &[String]| -> Vec<u16> { ids.iter().filter_map(|t| theme_idx.get(t.as_str()).copied()).collect() };
        let mut inspection_by_id = HashMap::new();
        let mut finding_by_id = HashMap::new();
        let mut recommendation_by_id = HashMap::new();
        let mut inspections = Vec::with_capacity(data.inspections.len());
        let mut findings = Vec::with_capacity(data.inspections.len());
        let mut recommendations = Vec::with_capacity(data.inspections.len());
        for (i, ins) in data.inspections.iter().enumerate() {
            inspection_by_id.insert(ins.id.clone(), i);
            let context = format!("{} {}", ins.title, ins.area.as_deref().unwrap_or(""));
            let fs: Vec<ItemFacts> = ins
                .findings
                .iter()
                .map(|f| ItemFacts { themes: themes_of(&f.themes), kind: Some(f.kind), text: fold(&format!("{}\n{}", f.text, context)) })
                .collect();
            let rs: Vec<ItemFacts> = ins
                .recommendations
                .iter()
                .map(|r| ItemFacts {
                    themes: themes_of(&r.themes),
                    kind: None,
                    text: fold(&format!("{}\n{}\n{}", r.text, r.to.as_deref().unwrap_or(""), context)),
                })
                .collect();
            for (j, f) in ins.findings.iter().enumerate() {
                finding_by_id.insert(f.id.clone(), ItemRef { inspection: i, item: j });
            }
            for (j, r) in ins.recommendations.iter().enumerate() {
                recommendation_by_id.insert(r.id.clone(), ItemRef { inspection: i, item: j });
            }
            let mut themes: Vec<u16> = fs.iter().chain(rs.iter()).flat_map(|x| x.themes.iter().copied()).collect();
            themes.sort_unstable();
            themes.dedup();
            let date = ins.published.as_deref().and_then(PartialDate::parse);
            inspections.push(InspectionFacts {
                regions: ins.regions.iter().filter_map(|r| region_idx.get(r.as_str()).copied()).collect(),
                service_type: position(data.service_types.iter().map(|t| &t.id), &ins.service_type).unwrap_or(u16::MAX),
                overall: ins.overall.as_deref().and_then(|o| position(data.scale.iter().map(|s| &s.id), o)),
                themes,
                year: date.map(|d| d.year),
                date,
                text: fold(&format!(
                    "{}\n{}\n{}\n{}",
                    ins.title,
                    ins.area.as_deref().unwrap_or(""),
                    ins.provider.as_deref().unwrap_or(""),
                    ins.chief_inspector.as_deref().unwrap_or("")
                )),
            });
            findings.push(fs);
            recommendations.push(rs);
        }
        let mut newest_first: Vec<usize> = (0..inspections.len()).collect();
        newest_first.sort_by(|&a, &b| {
            let (da, db) = (inspections[a].date, inspections[b].date);
            match (da, db) {
                (Some(x), Some(y)) => y.cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| data.inspections[a].title.cmp(&data.inspections[b].title))
        });
        Catalog {
            data,
            inspection_by_id,
            finding_by_id,
            recommendation_by_id,
            inspections,
            findings,
            recommendations,
            newest_first,
        }
    }

    pub fn inspection_index(&self, id: &str) -> Option<usize> {
        self.inspection_by_id.get(id).copied()
    }
    pub fn finding(&self, id: &str) -> Option<ItemRef> {
        self.finding_by_id.get(id).copied()
    }
    pub fn recommendation(&self, id: &str) -> Option<ItemRef> {
        self.recommendation_by_id.get(id).copied()
    }
    pub fn year(&self, inspection: usize) -> Option<i32> {
        self.inspections[inspection].year
    }
    pub fn published(&self, inspection: usize) -> Option<PartialDate> {
        self.inspections[inspection].date
    }

    fn compile(&self, f: &Filter) -> Compiled {
        let set = |chosen: &[String], declared: Vec<&str>| -> Option<Vec<bool>> {
            if chosen.is_empty() {
                None
            } else {
                Some(declared.iter().map(|d| chosen.iter().any(|c| c == d)).collect())
            }
        };
        let d = &self.data;
        Compiled {
            regions: set(&f.regions, d.regions.iter().map(|r| r.id.as_str()).collect()),
            types: set(&f.types, d.service_types.iter().map(|r| r.id.as_str()).collect()),
            ratings: set(&f.ratings, d.scale.iter().map(|r| r.id.as_str()).collect()),
            themes: set(&f.themes, d.themes.iter().map(|r| r.id.as_str()).collect()),
            kinds: f.kinds.clone(),
            since: f.since,
            until: f.until,
            text: TextQuery::new(&f.q),
        }
    }

    /// Does the inspection pass the inspection-level keys (region, type,
    /// rating, years)? `skip` leaves one facet out, for facet counts.
    fn inspection_passes(&self, c: &Compiled, i: usize, skip: Option<FacetKey>) -> bool {
        let facts = &self.inspections[i];
        (skip == Some(FacetKey::Region) || any_of(&c.regions, &facts.regions))
            && (skip == Some(FacetKey::Type) || any_of(&c.types, std::slice::from_ref(&facts.service_type)))
            && (skip == Some(FacetKey::Rating) || any_of(&c.ratings, facts.overall.as_slice()))
            && match (c.since, c.until) {
                (None, None) => true,
                (since, until) => facts.year.is_some_and(|y| since.is_none_or(|s| y >= s) && until.is_none_or(|u| y <= u)),
            }
    }

    fn item_passes(&self, c: &Compiled, item: &ItemFacts, skip: Option<FacetKey>) -> bool {
        (skip == Some(FacetKey::Theme) || any_of(&c.themes, &item.themes))
            && (skip == Some(FacetKey::Kind) || c.kinds.is_empty() || item.kind.is_some_and(|k| c.kinds.contains(&k)))
            && c.text.matches_folded(&item.text)
    }

    fn inspection_matches(&self, c: &Compiled, i: usize, skip: Option<FacetKey>) -> bool {
        self.inspection_passes(c, i, skip)
            && (skip == Some(FacetKey::Theme) || any_of(&c.themes, &self.inspections[i].themes))
            && c.text.matches_folded(&self.inspections[i].text)
    }

    fn items(&self, kind: ListKind, i: usize) -> &[ItemFacts] {
        match kind {
            ListKind::Findings => &self.findings[i],
            _ => &self.recommendations[i],
        }
    }

    /// The inspections a filter selects, newest first.
    pub fn inspections(&self, f: &Filter) -> Vec<usize> {
        let c = self.compile(f);
        self.newest_first.iter().copied().filter(|&i| self.inspection_matches(&c, i, None)).collect()
    }

    /// The findings or recommendations a filter selects, newest inspection
    /// first and in report order within an inspection.
    pub fn items_matching(&self, kind: ListKind, f: &Filter) -> Vec<ItemRef> {
        assert!(kind != ListKind::Inspections, "use Catalog::inspections");
        let c = self.compile(f);
        let mut out = Vec::new();
        for &i in &self.newest_first {
            if !self.inspection_passes(&c, i, None) {
                continue;
            }
            for (j, item) in self.items(kind, i).iter().enumerate() {
                if self.item_passes(&c, item, None) {
                    out.push(ItemRef { inspection: i, item: j });
                }
            }
        }
        out
    }

    /// How many items of a list each value of a facet would give, under all
    /// the other keys of the filter: `counts[k]` is for the k-th declared
    /// value (region, type, scale level, theme; or strength, concern).
    pub fn facet_counts(&self, kind: ListKind, f: &Filter, key: FacetKey) -> Vec<usize> {
        let c = self.compile(f);
        let d = &self.data;
        let mut counts = vec![
            0;
            match key {
                FacetKey::Region => d.regions.len(),
                FacetKey::Type => d.service_types.len(),
                FacetKey::Rating => d.scale.len(),
                FacetKey::Theme => d.themes.len(),
                FacetKey::Kind => FindingKind::ALL.len(),
            }
        ];
        let skip = Some(key);
        let count_inspection = |counts: &mut Vec<usize>, i: usize, item: Option<&ItemFacts>| {
            let facts = &self.inspections[i];
            let values: Vec<u16> = match key {
                FacetKey::Region => facts.regions.clone(),
                FacetKey::Type => vec![facts.service_type],
                FacetKey::Rating => facts.overall.into_iter().collect(),
                FacetKey::Theme => item.map_or_else(|| facts.themes.clone(), |x| x.themes.clone()),
                FacetKey::Kind => item.and_then(|x| x.kind).map(|k| k as u16).into_iter().collect(),
            };
            for v in values {
                if let Some(slot) = counts.get_mut(v as usize) {
                    *slot += 1;
                }
            }
        };
        for i in 0..self.inspections.len() {
            if !self.inspection_passes(&c, i, skip) {
                continue;
            }
            match kind {
                ListKind::Inspections => {
                    if self.inspection_matches(&c, i, skip) {
                        count_inspection(&mut counts, i, None);
                    }
                }
                _ => {
                    for item in self.items(kind, i) {
                        if self.item_passes(&c, item, skip) {
                            count_inspection(&mut counts, i, Some(item));
                        }
                    }
                }
            }
        }
        counts
    }

    /// The publication years present in the data, oldest first.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.inspections.iter().filter_map(|f| f.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}
