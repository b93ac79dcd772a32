//! The explorer's charts: one `Chart` component that counts a chart's
//! numbers for a filter (with `crate::charts::build`) and draws them in a
//! `ChartFrame` (through the frame's hook, in the same component). The
//! overview and the region pages use the same charts.
//! (One component with a `ChartSpec`, rather than one per chart, keeps the
//! WebAssembly small.)

use std::rc::Rc;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::charts::build;
use crate::charts::scene::ChartKind;
use crate::charts::{ChartData, Row};
use crate::components::chart_frame::{self, use_chart_frame};
use crate::hooks::FilterChange;
use crate::data::FindingKind;
use crate::export::csv::file_name;
use crate::links::{href, list_path};
use crate::query::url::to_query_string;
use crate::query::{Catalog, Filter, ListKind};

/// Which chart.
#[derive(Clone, PartialEq)]
pub enum ChartSpec {
    /// Overall ratings by year of publication, undated apart.
    RatingsByYear,
    /// The regions as a tile map, each tile with its count and rating mix.
    /// Choosing a tile shows only that region (choosing it again, all), by
    /// the filter bar's own callback.
    RegionTiles { on_change: Callback<FilterChange> },
    /// Inspections against standards, each cell its rating.
    Standards,
    /// How often each theme recurs among findings (concerns unless the
    /// filter chooses other kinds) or recommendations: by year, or as bars
    /// of the `top` most frequent.
    Themes { list: ListKind, top: Option<usize> },
    /// The share of each overall rating in each group (a label and the
    /// filter selecting it), as bars of one length. Ignores `filter`.
    RatingMix { groups: Vec<(AttrValue, Filter)> },
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub spec: ChartSpec,
    /// What the chart counts.
    #[prop_or_default]
    pub filter: Filter,
    /// Prefix of the frame's id, to keep ids unique on a page.
    #[prop_or(AttrValue::from("chart"))]
    pub id: AttrValue,
    #[prop_or(2)]
    pub level: u8,
}

/// The part of a spec its numbers depend on (not the callback).
#[derive(Clone, PartialEq)]
enum Key {
    Years,
    Regions,
    Standards,
    Themes(ListKind, Option<usize>),
    Mix(Vec<(AttrValue, Filter)>),
}

fn key(spec: &ChartSpec) -> Key {
    match spec {
        ChartSpec::RatingsByYear => Key::Years,
        ChartSpec::RegionTiles { .. } => Key::Regions,
        ChartSpec::Standards => Key::Standards,
        ChartSpec::Themes { list, top } => Key::Themes(*list, *top),
        ChartSpec::RatingMix { groups } => Key::Mix(groups.clone()),
    }
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

/// A chart's numbers, its frame's id suffix and its CSV's name.
fn count(cat: &Catalog, key: &Key, filter: &Filter) -> (ChartData, &'static str, String) {
    let csv = |what: &str, f: &Filter| file_name(what, &f.to_pairs());
    match key {
        Key::Years => (build::ratings_by_year(cat, &cat.inspections(filter)), "years", csv("ratings-by-year", filter)),
        Key::Regions => (build::ratings_by_region(cat, &cat.inspections(filter)), "regions", csv("inspections-by-region", filter)),
        Key::Standards => (build::standards_heatmap(cat, &cat.inspections(filter)), "standards", csv("ratings-by-standard", filter)),
        Key::Themes(list, top) => {
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
        Key::Mix(groups) => {
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
    }
}

#[function_component]
pub fn Chart(props: &Props) -> Html {
    let data = use_catalog();
    let counted = {
        let data = data.clone();
        use_memo((key(&props.spec), props.filter.clone()), move |(key, filter)| {
            let (chart, what, csv) = count(&data, key, filter);
            (Rc::new(chart), what, AttrValue::from(csv))
        })
    };
    let (chart, what, csv) = (*counted).clone();
    let d = data.dataset();
    let (kind, on_choose, hint) = match &props.spec {
        ChartSpec::RatingsByYear => (ChartKind::Bars, None, None),
        ChartSpec::Standards => (ChartKind::Grid, None, None),
        ChartSpec::Themes { top, .. } => (if top.is_some() { ChartKind::Bars } else { ChartKind::Grid }, None, None),
        ChartSpec::RatingMix { .. } => (ChartKind::ShareBars, None, None),
        ChartSpec::RegionTiles { on_change } => {
            let kind = ChartKind::Tiles {
                places: build::tile_places(d),
                chosen: d.regions.iter().map(|r| props.filter.regions.contains(&r.id)).collect(),
            };
            let on_choose = {
                let (filter, on_change, data) = (props.filter.clone(), on_change.clone(), data.clone());
                Callback::from(move |row: usize| {
                    let Some(region) = data.dataset().regions.get(row) else { return };
                    let mut next = filter.clone();
                    next.regions = if filter.regions == [region.id.clone()] { Vec::new() } else { vec![region.id.clone()] };
                    on_change.emit(FilterChange { filter: next, push: true });
                })
            };
            (kind, Some(on_choose), Some(AttrValue::from("Enter or Space shows only that region (again: all regions).")))
        }
    };
    use_chart_frame(&chart_frame::Props {
        id: format!("{}-{what}", props.id).into(),
        data: chart,
        kind,
        file_name: csv,
        on_choose,
        choose_hint: hint,
        level: props.level,
    })
}
