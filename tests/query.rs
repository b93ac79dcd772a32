//! The filter engine and the URL state, on the fictional fixture.

use inspection_explorer::data::{parse_dataset, FindingKind};
use inspection_explorer::query::url::{parse_compare_ids, to_query_string, UrlQuery};
use inspection_explorer::query::{Catalog, FacetKey, Filter, ItemRef, ListKind};

fn catalog() -> Catalog {
    Catalog::new(parse_dataset(include_str!("fixtures/other-inspectorate.json")).unwrap())
}

fn ids(c: &Catalog, list: &[usize]) -> Vec<String> {
    list.iter().map(|&i| c.data.inspections[i].id.clone()).collect()
}

#[test]
fn inspections_newest_first() {
    let c = catalog();
    assert_eq!(ids(&c, &c.inspections(&Filter::default())), ["hill-school-2024", "vale-college-2023"]);
}

#[test]
fn each_filter_key_narrows() {
    let c = catalog();
    let f = |q: &str| Filter::from_query(q, &c.data).0;
    assert_eq!(ids(&c, &c.inspections(&f("region=south"))), ["vale-college-2023"]);
    assert_eq!(ids(&c, &c.inspections(&f("type=school"))), ["hill-school-2024"]);
    assert_eq!(ids(&c, &c.inspections(&f("rating=weak"))), ["vale-college-2023"]);
    assert_eq!(ids(&c, &c.inspections(&f("since=2024"))), ["hill-school-2024"]);
    assert_eq!(ids(&c, &c.inspections(&f("until=2023"))), ["vale-college-2023"]);
    assert_eq!(ids(&c, &c.inspections(&f("q=VALE"))), ["vale-college-2023"]);
    // A theme selects inspections with any finding or recommendation in it.
    assert_eq!(ids(&c, &c.inspections(&f("theme=safety"))).len(), 2);
    assert!(c.inspections(&f("region=north&rating=weak")).is_empty());
    assert_eq!(ids(&c, &c.inspections(&f("region=north,south"))).len(), 2);
}

#[test]
fn findings_filtered_by_kind_theme_and_text() {
    let c = catalog();
    let f = |q: &str| Filter::from_query(q, &c.data).0;
    let concerns = c.items_matching(ListKind::Findings, &f("kind=concern"));
    assert_eq!(concerns, [ItemRef { inspection: 0, item: 1 }, ItemRef { inspection: 1, item: 0 }]);
    let reading = c.items_matching(ListKind::Findings, &f("theme=reading&kind=concern"));
    assert_eq!(reading, [ItemRef { inspection: 1, item: 0 }]);
    // Accent-insensitive, and the inspection's title is searched too.
    assert_eq!(c.items_matching(ListKind::Findings, &f("q=eleves%20vale")).len(), 1);
    assert_eq!(c.items_matching(ListKind::Findings, &f("q=eleves%20hill")).len(), 0);
    // Addressee is searched for recommendations.
    assert_eq!(c.items_matching(ListKind::Recommendations, &f("q=governors")).len(), 1);
}

#[test]
fn facet_counts_ignore_their_own_key() {
    let c = catalog();
    let (filter, _) = Filter::from_query("region=north", &c.data);
    // Region counts are what each region would give on its own.
    assert_eq!(c.facet_counts(ListKind::Inspections, &filter, FacetKey::Region), [1, 1]);
    // Rating counts are within the north only: strong 1, adequate 0, weak 0.
    assert_eq!(c.facet_counts(ListKind::Inspections, &filter, FacetKey::Rating), [1, 0, 0]);
    let none = Filter::default();
    assert_eq!(c.facet_counts(ListKind::Findings, &none, FacetKey::Kind), [1, 2]);
    assert_eq!(c.facet_counts(ListKind::Findings, &none, FacetKey::Theme), [2, 2]);
}

#[test]
fn url_round_trip_is_canonical() {
    let c = catalog();
    let (f, ignored) = Filter::from_query("?q=Lock+the%20gates&rating=weak,strong&region=south&kind=concern&since=2020", &c.data);
    assert!(ignored.is_empty());
    assert_eq!(f.ratings, ["strong", "weak"], "declared order, whatever the URL order");
    assert_eq!(f.kinds, [FindingKind::Concern]);
    assert_eq!(to_query_string(&f.to_pairs()), "region=south&rating=strong,weak&kind=concern&since=2020&q=Lock%20the%20gates");
    let (again, _) = Filter::from_query(&to_query_string(&f.to_pairs()), &c.data);
    assert_eq!(again, f);
    assert_eq!(to_query_string(&Filter::default().to_pairs()), "");
}

#[test]
fn unknown_values_are_dropped_and_reported() {
    let c = catalog();
    let (f, ignored) = Filter::from_query("region=north,atlantis&since=abc&until=99999&colour=red&kind=weakness", &c.data);
    assert_eq!(f.regions, ["north"]);
    assert_eq!(f.since, None);
    let named: Vec<String> = ignored.iter().map(|i| i.to_string()).collect();
    // Named in the contract's key order, whatever the address's order.
    assert_eq!(named, ["region \"atlantis\"", "kind \"weakness\"", "since \"abc\"", "until \"99999\""]);
}

#[test]
fn query_decoding_is_forgiving() {
    assert_eq!(UrlQuery::parse("q=a%2Cb%zz%").q.as_deref(), Some("a,b%zz%"));
    assert_eq!(UrlQuery::parse("?q=caf%C3%A9+au+lait").q.as_deref(), Some("café au lait"));
    // A key given twice keeps its last value; an unknown key is ignored.
    let q = UrlQuery::parse("region=a&region=b&&sort&colour=red");
    assert_eq!((q.region.as_deref(), q.sort.as_deref()), (Some("b"), Some("")));
    assert_eq!(UrlQuery::parse("colour=red"), UrlQuery::default());
}

#[test]
fn compare_ids_keep_order_and_report_unknown() {
    let c = catalog();
    let (ids, ignored) = parse_compare_ids(&UrlQuery::parse("ids=vale-college-2023,nope,hill-school-2024,vale-college-2023"), &c.data);
    assert_eq!(ids, ["vale-college-2023", "hill-school-2024"]);
    assert_eq!(ignored.len(), 1);
}

#[test]
fn toggling_a_facet_value() {
    let f = Filter::default().toggled(FacetKey::Region, "north");
    assert!(f.has(FacetKey::Region, "north"));
    assert!(f.toggled(FacetKey::Region, "north").is_empty());
    assert_eq!(Filter::default().toggled(FacetKey::Kind, "concern").kinds, [FindingKind::Concern]);
}
