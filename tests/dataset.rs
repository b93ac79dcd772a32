//! The bundled dataset, `static/data/inspections.json`, as the import command
//! wrote it from the research files.

use std::collections::HashSet;

use inspection_explorer::data::{parse_dataset, Basis, Dataset, FindingKind, Inspection};

fn dataset() -> Dataset {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/data/inspections.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    match parse_dataset(&text) {
        Ok(d) => d,
        Err(breaches) => {
            panic!("{path} is not valid:\n{}", breaches.iter().map(|b| b.to_string()).collect::<Vec<_>>().join("\n"))
        }
    }
}

fn inspection<'a>(d: &'a Dataset, id: &str) -> &'a Inspection {
    d.inspection(id).unwrap_or_else(|| panic!("no inspection {id}"))
}

#[test]
fn it_is_valid_and_holds_every_researched_inspection() {
    let d = dataset();
    // 16 (nps-and-regions.json) + 72 (pdus.json) + 29 (crcs.json)
    // + 4 (extra-inspections.json) + 7 (more-inspections.json).
    assert_eq!(d.inspections.len(), 128);
    assert_eq!(d.schema, "inspection-explorer/v1");
    assert_eq!(d.updated, "2026-12-01");
    assert_eq!(d.licence, "Contains public sector information licensed under the Open Government Licence v3.0");
}

#[test]
fn it_is_pretty_printed() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/data/inspections.json");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.starts_with("{\n  \"schema\": \"inspection-explorer/v1\",\n"));
    assert!(text.ends_with("}\n"));
}

#[test]
fn the_twelve_regions_are_declared_with_tiles() {
    let d = dataset();
    assert_eq!(d.regions.len(), 12);
    let tiles: Vec<[i32; 2]> = d.regions.iter().map(|r| r.tile.expect("every region has a tile")).collect();
    let max_col = tiles.iter().map(|t| t[0]).max().unwrap();
    let max_row = tiles.iter().map(|t| t[1]).max().unwrap();
    let tile = |id: &str| d.region(id).unwrap_or_else(|| panic!("no region {id}")).tile.unwrap();
    assert_eq!(tile("north-east")[1], 0, "north-east is the top row");
    assert_eq!(tile("wales")[0], 0, "wales is the first column");
    assert_eq!(tile("kent-surrey-and-sussex"), [max_col, max_row], "kent-surrey-and-sussex is bottom right");
    let distinct: HashSet<[i32; 2]> = tiles.iter().copied().collect();
    assert_eq!(distinct.len(), 12, "no two regions share a tile");
    for id in [
        "north-east",
        "north-west",
        "yorkshire-and-the-humber",
        "greater-manchester",
        "east-midlands",
        "west-midlands",
        "east-of-england",
        "wales",
        "south-west",
        "south-central",
        "london",
        "kent-surrey-and-sussex",
    ] {
        assert!(d.region(id).is_some(), "region {id} is declared");
    }
}

#[test]
fn every_region_has_an_inspection() {
    let d = dataset();
    for region in &d.regions {
        assert!(d.inspections.iter().any(|i| i.regions.contains(&region.id)), "no inspection in region {}", region.id);
    }
}

#[test]
fn the_south_west_2021_record_matches_the_seed_press_release() {
    let d = dataset();
    let sw = inspection(&d, "nps-south-west-2021");
    assert_eq!(sw.overall.as_deref(), Some("good"));
    let rating = |standard: &str| {
        sw.ratings
            .iter()
            .find(|r| r.standard == standard)
            .unwrap_or_else(|| panic!("no rating for {standard}"))
            .rating
            .as_str()
    };
    assert_eq!(rating("Leadership"), "good");
    assert_eq!(rating("Statutory victim work"), "outstanding");
    assert_eq!(sw.published.as_deref(), Some("2021-07-06"));
    assert_eq!(sw.recommendation_count, Some(14));
    assert_eq!(sw.fieldwork.as_deref(), Some("2021-02/2021-03"));
    assert_eq!(sw.chief_inspector.as_deref(), Some("Justin Russell"));
    assert_eq!(sw.service_type, "nps-division");
    assert_eq!(sw.regions, ["south-west"]);
    // The seed itself is a source, with no address.
    assert!(sw
        .sources
        .iter()
        .any(|s| s.url.is_none() && s.title.contains("project seed file 000_f37dca72aa651aa1.txt")));
    // The three top priorities the press release names, as report
    // recommendations, then the two calls for action of the inspectorate's
    // press release that recommendations.json added on 1 December 2026.
    assert_eq!(sw.recommendations.len(), 5);
    assert!(sw.recommendations[..3].iter().all(|r| r.basis == Basis::Recommendation));
    assert!(sw.recommendations[..3].iter().all(|r| r.source.as_deref() == Some("seed: 000_f37dca72aa651aa1.txt")));
    assert!(sw.recommendations[3..].iter().all(|r| r.basis == Basis::Statement));
    assert!(sw.recommendations[3..].iter().all(|r| r
        .source
        .as_deref()
        .is_some_and(|s| s.starts_with("https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2021/07/"))));
}

#[test]
fn finding_and_recommendation_ids_follow_the_pattern() {
    let d = dataset();
    for ins in &d.inspections {
        for (j, f) in ins.findings.iter().enumerate() {
            assert_eq!(f.id, format!("{}-f{}", ins.id, j + 1));
        }
        for (j, r) in ins.recommendations.iter().enumerate() {
            assert_eq!(r.id, format!("{}-r{}", ins.id, j + 1));
        }
    }
}

#[test]
fn findings_and_recommendations_are_all_there() {
    let d = dataset();
    // Findings: the lengths of the `findings` lists of the 128 records in the
    // five inspection files, summed (242 strengths, 389 concerns).
    assert_eq!(d.finding_count(), 631);
    let strengths = d.inspections.iter().flat_map(|i| &i.findings).filter(|f| f.kind == FindingKind::Strength).count();
    assert_eq!(strengths, 242);
    // Recommendations: 50 in the inspection files' `recommendations` lists, plus
    // the 135 entries of recommendations.json (64 of them added on 1 December
    // 2026), less the 8 of those whose text repeats one already in the record
    // (3 for nps-central-functions-2020, 2 for each of the Kent Surrey and
    // Sussex and Greater Manchester 2026 dynamic inspections, 1 for the South
    // West one): 50 + 135 - 8 = 177, on 98 inspections.
    assert_eq!(d.recommendation_count(), 177);
    assert_eq!(d.inspections.iter().filter(|i| !i.recommendations.is_empty()).count(), 98);
}

#[test]
fn every_recommendation_has_a_basis_and_every_inspection_a_source() {
    let d = dataset();
    // `basis` is required by the model; check the split is the one the import
    // reported, so a change shows up here.
    let by = |b: Basis| d.inspections.iter().flat_map(|i| &i.recommendations).filter(|r| r.basis == b).count();
    assert_eq!(by(Basis::Recommendation) + by(Basis::Statement) + by(Basis::Unverified), 177);
    assert_eq!((by(Basis::Recommendation), by(Basis::Statement), by(Basis::Unverified)), (20, 123, 34));
    for ins in &d.inspections {
        assert!(!ins.sources.is_empty(), "{} has no source", ins.id);
    }
}

#[test]
fn inferred_ratings_are_not_carried() {
    let d = dataset();
    // corrections.json derives nine Inadequate standards from "zero out of 27
    // points"; the note says they are derived, so they are left out.
    let hammersmith = inspection(&d, "probation-hammersmith-fulham-kensington-chelsea-westminster-2022");
    assert!(hammersmith.ratings.is_empty(), "{:?}", hammersmith.ratings);
    assert_eq!(hammersmith.overall.as_deref(), Some("inadequate"));
    let score = hammersmith.score.as_ref().expect("the stated score stays");
    assert_eq!((score.value, score.max), (0.0, 27.0));
    // The same for West Kent ("the source does not list them one by one").
    assert!(inspection(&d, "probation-west-kent-2022").ratings.is_empty());
    // And Kirklees 2024's article date, which "does not say the report came
    // out that day": the month stays.
    assert_eq!(inspection(&d, "probation-kirklees-2024").published.as_deref(), Some("2024-11"));
}

#[test]
fn stated_corrections_are_carried() {
    let d = dataset();
    let suffolk = inspection(&d, "probation-suffolk");
    assert_eq!(suffolk.fieldwork.as_deref(), Some("2024-02"));
    assert_eq!(suffolk.ratings.len(), 1);
    assert_eq!((suffolk.ratings[0].standard.as_str(), suffolk.ratings[0].rating.as_str()), ("Leadership", "good"));
    assert_eq!(inspection(&d, "probation-kirklees-2023").ratings.len(), 4);
    assert_eq!(inspection(&d, "probation-somerset-2023").published.as_deref(), Some("2023-08-07"));
    assert!(inspection(&d, "probation-somerset-2023")
        .sources
        .iter()
        .any(|s| s.url.as_deref() == Some("https://www.bbc.co.uk/news/uk-england-somerset-66397889")));
}

#[test]
fn scores_have_a_stated_maximum() {
    let d = dataset();
    let scored: Vec<&Inspection> = d.inspections.iter().filter(|i| i.score.is_some()).collect();
    // Six records in pdus.json have a score, each with a "Score scale" fact of 27 points.
    assert_eq!(scored.len(), 6);
    assert!(scored.iter().all(|i| i.score.as_ref().unwrap().max == 27.0));
}

#[test]
fn every_inspection_has_its_inspected_unit() {
    let d = dataset();
    assert!(d.inspections.iter().all(|i| i.unit.is_some()), "the import gives every inspection a unit");
    assert_eq!(d.units.len(), 104);
    let of = |unit: &str| -> Vec<&str> {
        d.inspections.iter().filter(|i| i.unit.as_deref() == Some(unit)).map(|i| i.id.as_str()).collect()
    };
    assert_eq!(d.unit("sheffield-pdu").unwrap().name, "Sheffield PDU");
    assert_eq!(of("sheffield-pdu"), ["probation-sheffield-2023", "probation-sheffield-2024"]);
    // The same PDU with its places named in the other order.
    assert_eq!(of("gateshead-and-south-tyneside-pdu"), ["probation-south-tyneside-and-gateshead-2022", "probation-gateshead-and-south-tyneside-2025"]);
    // The NPS's central functions (2020) are not the unified service's national inspection (2025).
    assert_eq!(of("nps-central-functions"), ["nps-central-functions-2020"]);
    assert_eq!(of("probation-service-england-and-wales"), ["national-probation-2025"]);
    // One region of the Probation Service, inspected in 2024 and dynamically in 2026.
    assert_eq!(
        of("kent-surrey-and-sussex-region"),
        ["probation-service-kent-surrey-sussex-region-2024", "probation-service-kent-surrey-sussex-dynamic-2026"]
    );
    // The NPS divisions and the CRCs are units of their own.
    assert_eq!(of("nps-wales"), ["nps-wales-2019"]);
    assert_eq!(of("crc-wales"), ["crc-wales-2019"]);
    assert_eq!(of("wales-region"), ["probation-service-wales-region-2025"]);
    let more_than_once = d.units.iter().filter(|u| of(&u.id).len() > 1).count();
    assert_eq!(more_than_once, 24);
}
