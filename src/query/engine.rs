//! The one filter-and-search engine: every list, the overview and the CSV
//! export ask it which items a filter selects.
//!
//! A `Catalog` is built once when the data loads. It turns every id into a
//! small index, every set of regions or themes into a bitset, and folds every
//! searchable text once, laying the facts out as flat arrays (one per fact,
//! one slot per inspection or item). A pass over the data is then integer
//! tests and substring checks over contiguous memory, with no allocation but
//! the result itself:
//!
//! * the three orders a list can be shown in are worked out up front, so a
//!   sorted pass is a walk in that order, never a sort;
//! * a search word found in an inspection's title is tested once for the
//!   inspection, not once per item;
//! * every facet's counts come from ONE pass (an item that fails exactly one
//!   facet key still counts for that facet's values).

use std::collections::BTreeMap;

use crate::data::date::PartialDate;
use crate::data::{Basis, Dataset, FindingKind};

use super::filter::{FacetKey, Filter};
use super::search::{fold, TextQuery};
use super::url::Ignored;
use super::view::SortBy;

/// Which list a pass is for: the same filter means slightly different things
/// for each (a theme on an inspection means any of its items has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Inspections,
    Findings,
    Recommendations,
}

impl ListKind {
    /// The facets that apply to this list, in the order the filter bar shows them.
    pub fn facets(self) -> &'static [FacetKey] {
        match self {
            ListKind::Inspections => &[FacetKey::Region, FacetKey::Type, FacetKey::Rating, FacetKey::Theme],
            ListKind::Findings => &[FacetKey::Kind, FacetKey::Theme, FacetKey::Region, FacetKey::Type, FacetKey::Rating],
            ListKind::Recommendations => {
                &[FacetKey::Basis, FacetKey::Theme, FacetKey::Region, FacetKey::Type, FacetKey::Rating]
            }
        }
    }

    /// Does a facet key mean anything for this list? `kind` is for findings
    /// only and `basis` for recommendations only; a list leaves out a key
    /// that does not apply to it.
    pub fn applies(self, key: FacetKey) -> bool {
        match key {
            FacetKey::Kind => self == ListKind::Findings,
            FacetKey::Basis => self == ListKind::Recommendations,
            _ => true,
        }
    }

    /// "inspections", "findings" or "recommendations".
    pub fn noun(self) -> &'static str {
        match self {
            ListKind::Inspections => "inspections",
            ListKind::Findings => "findings",
            ListKind::Recommendations => "recommendations",
        }
    }
}

impl Filter {
    /// The filter with the keys that do not apply to `list` left out.
    pub fn for_list(&self, list: ListKind) -> Filter {
        let mut f = self.clone();
        if !list.applies(FacetKey::Kind) {
            f.kinds.clear();
        }
        if !list.applies(FacetKey::Basis) {
            f.bases.clear();
        }
        f
    }

    /// The values of keys that do not apply to `list`, to tell the reader
    /// they were left out.
    pub fn not_applying(&self, list: ListKind) -> Vec<Ignored> {
        FacetKey::ALL
            .into_iter()
            .filter(|k| !list.applies(*k))
            .flat_map(|k| self.values(k).into_iter().map(move |v| Ignored { key: k.key().to_string(), value: v }))
            .collect()
    }
}

/// An item of a list: an inspection (`item` unused), or a finding or
/// recommendation by its position within its inspection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemRef {
    pub inspection: usize,
    pub item: usize,
}

/// How many items each value of every facet would give, under the other
/// keys of the filter. Each vector follows the dataset's declared order
/// (regions, service types, scale levels, themes) or `FindingKind::ALL` /
/// `Basis::ALL`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub region: Vec<usize>,
    pub service_type: Vec<usize>,
    pub rating: Vec<usize>,
    pub theme: Vec<usize>,
    pub kind: Vec<usize>,
    pub basis: Vec<usize>,
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
        }
    }
}

// ---------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------

/// Many folded texts in one buffer: text `k` is `buf[end[k-1]..end[k]]`.
#[derive(Default)]
pub(super) struct Texts {
    buf: String,
    end: Vec<u32>,
}

impl Texts {
    fn push(&mut self, folded: &str) {
        self.buf.push_str(folded);
        self.end.push(self.buf.len() as u32);
    }
    pub(super) fn get(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.end[k - 1] as usize };
        &self.buf[start..self.end[k] as usize]
    }
}

/// Fixed-width bitsets, one per slot, in one vector.
pub(super) struct BitTable {
    words: usize,
    bits: Vec<u64>,
}

impl BitTable {
    fn new(values: usize) -> BitTable {
        BitTable { words: values.div_ceil(64).max(1), bits: Vec::new() }
    }
    fn push(&mut self, members: impl IntoIterator<Item = usize>) {
        let at = self.bits.len();
        self.bits.resize(at + self.words, 0);
        for m in members {
            self.bits[at + m / 64] |= 1 << (m % 64);
        }
    }
    pub(super) fn get(&self, slot: usize) -> &[u64] {
        &self.bits[slot * self.words..(slot + 1) * self.words]
    }
}

fn intersects(a: &[u64], b: &[u64]) -> bool {
    a.iter().zip(b).any(|(x, y)| x & y != 0)
}

/// Calls `f` with the index of every set bit.
pub(super) fn each_bit(set: &[u64], mut f: impl FnMut(usize)) {
    for (w, &word) in set.iter().enumerate() {
        let mut rest = word;
        while rest != 0 {
            f(w * 64 + rest.trailing_zeros() as usize);
            rest &= rest - 1;
        }
    }
}

const NONE: u16 = u16::MAX;

/// The facts of every inspection, one slot each.
pub(super) struct InspectionFacts {
    pub(super) regions: BitTable,
    service_type: Vec<u16>,
    overall: Vec<u16>,
    /// Every theme of any of its findings or recommendations.
    themes: BitTable,
    year: Vec<Option<i32>>,
    date: Vec<Option<PartialDate>>,
    /// Folded title, area, provider and chief inspector (the inspections list).
    text: Texts,
    /// Folded title and area: searched along with each of its items.
    context: Texts,
}

/// The findings or the recommendations of every inspection, one slot each,
/// inspection by inspection in report order.
pub(super) struct ItemFacts {
    /// Where each inspection's items start; one more entry than inspections.
    pub(super) start: Vec<u32>,
    pub(super) themes: BitTable,
    /// The kind (findings) or basis (recommendations), as its index in `ALL`.
    code: Vec<u8>,
    /// Folded text (and addressee).
    text: Texts,
}

impl ItemFacts {
    fn range(&self, inspection: usize) -> std::ops::Range<usize> {
        self.start[inspection] as usize..self.start[inspection + 1] as usize
    }
    pub(super) fn slot(&self, item: ItemRef) -> usize {
        self.start[item.inspection] as usize + item.item
    }
}

pub struct Catalog {
    pub data: Dataset,
    inspection_by_id: BTreeMap<String, usize>,
    finding_by_id: BTreeMap<String, ItemRef>,
    recommendation_by_id: BTreeMap<String, ItemRef>,
    pub(super) ins: InspectionFacts,
    pub(super) findings: ItemFacts,
    pub(super) recommendations: ItemFacts,
    /// Inspection indexes newest first; undated last.
    newest_first: Vec<u32>,
    /// Oldest first; undated still last.
    oldest_first: Vec<u32>,
    /// By title, A to Z (folded), then newest first.
    by_title: Vec<u32>,
    years: Vec<i32>,
}

// ---------------------------------------------------------------------------
// A filter ready for a pass
// ---------------------------------------------------------------------------

const REGION: u8 = 1;
const TYPE: u8 = 2;
const RATING: u8 = 4;
const THEME: u8 = 8;
/// Kind (findings) or basis (recommendations).
const CODE: u8 = 16;
/// Years or text: not a facet, so an item failing it never counts.
const OTHER: u8 = 128;

/// A filter with its ids turned into bitsets, for one list.
struct Compiled {
    regions: Option<Vec<u64>>,
    types: Option<Vec<bool>>,
    ratings: Option<Vec<bool>>,
    themes: Option<Vec<u64>>,
    /// Allowed kinds or bases, as a bitmask of their index in `ALL`.
    codes: Option<u8>,
    since: Option<i32>,
    until: Option<i32>,
    words: Vec<String>,
}

/// Search words beyond this many are still required, just not cached per
/// inspection.
const CACHED_WORDS: usize = 64;

impl Compiled {
    fn has_text(&self) -> bool {
        !self.words.is_empty()
    }

    /// Which words an inspection's own text holds (bit n: word n).
    fn context_mask(&self, context: &str) -> u64 {
        let mut mask = 0;
        for (n, w) in self.words.iter().take(CACHED_WORDS).enumerate() {
            if context.contains(w.as_str()) {
                mask |= 1 << n;
            }
        }
        mask
    }

    /// Does an item hold every word, in its own text or its inspection's?
    fn text_matches(&self, text: &str, context: &str, context_mask: u64) -> bool {
        self.words.iter().enumerate().all(|(n, w)| {
            if n < CACHED_WORDS {
                context_mask & (1 << n) != 0 || text.contains(w.as_str())
            } else {
                text.contains(w.as_str()) || context.contains(w.as_str())
            }
        })
    }
}

/// Each id's position. Built by insertion: collecting into a `BTreeMap`
/// sorts first, and every such collect is its own copy of the library sort
/// in the WebAssembly.
fn index_of<'a>(ids: impl Iterator<Item = &'a str>) -> BTreeMap<&'a str, usize> {
    let mut index = BTreeMap::new();
    for (i, id) in ids.enumerate() {
        index.insert(id, i);
    }
    index
}

impl Catalog {
    pub fn new(data: Dataset) -> Catalog {
        let region_idx = index_of(data.regions.iter().map(|r| r.id.as_str()));
        let theme_idx = index_of(data.themes.iter().map(|t| t.id.as_str()));
        let type_idx = index_of(data.service_types.iter().map(|t| t.id.as_str()));
        let scale_idx = index_of(data.scale.iter().map(|s| s.id.as_str()));
        let themes_of = |ids: &[String]| ids.iter().filter_map(|t| theme_idx.get(t.as_str()).copied()).collect::<Vec<_>>();

        let n = data.inspections.len();
        let mut ins = InspectionFacts {
            regions: BitTable::new(data.regions.len()),
            service_type: Vec::with_capacity(n),
            overall: Vec::with_capacity(n),
            themes: BitTable::new(data.themes.len()),
            year: Vec::with_capacity(n),
            date: Vec::with_capacity(n),
            text: Texts::default(),
            context: Texts::default(),
        };
        let new_items = || ItemFacts {
            start: vec![0],
            themes: BitTable::new(data.themes.len()),
            code: Vec::new(),
            text: Texts::default(),
        };
        let (mut findings, mut recommendations) = (new_items(), new_items());
        let mut inspection_by_id = BTreeMap::new();
        let mut finding_by_id = BTreeMap::new();
        let mut recommendation_by_id = BTreeMap::new();
        let mut scratch = String::new();
        for (i, x) in data.inspections.iter().enumerate() {
            inspection_by_id.insert(x.id.clone(), i);
            let mut all_themes = Vec::new();
            for (j, f) in x.findings.iter().enumerate() {
                finding_by_id.insert(f.id.clone(), ItemRef { inspection: i, item: j });
                let themes = themes_of(&f.themes);
                all_themes.extend_from_slice(&themes);
                findings.themes.push(themes);
                findings.code.push(FindingKind::ALL.iter().position(|k| *k == f.kind).unwrap_or(0) as u8);
                findings.text.push(&fold(&f.text));
            }
            findings.start.push(findings.code.len() as u32);
            for (j, r) in x.recommendations.iter().enumerate() {
                recommendation_by_id.insert(r.id.clone(), ItemRef { inspection: i, item: j });
                let themes = themes_of(&r.themes);
                all_themes.extend_from_slice(&themes);
                recommendations.themes.push(themes);
                recommendations.code.push(Basis::ALL.iter().position(|b| *b == r.basis).unwrap_or(0) as u8);
                scratch.clear();
                scratch.push_str(&r.text);
                if let Some(to) = &r.to {
                    scratch.push('\n');
                    scratch.push_str(to);
                }
                recommendations.text.push(&fold(&scratch));
            }
            recommendations.start.push(recommendations.code.len() as u32);

            let area = x.area.as_deref().unwrap_or("");
            ins.regions.push(x.regions.iter().filter_map(|r| region_idx.get(r.as_str()).copied()));
            ins.service_type.push(type_idx.get(x.service_type.as_str()).map(|&i| i as u16).unwrap_or(NONE));
            ins.overall.push(x.overall.as_deref().and_then(|o| scale_idx.get(o)).map(|&i| i as u16).unwrap_or(NONE));
            ins.themes.push(all_themes);
            let date = x.published.as_deref().and_then(PartialDate::parse);
            ins.year.push(date.map(|d| d.year));
            ins.date.push(date);
            ins.context.push(&fold(&format!("{}\n{}", x.title, area)));
            ins.text.push(&fold(&format!(
                "{}\n{}\n{}\n{}",
                x.title,
                area,
                x.provider.as_deref().unwrap_or(""),
                x.chief_inspector.as_deref().unwrap_or("")
            )));
        }

        let title = |i: usize| &data.inspections[i].title;
        // Stable sorts: each order breaks its ties by the one it starts from.
        let sorted = |cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering, start: &[u32]| -> Vec<u32> {
            let mut order = start.to_vec();
            order.sort_by(|&a, &b| cmp(a as usize, b as usize));
            order
        };
        let all: Vec<u32> = (0..n as u32).collect();
        let newest_first = sorted(&|a, b| {
            match (ins.date[a], ins.date[b]) {
                (Some(x), Some(y)) => y.cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| title(a).cmp(title(b)))
        }, &all);
        let oldest_first = sorted(&|a, b| match (ins.date[a], ins.date[b]) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }, &newest_first);
        let folded_titles: Vec<String> = data.inspections.iter().map(|x| fold(&x.title)).collect();
        // A stable sort keeps the newest first among equal titles.
        let by_title = sorted(&|a, b| folded_titles[a].cmp(&folded_titles[b]), &newest_first);

        let mut years: Vec<i32> = ins.year.iter().flatten().copied().collect();
        years.sort_unstable();
        years.dedup();

        Catalog {
            data,
            inspection_by_id,
            finding_by_id,
            recommendation_by_id,
            ins,
            findings,
            recommendations,
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
    pub fn year(&self, inspection: usize) -> Option<i32> {
        self.ins.year[inspection]
    }
    pub fn published(&self, inspection: usize) -> Option<PartialDate> {
        self.ins.date[inspection]
    }

    /// How many items a list holds with no filter.
    pub fn total(&self, list: ListKind) -> usize {
        match list {
            ListKind::Inspections => self.data.inspections.len(),
            ListKind::Findings => self.findings.code.len(),
            ListKind::Recommendations => self.recommendations.code.len(),
        }
    }

    pub(super) fn item_facts(&self, list: ListKind) -> &ItemFacts {
        match list {
            ListKind::Findings => &self.findings,
            ListKind::Recommendations => &self.recommendations,
            ListKind::Inspections => panic!("inspections have no items"),
        }
    }

    fn order(&self, sort: SortBy) -> &[u32] {
        match sort {
            SortBy::Newest => &self.newest_first,
            SortBy::Oldest => &self.oldest_first,
            SortBy::Inspection => &self.by_title,
        }
    }

    fn compile(&self, f: &Filter, list: ListKind) -> Compiled {
        let d = &self.data;
        let bits = |chosen: &[String], declared: &mut dyn Iterator<Item = &str>| -> Option<Vec<u64>> {
            if chosen.is_empty() {
                return None;
            }
            let declared: Vec<&str> = declared.collect();
            let mut set = vec![0u64; declared.len().div_ceil(64).max(1)];
            for (i, id) in declared.iter().enumerate() {
                if chosen.iter().any(|c| c == id) {
                    set[i / 64] |= 1 << (i % 64);
                }
            }
            Some(set)
        };
        let flags = |chosen: &[String], declared: &mut dyn Iterator<Item = &str>| -> Option<Vec<bool>> {
            (!chosen.is_empty()).then(|| declared.map(|id| chosen.iter().any(|c| c == id)).collect())
        };
        let codes = match list {
            ListKind::Findings if !f.kinds.is_empty() => {
                Some(FindingKind::ALL.iter().enumerate().filter(|(_, k)| f.kinds.contains(k)).fold(0u8, |m, (i, _)| m | 1 << i))
            }
            ListKind::Recommendations if !f.bases.is_empty() => {
                Some(Basis::ALL.iter().enumerate().filter(|(_, b)| f.bases.contains(b)).fold(0u8, |m, (i, _)| m | 1 << i))
            }
            _ => None,
        };
        Compiled {
            regions: bits(&f.regions, &mut d.regions.iter().map(|r| r.id.as_str())),
            types: flags(&f.types, &mut d.service_types.iter().map(|t| t.id.as_str())),
            ratings: flags(&f.ratings, &mut d.scale.iter().map(|s| s.id.as_str())),
            themes: bits(&f.themes, &mut d.themes.iter().map(|t| t.id.as_str())),
            codes,
            since: f.since,
            until: f.until,
            words: TextQuery::new(&f.q).words().to_vec(),
        }
    }

    /// The keys an inspection fails of region, type, rating and years.
    fn inspection_fails(&self, c: &Compiled, i: usize) -> u8 {
        let mut fails = 0;
        if let Some(set) = &c.regions {
            if !intersects(set, self.ins.regions.get(i)) {
                fails |= REGION;
            }
        }
        if let Some(set) = &c.types {
            if !set.get(self.ins.service_type[i] as usize).copied().unwrap_or(false) {
                fails |= TYPE;
            }
        }
        if let Some(set) = &c.ratings {
            if !set.get(self.ins.overall[i] as usize).copied().unwrap_or(false) {
                fails |= RATING;
            }
        }
        if c.since.is_some() || c.until.is_some() {
            let ok = self.ins.year[i].is_some_and(|y| c.since.is_none_or(|s| y >= s) && c.until.is_none_or(|u| y <= u));
            if !ok {
                fails |= OTHER;
            }
        }
        fails
    }

    /// The keys an item fails of theme and kind or basis.
    fn item_fails(&self, c: &Compiled, items: &ItemFacts, k: usize) -> u8 {
        let mut fails = 0;
        if let Some(set) = &c.themes {
            if !intersects(set, items.themes.get(k)) {
                fails |= THEME;
            }
        }
        if let Some(codes) = c.codes {
            if codes & (1 << items.code[k]) == 0 {
                fails |= CODE;
            }
        }
        fails
    }

    fn inspection_theme_fails(&self, c: &Compiled, i: usize) -> u8 {
        match &c.themes {
            Some(set) if !intersects(set, self.ins.themes.get(i)) => THEME,
            _ => 0,
        }
    }

    /// The inspections a filter selects, newest first.
    pub fn inspections(&self, f: &Filter) -> Vec<usize> {
        self.inspections_sorted(f, SortBy::Newest)
    }

    /// The inspections a filter selects, in the given order.
    pub fn inspections_sorted(&self, f: &Filter, sort: SortBy) -> Vec<usize> {
        let c = self.compile(f, ListKind::Inspections);
        let mut out = Vec::new();
        for &i in self.order(sort) {
            let i = i as usize;
            if self.inspection_fails(&c, i) == 0
                && self.inspection_theme_fails(&c, i) == 0
                && (!c.has_text() || c.text_matches(self.ins.text.get(i), "", 0))
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
        let c = self.compile(f, kind);
        let items = self.item_facts(kind);
        let mut out = Vec::new();
        for &i in self.order(sort) {
            let i = i as usize;
            let range = items.range(i);
            if range.is_empty() || self.inspection_fails(&c, i) != 0 {
                continue;
            }
            let context = self.ins.context.get(i);
            let mut mask = None;
            for k in range.clone() {
                if self.item_fails(&c, items, k) != 0 {
                    continue;
                }
                if c.has_text() {
                    let m = *mask.get_or_insert_with(|| c.context_mask(context));
                    if !c.text_matches(items.text.get(k), context, m) {
                        continue;
                    }
                }
                out.push(ItemRef { inspection: i, item: k - range.start });
            }
        }
        out
    }

    /// How many items of a list each value of every facet would give, under
    /// all the other keys of the filter, in one pass.
    pub fn facets(&self, kind: ListKind, f: &Filter) -> FacetCounts {
        let c = self.compile(f, kind);
        let d = &self.data;
        let mut counts = FacetCounts {
            region: vec![0; d.regions.len()],
            service_type: vec![0; d.service_types.len()],
            rating: vec![0; d.scale.len()],
            theme: vec![0; d.themes.len()],
            kind: vec![0; FindingKind::ALL.len()],
            basis: vec![0; Basis::ALL.len()],
        };
        for i in 0..self.data.inspections.len() {
            let fails = self.inspection_fails(&c, i);
            if fails & OTHER != 0 || fails.count_ones() > 1 {
                continue;
            }
            if kind == ListKind::Inspections {
                let fails = fails | self.inspection_theme_fails(&c, i);
                if fails.count_ones() <= 1 && (!c.has_text() || c.text_matches(self.ins.text.get(i), "", 0)) {
                    self.count(&mut counts, fails, i, self.ins.themes.get(i));
                }
                continue;
            }
            let items = self.item_facts(kind);
            let context = self.ins.context.get(i);
            let mut mask = None;
            for k in items.range(i) {
                let fails = fails | self.item_fails(&c, items, k);
                if fails.count_ones() > 1 {
                    continue;
                }
                if c.has_text() {
                    let m = *mask.get_or_insert_with(|| c.context_mask(context));
                    if !c.text_matches(items.text.get(k), context, m) {
                        continue;
                    }
                }
                let code = match kind {
                    ListKind::Findings => &mut counts.kind,
                    _ => &mut counts.basis,
                };
                if fails == 0 || fails == CODE {
                    code[items.code[k] as usize] += 1;
                }
                self.count(&mut counts, fails, i, items.themes.get(k));
            }
        }
        counts
    }

    /// Adds one item to the counts of every facet it fails at most.
    fn count(&self, counts: &mut FacetCounts, fails: u8, i: usize, themes: &[u64]) {
        let open = |bit: u8| fails == 0 || fails == bit;
        if open(REGION) {
            each_bit(self.ins.regions.get(i), |r| counts.region[r] += 1);
        }
        if open(TYPE) {
            if let Some(slot) = counts.service_type.get_mut(self.ins.service_type[i] as usize) {
                *slot += 1;
            }
        }
        if open(RATING) {
            if let Some(slot) = counts.rating.get_mut(self.ins.overall[i] as usize) {
                *slot += 1;
            }
        }
        if open(THEME) {
            each_bit(themes, |t| counts.theme[t] += 1);
        }
    }

    /// How many items of a list each value of a facet would give, under all
    /// the other keys of the filter: `counts[k]` is for the k-th declared
    /// value (region, type, scale level, theme; or strength, concern; or
    /// the bases). A facet that does not apply to the list counts nothing.
    pub fn facet_counts(&self, kind: ListKind, f: &Filter, key: FacetKey) -> Vec<usize> {
        self.facets(kind, f).get(key).to_vec()
    }

    /// The publication years present in the data, oldest first.
    pub fn years(&self) -> Vec<i32> {
        self.years.clone()
    }
}
