//! What a chart counts, and the counting.

use std::rc::Rc;

use yew::AttrValue;

use super::ChartSpec;
use crate::charts::{build, units, ChartData, Row};
use crate::data::FindingKind;
use crate::export::csv::file_name;
use crate::links::{href, list_path};
use crate::query::url::to_query_string;
use crate::query::{Catalog, Filter, ListKind};

/// The part of a chart's spec its numbers depend on (not its callback), so
/// they are counted again only when it or the filter changes.
#[derive(Clone, PartialEq)]
pub enum ChartNumbers {
    RatingsByYear,
    RatingsByRegion,
    Standards,
    Themes(ListKind, Option<usize>),
    RatingMix(Vec<(AttrValue, Filter)>),
    Reinspections,
    UnitRatings(usize),
}

impl ChartNumbers {
    pub fn of(spec: &ChartSpec) -> ChartNumbers {
        match spec {
            ChartSpec::RatingsByYear => ChartNumbers::RatingsByYear,
            ChartSpec::RegionTiles { .. } => ChartNumbers::RatingsByRegion,
            ChartSpec::Standards => ChartNumbers::Standards,
            ChartSpec::Themes { list, top } => ChartNumbers::Themes(*list, *top),
            ChartSpec::RatingMix { groups } => ChartNumbers::RatingMix(groups.clone()),
            ChartSpec::Reinspections => ChartNumbers::Reinspections,
            ChartSpec::UnitRatings { unit } => ChartNumbers::UnitRatings(*unit),
        }
    }
}

/// A chart's numbers, with what names its frame and its CSV.
pub struct Counted {
    pub data: Rc<ChartData>,
    /// The end of the frame's id (`chart-years`).
    pub frame_suffix: &'static str,
    pub file_name: AttrValue,
}

/// Which findings a theme chart counts: the kinds the filter chooses, or
/// concerns when it chooses none.
fn finding_kinds(filter: &Filter) -> Vec<FindingKind> {
    if filter.kinds.is_empty() {
        vec![FindingKind::Concern]
    } else {
        filter.kinds.clone()
    }
}

pub fn count(cat: &Catalog, numbers: &ChartNumbers, filter: &Filter) -> Counted {
    let csv = |what: &str, f: &Filter| file_name(what, &f.to_pairs());
    let (data, frame_suffix, name) = match numbers {
        ChartNumbers::RatingsByYear => (build::ratings_by_year(cat, &cat.inspections(filter)), "years", csv("ratings-by-year", filter)),
        ChartNumbers::RatingsByRegion => {
            (build::ratings_by_region(cat, &cat.inspections(filter)), "regions", csv("inspections-by-region", filter))
        }
        ChartNumbers::Standards => (build::standards_heatmap(cat, &cat.inspections(filter)), "standards", csv("ratings-by-standard", filter)),
        ChartNumbers::Themes(list, top) => {
            let (filter, path, unit, what) = match list {
                ListKind::Findings => {
                    let kinds = finding_kinds(filter);
                    let unit = match kinds.as_slice() {
                        [FindingKind::Concern] => ("concern", "concerns"),
                        [FindingKind::Strength] => ("strength", "strengths"),
                        _ => ("finding", "findings"),
                    };
                    (Filter { kinds, ..filter.clone() }, "/findings", unit, "finding-themes")
                }
                _ => (filter.clone(), "/recommendations", ("recommendation", "recommendations"), "recommendation-themes"),
            };
            let items = cat.items_matching(*list, &filter);
            let link = |theme: &str| {
                let f = Filter { themes: vec![theme.to_string()], ..filter.clone() };
                Some(href(&list_path(path, &to_query_string(&f.to_pairs()))))
            };
            let data = match top {
                Some(n) => {
                    let mut name = unit.1.to_string();
                    name[..1].make_ascii_uppercase();
                    let title = format!("Most frequent themes among {}", unit.1);
                    build::top_themes(cat, &items, *list, *n, (&title, &name), unit, &link)
                }
                None => build::themes_by_year(cat, &items, *list, &filter.themes, &format!("Themes of {} by year", unit.1), unit, &link),
            };
            (data, what, csv(what, &filter))
        }
        ChartNumbers::RatingMix(groups) => {
            let groups: Vec<(Row, Vec<usize>)> = groups
                .iter()
                .enumerate()
                .map(|(k, (label, f))| {
                    let query = to_query_string(&f.to_pairs());
                    (Row::new(format!("group-{k}"), label.to_string()).with_href(href(&list_path("/inspections", &query))), cat.inspections(f))
                })
                .collect();
            let name = groups.first().map(|g| g.0.label.clone()).unwrap_or_default();
            (build::rating_mix(cat, &groups, "Overall rating mix"), "mix", file_name("rating-mix", &[("of", name)]))
        }
        ChartNumbers::Reinspections => {
            // A year's row lists its re-inspections.
            let link = |year: i32| {
                let f = Filter { reinspected: true, since: Some(year), until: Some(year), ..filter.clone() };
                Some(href(&list_path("/inspections", &to_query_string(&f.to_pairs()))))
            };
            (units::reinspection_outcomes(cat, &cat.inspections(filter), &link), "reinspections", csv("reinspections", filter))
        }
        ChartNumbers::UnitRatings(unit) => {
            (units::unit_ratings(cat, *unit), "ratings", file_name("unit-ratings", &[("of", cat.data.units[*unit].id.clone())]))
        }
    };
    Counted { data: Rc::new(data), frame_suffix, file_name: name.into() }
}
