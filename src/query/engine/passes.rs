//! The passes: which inspections, findings or recommendations a filter
//! selects, walked in one of the catalog's precomputed orders.

use crate::query::filter::Filter;
use crate::query::list::{ItemRef, ListKind};
use crate::query::view::SortBy;

use super::catalog::Catalog;
use super::compiled::CompiledFilter;

impl Catalog {
    /// The inspections a filter selects, newest first.
    pub fn inspections(&self, f: &Filter) -> Vec<usize> {
        self.inspections_sorted(f, SortBy::Newest)
    }

    /// The inspections a filter selects, in the given order.
    pub fn inspections_sorted(&self, f: &Filter, sort: SortBy) -> Vec<usize> {
        let c = CompiledFilter::new(f, ListKind::Inspections, &self.data);
        let facts = &self.inspection_facts;
        let mut out = Vec::new();
        for &i in self.order(sort) {
            let i = i as usize;
            if c.inspection_fails(facts, i).is_nothing()
                && c.inspection_theme_fails(facts, i).is_nothing()
                && (!c.has_text() || c.text_matches(facts.text.get(i), "", 0))
            {
                out.push(i);
            }
        }
        out
    }

    /// The findings or recommendations a filter selects, newest inspection
    /// first and in report order within an inspection.
    pub fn items_matching(&self, kind: ListKind, f: &Filter) -> Vec<ItemRef> {
        self.items_sorted(kind, f, SortBy::Newest)
    }

    /// The findings or recommendations a filter selects, in the given order
    /// of inspections and in report order within an inspection.
    pub fn items_sorted(&self, kind: ListKind, f: &Filter, sort: SortBy) -> Vec<ItemRef> {
        assert!(kind != ListKind::Inspections, "use Catalog::inspections");
        let c = CompiledFilter::new(f, kind, &self.data);
        let facts = &self.inspection_facts;
        let items = self.item_facts(kind);
        let mut out = Vec::new();
        for &i in self.order(sort) {
            let i = i as usize;
            let range = items.range(i);
            if range.is_empty() || !c.inspection_fails(facts, i).is_nothing() {
                continue;
            }
            let context = facts.context.get(i);
            // A word found in the inspection's own text is looked for once,
            // not once per item.
            let mut context_mask = None;
            for k in range.clone() {
                if !c.item_fails(items, k).is_nothing() {
                    continue;
                }
                if c.has_text() {
                    let mask = *context_mask.get_or_insert_with(|| c.context_mask(context));
                    if !c.text_matches(items.text.get(k), context, mask) {
                        continue;
                    }
                }
                out.push(ItemRef { inspection: i, item: k - range.start });
            }
        }
        out
    }
}
