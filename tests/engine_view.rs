//! The engine's lists as the pages use them: the basis filter, search
//! normalisation, sorting, grouping, the list view's URL keys, facet counts
//! of the item lists, and synthetic data. Exact expectations on a small
//! hand-made dataset (the fictional fixture plus a few records).
#![cfg(not(target_arch = "wasm32"))]

use inspection_explorer::data::{parse_dataset, validate, Basis, Dataset, Finding, FindingKind, Inspection, Recommendation};
use inspection_explorer::query::url::to_query_string;
use inspection_explorer::query::view::{list_query, VIEW_KEYS};
use inspection_explorer::query::{
    synthetic, Catalog, FacetKey, Filter, GroupBy, Ignored, ItemRef, ListKind, ListView, SortBy,
};

fn rec(id: &str, to: Option<&str>, themes: &[&str], text: &str, basis: Basis) -> Recommendation {
    Recommendation {
        id: id.into(),
        to: to.map(Into::into),
        themes: themes.iter().map(|t| t.to_string()).collect(),
        text: text.into(),
        basis,
        response: None,
        target_date: None,
        source: None,
    }
}

/// The fixture (Hill School 2024, north; Vale College 2023, south) with
/// recommendations for Vale, an older Abbey School and an undated national
/// Zeta Unit.
pub fn data() -> Dataset {
    let mut d = parse_dataset(include_str!("fixtures/other-inspectorate.json")).unwrap();
    d.inspections[1].recommendations = vec![
        rec("vale-college-2023-r1", Some("The principal"), &["reading"], "Teach phonics daily.", Basis::Statement),
        rec("vale-college-2023-r2", None, &[], "Publish a plan, with dates.", Basis::Unverified),
        rec("vale-college-2023-r3", Some("the  principal "), &["reading", "safety"], "Check the gates.", Basis::Recommendation),
    ];
    let mut abbey: Inspection = d.inspections[1].clone();
    abbey.id = "abbey-school-2022".into();
    abbey.title = "Abbey School".into();
    abbey.service_type = "school".into();
    abbey.area = Some("Abbeyfield".into());
    abbey.published = Some("2022-05".into());
    abbey.overall = Some("adequate".into());
    abbey.findings = vec![Finding {
        id: "abbey-school-2022-f1".into(),
        kind: FindingKind::Strength,
        themes: vec!["safety".into()],
        text: "Visitors signed in at the gate.".into(),
    }];
    abbey.recommendations = vec![];
    let mut zeta = abbey.clone();
    zeta.id = "zeta-unit".into();
    zeta.title = "Zeta Unit".into();
    zeta.area = None;
    zeta.regions = vec![];
    zeta.published = None;
    zeta.overall = None;
    zeta.findings = vec![Finding {
        id: "zeta-unit-f1".into(),
        kind: FindingKind::Concern,
        themes: vec![],
        text: "No themes here.".into(),
    }];
    zeta.recommendations = vec![rec("zeta-unit-r1", Some("GOVERNORS"), &[], "Meet monthly.", Basis::Recommendation)];
    d.inspections.push(abbey);
    d.inspections.push(zeta);
    assert_eq!(validate(&d), vec![], "the test data must be valid");
    d
}

fn catalog() -> Catalog {
    Catalog::new(data())
}

fn filter(c: &Catalog, q: &str) -> Filter {
    let (f, ignored) = Filter::from_query(q, &c.data);
    assert!(ignored.is_empty(), "{q}: {ignored:?}");
    f
}

/// Item ids of a list.
fn ids(c: &Catalog, list: ListKind, items: &[ItemRef]) -> Vec<String> {
    items
        .iter()
        .map(|it| {
            let x = &c.data.inspections[it.inspection];
            match list {
                ListKind::Findings => x.findings[it.item].id.clone(),
                _ => x.recommendations[it.item].id.clone(),
            }
        })
        .collect()
}

fn recs(c: &Catalog, q: &str) -> Vec<String> {
    ids(c, ListKind::Recommendations, &c.items_matching(ListKind::Recommendations, &filter(c, q)))
}

fn finds(c: &Catalog, q: &str) -> Vec<String> {
    ids(c, ListKind::Findings, &c.items_matching(ListKind::Findings, &filter(c, q)))
}

// ---------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------

#[test]
fn each_filter_key_narrows_the_recommendations() {
    let c = catalog();
    assert_eq!(recs(&c, ""), ["hill-school-2024-r1", "vale-college-2023-r1", "vale-college-2023-r2", "vale-college-2023-r3", "zeta-unit-r1"]);
    assert_eq!(recs(&c, "region=south"), ["vale-college-2023-r1", "vale-college-2023-r2", "vale-college-2023-r3"]);
    assert_eq!(recs(&c, "type=school"), ["hill-school-2024-r1", "zeta-unit-r1"]);
    assert_eq!(recs(&c, "rating=strong"), ["hill-school-2024-r1"]);
    assert_eq!(recs(&c, "theme=reading"), ["vale-college-2023-r1", "vale-college-2023-r3"]);
    assert_eq!(recs(&c, "since=2024"), ["hill-school-2024-r1"]);
    assert_eq!(recs(&c, "until=2023"), ["vale-college-2023-r1", "vale-college-2023-r2", "vale-college-2023-r3"]);
    // Undated inspections fall outside any year range.
    assert!(!recs(&c, "since=1900").contains(&"zeta-unit-r1".to_string()));
    // Keys combine with AND; values of one key with OR.
    assert_eq!(recs(&c, "region=south&theme=safety"), ["vale-college-2023-r3"]);
    assert_eq!(recs(&c, "region=north,south&theme=safety&basis=recommendation"), ["hill-school-2024-r1", "vale-college-2023-r3"]);
    assert_eq!(recs(&c, "region=north&theme=reading"), Vec::<String>::new());
}

#[test]
fn basis_filters_recommendations_only() {
    let c = catalog();
    assert_eq!(recs(&c, "basis=statement"), ["vale-college-2023-r1"]);
    assert_eq!(recs(&c, "basis=recommendation"), ["hill-school-2024-r1", "vale-college-2023-r3", "zeta-unit-r1"]);
    assert_eq!(recs(&c, "basis=unverified,statement"), ["vale-college-2023-r1", "vale-college-2023-r2"]);
    // A basis means nothing for a finding or an inspection: left out there.
    assert_eq!(finds(&c, "basis=statement"), finds(&c, ""));
    assert_eq!(c.inspections(&filter(&c, "basis=statement")).len(), 4);
    // And a finding kind means nothing for a recommendation.
    assert_eq!(recs(&c, "kind=concern"), recs(&c, ""));
    assert_eq!(finds(&c, "kind=concern"), ["hill-school-2024-f2", "vale-college-2023-f1", "zeta-unit-f1"]);
}

#[test]
fn keys_that_do_not_apply_are_named() {
    let c = catalog();
    let f = filter(&c, "kind=concern&basis=statement,unverified&region=north");
    let named = |list| f.not_applying(list).iter().map(|i: &Ignored| i.to_string()).collect::<Vec<_>>();
    assert_eq!(named(ListKind::Recommendations), ["kind \"concern\""]);
    assert_eq!(named(ListKind::Findings), ["basis \"statement\"", "basis \"unverified\""]);
    assert_eq!(named(ListKind::Inspections).len(), 3);
    let kept = f.for_list(ListKind::Findings);
    assert_eq!((kept.kinds.len(), kept.bases.len(), kept.regions.len()), (1, 0, 1));
    assert!(ListKind::Recommendations.applies(FacetKey::Basis) && !ListKind::Findings.applies(FacetKey::Basis));
}

#[test]
fn basis_in_the_url() {
    let c = catalog();
    let (f, ignored) = Filter::from_query("basis=unverified,bogus,statement&kind=concern&since=2020", &c.data);
    assert_eq!(f.bases, [Basis::Statement, Basis::Unverified], "declared order, whatever the URL order");
    assert_eq!(ignored, [Ignored { key: "basis".into(), value: "bogus".into() }]);
    assert_eq!(to_query_string(&f.to_pairs()), "kind=concern&basis=statement,unverified&since=2020");
    assert_eq!(Filter::from_query(&to_query_string(&f.to_pairs()), &c.data).0, f);
    assert_eq!(Filter::default().toggled(FacetKey::Basis, "statement").bases, [Basis::Statement]);
    assert!(f.without(FacetKey::Basis).bases.is_empty());
    assert!(f.has(FacetKey::Basis, "unverified"));
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

#[test]
fn search_is_case_and_accent_insensitive_and_needs_every_word() {
    let c = catalog();
    assert_eq!(finds(&c, "q=%C3%89L%C3%88VES"), ["vale-college-2023-f1"], "ÉLÈVES finds Élèves");
    assert_eq!(finds(&c, "q=eleves"), ["vale-college-2023-f1"]);
    assert_eq!(finds(&c, "q=GATE"), ["hill-school-2024-f2", "abbey-school-2022-f1"]);
    // Every word is required, in any order, anywhere in the item or its inspection's title.
    assert_eq!(finds(&c, "q=gate%20hill"), ["hill-school-2024-f2"]);
    assert_eq!(finds(&c, "q=hill%20gate"), ["hill-school-2024-f2"]);
    assert_eq!(finds(&c, "q=gate%20vale"), Vec::<String>::new());
    // The addressee is searched for recommendations, and words are parts of words.
    assert_eq!(recs(&c, "q=princ"), ["vale-college-2023-r1", "vale-college-2023-r3"]);
    assert_eq!(recs(&c, "q=governors"), ["hill-school-2024-r1", "zeta-unit-r1"]);
    // Punctuation around words and extra spaces do not matter; quotes split words.
    assert_eq!(recs(&c, "q=%20%20plan,%20%20%22dates%22%20"), ["vale-college-2023-r2"]);
    // A search in the URL counts like every other key in the facets.
    let f = filter(&c, "q=gates");
    assert_eq!(c.facets(ListKind::Findings, &f).kind, [0, 1]);
}

// ---------------------------------------------------------------------------
// Facet counts of the item lists
// ---------------------------------------------------------------------------

#[test]
fn item_facet_counts_are_per_item_under_the_other_keys() {
    let c = catalog();
    let none = Filter::default();
    let r = c.facets(ListKind::Recommendations, &none);
    assert_eq!(r.region, [1, 3], "north: hill r1; south: vale r1-r3; zeta has no region");
    assert_eq!(r.service_type, [2, 3]);
    assert_eq!(r.rating, [1, 0, 3]);
    assert_eq!(r.theme, [2, 2]);
    assert_eq!(r.basis, [3, 1, 1]);
    assert_eq!(r.kind, [0, 0], "kind does not apply to recommendations");
    let f = c.facets(ListKind::Findings, &none);
    assert_eq!(f.kind, [2, 3]);
    assert_eq!(f.basis, [0, 0, 0]);
    assert_eq!(f.theme, [2, 3]);

    // Under region=south & basis=recommendation: each facet ignores its own key.
    let g = filter(&c, "region=south&basis=recommendation");
    let r = c.facets(ListKind::Recommendations, &g);
    assert_eq!(r.region, [1, 1], "region counts ignore the chosen region");
    assert_eq!(r.basis, [1, 1, 1], "basis counts ignore the chosen basis");
    assert_eq!(r.theme, [1, 1]);
    assert_eq!(r.rating, [0, 0, 1]);
    for key in ListKind::Recommendations.facets() {
        assert_eq!(c.facet_counts(ListKind::Recommendations, &g, *key), r.get(*key));
    }
    // A count is what choosing that value alone would list.
    let only_north = g.without(FacetKey::Region).toggled(FacetKey::Region, "north");
    assert_eq!(c.items_matching(ListKind::Recommendations, &only_north).len(), r.region[0]);
}

// ---------------------------------------------------------------------------
// Sorting and grouping
// ---------------------------------------------------------------------------

#[test]
fn sorting_by_date_or_inspection() {
    let c = catalog();
    let order = |list: ListKind, sort: SortBy| ids(&c, list, &c.items_sorted(list, &Filter::default(), sort));
    let ins = |sort| c.inspections_sorted(&Filter::default(), sort).iter().map(|&i| c.data.inspections[i].id.clone()).collect::<Vec<_>>();
    assert_eq!(ins(SortBy::Newest), ["hill-school-2024", "vale-college-2023", "abbey-school-2022", "zeta-unit"]);
    assert_eq!(ins(SortBy::Oldest), ["abbey-school-2022", "vale-college-2023", "hill-school-2024", "zeta-unit"], "undated last");
    assert_eq!(ins(SortBy::Inspection), ["abbey-school-2022", "hill-school-2024", "vale-college-2023", "zeta-unit"]);
    assert_eq!(
        order(ListKind::Findings, SortBy::Oldest),
        ["abbey-school-2022-f1", "vale-college-2023-f1", "hill-school-2024-f1", "hill-school-2024-f2", "zeta-unit-f1"]
    );
    assert_eq!(
        order(ListKind::Findings, SortBy::Inspection),
        ["abbey-school-2022-f1", "hill-school-2024-f1", "hill-school-2024-f2", "vale-college-2023-f1", "zeta-unit-f1"]
    );
    // Report order within an inspection, whatever the sort.
    assert_eq!(
        order(ListKind::Recommendations, SortBy::Oldest),
        ["vale-college-2023-r1", "vale-college-2023-r2", "vale-college-2023-r3", "hill-school-2024-r1", "zeta-unit-r1"]
    );
    assert_eq!(c.items_sorted(ListKind::Findings, &Filter::default(), SortBy::Newest), c.items_matching(ListKind::Findings, &Filter::default()));
}

fn grouped(c: &Catalog, list: ListKind, by: GroupBy) -> Vec<(String, String, Vec<String>)> {
    let items = c.items_matching(list, &Filter::default());
    c.group(list, &items, by).into_iter().map(|g| (g.key, g.label, ids(c, list, &g.items))).collect()
}

fn g(key: &str, label: &str, items: &[&str]) -> (String, String, Vec<String>) {
    (key.into(), label.into(), items.iter().map(|s| s.to_string()).collect())
}

#[test]
fn grouping_by_theme_region_inspection_and_addressee() {
    let c = catalog();
    let r = ListKind::Recommendations;
    assert_eq!(
        grouped(&c, r, GroupBy::Theme),
        [
            g("reading", "Reading", &["vale-college-2023-r1", "vale-college-2023-r3"]),
            g("safety", "Safety", &["hill-school-2024-r1", "vale-college-2023-r3"]),
            g("", "No theme", &["vale-college-2023-r2", "zeta-unit-r1"]),
        ]
    );
    assert_eq!(
        grouped(&c, r, GroupBy::Region),
        [
            g("north", "North", &["hill-school-2024-r1"]),
            g("south", "South", &["vale-college-2023-r1", "vale-college-2023-r2", "vale-college-2023-r3"]),
            g("", "No region (national)", &["zeta-unit-r1"]),
        ]
    );
    assert_eq!(
        grouped(&c, r, GroupBy::Inspection),
        [
            g("hill-school-2024", "Hill School", &["hill-school-2024-r1"]),
            g("vale-college-2023", "Vale College", &["vale-college-2023-r1", "vale-college-2023-r2", "vale-college-2023-r3"]),
            g("zeta-unit", "Zeta Unit", &["zeta-unit-r1"]),
        ]
    );
    // Addressees are matched case- and space-insensitively, A to Z, with
    // the first spelling met as the heading; none given comes last.
    assert_eq!(
        grouped(&c, r, GroupBy::Addressee),
        [
            g("governors", "Governors", &["hill-school-2024-r1", "zeta-unit-r1"]),
            g("the principal", "The principal", &["vale-college-2023-r1", "vale-college-2023-r3"]),
            g("", "No addressee given", &["vale-college-2023-r2"]),
        ]
    );
    assert_eq!(grouped(&c, r, GroupBy::None), [g("", "", &recs(&c, "").iter().map(String::as_str).collect::<Vec<_>>())]);
    // Findings: a group per theme, in the dataset's theme order.
    let f = grouped(&c, ListKind::Findings, GroupBy::Theme);
    assert_eq!(f.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["reading", "safety", ""]);
    // Groups keep the list's order inside them.
    let items = c.items_sorted(r, &Filter::default(), SortBy::Oldest);
    let by_theme = c.group(r, &items, GroupBy::Theme);
    assert_eq!(ids(&c, r, &by_theme[1].items), ["vale-college-2023-r3", "hill-school-2024-r1"]);
    assert!(c.group(r, &[], GroupBy::Theme).is_empty() && c.group(r, &[], GroupBy::None).is_empty());
}

// ---------------------------------------------------------------------------
// The list view's URL keys
// ---------------------------------------------------------------------------

#[test]
fn view_keys_parse_print_and_stay_canonical() {
    let c = catalog();
    let r = ListKind::Recommendations;
    let (view, ignored) = ListView::from_query("sort=inspection&zzz=1&group=theme", r);
    assert_eq!(view, ListView { group: GroupBy::Theme, sort: SortBy::Inspection });
    assert!(ignored.is_empty());
    let f = filter(&c, "theme=safety&region=north");
    // Filter keys first, then group and sort, whatever order they came in.
    assert_eq!(list_query(&f, &view), "region=north&theme=safety&group=theme&sort=inspection");
    assert_eq!(VIEW_KEYS, ["group", "sort"]);
    // Defaults are left out.
    assert_eq!(list_query(&f, &ListView::default()), "region=north&theme=safety");
    assert_eq!(ListView::from_query("sort=date&group=none", r).0, ListView::default());
    assert_eq!(list_query(&Filter::default(), &ListView::from_query("sort=date", r).0), "");
    // Round trip.
    let q = list_query(&f, &view);
    assert_eq!(ListView::from_query(&q, r).0, view);
    assert_eq!(Filter::from_query(&q, &c.data).0, f);
    // Unknown values, and grouping by addressee where there is none, are reported.
    let (view, ignored) = ListView::from_query("group=addressee&sort=sideways", ListKind::Findings);
    assert_eq!(view, ListView::default());
    assert_eq!(ignored.iter().map(|i| i.to_string()).collect::<Vec<_>>(), ["group \"addressee\"", "sort \"sideways\""]);
    assert_eq!(ListView::from_query("group=addressee", r).0.group, GroupBy::Addressee);
}

// ---------------------------------------------------------------------------
// Synthetic data
// ---------------------------------------------------------------------------

#[test]
fn synthetic_data_multiplies_every_record_with_unique_ids() {
    let d = data();
    let s = synthetic(&d, 3);
    assert_eq!(s.inspections.len(), 3 * d.inspections.len());
    assert_eq!(s.finding_count(), 3 * d.finding_count());
    assert_eq!(s.recommendation_count(), 3 * d.recommendation_count());
    assert_eq!(validate(&s), vec![], "ids stay unique and valid");
    assert_eq!(&s.inspections[..d.inspections.len()], &d.inspections[..], "the first copy is the data itself");
    assert_eq!(s.inspections[d.inspections.len()].id, "hill-school-2024-copy2");
    assert_eq!(s.inspections[d.inspections.len()].findings[0].id, "hill-school-2024-f1-copy2");
    assert_eq!((s.themes.len(), s.regions.len()), (d.themes.len(), d.regions.len()));
    assert_eq!(synthetic(&d, 1), d);
    assert!(synthetic(&d, 0).inspections.is_empty());
    // The engine sees three times as much of everything.
    let (c, c3) = (Catalog::new(d), Catalog::new(s));
    let f = Filter { themes: vec!["safety".into()], ..Filter::default() };
    for list in [ListKind::Findings, ListKind::Recommendations] {
        assert_eq!(c3.items_matching(list, &f).len(), 3 * c.items_matching(list, &f).len());
        assert_eq!(c3.total(list), 3 * c.total(list));
    }
    assert!(c3.recommendation("zeta-unit-r1-copy3").is_some());
}
