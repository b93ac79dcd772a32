use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::hooks::{use_filter_writer, use_title, use_url_filter};
use crate::components::chart::{Chart, ChartSpec};
use crate::components::figure;
use crate::components::filter_bar::{self, use_filter_bar};
use crate::components::ignored_notice::ignored_notice;
use crate::links::{href, list_path};
use crate::query::url::to_query_string;
use crate::query::ListKind;

/// Headline figures and charts for the current filter.
#[function_component]
pub fn OverviewPage() -> Html {
    use_title("Overview".into());
    let data = use_catalog();
    let url = use_url_filter();
    let on_change = use_filter_writer(|f| to_query_string(&f.to_pairs()));
    let d = data.dataset();
    let inspections = data.inspections(&url.filter);
    let findings = data.items_matching(ListKind::Findings, &url.filter).len();
    let recommendations = data.items_matching(ListKind::Recommendations, &url.filter).len();
    let rated: Vec<usize> = inspections.iter().copied().filter(|&i| d.inspections[i].overall.is_some()).collect();
    // The two lowest levels of the scale: "Requires improvement" and
    // "Inadequate" on the probation scale.
    let low: Vec<&str> = d.scale.iter().rev().take(2).map(|s| s.id.as_str()).collect();
    let low_count = rated.iter().filter(|&&i| d.inspections[i].overall.as_deref().is_some_and(|o| low.contains(&o))).count();
    let low_labels: Vec<&str> = d.scale.iter().rev().take(2).rev().map(|s| s.label.as_str()).collect();
    let share = if rated.is_empty() { "–".to_string() } else { format!("{}%", (low_count * 100 + rated.len() / 2) / rated.len()) };
    let query = to_query_string(&url.filter.to_pairs());
    let filter = url.filter.clone();
    // All but the first chart are drawn a moment later, so the figures and
    // the first chart show without waiting for the rest.
    let rest_drawn = use_state(|| false);
    {
        let rest_drawn = rest_drawn.clone();
        use_effect_with((), move |_| {
            let timer = gloo::timers::callback::Timeout::new(0, move || rest_drawn.set(true));
            move || drop(timer)
        });
    }
    let filter_bar = use_filter_bar(&filter_bar::Props {
        list: ListKind::Inspections,
        filter: url.filter.clone(),
        on_change: on_change.clone(),
        hide: Vec::new(),
    });
    html! {
        <>
            <h1>{"Inspections at a glance"}</h1>
            <p class="lede">{format!("{}: {} inspections in all. Every figure and chart below counts what the filters choose.", d.title, d.inspections.len())}</p>
            {ignored_notice(&url.ignored)}
            <div class="list-layout">
                {filter_bar}
                <div class="overview-body">
                    <section aria-label="Headline figures">
                        <dl class="headline" id="headline">
                            {figure("inspections", "Inspections", href(&list_path("/inspections", &query)), inspections.len())}
                            <div data-figure="low-share"><dt>{format!("Rated {}", low_labels.join(" or "))}</dt>
                                <dd>{share}<span class="figure-note">{format!(" ({} of {} rated)", low_count, rated.len())}</span></dd></div>
                            {figure("findings", "Findings", href(&list_path("/findings", &query)), findings)}
                            {figure("recommendations", "Recommendations", href(&list_path("/recommendations", &query)), recommendations)}
                        </dl>
                    </section>
                    <div class="chart-pair">
                        <Chart spec={ChartSpec::RatingsByYear} filter={filter.clone()} />
                        if *rest_drawn {
                            <Chart spec={ChartSpec::RegionTiles { on_change: on_change.clone() }} filter={filter.clone()} />
                        } else {
                            <div class="chart-placeholder"></div>
                        }
                    </div>
                    if *rest_drawn {
                        <Chart spec={ChartSpec::Standards} filter={filter.clone()} />
                        <Chart spec={ChartSpec::Themes { list: ListKind::Findings, top: None }} filter={filter.clone()} />
                        <Chart spec={ChartSpec::Themes { list: ListKind::Recommendations, top: None }} {filter} />
                    } else {
                        <p class="loading" role="status">{"Drawing more charts…"}</p>
                    }
                </div>
            </div>
        </>
    }
}
