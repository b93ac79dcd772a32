use yew::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::components::term;
use crate::components::item_card::{item_card, Card};
use crate::components::rating_tag::rating_tag;
use crate::components::source_link::source_link;
use crate::data::date::{Interval, PartialDate};
use crate::data::{Dataset, FindingKind};
use crate::links::{compare_path, href, inspection_path, region_path};
use crate::query::{Catalog, ItemRef, ListKind};

/// What a route's id names.
#[derive(Clone, Copy, PartialEq)]
pub enum Target {
    Inspection,
    Finding,
    Recommendation,
}

/// The inspection a route's id leads to, with the item to highlight (for a
/// finding or a recommendation); or, when there is none, what was looked
/// for (`inspection "x"`).
pub fn find(data: &Catalog, target: Target, id: &AttrValue) -> Result<(usize, Option<AttrValue>), String> {
    let (found, what) = match target {
        Target::Inspection => (data.inspection_index(id).map(|index| (index, None)), "inspection"),
        Target::Finding => (data.finding(id).map(|item| (item.inspection, Some(id.clone()))), "finding"),
        Target::Recommendation => (data.recommendation(id).map(|item| (item.inspection, Some(id.clone()))), "recommendation"),
    };
    found.ok_or_else(|| format!("{what} \"{id}\""))
}

/// One inspection: ratings, facts, findings, recommendations and sources;
/// `highlight`: a finding or recommendation id to highlight (the page
/// scrolls to it).
pub fn inspection_view(d: &Dataset, index: usize, highlight: Option<&str>) -> Html {
    let ins = &d.inspections[index];
    let is_highlighted = |id: &str| highlight == Some(id);
    let date = ins.published.as_deref().and_then(PartialDate::parse).map(|p| p.human()).unwrap_or_else(|| "Not known".into());
    let fieldwork = ins.fieldwork.as_deref().and_then(Interval::parse).map(|i| i.human());
    let regions = ins.regions.iter().filter_map(|r| d.region(r)).map(|r| {
        html! { <a href={href(&region_path(&r.id))}>{&r.name}</a> }
    });
    let findings = |kind: FindingKind| -> Vec<Html> {
        ins.findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == kind)
            .map(|(j, f)| {
                item_card(d, Card { list: ListKind::Findings, item: ItemRef { inspection: index, item: j }, with_inspection: false, highlighted: is_highlighted(&f.id), query: "", anchor: true })
            })
            .collect()
    };
    let strengths = findings(FindingKind::Strength);
    let concerns = findings(FindingKind::Concern);
    let recorded = ins.recommendations.len();
    let rec_note = match ins.recommendation_count {
        Some(n) if n as usize > recorded => Some(format!("{recorded} of {n} recommendations recorded")),
        Some(n) => Some(format!("{n} recommendations published")),
        None if recorded > 0 => Some(format!("{recorded} recommendations recorded; the number published is not known")),
        None => None,
    };
    let has_codes = ins.ratings.iter().any(|r| r.code.is_some());
    let has_domains = ins.ratings.iter().any(|r| r.domain.is_some());
    html! {
        <article class="inspection" id={ins.id.clone()}>
            <p class="breadcrumb"><a href="#/inspections">{"Inspections"}</a></p>
            <h1>{&ins.title}</h1>
            <div class="inspection-head">
                <div class="overall">
                    <span class="overall-label">{"Overall rating"}</span>
                    {rating_tag(&d.scale, ins.overall.as_deref())}
                    if let Some(s) = &ins.score {
                        <span class="score">{format!("Score {} out of {}", s.value, s.max)}</span>
                    }
                </div>
                <div class="inspection-actions">
                    <CopyLink path={inspection_path(&ins.id)} label="Copy link to this inspection" />
                    <a class="button" href={href(&compare_path(&[&ins.id]))}>{"Compare with others"}</a>
                </div>
            </div>
            <dl class="summary">
                if let Some(area) = &ins.area { {term("Area", html! { {area} })} }
                <div><dt>{"Region"}</dt><dd>
                    if ins.regions.is_empty() { {"England and Wales (national)"} } else { {for regions} }
                </dd></div>
                {term("Service type", html! { {d.service_type(&ins.service_type).map(|t| t.name.clone()).unwrap_or_default()} })}
                if let Some(p) = &ins.provider { {term("Provider", html! { {p} })} }
                {term("Published", html! { {date} })}
                {term("Fieldwork", html! { {fieldwork.unwrap_or_else(|| "Not known".into())} })}
                {term("Chief Inspector", html! { {ins.chief_inspector.clone().unwrap_or_else(|| "Not known".into())} })}
            </dl>

            <section aria-labelledby="standards-heading">
                <h2 id="standards-heading">{"Ratings by standard"}</h2>
                if ins.ratings.is_empty() {
                    <p class="gap">{"The sources do not give ratings for individual standards."}</p>
                } else {
                    <div class="table-wrap">
                    <table class="standards">
                        <caption class="visually-hidden">{format!("Ratings by standard for {}", ins.title)}</caption>
                        <thead><tr>
                            if has_codes { <th scope="col">{"Code"}</th> }
                            if has_domains { <th scope="col">{"Domain"}</th> }
                            <th scope="col">{"Standard"}</th><th scope="col">{"Rating"}</th>
                        </tr></thead>
                        <tbody>
                            {for ins.ratings.iter().map(|r| html! {
                                <tr>
                                    if has_codes { <td>{r.code.clone().unwrap_or_default()}</td> }
                                    if has_domains { <td>{r.domain.clone().unwrap_or_default()}</td> }
                                    <th scope="row">{&r.standard}</th>
                                    <td>{rating_tag(&d.scale, Some(&r.rating))}</td>
                                </tr>
                            })}
                        </tbody>
                    </table>
                    </div>
                }
            </section>

            if !ins.facts.is_empty() {
                <section aria-labelledby="facts-heading">
                    <h2 id="facts-heading">{"Facts"}</h2>
                    <dl class="facts">
                        {for ins.facts.iter().map(|f| term(&f.label, html! { {&f.value} }))}
                    </dl>
                </section>
            }

            <section aria-labelledby="findings-heading">
                <h2 id="findings-heading">{format!("Findings ({})", ins.findings.len())}</h2>
                if ins.findings.is_empty() { <p class="gap">{"No findings are recorded for this inspection."}</p> }
                if !strengths.is_empty() {
                    <h3>{format!("Strengths ({})", strengths.len())}</h3>
                    <ul class="item-list">{for strengths}</ul>
                }
                if !concerns.is_empty() {
                    <h3>{format!("Concerns ({})", concerns.len())}</h3>
                    <ul class="item-list">{for concerns}</ul>
                }
            </section>

            <section aria-labelledby="recommendations-heading">
                <h2 id="recommendations-heading">{"Recommendations"}</h2>
                if let Some(note) = rec_note { <p class="rec-count">{note}</p> }
                if ins.recommendations.is_empty() {
                    <p class="gap">{"No recommendation texts are recorded for this inspection."}</p>
                } else {
                    <ol class="item-list">
                        {for ins.recommendations.iter().enumerate().map(|(j, r)| {
                            item_card(d, Card { list: ListKind::Recommendations, item: ItemRef { inspection: index, item: j }, with_inspection: false, highlighted: is_highlighted(&r.id), query: "", anchor: true })
                        })}
                    </ol>
                }
            </section>

            <section aria-labelledby="sources-heading">
                <h2 id="sources-heading">{"Sources"}</h2>
                <ul class="sources">
                    {for ins.sources.iter().map(|s| html! {
                        <li>{source_link(s.url.as_deref(), &s.title)}</li>
                    })}
                </ul>
            </section>
        </article>
    }
}
