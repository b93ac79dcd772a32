use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::chart::{Chart, ChartSpec};
use crate::components::filter_bar::FilterBar;
use crate::components::headline_figure::headline_figure;
use crate::components::ignored_notice::ignored_notice;
use crate::hooks::{use_filter_writer, use_title, use_url_filter};
use crate::links::{href, list_path};
use crate::query::url::to_query_string;
use crate::query::ListKind;
use crate::wording::LowRatings;

/// `#/`: headline figures and charts for the current filter.
#[function_component]
pub fn OverviewPage() -> Html {
    use_title("Overview".into());
    let catalog = use_catalog();
    let url = use_url_filter();
    let on_change = use_filter_writer(|f| to_query_string(&f.to_pairs()));
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
    let dataset = catalog.dataset();
    let filter = url.filter.clone();
    let inspections = catalog.inspections(&filter);
    let findings = catalog.items_matching(ListKind::Findings, &filter).len();
    let recommendations = catalog.items_matching(ListKind::Recommendations, &filter).len();
    let low = LowRatings::of(&dataset.scale, &dataset.inspections, &inspections);
    let query = to_query_string(&filter.to_pairs());
    let link = |list: &str| AttrValue::from(href(&list_path(list, &query)));
    html! {
        <>
            <h1>{"Inspections at a glance"}</h1>
            <p class="lede">{format!("{}: {} inspections in all. Every figure and chart below counts what the filters choose.", dataset.title, dataset.inspections.len())}</p>
            {ignored_notice(&url.ignored)}
            <div class="list-layout">
                <FilterBar list={ListKind::Inspections} filter={filter.clone()} on_change={on_change.clone()} />
                <div class="overview-body">
                    <section aria-label="Headline figures">
                        <dl class="headline" id="headline">
                            {headline_figure("inspections", "Inspections", link("/inspections"), inspections.len())}
                            <div data-figure="low-share"><dt>{format!("Rated {}", low.labels)}</dt>
                                <dd>{low.share()}<span class="figure-note">{format!(" ({} of {} rated)", low.low, low.rated)}</span></dd></div>
                            {headline_figure("findings", "Findings", link("/findings"), findings)}
                            {headline_figure("recommendations", "Recommendations", link("/recommendations"), recommendations)}
                        </dl>
                    </section>
                    <div class="chart-pair">
                        <Chart spec={ChartSpec::RatingsByYear} filter={filter.clone()} />
                        if *rest_drawn {
                            <Chart spec={ChartSpec::RegionTiles { on_change }} filter={filter.clone()} />
                        } else {
                            <div class="chart-placeholder"></div>
                        }
                    </div>
                    if *rest_drawn {
                        <Chart spec={ChartSpec::Standards} filter={filter.clone()} />
                        if catalog.has_reinspections() {
                            <Chart spec={ChartSpec::Reinspections} filter={filter.clone()} />
                        }
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
