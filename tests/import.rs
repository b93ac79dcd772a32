//! The research importer, on the made-up fixtures in `tests/fixtures/research/`
//! (never the real research, which lives outside the repository).
#![cfg(not(target_arch = "wasm32"))]

use inspection_explorer::data::{parse_dataset, Basis, Dataset, FindingKind, Inspection, Response, Source};
use inspection_explorer::import::{
    completeness, date_from_unix_days, host_title, import, inferred_keyword, kebab_id, normalise_text,
    source_from_research, theme_name, to_pretty_json, AreaAlias, Import, ImportConfig, NamedText, OwnUnit, ResearchInput,
};

const UPDATED: &str = "2030-12-31";

fn fixture_input() -> ResearchInput {
    ResearchInput {
        inspection_files: vec![
            NamedText::new("pdus.json", include_str!("fixtures/research/pdus.json")),
            NamedText::new("crcs.json", include_str!("fixtures/research/crcs.json")),
        ],
        recommendations: Some(NamedText::new(
            "recommendations.json",
            include_str!("fixtures/research/recommendations.json"),
        )),
        corrections: Some(NamedText::new("corrections.json", include_str!("fixtures/research/corrections.json"))),
    }
}

fn run() -> Import {
    import(&fixture_input(), &ImportConfig::probation(), UPDATED).expect("the fixtures import")
}

fn inspection<'a>(d: &'a Dataset, id: &str) -> &'a Inspection {
    d.inspection(id).unwrap_or_else(|| panic!("no inspection {id}"))
}

fn single(files: Vec<NamedText>) -> ResearchInput {
    ResearchInput { inspection_files: files, ..ResearchInput::default() }
}

#[test]
fn the_fixtures_give_a_valid_dataset_with_the_header() {
    let result = run();
    let d = &result.dataset;
    let text = to_pretty_json(d);
    let parsed = parse_dataset(&text).expect("the written text passes the validator");
    assert_eq!(&parsed, d);
    assert_eq!(d.schema, "inspection-explorer/v1");
    assert_eq!(d.title, "HM Inspectorate of Probation: ratings, findings and recommendations");
    assert_eq!(
        d.publisher.as_deref(),
        Some("Compiled from public HM Inspectorate of Probation publications and their coverage")
    );
    assert_eq!(d.licence, "Contains public sector information licensed under the Open Government Licence v3.0");
    assert_eq!(d.updated, UPDATED);
    // Research file order, then record order.
    let ids: Vec<&str> = d.inspections.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["fixture-pdu-alpha-2030", "fixture-pdu-beta-2031", "fixture-crc-gamma-2029"]);
}

#[test]
fn output_is_pretty_and_deterministic() {
    let a = to_pretty_json(&run().dataset);
    let b = to_pretty_json(&run().dataset);
    assert_eq!(a, b);
    assert!(a.starts_with("{\n  \"schema\": \"inspection-explorer/v1\",\n  \"title\""), "{}", &a[..80]);
    assert!(a.ends_with("}\n"));
    // Whole numbers are written as integers.
    assert!(a.contains("\"score\": 3\n"));
    assert!(a.contains("\"max\": 27"));
    assert!(!a.contains(".0,") && !a.contains(".0\n"));
}

#[test]
fn scale_is_declared_best_first() {
    let d = run().dataset;
    let scale: Vec<(&str, &str, f64)> = d.scale.iter().map(|s| (s.id.as_str(), s.label.as_str(), s.score)).collect();
    assert_eq!(
        scale,
        [
            ("outstanding", "Outstanding", 3.0),
            ("good", "Good", 2.0),
            ("requires-improvement", "Requires improvement", 1.0),
            ("inadequate", "Inadequate", 0.0)
        ]
    );
    let alpha = inspection(&d, "fixture-pdu-alpha-2030");
    assert_eq!(alpha.overall.as_deref(), Some("requires-improvement"));
    let ratings: Vec<(&str, &str)> = alpha.ratings.iter().map(|r| (r.standard.as_str(), r.rating.as_str())).collect();
    assert_eq!(ratings, [("Leadership", "good"), ("Assessment", "inadequate")]);
    assert_eq!(alpha.ratings[0].code.as_deref(), Some("1.1"));
    assert_eq!(alpha.ratings[0].domain.as_deref(), Some("Organisational arrangements and activity"));
}

#[test]
fn a_recommendation_without_basis_is_unverified_and_a_given_basis_is_kept() {
    let d = run().dataset;
    let alpha = inspection(&d, "fixture-pdu-alpha-2030");
    assert_eq!(alpha.recommendations[0].basis, Basis::Unverified);
    assert_eq!(alpha.recommendations[1].basis, Basis::Recommendation);
}

#[test]
fn recommendations_are_appended_and_duplicates_skipped() {
    let result = run();
    let d = &result.dataset;
    // alpha: 2 in the record; its recommendations.json entry differs only in
    // case and punctuation, so it is skipped.
    let alpha = inspection(d, "fixture-pdu-alpha-2030");
    assert_eq!(alpha.recommendations.len(), 2);
    assert_eq!(alpha.recommendations[1].text, "Fixture recommendation: keep the case system running.");
    // The kept one already had a basis and a source: nothing taken over.
    assert_eq!(alpha.recommendations[1].source.as_deref(), Some("seed: fixture-seed.txt"));

    // gamma: 1 in the record, a duplicate (skipped, but its basis and source
    // fill the kept one's gaps) and a new one, appended after it.
    let gamma = inspection(d, "fixture-crc-gamma-2029");
    let texts: Vec<&str> = gamma.recommendations.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Fixture recommendation: review risk at every change.",
            "Fixture recommendation: offer more unpaid work placements."
        ]
    );
    let kept = &gamma.recommendations[0];
    assert_eq!(kept.basis, Basis::Statement);
    assert_eq!(kept.source.as_deref(), Some("https://www.example.org/fixture/gamma-recommendations"));
    let appended = &gamma.recommendations[1];
    assert_eq!(appended.id, "fixture-crc-gamma-2029-r2");
    assert_eq!(appended.basis, Basis::Statement);
    assert_eq!(appended.response, Some(Response::Accepted));
    assert_eq!(appended.target_date.as_deref(), Some("2030-06"));
    assert_eq!(appended.to.as_deref(), Some("Fixture CRC"));
    assert_eq!(appended.themes, ["unpaid-work"]);
    // A non-URL source stays as the string.
    assert_eq!(appended.source.as_deref(), Some("seed: fixture-seed.txt"));
    // A recommendation's web source is listed among the record's sources.
    assert!(gamma
        .sources
        .iter()
        .any(|s| s.url.as_deref() == Some("https://www.example.org/fixture/gamma-recommendations")));

    let report = &result.report;
    assert_eq!(report.recommendations_in_records, 3);
    assert_eq!(report.recommendations_appended, 1);
    assert_eq!(report.duplicates.len(), 2);
    assert!(
        report.duplicates[0].starts_with("fixture-pdu-alpha-2030 recommendations.json[1]"),
        "{:?}",
        report.duplicates
    );
    assert!(report.duplicates[1].contains("took its basis, source"), "{:?}", report.duplicates);
}

#[test]
fn a_stated_correction_is_applied_and_its_source_added() {
    let result = run();
    let beta = inspection(&result.dataset, "fixture-pdu-beta-2031");
    assert_eq!(beta.ratings.len(), 1);
    assert_eq!(beta.ratings[0].standard, "Assessment");
    assert_eq!(beta.ratings[0].rating, "inadequate");
    assert_eq!(beta.ratings[0].code, None);
    assert_eq!(beta.published.as_deref(), Some("2031-02-14"));
    let urls: Vec<Option<&str>> = beta.sources.iter().map(|s| s.url.as_deref()).collect();
    // The published correction's source was already there: not listed twice.
    assert_eq!(
        urls,
        [Some("https://www.example.org/fixture/beta-news"), Some("https://www.example.org/fixture/beta-ratings")]
    );
    let applied: Vec<(&str, &str)> =
        result.report.applied.iter().map(|c| (c.inspection_id.as_str(), c.field.as_str())).collect();
    assert_eq!(applied, [("fixture-pdu-beta-2031", "ratings"), ("fixture-pdu-beta-2031", "published")]);
}

#[test]
fn an_inferred_correction_is_skipped_and_reported() {
    let result = run();
    let alpha = inspection(&result.dataset, "fixture-pdu-alpha-2030");
    // Still the record's own two ratings, not the derived one.
    assert_eq!(alpha.ratings.len(), 2);
    assert_eq!(alpha.ratings[0].rating, "good");
    assert!(!alpha.sources.iter().any(|s| s.url.as_deref() == Some("https://www.example.org/fixture/alpha-derived")));
    assert_eq!(result.report.skipped.len(), 1);
    let skipped = &result.report.skipped[0];
    assert_eq!((skipped.inspection_id.as_str(), skipped.field.as_str()), ("fixture-pdu-alpha-2030", "ratings"));
    assert!(skipped.detail.contains("inferred") && skipped.detail.contains("\"derived\""), "{}", skipped.detail);
    let printed = result.report.to_string();
    assert!(printed.contains("Corrections applied (2):"), "{printed}");
    assert!(printed.contains("Corrections skipped (1):"), "{printed}");
}

#[test]
fn the_keyword_rule_for_inferred_notes() {
    let keywords = ImportConfig::probation().inferred_note_keywords;
    // Inferred: the value is worked out, not stated by the source.
    for note in [
        "Derived, not listed: the press release gives a total of points.",
        "The standard names come from the framework; the source does not list them one by one.",
        "The article does not say the report came out that day.",
        "Value inferred from the headline.",
    ] {
        assert!(inferred_keyword(note, &keywords).is_some(), "{note}");
    }
    // Stated (possibly partly): applied.
    for note in [
        "Partial: BBC says 'leadership was rated good'; other standards not stated.",
        "Partial. Planning is stated both ways, so it is left out.",
        "Refines existing 2024-05; date of the article reporting the report.",
    ] {
        assert_eq!(inferred_keyword(note, &keywords), None, "{note}");
    }
}

#[test]
fn score_takes_its_maximum_from_the_facts_or_is_null() {
    let result = run();
    let alpha = inspection(&result.dataset, "fixture-pdu-alpha-2030");
    let score = alpha.score.as_ref().expect("alpha states its maximum");
    assert_eq!((score.value, score.max), (4.0, 27.0));
    // The fact itself is kept.
    assert!(alpha.facts.iter().any(|f| f.label == "Score scale"));
    // beta has a score but no fact giving the maximum: never guessed.
    assert_eq!(inspection(&result.dataset, "fixture-pdu-beta-2031").score, None);
    assert!(result.report.notes.iter().any(|n| n.contains("fixture-pdu-beta-2031: score 2 left null")));
}

#[test]
fn sources_become_url_and_title() {
    let d = run().dataset;
    let alpha = inspection(&d, "fixture-pdu-alpha-2030");
    assert_eq!(
        alpha.sources,
        [
            Source {
                url: Some("https://hmiprobation.justiceinspectorates.gov.uk/fixture/alpha-report".into()),
                title: "HM Inspectorate of Probation".into()
            },
            Source { url: None, title: "Press release, 1 March 2030 (project seed file fixture-seed.txt)".into() },
        ]
    );
    let gamma = inspection(&d, "fixture-crc-gamma-2029");
    let titles: Vec<(&str, Option<&str>)> =
        gamma.sources.iter().map(|s| (s.title.as_str(), s.url.as_deref())).collect();
    assert_eq!(
        titles[..4],
        [
            ("BBC News", Some("https://www.bbc.co.uk/news/fixture-gamma")),
            (
                "HM Inspectorate of Probation",
                Some("https://www.justiceinspectorates.gov.uk/hmiprobation/fixture/gamma")
            ),
            ("example.org", Some("https://www.example.org/fixture/gamma")),
            ("Fixture annual report (print only)", None),
        ]
    );
}

#[test]
fn source_and_title_rules() {
    assert_eq!(
        source_from_research("seed: 000_x.txt (press release, 6 July 2021)"),
        Source { url: None, title: "Press release, 6 July 2021 (project seed file 000_x.txt)".into() }
    );
    assert_eq!(
        source_from_research("seed: 000_x.txt"),
        Source { url: None, title: "Project seed file 000_x.txt".into() }
    );
    assert_eq!(host_title("https://feeds.bbci.co.uk/news/articles/x"), "BBC News");
    assert_eq!(host_title("http://www.russellwebster.com/x/"), "russellwebster.com");
    assert_eq!(host_title("https://justiceinspectorates.gov.uk/hmiprobation/x"), "HM Inspectorate of Probation");
    // Not a sub-domain of the inspectorate's, despite the ending.
    assert_eq!(host_title("https://notjusticeinspectorates.gov.uk/x"), "notjusticeinspectorates.gov.uk");
    // Only http(s) addresses get a url.
    assert_eq!(source_from_research("javascript:alert(1)").url, None);
}

#[test]
fn themes_regions_and_types_map_to_declared_ids() {
    let d = run().dataset;
    let themes: Vec<(&str, &str)> = d.themes.iter().map(|t| (t.id.as_str(), t.name.as_str())).collect();
    assert_eq!(
        themes,
        [
            ("ict", "ICT"),
            ("leadership", "Leadership"),
            ("risk-of-harm", "Risk of harm"),
            ("staffing", "Staffing"),
            ("unpaid-work", "Unpaid work")
        ]
    );
    let alpha = inspection(&d, "fixture-pdu-alpha-2030");
    assert_eq!(alpha.findings[0].themes, ["risk-of-harm"]);
    assert_eq!(alpha.findings[1].themes, ["ict"]);
    assert_eq!(alpha.findings[0].kind, FindingKind::Concern);
    assert_eq!(alpha.service_type, "probation-pdu");
    assert_eq!(alpha.regions, ["north-east"]);
    // Written with a comma in the research, still the declared region.
    assert_eq!(inspection(&d, "fixture-pdu-beta-2031").regions, ["kent-surrey-and-sussex"]);
    let gamma = inspection(&d, "fixture-crc-gamma-2029");
    assert_eq!(gamma.service_type, "crc");
    assert_eq!(gamma.regions, ["wales", "south-west"]);
    assert_eq!(gamma.overall.as_deref(), Some("good"));
    assert_eq!(gamma.published.as_deref(), Some("2029-11"));

    let types: Vec<(&str, &str)> = d.service_types.iter().map(|t| (t.id.as_str(), t.name.as_str())).collect();
    assert_eq!(
        types,
        [
            ("nps-division", "NPS division"),
            ("crc", "Community Rehabilitation Company (CRC)"),
            ("probation-pdu", "Probation Delivery Unit (PDU)"),
            ("probation-region", "Probation Service region"),
            ("national", "National inspection")
        ]
    );
}

#[test]
fn all_twelve_regions_are_declared_with_their_tiles() {
    let d = run().dataset;
    let regions: Vec<(&str, &str, [i32; 2])> =
        d.regions.iter().map(|r| (r.id.as_str(), r.name.as_str(), r.tile.expect("every region has a tile"))).collect();
    assert_eq!(
        regions,
        [
            ("north-east", "North East", [2, 0]),
            ("north-west", "North West", [1, 1]),
            ("yorkshire-and-the-humber", "Yorkshire and the Humber", [2, 1]),
            ("greater-manchester", "Greater Manchester", [1, 2]),
            ("east-midlands", "East Midlands", [2, 2]),
            ("west-midlands", "West Midlands", [1, 3]),
            ("east-of-england", "East of England", [3, 2]),
            ("wales", "Wales", [0, 3]),
            ("south-west", "South West", [1, 4]),
            ("south-central", "South Central", [2, 3]),
            ("london", "London", [3, 3]),
            ("kent-surrey-and-sussex", "Kent Surrey and Sussex", [3, 4]),
        ]
    );
}

#[test]
fn findings_and_recommendations_get_ids_in_file_order() {
    let d = run().dataset;
    let alpha = inspection(&d, "fixture-pdu-alpha-2030");
    let f: Vec<&str> = alpha.findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(f, ["fixture-pdu-alpha-2030-f1", "fixture-pdu-alpha-2030-f2", "fixture-pdu-alpha-2030-f3"]);
    let r: Vec<&str> = alpha.recommendations.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(r, ["fixture-pdu-alpha-2030-r1", "fixture-pdu-alpha-2030-r2"]);
}

#[test]
fn an_unknown_region_fails_the_import() {
    let input = single(vec![NamedText::new("pdus.json", include_str!("fixtures/research/unknown-region/pdus.json"))]);
    let err = import(&input, &ImportConfig::probation(), UPDATED).expect_err("Atlantis is not a region");
    assert_eq!(err.problems.len(), 1, "{err}");
    let message = &err.problems[0];
    assert!(message.contains("fixture-pdu-nowhere-2030"), "{message}");
    assert!(message.contains("unknown region \"Atlantis\""), "{message}");
    assert!(message.contains("Kent Surrey and Sussex"), "the message lists the declared regions: {message}");
}

#[test]
fn an_unknown_field_or_label_fails_the_import() {
    let record = include_str!("fixtures/research/unknown-region/pdus.json").replace("\"Atlantis\"", "\"Wales\"");
    let ok = import(&single(vec![NamedText::new("pdus.json", record.clone())]), &ImportConfig::probation(), UPDATED);
    assert!(ok.is_ok(), "{:?}", ok.err());

    let extra_field = record.replace("\"score\": null,", "\"score\": null, \"stars\": 5,");
    let err = import(&single(vec![NamedText::new("pdus.json", extra_field)]), &ImportConfig::probation(), UPDATED)
        .expect_err("a new research field is noticed");
    assert!(err.problems[0].starts_with("pdus.json: [0]"), "{err}");
    assert!(err.problems[0].contains("stars"), "{err}");

    let bad_rating = record.replace("\"overall_rating\": null", "\"overall_rating\": \"Gud\"");
    let err = import(&single(vec![NamedText::new("pdus.json", bad_rating)]), &ImportConfig::probation(), UPDATED)
        .expect_err("an unknown rating label");
    assert!(err.problems[0].contains("overall_rating \"Gud\" is not a level of the scale"), "{err}");

    let bad_type = record.replace("\"Probation Service PDU\"", "\"Youth offending team\"");
    let err = import(&single(vec![NamedText::new("pdus.json", bad_type)]), &ImportConfig::probation(), UPDATED)
        .expect_err("an unknown service type");
    assert!(err.problems[0].contains("service_type \"Youth offending team\""), "{err}");

    let twice = vec![NamedText::new("pdus.json", record.clone()), NamedText::new("crcs.json", record)];
    let err = import(&single(twice), &ImportConfig::probation(), UPDATED).expect_err("an id used twice");
    assert!(err.problems[0].contains("\"fixture-pdu-nowhere-2030\" is already used in pdus.json"), "{err}");
}

#[test]
fn corrections_and_recommendations_must_name_known_inspections() {
    let mut input = fixture_input();
    input.corrections = Some(NamedText::new(
        "corrections.json",
        r#"[{"inspection_id": "fixture-missing", "field": "published", "value": "2030-01", "source": null, "note": "fixture"}]"#,
    ));
    input.recommendations = Some(NamedText::new(
        "recommendations.json",
        r#"[{"inspection_id": "fixture-missing-too", "to": null, "theme": null, "text": "Fixture text.", "basis": null}]"#,
    ));
    let err = import(&input, &ImportConfig::probation(), UPDATED).expect_err("unknown inspection ids");
    let all = err.to_string();
    assert!(all.contains("\"fixture-missing\" is not an inspection"), "{all}");
    assert!(all.contains("\"fixture-missing-too\" is not an inspection"), "{all}");
}

#[test]
fn the_updated_date_must_be_a_full_date() {
    let err = import(&fixture_input(), &ImportConfig::probation(), "2030-12").expect_err("not a full date");
    assert!(err.problems[0].contains("\"2030-12\""), "{err}");
}

#[test]
fn completeness_counts_the_fixture() {
    let c = completeness(&run().dataset);
    assert_eq!(c.inspections, 3);
    assert_eq!((c.rated, c.unrated), (3, 0));
    assert_eq!(c.with_standard_ratings, 2);
    assert_eq!(c.with_score, 1);
    assert_eq!(c.with_recommendations, 2);
    assert_eq!((c.published_day, c.published_month, c.published_year, c.undated), (2, 1, 0, 0));
    assert_eq!(c.findings, 6);
    assert_eq!(c.recommendations, 4);
    assert_eq!(
        (c.recommendations_recommendation, c.recommendations_statement, c.recommendations_unverified),
        (1, 2, 1)
    );
    let printed = c.to_string();
    assert!(printed.contains("- Inspections: 3\n"), "{printed}");
    assert!(printed.contains("exact day 2, month only 1, year only 0, undated 0"), "{printed}");
}

#[test]
fn small_helpers() {
    assert_eq!(kebab_id("risk of harm"), "risk-of-harm");
    assert_eq!(kebab_id("ICT"), "ict");
    assert_eq!(kebab_id("Kent, Surrey and Sussex"), "kent-surrey-and-sussex");
    assert_eq!(theme_name("risk of harm"), "Risk of harm");
    assert_eq!(theme_name("ICT"), "ICT");
    assert_eq!(normalise_text("Act on staff workloads!"), normalise_text("act on  staff-workloads"));
    assert_ne!(normalise_text("Act on staff workloads"), normalise_text("Act on staff wellbeing"));
    assert_eq!(date_from_unix_days(0), "1970-01-01");
    assert_eq!(date_from_unix_days(18_814), "2021-07-06");
    assert_eq!(date_from_unix_days(20_784), "2026-11-27");
    assert_eq!(date_from_unix_days(11_016), "2000-02-29");
}

/// A research record of the given id, type, area and publication date.
fn record(id: &str, service_type: &str, area: Option<&str>, published: Option<&str>) -> serde_json::Value {
    serde_json::json!({
        "id": id, "title": format!("TEST FIXTURE: {id}"), "service_type": service_type, "area": area,
        "regions": ["Wales"], "published": published, "overall_rating": "Inadequate"
    })
}

fn units_of(d: &Dataset) -> Vec<(&str, &str)> {
    d.inspections.iter().map(|i| (i.id.as_str(), i.unit.as_deref().unwrap_or("-"))).collect()
}

#[test]
fn every_inspection_gets_the_unit_of_its_area_and_type() {
    let d = run().dataset;
    assert_eq!(
        units_of(&d),
        [
            ("fixture-pdu-alpha-2030", "alphaville-pdu"),
            ("fixture-pdu-beta-2031", "betatown-pdu"),
            ("fixture-crc-gamma-2029", "crc-gamma-shire")
        ]
    );
    let units: Vec<(&str, &str)> = d.units.iter().map(|u| (u.id.as_str(), u.name.as_str())).collect();
    assert_eq!(units, [("alphaville-pdu", "Alphaville PDU"), ("betatown-pdu", "Betatown PDU"), ("crc-gamma-shire", "Gamma shire CRC")]);
    assert!(to_pretty_json(&d).contains("      \"area\": \"Alphaville PDU\",\n      \"unit\": \"alphaville-pdu\",\n"));
}

#[test]
fn units_join_one_area_of_one_type_with_the_configs_exceptions() {
    let records = serde_json::json!([
        record("fixture-sheffield-2023", "Probation Service PDU", Some("Fixton PDU"), Some("2023-03-30")),
        record("fixture-sheffield-second", "Probation Service PDU", Some("Fixton PDU"), None),
        record("fixture-sheffield-2021", "Probation Service PDU", Some("Fixton PDU"), Some("2021-06")),
        // The same area name as a CRC and as an NPS division: other units.
        record("fixture-fixton-crc-2019", "CRC", Some("Fixton PDU"), Some("2019")),
        record("fixture-wales-nps-2019", "NPS division", Some("Wales"), Some("2019")),
        record("fixture-wales-region-2025", "Probation Service region", Some("Wales"), None),
        // Written two ways; punctuation alone does not make another unit.
        record("fixture-two-and-one-2022", "Probation Service PDU", Some("Two and One PDU"), Some("2022")),
        record("fixture-one-and-two-2025", "Probation Service PDU", Some("One and Two PDU"), Some("2025")),
        record("fixture-east-west-2022", "Probation Service PDU", Some("East, West PDU"), Some("2022")),
        record("fixture-east-west-2024", "Probation Service PDU", Some("East West PDU"), Some("2024")),
        record("fixture-central-2020", "National", Some("England and Wales"), Some("2020")),
        record("fixture-national-2025", "National", Some("England and Wales"), Some("2025")),
        record("fixture-nowhere", "Probation Service PDU", None, None),
    ]);
    let mut config = ImportConfig::probation();
    config.area_aliases = vec![AreaAlias { spelling: "Two and One PDU".into(), area: "One and Two PDU".into(), why: "fixture".into() }];
    config.own_units = vec![OwnUnit {
        inspection_id: "fixture-central-2020".into(),
        unit: inspection_explorer::data::Unit { id: "fixture-central".into(), name: "Fixture central".into() },
        why: "fixture reason".into(),
    }];
    let input = single(vec![NamedText::new("pdus.json", records.to_string())]);
    let result = import(&input, &config, UPDATED).expect("the records import");
    let d = &result.dataset;
    assert_eq!(
        units_of(d),
        [
            ("fixture-sheffield-2023", "fixton-pdu"),
            ("fixture-sheffield-second", "fixton-pdu"),
            ("fixture-sheffield-2021", "fixton-pdu"),
            ("fixture-fixton-crc-2019", "crc-fixton-pdu"),
            ("fixture-wales-nps-2019", "nps-wales"),
            ("fixture-wales-region-2025", "wales-region"),
            ("fixture-two-and-one-2022", "one-and-two-pdu"),
            ("fixture-one-and-two-2025", "one-and-two-pdu"),
            ("fixture-east-west-2022", "east-west-pdu"),
            ("fixture-east-west-2024", "east-west-pdu"),
            ("fixture-central-2020", "fixture-central"),
            ("fixture-national-2025", "probation-service-england-and-wales"),
            ("fixture-nowhere", "-"),
        ]
    );
    assert_eq!(d.unit("east-west-pdu").unwrap().name, "East, West PDU", "named as first met");
    assert_eq!(d.unit("nps-wales").unwrap().name, "NPS Wales division");
    assert_eq!(d.unit("probation-service-england-and-wales").unwrap().name, "Probation Service, England and Wales");
    // What the import says: the exceptions, then each unit with more than
    // one inspection, its inspections in order (undated last).
    let printed = result.report.to_string();
    assert!(printed.contains("Units: 8, by area and service type, except (2):\n"), "{printed}");
    assert!(printed.contains("  \"Two and One PDU\" is taken for \"One and Two PDU\": fixture\n"), "{printed}");
    assert!(printed.contains("  fixture-central-2020 is a unit of its own, fixture-central: fixture reason\n"), "{printed}");
    assert!(printed.contains("Units with more than one inspection (3), in order:\n"), "{printed}");
    assert!(
        printed.contains(
            "  fixton-pdu \"Fixton PDU\": fixture-sheffield-2021 (2021-06), fixture-sheffield-2023 (2023-03-30), fixture-sheffield-second (undated)\n"
        ),
        "{printed}"
    );
    assert!(printed.contains("fixture-nowhere: no area, so no unit"), "{printed}");
    assert!(printed.contains("fixture-east-west-2024: unit east-west-pdu is written \"East West PDU\" here; named \"East, West PDU\""), "{printed}");
    let c = completeness(d);
    assert_eq!((c.units, c.units_reinspected), (8, 3));
    // Fixton 2021 -> 2023 no change, 2023 -> undated second not known;
    // One and Two 2022 -> 2025 and East West 2022 -> 2024 no change.
    assert_eq!((c.improved, c.unchanged, c.declined, c.not_rated, c.order_not_known), (0, 3, 0, 0, 1));
    assert!(c.to_string().contains("- Re-inspections: 4 (improved 0, no change 3, declined 0; not comparable: not rated 0, date not known 1)\n"));
}

#[test]
fn a_unit_of_its_own_may_not_take_another_units_id() {
    let records = serde_json::json!([record("fixture-a-2020", "Probation Service PDU", Some("Fixton PDU"), Some("2020"))]);
    let mut config = ImportConfig::probation();
    config.own_units = vec![OwnUnit {
        inspection_id: "fixture-other".into(),
        unit: inspection_explorer::data::Unit { id: "fixton-pdu".into(), name: "Fixton".into() },
        why: "fixture".into(),
    }];
    let err = import(&single(vec![NamedText::new("pdus.json", records.to_string())]), &config, UPDATED)
        .expect_err("two units with one id");
    assert_eq!(err.problems, ["fixture-a-2020: its unit \"fixton-pdu\" is also a unit of its own"]);
}
