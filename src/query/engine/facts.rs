//! The facts a pass tests, laid out as flat columns: one slot per
//! inspection, or per finding or recommendation. Ids become positions in
//! the dataset's declared lists and texts are folded once, here, when the
//! data loads.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::data::date::PartialDate;
use crate::data::{Basis, Dataset, FindingKind, Inspection, Response};

use crate::query::list::ItemRef;
use crate::query::search::fold;
use super::storage::{BitsetColumn, TextColumn};

/// Each declared id's position in its list (regions, themes, ...).
type Positions<'a> = BTreeMap<&'a str, usize>;

fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> Positions<'a> {
    // Inserted one by one rather than collected: collecting into a
    // `BTreeMap` sorts the pairs first, a copy of std's sort for each kind
    // of list (docs/SIZE.md).
    let mut positions = Positions::new();
    for (i, id) in ids.enumerate() {
        positions.insert(id, i);
    }
    positions
}

/// The facts of every inspection, one slot each.
pub(super) struct InspectionFacts {
    /// Positions among the declared regions.
    pub(super) regions: BitsetColumn,
    /// Position among the declared service types; `None` for an undeclared one.
    pub(super) service_type: Vec<Option<u16>>,
    /// Position of the overall rating on the scale; `None`: not rated.
    pub(super) overall: Vec<Option<u16>>,
    /// Every theme of any of its findings or recommendations.
    pub(super) themes: BitsetColumn,
    pub(super) year: Vec<Option<i32>>,
    pub(super) date: Vec<Option<PartialDate>>,
    /// Does its unit have an inspection before it?
    pub(super) reinspected: Vec<bool>,
    /// Folded title, area, provider and chief inspector (the inspections list).
    pub(super) text: TextColumn,
    /// Folded title and area: searched along with each of its items.
    pub(super) context: TextColumn,
}

/// The findings or the recommendations of every inspection, one slot each,
/// inspection by inspection in report order.
pub(super) struct ItemFacts {
    /// Where each inspection's items start; one more entry than inspections.
    start: Vec<u32>,
    pub(super) themes: BitsetColumn,
    /// The kind (findings) or basis (recommendations), as its position in
    /// `FindingKind::ALL` or `Basis::ALL`.
    pub(super) kind_or_basis: Vec<u8>,
    /// A recommendation's response, as its position in `Response::CHOICES`
    /// (0 for a finding).
    pub(super) response: Vec<u8>,
    /// Folded text (and addressee).
    pub(super) text: TextColumn,
}

/// What the catalog keeps of one finding or recommendation.
struct ItemFact<'a> {
    themes: &'a [String],
    kind_or_basis: u8,
    response: u8,
    /// Its searchable text, not yet folded.
    text: Cow<'a, str>,
}

impl ItemFacts {
    pub(super) fn findings(data: &Dataset) -> ItemFacts {
        ItemFacts::new(data, |x| {
            x.findings
                .iter()
                .map(|f| ItemFact {
                    themes: &f.themes,
                    kind_or_basis: FindingKind::ALL.iter().position(|k| *k == f.kind).unwrap_or(0) as u8,
                    response: 0,
                    text: Cow::Borrowed(&f.text),
                })
                .collect()
        })
    }

    pub(super) fn recommendations(data: &Dataset) -> ItemFacts {
        ItemFacts::new(data, |x| {
            x.recommendations
                .iter()
                .map(|r| ItemFact {
                    themes: &r.themes,
                    kind_or_basis: Basis::ALL.iter().position(|b| *b == r.basis).unwrap_or(0) as u8,
                    response: Response::CHOICES.iter().position(|c| *c == r.response).unwrap_or(0) as u8,
                    text: match &r.to {
                        Some(to) => Cow::Owned(format!("{}\n{to}", r.text)),
                        None => Cow::Borrowed(&r.text),
                    },
                })
                .collect()
        })
    }

    fn new<'a>(data: &'a Dataset, items_of: impl Fn(&'a Inspection) -> Vec<ItemFact<'a>>) -> ItemFacts {
        let theme_positions = positions(data.themes.iter().map(|t| t.id.as_str()));
        let mut facts = ItemFacts {
            start: vec![0],
            themes: BitsetColumn::new(data.themes.len()),
            kind_or_basis: Vec::new(),
            response: Vec::new(),
            text: TextColumn::default(),
        };
        for x in &data.inspections {
            for item in items_of(x) {
                facts.themes.push(item.themes.iter().filter_map(|t| theme_positions.get(t.as_str()).copied()));
                facts.kind_or_basis.push(item.kind_or_basis);
                facts.response.push(item.response);
                facts.text.push(&fold(&item.text));
            }
            facts.start.push(facts.kind_or_basis.len() as u32);
        }
        facts
    }

    /// How many items there are in all.
    pub(super) fn len(&self) -> usize {
        self.kind_or_basis.len()
    }

    /// The slots of one inspection's items.
    pub(super) fn range(&self, inspection: usize) -> std::ops::Range<usize> {
        self.start[inspection] as usize..self.start[inspection + 1] as usize
    }

    /// The theme sets of one inspection's items.
    pub(super) fn themes_of(&self, inspection: usize) -> impl Iterator<Item = &[u64]> {
        self.range(inspection).map(|k| self.themes.get(k))
    }

    /// The slot of an item.
    pub(super) fn slot(&self, item: ItemRef) -> usize {
        self.start[item.inspection] as usize + item.item
    }
}

impl InspectionFacts {
    /// The inspections' facts; their themes are those of their `findings`
    /// and `recommendations`; `reinspected` says which are re-inspections.
    pub(super) fn new(data: &Dataset, findings: &ItemFacts, recommendations: &ItemFacts, reinspected: Vec<bool>) -> InspectionFacts {
        let regions = positions(data.regions.iter().map(|r| r.id.as_str()));
        let service_types = positions(data.service_types.iter().map(|t| t.id.as_str()));
        let scale = positions(data.scale.iter().map(|s| s.id.as_str()));
        let n = data.inspections.len();
        let mut facts = InspectionFacts {
            regions: BitsetColumn::new(data.regions.len()),
            service_type: Vec::with_capacity(n),
            overall: Vec::with_capacity(n),
            themes: BitsetColumn::new(data.themes.len()),
            year: Vec::with_capacity(n),
            date: Vec::with_capacity(n),
            reinspected,
            text: TextColumn::default(),
            context: TextColumn::default(),
        };
        for (i, x) in data.inspections.iter().enumerate() {
            let area = x.area.as_deref().unwrap_or("");
            facts.regions.push(x.regions.iter().filter_map(|r| regions.get(r.as_str()).copied()));
            facts.service_type.push(service_types.get(x.service_type.as_str()).map(|&p| p as u16));
            facts.overall.push(x.overall.as_deref().and_then(|o| scale.get(o)).map(|&p| p as u16));
            facts.themes.push_union(findings.themes_of(i).chain(recommendations.themes_of(i)));
            let date = x.published.as_deref().and_then(PartialDate::parse);
            facts.year.push(date.map(|d| d.year));
            facts.date.push(date);
            facts.context.push(&fold(&format!("{}\n{area}", x.title)));
            facts.text.push(&fold(&format!(
                "{}\n{area}\n{}\n{}",
                x.title,
                x.provider.as_deref().unwrap_or(""),
                x.chief_inspector.as_deref().unwrap_or("")
            )));
        }
        facts
    }
}
