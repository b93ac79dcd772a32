//! The explorer's charts, each a `ChartFrame` around numbers counted for a
//! filter by `crate::charts::build`. The overview and the region pages use
//! the same components.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::use_data;
use crate::charts::build;
use crate::charts::scene::ChartKind;
use crate::charts::Row;
use crate::components::chart_frame::ChartFrame;
use crate::components::filter_bar::FilterChange;
use crate::data::FindingKind;
use crate::export::csv::file_name;
use crate::links::{href, list_path};
use crate::query::url::to_query_string;
use crate::query::{Filter, ListKind};

#[derive(Properties, PartialEq)]
pub struct FilterProps {
    pub filter: Filter,
    /// Prefix of the frame's id, to keep ids unique when a page repeats a chart.
    #[prop_or(AttrValue::from("chart"))]
    pub id: AttrValue,
    #[prop_or(2)]
    pub level: u8,
}

fn csv_name(what: &str, filter: &Filter) -> AttrValue {
    AttrValue::from(file_name(what, &filter.to_pairs()))
}

/// The inspections a filter selects, recounted only when the filter changes.
#[hook]
fn use_selection(filter: &Filter) -> Rc<Vec<usize>> {
    let data = use_data();
    use_memo(filter.clone(), move |f| data.inspections(f))
}

/// Overall ratings by year of publication, undated apart.
#[function_component]
pub fn RatingsByYear(props: &FilterProps) -> Html {
    let data = use_data();
    let selection = use_selection(&props.filter);
    let chart = {
        let data = data.clone();
        use_memo(selection, move |s| build::ratings_by_year(&data, s))
    };
    html! {
        <ChartFrame id={format!("{}-years", props.id)} data={chart} kind={ChartKind::Bars}
            file_name={csv_name("ratings-by-year", &props.filter)} level={props.level} />
    }
}

#[derive(Properties, PartialEq)]
pub struct TileMapProps {
    pub filter: Filter,
    /// The filter bar's callback: choosing a tile sets the region filter.
    pub on_change: Callback<FilterChange>,
    #[prop_or(AttrValue::from("chart"))]
    pub id: AttrValue,
    #[prop_or(2)]
    pub level: u8,
}

/// The regions as a tile map, each tile with its count and rating mix.
/// Choosing a tile shows only that region (choosing it again shows all).
#[function_component]
pub fn RegionTileMap(props: &TileMapProps) -> Html {
    let data = use_data();
    let selection = use_selection(&props.filter);
    let chart = {
        let data = data.clone();
        use_memo(selection, move |s| build::ratings_by_region(&data, s))
    };
    let d = &data.data;
    let kind = ChartKind::Tiles {
        places: build::tile_places(d),
        chosen: d.regions.iter().map(|r| props.filter.regions.contains(&r.id)).collect(),
    };
    let on_choose = {
        let (filter, on_change, data) = (props.filter.clone(), props.on_change.clone(), data.clone());
        Callback::from(move |row: usize| {
            let Some(region) = data.data.regions.get(row) else { return };
            let mut next = filter.clone();
            next.regions = if filter.regions == [region.id.clone()] { Vec::new() } else { vec![region.id.clone()] };
            on_change.emit(FilterChange { filter: next, push: true });
        })
    };
    html! {
        <ChartFrame id={format!("{}-regions", props.id)} data={chart} {kind} on_choose={Some(on_choose)}
            choose_hint={AttrValue::from("Enter or Space shows only that region (again: all regions).")}
            file_name={csv_name("inspections-by-region", &props.filter)} level={props.level} />
    }
}

/// Inspections against standards, each cell its rating.
#[function_component]
pub fn StandardsHeatmap(props: &FilterProps) -> Html {
    let data = use_data();
    let selection = use_selection(&props.filter);
    let chart = {
        let data = data.clone();
        use_memo(selection, move |s| build::standards_heatmap(&data, s))
    };
    html! {
        <ChartFrame id={format!("{}-standards", props.id)} data={chart} kind={ChartKind::Grid}
            file_name={csv_name("ratings-by-standard", &props.filter)} level={props.level} />
    }
}

#[derive(Properties, PartialEq)]
pub struct ThemesProps {
    pub filter: Filter,
    /// Findings or recommendations.
    pub list: ListKind,
    #[prop_or(AttrValue::from("chart"))]
    pub id: AttrValue,
    #[prop_or(2)]
    pub level: u8,
    /// Show only the `top` most frequent themes, as bars (for a profile);
    /// otherwise every theme by year.
    #[prop_or_default]
    pub top: Option<usize>,
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

/// How often each theme recurs among findings (concerns unless the filter
/// says otherwise) or recommendations, by year.
#[function_component]
pub fn ThemeChart(props: &ThemesProps) -> Html {
    let data = use_data();
    let (filter, path, unit, what) = match props.list {
        ListKind::Findings => {
            let kinds = finding_kinds(&props.filter);
            let unit = match kinds.as_slice() {
                [FindingKind::Concern] => ("concern", "concerns"),
                [FindingKind::Strength] => ("strength", "strengths"),
                _ => ("finding", "findings"),
            };
            (Filter { kinds, ..props.filter.clone() }, "/findings", unit, "finding-themes")
        }
        _ => (props.filter.clone(), "/recommendations", ("recommendation", "recommendations"), "recommendation-themes"),
    };
    let chart = {
        let data = data.clone();
        let (list, top) = (props.list, props.top);
        use_memo((filter.clone(), list, top), move |(filter, list, top)| {
            let items = data.items_matching(*list, filter);
            let link = |theme: &str| {
                let f = Filter { themes: vec![theme.to_string()], ..filter.clone() };
                Some(href(&list_path(path, &to_query_string(&f.to_pairs()))))
            };
            let mut name = unit.1.to_string();
            if let Some(first) = name.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            match top {
                Some(n) => build::top_themes(
                    &data,
                    &items,
                    *list,
                    *n,
                    &format!("Most frequent themes among {}", unit.1),
                    &name,
                    unit,
                    &link,
                ),
                None => build::themes_by_year(&data, &items, *list, &filter.themes, &format!("Themes of {} by year", unit.1), unit, &link),
            }
        })
    };
    let kind = if props.top.is_some() { ChartKind::Bars } else { ChartKind::Grid };
    html! {
        <ChartFrame id={format!("{}-{what}", props.id)} data={chart} {kind}
            file_name={csv_name(what, &filter)} level={props.level} />
    }
}

#[derive(Properties, PartialEq)]
pub struct MixProps {
    /// The groups to compare: a label and the filter selecting each.
    pub groups: Vec<(AttrValue, Filter)>,
    #[prop_or(AttrValue::from("chart"))]
    pub id: AttrValue,
    pub file_name: AttrValue,
    #[prop_or(2)]
    pub level: u8,
}

/// The share of each overall rating in each group, as bars of one length.
#[function_component]
pub fn RatingMix(props: &MixProps) -> Html {
    let data = use_data();
    let chart = {
        let data = data.clone();
        use_memo(props.groups.clone(), move |groups| {
            let groups: Vec<(Row, Vec<usize>)> = groups
                .iter()
                .enumerate()
                .map(|(k, (label, f))| {
                    let query = to_query_string(&f.to_pairs());
                    (Row::new(format!("group-{k}"), label.to_string()).with_href(href(&list_path("/inspections", &query))), data.inspections(f))
                })
                .collect();
            build::rating_mix(&data, &groups, "Overall rating mix")
        })
    };
    html! {
        <ChartFrame id={format!("{}-mix", props.id)} data={chart} kind={ChartKind::ShareBars}
            file_name={props.file_name.clone()} level={props.level} />
    }
}
