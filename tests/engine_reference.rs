//! The engine against a plain reference: for hundreds of generated filters,
//! on the bundled data, the fixture, synthetic data and data with more than
//! 64 themes and regions (so bitsets span several words), every list in
//! every order, and every facet count, must equal what a straightforward
//! reading of the URL contract gives.
#![cfg(not(target_arch = "wasm32"))]

use inspection_explorer::data::date::PartialDate;
use inspection_explorer::data::{parse_dataset, Basis, Dataset, FindingKind, Region, Response, Theme};
use inspection_explorer::query::search::{fold, TextQuery};
use inspection_explorer::query::{synthetic, Catalog, FacetKey, Filter, ItemRef, ListKind, SortBy};

fn bundled() -> Dataset {
    parse_dataset(include_str!("../static/data/inspections.json")).unwrap()
}

fn fixture() -> Dataset {
    parse_dataset(include_str!("fixtures/other-inspectorate.json")).unwrap()
}

/// The bundled data with 70 more themes and 60 more regions, some of them
/// given to inspections and items, so sets need more than one 64-bit word.
fn wide() -> Dataset {
    let mut d = bundled();
    for n in 0..70 {
        d.themes.push(Theme { id: format!("extra-theme-{n}"), name: format!("Extra theme {n}") });
    }
    for n in 0..60 {
        d.regions.push(Region { id: format!("extra-region-{n}"), name: format!("Extra region {n}"), tile: None });
    }
    for (i, x) in d.inspections.iter_mut().enumerate() {
        if i % 3 == 0 {
            x.regions.push(format!("extra-region-{}", i % 60));
        }
        for (j, f) in x.findings.iter_mut().enumerate() {
            if (i + j) % 4 == 0 {
                f.themes.push(format!("extra-theme-{}", (i * 7 + j) % 70));
            }
        }
        for (j, r) in x.recommendations.iter_mut().enumerate() {
            if (i + j) % 2 == 0 {
                r.themes.push(format!("extra-theme-{}", (i * 5 + j) % 70));
            }
        }
    }
    assert!(inspection_explorer::data::validate(&d).is_empty());
    d
}

// ---------------------------------------------------------------------------
// The reference: the contract read literally, no indexes, no caching.
// ---------------------------------------------------------------------------

fn any_of(chosen: &[String], have: &[String]) -> bool {
    chosen.is_empty() || chosen.iter().any(|c| have.contains(c))
}

/// Is inspection `i` a re-inspection: is another inspection of its unit
/// shown before it (dated ones by date, then undated ones, each by id)?
fn reinspected(d: &Dataset, i: usize) -> bool {
    let place = |j: usize| {
        let x = &d.inspections[j];
        let date = x.published.as_deref().and_then(PartialDate::parse);
        (date.is_none(), date, x.id.clone())
    };
    let unit = &d.inspections[i].unit;
    unit.is_some() && (0..d.inspections.len()).any(|j| j != i && d.inspections[j].unit == *unit && place(j) < place(i))
}

fn inspection_keys_pass(d: &Dataset, f: &Filter, i: usize) -> bool {
    let x = &d.inspections[i];
    let year = x.published.as_deref().and_then(PartialDate::parse).map(|p| p.year);
    (!f.reinspected || reinspected(d, i))
        && any_of(&f.regions, &x.regions)
        && any_of(&f.types, std::slice::from_ref(&x.service_type))
        && (f.ratings.is_empty() || x.overall.as_ref().is_some_and(|o| f.ratings.contains(o)))
        && ((f.since.is_none() && f.until.is_none())
            || year.is_some_and(|y| f.since.is_none_or(|s| y >= s) && f.until.is_none_or(|u| y <= u)))
}

fn words_in(q: &str, text: &str) -> bool {
    if q.trim().is_empty() {
        return true;
    }
    // Folding is the slow part of the reference; remember each text's.
    thread_local! {
        static FOLDED: std::cell::RefCell<std::collections::HashMap<String, String>> = Default::default();
    }
    let words = TextQuery::new(q);
    FOLDED.with(|m| {
        let mut m = m.borrow_mut();
        if !m.contains_key(text) {
            m.insert(text.to_string(), fold(text));
        }
        let hay = &m[text];
        words.words().iter().all(|w| hay.contains(w.as_str()))
    })
}

fn ref_inspection(d: &Dataset, f: &Filter, i: usize) -> bool {
    let x = &d.inspections[i];
    let themes: Vec<String> =
        x.findings.iter().flat_map(|f| f.themes.clone()).chain(x.recommendations.iter().flat_map(|r| r.themes.clone())).collect();
    let text = format!(
        "{}\n{}\n{}\n{}",
        x.title,
        x.area.as_deref().unwrap_or(""),
        x.provider.as_deref().unwrap_or(""),
        x.chief_inspector.as_deref().unwrap_or("")
    );
    inspection_keys_pass(d, f, i) && any_of(&f.themes, &themes) && words_in(&f.q, &text)
}

fn ref_item(d: &Dataset, list: ListKind, f: &Filter, it: ItemRef) -> bool {
    let x = &d.inspections[it.inspection];
    if !inspection_keys_pass(d, f, it.inspection) {
        return false;
    }
    let context = || format!("{}\n{}", x.title, x.area.as_deref().unwrap_or(""));
    match list {
        ListKind::Findings => {
            let item = &x.findings[it.item];
            any_of(&f.themes, &item.themes)
                && (f.kinds.is_empty() || f.kinds.contains(&item.kind))
                && (f.q.trim().is_empty() || words_in(&f.q, &format!("{}\n{}", item.text, context())))
        }
        _ => {
            let item = &x.recommendations[it.item];
            any_of(&f.themes, &item.themes)
                && (f.bases.is_empty() || f.bases.contains(&item.basis))
                && (f.responses.is_empty() || f.responses.contains(&item.response))
                && (f.q.trim().is_empty()
                    || words_in(&f.q, &format!("{}\n{}\n{}", item.text, item.to.as_deref().unwrap_or(""), context())))
        }
    }
}

/// Inspection indexes in a list order, by sorting (stable) from file order.
fn ref_order(d: &Dataset, sort: SortBy) -> Vec<usize> {
    let date = |i: usize| d.inspections[i].published.as_deref().and_then(PartialDate::parse);
    let title = |i: usize| d.inspections[i].title.clone();
    let mut newest: Vec<usize> = (0..d.inspections.len()).collect();
    newest.sort_by(|&a, &b| {
        let (x, y) = (date(a), date(b));
        (x.is_none(), std::cmp::Reverse(x), title(a)).cmp(&(y.is_none(), std::cmp::Reverse(y), title(b)))
    });
    match sort {
        SortBy::Newest => newest,
        SortBy::Oldest => {
            let mut v = newest;
            v.sort_by_key(|&i| (date(i).is_none(), date(i)));
            v
        }
        SortBy::Inspection => {
            let mut v = newest;
            v.sort_by_key(|&i| fold(&title(i)));
            v
        }
    }
}

fn ref_items(d: &Dataset, list: ListKind, f: &Filter, sort: SortBy) -> Vec<ItemRef> {
    let mut out = Vec::new();
    for i in ref_order(d, sort) {
        let n = match list {
            ListKind::Findings => d.inspections[i].findings.len(),
            _ => d.inspections[i].recommendations.len(),
        };
        for j in 0..n {
            let it = ItemRef { inspection: i, item: j };
            if ref_item(d, list, f, it) {
                out.push(it);
            }
        }
    }
    out
}

fn ref_count(d: &Dataset, list: ListKind, f: &Filter) -> usize {
    match list {
        ListKind::Inspections => (0..d.inspections.len()).filter(|&i| ref_inspection(d, f, i)).count(),
        _ => (0..d.inspections.len())
            .flat_map(|i| {
                let n = match list {
                    ListKind::Findings => d.inspections[i].findings.len(),
                    _ => d.inspections[i].recommendations.len(),
                };
                (0..n).map(move |j| ItemRef { inspection: i, item: j })
            })
            .filter(|&it| ref_item(d, list, f, it))
            .count(),
    }
}

/// A facet value's count: how many items the filter would give with that
/// facet set to exactly that value.
fn ref_facet(d: &Dataset, list: ListKind, f: &Filter, key: FacetKey) -> Vec<usize> {
    let values: Vec<String> = match key {
        FacetKey::Region => d.regions.iter().map(|r| r.id.clone()).collect(),
        FacetKey::Type => d.service_types.iter().map(|t| t.id.clone()).collect(),
        FacetKey::Rating => d.scale.iter().map(|s| s.id.clone()).collect(),
        FacetKey::Theme => d.themes.iter().map(|t| t.id.clone()).collect(),
        FacetKey::Kind => FindingKind::ALL.iter().map(|k| k.id().to_string()).collect(),
        FacetKey::Basis => Basis::ALL.iter().map(|b| b.id().to_string()).collect(),
        FacetKey::Response => Response::CHOICES.iter().map(|r| Response::choice_id(*r).to_string()).collect(),
        FacetKey::Reinspected => vec!["yes".to_string()],
    };
    if !list.applies(key) {
        return vec![0; values.len()];
    }
    values.iter().map(|v| ref_count(d, list, &f.without(key).toggled(key, v))).collect()
}

// ---------------------------------------------------------------------------
// Generated filters
// ---------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick(&mut self, ids: &[String], most: usize) -> Vec<String> {
        let k = self.below(most + 1);
        let mut out: Vec<String> = (0..k).map(|_| ids[self.below(ids.len())].clone()).collect();
        out.dedup();
        out
    }
}

const WORDS: [&str; 16] = [
    "", "", "", "domestic", "ABUSE", "abuse domestic", "Élèves", "risk", "south", "division west", "staff", "workload",
    "court", "zzzz", "re", "the of",
];

fn random_filter(d: &Dataset, rng: &mut Rng) -> Filter {
    let ids = |v: Vec<String>| v;
    let years: Vec<i32> =
        d.inspections.iter().filter_map(|x| x.published.as_deref().and_then(PartialDate::parse)).map(|p| p.year).collect();
    let mut f = Filter {
        regions: rng.pick(&ids(d.regions.iter().map(|r| r.id.clone()).collect()), 2),
        types: rng.pick(&ids(d.service_types.iter().map(|t| t.id.clone()).collect()), 1),
        ratings: rng.pick(&ids(d.scale.iter().map(|s| s.id.clone()).collect()), 2),
        themes: rng.pick(&ids(d.themes.iter().map(|t| t.id.clone()).collect()), 2),
        ..Filter::default()
    };
    // Most filters use only a few keys.
    for (key, keep) in [(0, 2), (1, 4), (2, 3), (3, 2)] {
        if rng.below(keep) != 0 {
            match key {
                0 => f.regions.clear(),
                1 => f.types.clear(),
                2 => f.ratings.clear(),
                _ => f.themes.clear(),
            }
        }
    }
    if rng.below(3) == 0 {
        f.kinds = vec![FindingKind::ALL[rng.below(2)]];
    }
    if rng.below(3) == 0 {
        f.bases = vec![Basis::ALL[rng.below(3)]];
        if rng.below(2) == 0 {
            f.bases.push(Basis::ALL[rng.below(3)]);
        }
    }
    if rng.below(3) == 0 {
        f.responses = vec![Response::CHOICES[rng.below(4)]];
        if rng.below(2) == 0 {
            f.responses.push(Response::CHOICES[rng.below(4)]);
        }
    }
    f.reinspected = rng.below(4) == 0;
    if rng.below(4) == 0 && !years.is_empty() {
        f.since = Some(years[rng.below(years.len())]);
    }
    if rng.below(4) == 0 && !years.is_empty() {
        f.until = Some(years[rng.below(years.len())]);
    }
    f.q = WORDS[rng.below(WORDS.len())].to_string();
    f.normalise(d);
    f
}

fn check(d: Dataset, filters: usize, seed: u64) {
    let c = Catalog::new(d.clone());
    let mut rng = Rng(seed);
    let mut non_empty = 0;
    for n in 0..filters {
        let f = if n == 0 { Filter::default() } else { random_filter(&d, &mut rng) };
        let got: Vec<usize> = c.inspections(&f);
        let want: Vec<usize> = ref_order(&d, SortBy::Newest).into_iter().filter(|&i| ref_inspection(&d, &f, i)).collect();
        assert_eq!(got, want, "inspections for {f:?}");
        for sort in SortBy::ALL {
            let want: Vec<usize> = ref_order(&d, sort).into_iter().filter(|&i| ref_inspection(&d, &f, i)).collect();
            assert_eq!(c.inspections_sorted(&f, sort), want, "inspections, {sort:?}, for {f:?}");
        }
        for list in [ListKind::Findings, ListKind::Recommendations] {
            for sort in SortBy::ALL {
                let want = ref_items(&d, list, &f, sort);
                non_empty += usize::from(!want.is_empty());
                assert_eq!(c.items_sorted(list, &f, sort), want, "{list:?}, {sort:?}, for {f:?}");
            }
            assert_eq!(c.items_matching(list, &f), ref_items(&d, list, &f, SortBy::Newest));
        }
        for list in [ListKind::Inspections, ListKind::Findings, ListKind::Recommendations] {
            let all = c.facets(list, &f);
            for key in FacetKey::ALL {
                let want = ref_facet(&d, list, &f, key);
                assert_eq!(all.get(key), want.as_slice(), "{list:?} facet {key:?} for {f:?}");
                assert_eq!(c.facet_counts(list, &f, key), want, "{list:?} facet_counts {key:?} for {f:?}");
            }
        }
    }
    assert!(non_empty > filters / 2, "too few generated filters select anything ({non_empty})");
}

#[test]
fn bundled_data_matches_the_reference() {
    check(bundled(), 120, 1);
}

#[test]
fn fixture_matches_the_reference() {
    check(fixture(), 200, 2);
}

#[test]
fn synthetic_data_matches_the_reference() {
    check(synthetic(&bundled(), 3), 15, 3);
}

#[test]
fn multi_word_bitsets_match_the_reference() {
    let d = wide();
    let c = Catalog::new(d.clone());
    // The extra themes and regions are really used.
    let f = Filter { themes: vec!["extra-theme-69".into()], regions: vec!["extra-region-59".into()], ..Filter::default() };
    assert_eq!(c.items_matching(ListKind::Recommendations, &f), ref_items(&d, ListKind::Recommendations, &f, SortBy::Newest));
    assert!(c.facets(ListKind::Findings, &Filter::default()).theme[70..].iter().sum::<usize>() > 0);
    check(d, 40, 4);
}
