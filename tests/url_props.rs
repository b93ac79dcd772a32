//! Hostile links: random query strings never panic the URL parser, unknown
//! values are dropped and reported, and what is kept prints back to one
//! canonical URL.
#![cfg(not(target_arch = "wasm32"))]

use inspection_explorer::data::{parse_dataset, Dataset};
use inspection_explorer::query::url::{parse_compare_ids, to_query_string, UrlQuery, FILTER_KEYS};
use inspection_explorer::query::Filter;
use proptest::prelude::*;

fn data() -> Dataset {
    parse_dataset(include_str!("fixtures/other-inspectorate.json")).unwrap()
}

/// Query strings built from the characters that make parsing hard.
fn nasty_query() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("region=".to_string()),
        Just("type=".to_string()),
        Just("rating=".to_string()),
        Just("theme=".to_string()),
        Just("kind=".to_string()),
        Just("since=".to_string()),
        Just("until=".to_string()),
        Just("q=".to_string()),
        Just("ids=".to_string()),
        Just("north".to_string()),
        Just("strong".to_string()),
        Just("concern".to_string()),
        Just("2024".to_string()),
        Just("&".to_string()),
        Just(",".to_string()),
        Just("=".to_string()),
        Just("%".to_string()),
        Just("%2C".to_string()),
        Just("%C3%A9".to_string()),
        Just("%FF".to_string()),
        Just("+".to_string()),
        Just("<script>".to_string()),
        Just("#".to_string()),
        Just("?".to_string()),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_query_parses_without_panicking(query in nasty_query()) {
        let d = data();
        let (filter, ignored) = Filter::from_query(&query, &d);
        // Everything kept is declared by the data.
        for r in &filter.regions { prop_assert!(d.region(r).is_some()); }
        for t in &filter.types { prop_assert!(d.service_type(t).is_some()); }
        for r in &filter.ratings { prop_assert!(d.scale_level(r).is_some()); }
        for t in &filter.themes { prop_assert!(d.theme(t).is_some()); }
        // Everything reported was in the URL under a filter key.
        for i in &ignored {
            prop_assert!(FILTER_KEYS.contains(&i.key.as_str()) && i.key != "q", "{} is not a filter key", i.key);
        }
        // One view, one URL: printing and parsing again is stable.
        let printed = to_query_string(&filter.to_pairs());
        let (again, again_ignored) = Filter::from_query(&printed, &d);
        prop_assert_eq!(&again, &filter);
        prop_assert!(again_ignored.is_empty(), "a printed URL has nothing to ignore: {}", printed);
        prop_assert_eq!(to_query_string(&again.to_pairs()), printed);
        let _ = parse_compare_ids(&UrlQuery::parse(&query), &d);
    }

    #[test]
    fn decoding_never_panics(text in any::<String>()) {
        let _ = UrlQuery::parse(&text);
    }

    #[test]
    fn any_free_text_survives_the_round_trip(q in "[^\\u{0}]{0,40}") {
        let d = data();
        let filter = Filter { q: q.clone(), ..Filter::default() };
        let (again, _) = Filter::from_query(&to_query_string(&filter.to_pairs()), &d);
        prop_assert_eq!(again.q, q.trim());
    }
}
