//! Facet counts: how many items each value of every facet would give under
//! the other keys of the filter, all from one pass (an item that fails
//! exactly one facet key still counts for that facet's values).

use crate::data::{Basis, FindingKind, Response};
use crate::query::filter::{FacetKey, Filter};
use crate::query::list::ListKind;

use super::catalog::Catalog;
use super::compiled::{CompiledFilter, Failed};
use super::storage::members;

/// How many items each value of every facet would give, under the other
/// keys of the filter. Each vector follows the dataset's declared order
/// (regions, service types, scale levels, themes) or `FindingKind::ALL` /
/// `Basis::ALL` / `Response::CHOICES`; `reinspected` has the one value `yes`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub region: Vec<usize>,
    pub service_type: Vec<usize>,
    pub rating: Vec<usize>,
    pub theme: Vec<usize>,
    pub kind: Vec<usize>,
    pub basis: Vec<usize>,
    pub response: Vec<usize>,
    pub reinspected: Vec<usize>,
}

impl FacetCounts {
    pub fn get(&self, key: FacetKey) -> &[usize] {
        match key {
            FacetKey::Region => &self.region,
            FacetKey::Type => &self.service_type,
            FacetKey::Rating => &self.rating,
            FacetKey::Theme => &self.theme,
            FacetKey::Kind => &self.kind,
            FacetKey::Basis => &self.basis,
            FacetKey::Response => &self.response,
            FacetKey::Reinspected => &self.reinspected,
        }
    }
}

impl Catalog {
    /// How many items of a list each value of every facet would give, under
    /// all the other keys of the filter, in one pass.
    pub fn facets(&self, kind: ListKind, f: &Filter) -> FacetCounts {
        let c = CompiledFilter::new(f, kind, &self.data);
        let d = &self.data;
        let facts = &self.inspection_facts;
        let mut counts = FacetCounts {
            region: vec![0; d.regions.len()],
            service_type: vec![0; d.service_types.len()],
            rating: vec![0; d.scale.len()],
            theme: vec![0; d.themes.len()],
            kind: vec![0; FindingKind::ALL.len()],
            basis: vec![0; Basis::ALL.len()],
            response: vec![0; Response::CHOICES.len()],
            reinspected: vec![0; 1],
        };
        for i in 0..d.inspections.len() {
            let fails = c.inspection_fails(facts, i);
            if fails.counts_for_none() {
                continue;
            }
            if kind == ListKind::Inspections {
                let fails = fails | c.inspection_theme_fails(facts, i);
                if !fails.counts_for_none() && (!c.has_text() || c.text_matches(facts.text.get(i), "", 0)) {
                    self.count(&mut counts, fails, i, facts.themes.get(i));
                }
                continue;
            }
            let items = self.item_facts(kind);
            let context = facts.context.get(i);
            let mut context_mask = None;
            for k in items.range(i) {
                let fails = fails | c.item_fails(items, k);
                if fails.counts_for_none() {
                    continue;
                }
                if c.has_text() {
                    let mask = *context_mask.get_or_insert_with(|| c.context_mask(context));
                    if !c.text_matches(items.text.get(k), context, mask) {
                        continue;
                    }
                }
                if fails.counts_for(Failed::KIND_OR_BASIS) {
                    let kinds_or_bases = match kind {
                        ListKind::Findings => &mut counts.kind,
                        _ => &mut counts.basis,
                    };
                    kinds_or_bases[items.kind_or_basis[k] as usize] += 1;
                }
                if kind == ListKind::Recommendations && fails.counts_for(Failed::RESPONSE) {
                    counts.response[items.response[k] as usize] += 1;
                }
                self.count(&mut counts, fails, i, items.themes.get(k));
            }
        }
        counts
    }

    /// Adds one item (of inspection `i`, with `themes`) to the counts of
    /// every facet it does not fail, or of the one facet it fails.
    fn count(&self, counts: &mut FacetCounts, fails: Failed, i: usize, themes: &[u64]) {
        let facts = &self.inspection_facts;
        if fails.counts_for(Failed::REGION) {
            members(facts.regions.get(i)).for_each(|r| counts.region[r] += 1);
        }
        if fails.counts_for(Failed::TYPE) {
            if let Some(slot) = facts.service_type[i].and_then(|t| counts.service_type.get_mut(t as usize)) {
                *slot += 1;
            }
        }
        if fails.counts_for(Failed::RATING) {
            if let Some(slot) = facts.overall[i].and_then(|o| counts.rating.get_mut(o as usize)) {
                *slot += 1;
            }
        }
        if fails.counts_for(Failed::THEME) {
            members(themes).for_each(|t| counts.theme[t] += 1);
        }
        if fails.counts_for(Failed::REINSPECTED) && facts.reinspected[i] {
            counts.reinspected[0] += 1;
        }
    }

    /// How many items of a list each value of a facet would give, under all
    /// the other keys of the filter: `counts[k]` is for the k-th declared
    /// value (region, type, scale level, theme; or strength, concern; or
    /// the bases; or the responses; or `yes`). A facet that does not apply
    /// to the list counts nothing.
    pub fn facet_counts(&self, kind: ListKind, f: &Filter, key: FacetKey) -> Vec<usize> {
        self.facets(kind, f).get(key).to_vec()
    }
}
