use yew::prelude::*;

use crate::components::chart::{Chart, ChartSpec};
use crate::components::figure;
use crate::components::rating_tag::rating_tag;
use crate::data::date::PartialDate;
use crate::data::FindingKind;
use crate::links::{compare_path, href, inspection_path, list_path, recommendation_path};
use crate::query::url::to_query_string;
use crate::query::{Catalog, Filter, ListKind};

/// How many of the region's recommendations the profile lists before
/// linking to all of them.
const RECOMMENDATIONS_SHOWN: usize = 8;

/// A region's profile: its inspections over time, its rating mix against
/// all inspections, its most frequent concerns, its ratings by standard,
/// its recommendations, and links into every list filtered to it.
/// (`name`: the region's, for the region `id`.)
pub fn region_view(data: &Catalog, id: &str, name: &str) -> Html {
    let d = &data.data;
    let filter = Filter { regions: vec![id.to_string()], ..Filter::default() };
    let inspections = data.inspections(&filter);
    let findings = data.items_matching(ListKind::Findings, &filter);
    let concerns = findings.iter().filter(|f| d.inspections[f.inspection].findings[f.item].kind == FindingKind::Concern).count();
    let recommendations = data.items_matching(ListKind::Recommendations, &filter);
    let query = to_query_string(&filter.to_pairs());
    let concern_query = to_query_string(&Filter { kinds: vec![FindingKind::Concern], ..filter.clone() }.to_pairs());

    // "11 inspections, 2019 to 2025 (6 undated); 10 of 11 rated Requires improvement or Inadequate."
    let years: Vec<i32> = inspections.iter().filter_map(|&i| data.year(i)).collect();
    let span = match (years.iter().min(), years.iter().max()) {
        (Some(a), Some(b)) if a != b => format!(", published {a} to {b}"),
        (Some(a), _) => format!(", published in {a}"),
        _ => String::new(),
    };
    let undated = inspections.len() - years.len();
    let undated = if undated > 0 { format!(" ({undated} undated)") } else { String::new() };
    let rated: Vec<usize> = inspections.iter().copied().filter(|&i| d.inspections[i].overall.is_some()).collect();
    let low: Vec<&str> = d.scale.iter().rev().take(2).map(|s| s.id.as_str()).collect();
    let low_labels: Vec<&str> = d.scale.iter().rev().take(2).rev().map(|s| s.label.as_str()).collect();
    let low_count = rated.iter().filter(|&&i| d.inspections[i].overall.as_deref().is_some_and(|o| low.contains(&o))).count();
    let lede = if inspections.is_empty() {
        format!("No inspection in this dataset covers {name} yet.")
    } else {
        format!(
            "{} {}{span}{undated}; {} of {} rated {}.",
            inspections.len(),
            if inspections.len() == 1 { "inspection" } else { "inspections" },
            low_count,
            rated.len(),
            low_labels.join(" or ")
        )
    };
    // Inspections with ratings by standard can be compared side by side.
    let comparable: Vec<&str> =
        inspections.iter().map(|&i| &d.inspections[i]).filter(|i| !i.ratings.is_empty()).map(|i| i.id.as_str()).collect();
    html! {
        <article class="region">
            <p class="breadcrumb"><a href="#/">{"Overview"}</a>{" › Region"}</p>
            <h1>{name}</h1>
            <p class="lede">{lede}</p>
            <dl class="region-figures" id="region-figures">
                {figure("inspections", "Inspections", href(&list_path("/inspections", &query)), inspections.len())}
                {figure("findings", "Findings", href(&list_path("/findings", &query)), findings.len())}
                {figure("concerns", "Concerns", href(&list_path("/findings", &concern_query)), concerns)}
                {figure("recommendations", "Recommendations", href(&list_path("/recommendations", &query)), recommendations.len())}
            </dl>
            <ul class="actions">
                <li><a href={href(&list_path("/inspections", &query))}>{format!("Inspections in {name}")}</a></li>
                <li><a href={href(&list_path("/findings", &query))}>{format!("Findings in {name}")}</a></li>
                <li><a href={href(&list_path("/recommendations", &query))}>{format!("Recommendations in {name}")}</a></li>
                <li><a href={href(&list_path("/", &query))}>{format!("All charts for {name}")}</a></li>
                if comparable.len() >= 2 {
                    <li><a href={href(&compare_path(&comparable))}>{format!("Compare its {} inspections rated by standard", comparable.len())}</a></li>
                }
            </ul>
            <div class="chart-pair">
                <Chart spec={ChartSpec::RatingsByYear} filter={filter.clone()} id="region" />
                <Chart id="region" spec={ChartSpec::RatingMix {
                    groups: vec![(AttrValue::from(name.to_string()), filter.clone()), (AttrValue::from("All inspections"), Filter::default())],
                }} />
            </div>
            <div class="chart-pair">
                <Chart spec={ChartSpec::Themes { list: ListKind::Findings, top: Some(8) }} filter={filter.clone()} id="region" />
                <Chart spec={ChartSpec::Themes { list: ListKind::Recommendations, top: Some(8) }} filter={filter.clone()} id="region" />
            </div>
            <Chart spec={ChartSpec::Standards} filter={filter.clone()} id="region" />

            <h2 id="region-recommendations">{"Recommendations"}</h2>
            if recommendations.is_empty() {
                <p class="empty">{format!("No recommendations for {name} in this dataset.")}</p>
            } else {
                <p>{format!("{} {} made to services in {name}, newest first.", recommendations.len(), if recommendations.len() == 1 { "recommendation" } else { "recommendations" })}</p>
            }
            <ol class="rec-list">
                {for recommendations.iter().take(RECOMMENDATIONS_SHOWN).map(|r| {
                    let ins = &d.inspections[r.inspection];
                    let rec = &ins.recommendations[r.item];
                    let date = ins.published.as_deref().and_then(PartialDate::parse).map(|p| p.human()).unwrap_or_else(|| "Undated".into());
                    html! {
                        <li>
                            <a href={href(&recommendation_path(&rec.id))}>{&rec.text}</a>
                            <span class="item-context">{format!("{} · {date}", ins.title)}</span>
                        </li>
                    }
                })}
            </ol>
            if recommendations.len() > RECOMMENDATIONS_SHOWN {
                <p><a class="button" href={href(&list_path("/recommendations", &query))}>{format!("All {} recommendations in {name}", recommendations.len())}</a></p>
            }

            <h2>{"Inspections, newest first"}</h2>
            <ol class="result-list">
                {for inspections.iter().map(|&i| {
                    let ins = &d.inspections[i];
                    html! {
                        <li class="result">
                            <a class="result-link" href={href(&inspection_path(&ins.id))}>{&ins.title}</a>
                            {" "}<span class="result-date">{ins.published.as_deref().and_then(PartialDate::parse).map(|p| p.human()).unwrap_or_else(|| "Undated".into())}</span>
                            {" "}{rating_tag(&d.scale, ins.overall.as_deref())}
                        </li>
                    }
                })}
            </ol>
        </article>
    }
}
