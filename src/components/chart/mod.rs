//! The explorer's charts: `Chart` counts a chart's numbers for a filter
//! (with `crate::charts::build`) and draws them in a `ChartFrame`. The
//! overview and the region pages use the same charts.

mod numbers;

use std::rc::Rc;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::charts::build;
use crate::charts::scene::ChartKind;
use crate::components::chart_frame::ChartFrame;
use crate::hooks::FilterChange;
use crate::query::{Filter, ListKind};
use numbers::{count, ChartNumbers};

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
    /// Re-inspections by what changed since the unit's inspection before,
    /// by year published.
    Reinspections,
    /// One unit's ratings (overall, then by standard) at each of its
    /// inspections, oldest first (the unit's position among the declared
    /// units). Ignores `filter`.
    UnitRatings { unit: usize },
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

#[function_component]
pub fn Chart(props: &Props) -> Html {
    let catalog = use_catalog();
    let counted = {
        let catalog = catalog.clone();
        use_memo((ChartNumbers::of(&props.spec), props.filter.clone()), move |(numbers, filter)| count(&catalog, numbers, filter))
    };
    let (kind, on_choose, choose_hint) = match &props.spec {
        ChartSpec::RatingsByYear => (ChartKind::Bars, None, None),
        ChartSpec::Standards => (ChartKind::Grid, None, None),
        ChartSpec::Themes { top, .. } => (if top.is_some() { ChartKind::Bars } else { ChartKind::Grid }, None, None),
        ChartSpec::RatingMix { .. } => (ChartKind::ShareBars, None, None),
        ChartSpec::Reinspections => (ChartKind::Bars, None, None),
        ChartSpec::UnitRatings { .. } => (ChartKind::Grid, None, None),
        ChartSpec::RegionTiles { on_change } => {
            let regions = &catalog.dataset().regions;
            let kind = ChartKind::Tiles {
                places: build::tile_places(catalog.dataset()),
                chosen: regions.iter().map(|r| props.filter.regions.contains(&r.id)).collect(),
            };
            let on_choose = {
                let (filter, on_change, catalog) = (props.filter.clone(), on_change.clone(), catalog.clone());
                Callback::from(move |row: usize| {
                    let Some(region) = catalog.dataset().regions.get(row) else { return };
                    let mut next = filter.clone();
                    next.regions = if filter.regions == [region.id.clone()] { Vec::new() } else { vec![region.id.clone()] };
                    on_change.emit(FilterChange { filter: next, push: true });
                })
            };
            (kind, Some(on_choose), Some(AttrValue::from("Enter or Space shows only that region (again: all regions).")))
        }
    };
    html! {
        <ChartFrame id={format!("{}-{}", props.id, counted.frame_suffix)} data={Rc::clone(&counted.data)} {kind}
            file_name={counted.file_name.clone()} {on_choose} {choose_hint} level={props.level} />
    }
}
