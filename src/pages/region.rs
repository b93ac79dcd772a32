use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::chart::{Chart, ChartSpec};
use crate::components::headline_figure::headline_figure;
use crate::components::not_found::NotFound;
use crate::components::rating_tag::RatingTag;
use crate::data::FindingKind;
use crate::hooks::use_title;
use crate::links::{compare_path, href, inspection_path, list_path, recommendation_path};
use crate::query::url::to_query_string;
use crate::query::{Filter, ListKind};
use crate::wording::{plural, published_or_undated, LowRatings};

/// How many of the region's recommendations the profile lists before
/// linking to all of them.
const RECOMMENDATIONS_SHOWN: usize = 8;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

/// `#/regions/{id}`: a region's profile: its inspections over time, its
/// rating mix against all inspections, its most frequent concerns, its
/// ratings by standard, its recommendations, and links into every list
/// filtered to it.
#[function_component]
pub fn RegionPage(props: &Props) -> Html {
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let region = dataset.region(&props.id);
    use_title(region.map(|r| r.name.clone()).unwrap_or_else(|| "Not found".into()));
    let Some(region) = region else {
        return html! { <NotFound what={format!("region \"{}\"", props.id)} /> };
    };
    let name = &region.name;
    let filter = Filter { regions: vec![region.id.clone()], ..Filter::default() };
    let inspections = catalog.inspections(&filter);
    let findings = catalog.items_matching(ListKind::Findings, &filter);
    let concerns = findings.iter().filter(|f| dataset.inspections[f.inspection].findings[f.item].kind == FindingKind::Concern).count();
    let recommendations = catalog.items_matching(ListKind::Recommendations, &filter);
    let query = to_query_string(&filter.to_pairs());
    let concern_query = to_query_string(&Filter { kinds: vec![FindingKind::Concern], ..filter.clone() }.to_pairs());
    let link = |list: &str| href(&list_path(list, &query));

    // "11 inspections, published 2019 to 2025 (6 undated); 10 of 11 rated Requires improvement or Inadequate."
    let years: Vec<i32> = inspections.iter().filter_map(|&i| catalog.year(i)).collect();
    let span = match (years.iter().min(), years.iter().max()) {
        (Some(a), Some(b)) if a != b => format!(", published {a} to {b}"),
        (Some(a), _) => format!(", published in {a}"),
        _ => String::new(),
    };
    let undated = inspections.len() - years.len();
    let undated = if undated > 0 { format!(" ({undated} undated)") } else { String::new() };
    let low = LowRatings::of(&dataset.scale, &dataset.inspections, &inspections);
    let lede = if inspections.is_empty() {
        format!("No inspection in this dataset covers {name} yet.")
    } else {
        let n = inspections.len();
        format!("{n} {}{span}{undated}; {} of {} rated {}.", plural(n, "inspection", "inspections"), low.low, low.rated, low.labels)
    };
    // Inspections with ratings by standard can be compared side by side.
    let comparable: Vec<&str> =
        inspections.iter().map(|&i| &dataset.inspections[i]).filter(|i| !i.ratings.is_empty()).map(|i| i.id.as_str()).collect();
    html! {
        <article class="region">
            <p class="breadcrumb"><a href={href("/")}>{"Overview"}</a>{" › Region"}</p>
            <h1>{name}</h1>
            <p class="lede">{lede}</p>
            <dl class="region-figures" id="region-figures">
                {headline_figure("inspections", "Inspections", link("/inspections").into(), inspections.len())}
                {headline_figure("findings", "Findings", link("/findings").into(), findings.len())}
                {headline_figure("concerns", "Concerns", href(&list_path("/findings", &concern_query)).into(), concerns)}
                {headline_figure("recommendations", "Recommendations", link("/recommendations").into(), recommendations.len())}
            </dl>
            <ul class="actions">
                <li><a href={link("/inspections")}>{format!("Inspections in {name}")}</a></li>
                <li><a href={link("/findings")}>{format!("Findings in {name}")}</a></li>
                <li><a href={link("/recommendations")}>{format!("Recommendations in {name}")}</a></li>
                <li><a href={link("/")}>{format!("All charts for {name}")}</a></li>
                if comparable.len() >= 2 {
                    <li><a href={href(&compare_path(&comparable))}>{format!("Compare its {} inspections rated by standard", comparable.len())}</a></li>
                }
            </ul>
            <div class="chart-pair">
                <Chart spec={ChartSpec::RatingsByYear} filter={filter.clone()} id="region" />
                <Chart id="region" spec={ChartSpec::RatingMix {
                    groups: vec![(AttrValue::from(name.clone()), filter.clone()), (AttrValue::from("All inspections"), Filter::default())],
                }} />
            </div>
            <div class="chart-pair">
                <Chart spec={ChartSpec::Themes { list: ListKind::Findings, top: Some(8) }} filter={filter.clone()} id="region" />
                <Chart spec={ChartSpec::Themes { list: ListKind::Recommendations, top: Some(8) }} filter={filter.clone()} id="region" />
            </div>
            <Chart spec={ChartSpec::Standards} filter={filter.clone()} id="region" />
            if catalog.has_reinspections() {
                <Chart spec={ChartSpec::Reinspections} filter={filter.clone()} id="region" />
            }

            <h2 id="region-recommendations">{"Recommendations"}</h2>
            if recommendations.is_empty() {
                <p class="empty">{format!("No recommendations for {name} in this dataset.")}</p>
            } else {
                <p>{format!("{} {} made to services in {name}, newest first.", recommendations.len(), plural(recommendations.len(), "recommendation", "recommendations"))}</p>
            }
            <ol class="rec-list">
                {for recommendations.iter().take(RECOMMENDATIONS_SHOWN).map(|r| {
                    let inspection = &dataset.inspections[r.inspection];
                    let recommendation = &inspection.recommendations[r.item];
                    html! {
                        <li>
                            <a href={href(&recommendation_path(&recommendation.id))}>{&recommendation.text}</a>
                            <span class="item-context">{format!("{} · {}", inspection.title, published_or_undated(inspection))}</span>
                        </li>
                    }
                })}
            </ol>
            if recommendations.len() > RECOMMENDATIONS_SHOWN {
                <p><a class="button" href={link("/recommendations")}>{format!("All {} recommendations in {name}", recommendations.len())}</a></p>
            }

            <h2>{"Inspections, newest first"}</h2>
            <ol class="result-list">
                {for inspections.iter().map(|&i| {
                    let inspection = &dataset.inspections[i];
                    html! {
                        <li class="result">
                            <a class="result-link" href={href(&inspection_path(&inspection.id))}>{&inspection.title}</a>
                            {" "}<span class="result-date">{published_or_undated(inspection)}</span>
                            {" "}<RatingTag rating={inspection.overall.clone()} />
                        </li>
                    }
                })}
            </ol>
        </article>
    }
}
