//! The `Catalog`: the dataset with its facts laid out for passes, its ids
//! indexed and the three orders of a list worked out, once, when the data
//! loads.

use std::collections::BTreeMap;

use crate::data::date::PartialDate;
use crate::data::Dataset;
use crate::query::filter::FacetKey;
use crate::query::list::{ItemRef, ListKind};
use crate::query::search::fold;
use crate::query::units::{self, Change};
use crate::query::view::SortBy;
use crate::sort::{sort_by, sort_indexes};

use super::facts::{InspectionFacts, ItemFacts};
use super::storage::members;

pub struct Catalog {
    pub data: Dataset,
    inspection_by_id: BTreeMap<String, usize>,
    finding_by_id: BTreeMap<String, ItemRef>,
    recommendation_by_id: BTreeMap<String, ItemRef>,
    /// Each declared unit's inspections, in the order they are shown.
    unit_inspections: Vec<Vec<usize>>,
    /// Each inspection's unit and its place in that unit's order.
    unit_place: Vec<Option<(usize, usize)>>,
    /// Does any recommendation carry an HMPPS response?
    has_responses: bool,
    pub(super) inspection_facts: InspectionFacts,
    finding_facts: ItemFacts,
    recommendation_facts: ItemFacts,
    /// Inspection indexes newest first; undated last.
    newest_first: Vec<u32>,
    /// Oldest first; undated still last.
    oldest_first: Vec<u32>,
    /// By title, A to Z (folded), then newest first.
    by_title: Vec<u32>,
    years: Vec<i32>,
}

impl Catalog {
    pub fn new(data: Dataset) -> Catalog {
        let unit_inspections = units::unit_inspections(&data);
        let mut unit_place = vec![None; data.inspections.len()];
        for (u, list) in unit_inspections.iter().enumerate() {
            for (place, &i) in list.iter().enumerate() {
                unit_place[i] = Some((u, place));
            }
        }
        let reinspected: Vec<bool> = unit_place.iter().map(|p| p.is_some_and(|(_, place)| place > 0)).collect();
        let finding_facts = ItemFacts::findings(&data);
        let recommendation_facts = ItemFacts::recommendations(&data);
        let inspection_facts = InspectionFacts::new(&data, &finding_facts, &recommendation_facts, reinspected);

        let mut inspection_by_id = BTreeMap::new();
        let mut finding_by_id = BTreeMap::new();
        let mut recommendation_by_id = BTreeMap::new();
        for (i, x) in data.inspections.iter().enumerate() {
            inspection_by_id.insert(x.id.clone(), i);
            for (j, f) in x.findings.iter().enumerate() {
                finding_by_id.insert(f.id.clone(), ItemRef { inspection: i, item: j });
            }
            for (j, r) in x.recommendations.iter().enumerate() {
                recommendation_by_id.insert(r.id.clone(), ItemRef { inspection: i, item: j });
            }
        }

        // Each order is a stable sort of the one before it, so it breaks its
        // ties by that one: equal dates by title, equal titles newest first.
        let date = &inspection_facts.date;
        let undated = |i: usize| date[i].is_none();
        let title = |i: usize| &data.inspections[i].title;
        let mut newest_first: Vec<usize> = (0..data.inspections.len()).collect();
        sort_indexes(&mut newest_first, &|a, b| {
            undated(a).cmp(&undated(b)).then_with(|| date[b].cmp(&date[a])).then_with(|| title(a).cmp(title(b)))
        });
        let mut oldest_first = newest_first.clone();
        sort_indexes(&mut oldest_first, &|a, b| undated(a).cmp(&undated(b)).then_with(|| date[a].cmp(&date[b])));
        let folded_titles: Vec<String> = data.inspections.iter().map(|x| fold(&x.title)).collect();
        let mut by_title = newest_first.clone();
        sort_indexes(&mut by_title, &|a, b| folded_titles[a].cmp(&folded_titles[b]));
        let as_u32 = |order: Vec<usize>| -> Vec<u32> { order.into_iter().map(|i| i as u32).collect() };
        let (newest_first, oldest_first, by_title) = (as_u32(newest_first), as_u32(oldest_first), as_u32(by_title));

        let has_responses = data.inspections.iter().flat_map(|x| &x.recommendations).any(|r| r.response.is_some());

        let mut years: Vec<i32> = inspection_facts.year.iter().flatten().copied().collect();
        sort_by(&mut years, &|a, b| a.cmp(b));
        years.dedup();

        Catalog {
            data,
            inspection_by_id,
            finding_by_id,
            recommendation_by_id,
            unit_inspections,
            unit_place,
            has_responses,
            inspection_facts,
            finding_facts,
            recommendation_facts,
            newest_first,
            oldest_first,
            by_title,
            years,
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

    /// A unit's position among the declared units. Looked for in the list,
    /// with no index: only a unit's page asks, once.
    pub fn unit_index(&self, id: &str) -> Option<usize> {
        self.data.units.iter().position(|u| u.id == id)
    }

    /// A unit's inspections in the order they are shown: by publication
    /// date, the undated ones last (see `query::units`).
    pub fn unit_inspections(&self, unit: usize) -> &[usize] {
        &self.unit_inspections[unit]
    }

    /// The unit an inspection belongs to, if the file says.
    pub fn unit_of(&self, inspection: usize) -> Option<usize> {
        self.unit_place[inspection].map(|(u, _)| u)
    }

    /// The inspection shown before this one among its unit's.
    pub fn previous(&self, inspection: usize) -> Option<usize> {
        let (u, place) = self.unit_place[inspection]?;
        place.checked_sub(1).map(|p| self.unit_inspections[u][p])
    }

    /// Is it a re-inspection: does its unit have an inspection before it?
    pub fn is_reinspection(&self, inspection: usize) -> bool {
        self.inspection_facts.reinspected[inspection]
    }

    /// What changed since the inspection before it of its unit; `None` for
    /// a unit's first inspection (or one with no unit).
    pub fn change(&self, inspection: usize) -> Option<Change> {
        self.previous(inspection).map(|p| units::change(&self.data, p, inspection))
    }

    /// Does any unit have more than one inspection?
    pub fn has_reinspections(&self) -> bool {
        self.unit_inspections.iter().any(|list| list.len() > 1)
    }

    /// Does any recommendation carry an HMPPS response?
    pub fn has_responses(&self) -> bool {
        self.has_responses
    }

    /// Does the data give a facet anything to choose from? The response is
    /// offered only when some recommendation has one, the re-inspection
    /// only when some unit has more than one inspection.
    pub fn offers(&self, key: FacetKey) -> bool {
        match key {
            FacetKey::Response => self.has_responses(),
            FacetKey::Reinspected => self.has_reinspections(),
            _ => true,
        }
    }

    pub fn year(&self, inspection: usize) -> Option<i32> {
        self.inspection_facts.year[inspection]
    }

    pub fn published(&self, inspection: usize) -> Option<PartialDate> {
        self.inspection_facts.date[inspection]
    }

    /// The publication years present in the data, oldest first.
    pub fn years(&self) -> Vec<i32> {
        self.years.clone()
    }

    /// How many items a list holds with no filter.
    pub fn total(&self, list: ListKind) -> usize {
        match list {
            ListKind::Inspections => self.data.inspections.len(),
            ListKind::Findings => self.finding_facts.len(),
            ListKind::Recommendations => self.recommendation_facts.len(),
        }
    }

    /// The facts of the findings or of the recommendations.
    pub(super) fn item_facts(&self, list: ListKind) -> &ItemFacts {
        match list {
            ListKind::Findings => &self.finding_facts,
            ListKind::Recommendations => &self.recommendation_facts,
            ListKind::Inspections => panic!("inspections have no items"),
        }
    }

    /// Every inspection, in the order of `sort`.
    pub(super) fn order(&self, sort: SortBy) -> &[u32] {
        match sort {
            SortBy::Newest => &self.newest_first,
            SortBy::Oldest => &self.oldest_first,
            SortBy::Inspection => &self.by_title,
        }
    }

    /// A finding's or recommendation's themes, each once, as positions
    /// among the dataset's declared themes (undeclared ids left out).
    pub fn item_themes(&self, list: ListKind, item: ItemRef) -> impl Iterator<Item = usize> + '_ {
        let facts = self.item_facts(list);
        members(facts.themes.get(facts.slot(item)))
    }

    /// An inspection's regions, each once, as positions among the declared
    /// regions (undeclared ids left out).
    pub fn inspection_regions(&self, inspection: usize) -> impl Iterator<Item = usize> + '_ {
        members(self.inspection_facts.regions.get(inspection))
    }
}
