#![cfg(not(target_arch = "wasm32"))]
//! A chart's image (`export::image`): the SVG file holds the chart's title,
//! its key, every mark with its label, and the dataset's title, date and
//! licence, on white, as well-formed XML whatever the data says.

use std::collections::BTreeSet;

use inspection_explorer::charts::build::{ratings_by_year, standards_heatmap};
use inspection_explorer::charts::palette::LEVELS;
use inspection_explorer::charts::{ChartData, ChartKind, Colour, Row, Series, Values};
use inspection_explorer::data::parse_dataset;
use inspection_explorer::export::image::{chart_image, escape, Credit};
use inspection_explorer::query::{Catalog, Filter};

fn bundled() -> Catalog {
    Catalog::new(parse_dataset(include_str!("../static/data/inspections.json")).unwrap())
}

fn credit() -> Credit {
    Credit { dataset: "Test & data".into(), updated: "27 November 2026".into(), licence: "Open Government Licence v3.0".into() }
}

/// Fails unless every tag is closed in order and every `&` starts an
/// entity: what an XML parser needs of the file.
fn assert_well_formed(svg: &str) {
    let mut open: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(at) = rest.find('<') {
        let text = &rest[..at];
        for (k, _) in text.match_indices('&') {
            let entity = &text[k..];
            assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| entity.starts_with(e)), "a bare & in {text:?}");
        }
        let end = rest[at..].find('>').expect("every tag ends") + at;
        let tag = &rest[at + 1..end];
        assert!(!tag.contains('<'), "a < inside a tag: {tag:?}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "closing {name}");
        } else if !tag.ends_with('/') {
            open.push(tag.split_whitespace().next().unwrap().to_string());
        }
        rest = &rest[end + 1..];
    }
    assert!(open.is_empty(), "left open: {open:?}");
    assert_eq!(rest.trim(), "");
}

#[test]
fn the_image_holds_the_title_key_marks_and_credit_on_white() {
    let c = bundled();
    let data = ratings_by_year(&c, &c.inspections(&Filter::default()));
    let kind = ChartKind::Bars;
    let scene = kind.scene(&data, 600.0);
    let image = chart_image(&data, &kind, &scene, &credit());
    let svg = &image.svg;
    assert_well_formed(svg);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(&format!("width=\"{}\" height=\"{}\"", image.width, image.height)));
    assert!(image.width as f64 >= scene.width && image.width as f64 <= scene.width + 40.0, "{} for a chart {} wide", image.width, scene.width);
    assert!(image.height as f64 > scene.height + 60.0, "title, key and credit add to the chart's {} px", scene.height);
    assert!(svg.contains("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"), "a white background");
    assert!(svg.contains("<title id=\"title\">Overall ratings by year published</title>"));
    assert!(svg.contains("class=\"title\""), "the title is drawn, not only named");
    for series in &data.series {
        assert!(svg.contains(&format!(">{}</text>", escape(&series.label))), "the key names {}", series.label);
    }
    assert!(!scene.marks.is_empty());
    for mark in &scene.marks {
        assert!(svg.contains(&format!("<g><title>{}</title>", escape(&mark.label))), "mark {}", mark.label);
    }
    assert!(svg.contains("Source: Test &amp; data, updated 27 November 2026."));
    assert!(svg.contains(">Open Government Licence v3.0</text>"));
    // The style sheet paints every colour the marks use.
    for mark in &scene.marks {
        let colour = mark.class.split(' ').find(|c| c.starts_with("c-")).unwrap();
        assert!(svg.contains(&format!(".{colour}{{fill:#")), "{colour} is painted");
    }
    assert!(!svg.contains("tabindex") && !svg.contains("role=\"button\""), "an image, with nothing to press");
}

#[test]
fn a_heatmap_image_writes_each_rating_and_its_key() {
    let c = bundled();
    let data = standards_heatmap(&c, &c.inspections(&Filter::default()));
    let scene = ChartKind::Grid.scene(&data, 900.0);
    let image = chart_image(&data, &ChartKind::Grid, &scene, &credit());
    assert_well_formed(&image.svg);
    for level in &data.levels {
        assert!(image.svg.contains(&format!(">{}</text>", escape(&level.label))), "the key names {}", level.label);
    }
    assert!(image.svg.contains(">Not rated</text>"));
    assert!(image.svg.contains("swatch-empty"));
}

#[test]
fn text_from_the_data_stays_text() {
    let mut d = ChartData::counts("<script>alert(1)</script> & \"more\"", "Year", ("inspection", "inspections"));
    d.summary = "</desc><desc>".into();
    d.rows = vec![Row::new("a", "A <b>bold</b> 'row'\u{1}")];
    d.series = vec![Series::new("x", "X & Y", Colour::Rank(0)), Series::new("y", "<Z>", Colour::Rank(1))];
    d.values = Values::Counts(vec![vec![2, 3]]);
    let scene = ChartKind::Bars.scene(&d, 400.0);
    let credit = Credit { dataset: "<i>".into(), updated: "&".into(), licence: "]]>".into() };
    let svg = chart_image(&d, &ChartKind::Bars, &scene, &credit).svg;
    assert_well_formed(&svg);
    assert!(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("<i>") && !svg.contains("<Z>"), "{svg}");
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"));
    assert!(svg.contains("A &lt;b&gt;bold&lt;/b&gt; &#39;row&#39;"));
    assert!(!svg.contains('\u{1}'));
}

#[test]
fn images_of_scales_of_two_to_seven_levels_use_as_many_colours() {
    for n in 2..=7usize {
        let mut d = ChartData::counts("Levels", "Year", ("inspection", "inspections"));
        d.rows = vec![Row::new("2024", "2024")];
        d.series = (0..n).map(|k| Series::new(format!("l{k}"), format!("Level {k}"), Colour::level(k, n))).collect();
        d.values = Values::Counts(vec![vec![3; n]]);
        let scene = ChartKind::Bars.scene(&d, 640.0);
        let svg = chart_image(&d, &ChartKind::Bars, &scene, &credit()).svg;
        let used: BTreeSet<&str> = svg.split("class=\"").skip(1).filter_map(|c| c.split('"').next()).flat_map(|c| c.split(' ')).filter(|c| c.starts_with("c-rank-")).collect();
        assert_eq!(used.len(), n, "{n} levels: {used:?}");
        for class in &used {
            let k: usize = class["c-rank-".len()..].parse().unwrap();
            assert!(svg.contains(&format!(".{class}{{fill:{}}}", LEVELS[k].0)));
        }
    }
}
