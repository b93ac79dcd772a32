//! One inspection, on its own route or with one of its findings or
//! recommendations highlighted on that item's route.

mod standards_table;
mod summary;

use yew::prelude::*;

use crate::browser::focus::scroll_to;
use crate::catalog_context::use_catalog;
use crate::components::copy_link::CopyLink;
use crate::components::item_card::ItemCard;
use crate::components::rating_tag::RatingTag;
use crate::components::source_link::source_link;
use crate::components::term_row::term_row;
use crate::components::unit_history::unit_history;
use crate::data::FindingKind;
use crate::hooks::use_title;
use crate::links::{compare_path, href, inspection_path};
use crate::query::{ItemRef, ListKind};
use standards_table::StandardsTable;
use summary::InspectionSummary;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The inspection's index in the dataset.
    pub index: usize,
    /// A finding or recommendation id to highlight (the page scrolls to it).
    #[prop_or_default]
    pub highlight: Option<AttrValue>,
}

/// One inspection: ratings, facts, findings, recommendations and sources.
#[function_component]
pub fn InspectionDetail(props: &Props) -> Html {
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let index = props.index;
    let inspection = &dataset.inspections[index];
    use_title(inspection.title.clone());
    // Scroll to the highlighted item when it changes within the same page.
    use_effect_with(props.highlight.clone(), |highlight| {
        if let Some(id) = highlight {
            scroll_to(id);
        }
    });
    let is_highlighted = |id: &str| props.highlight.as_deref() == Some(id);
    let card = |list: ListKind, item: usize, id: &str| {
        html! { <ItemCard {list} item={ItemRef { inspection: index, item }} highlighted={is_highlighted(id)} /> }
    };
    let findings = |kind: FindingKind| -> Vec<Html> {
        inspection.findings.iter().enumerate().filter(|(_, f)| f.kind == kind).map(|(j, f)| card(ListKind::Findings, j, &f.id)).collect()
    };
    let strengths = findings(FindingKind::Strength);
    let concerns = findings(FindingKind::Concern);
    let recorded = inspection.recommendations.len();
    let recommendations_note = match inspection.recommendation_count {
        Some(n) if n as usize > recorded => Some(format!("{recorded} of {n} recommendations recorded")),
        Some(n) => Some(format!("{n} recommendations published")),
        None if recorded > 0 => Some(format!("{recorded} recommendations recorded; the number published is not known")),
        None => None,
    };
    html! {
        <article class="inspection" id={inspection.id.clone()}>
            <p class="breadcrumb"><a href={href("/inspections")}>{"Inspections"}</a></p>
            <h1>{&inspection.title}</h1>
            <div class="inspection-head">
                <div class="overall">
                    <span class="overall-label">{"Overall rating"}</span>
                    <RatingTag rating={inspection.overall.clone()} />
                    if let Some(s) = &inspection.score {
                        <span class="score">{format!("Score {} out of {}", s.value, s.max)}</span>
                    }
                </div>
                <div class="inspection-actions">
                    <CopyLink path={inspection_path(&inspection.id)} label="Copy link to this inspection" />
                    <a class="button" href={href(&compare_path(&[&inspection.id]))}>{"Compare with others"}</a>
                </div>
            </div>
            <InspectionSummary {index} />
            {for catalog.unit_of(index).map(|unit| unit_history(&catalog, unit, Some(index)))}

            <section aria-labelledby="standards-heading">
                <h2 id="standards-heading">{"Ratings by standard"}</h2>
                if inspection.ratings.is_empty() {
                    <p class="gap">{"The sources do not give ratings for individual standards."}</p>
                } else {
                    <StandardsTable {index} />
                }
            </section>

            if !inspection.facts.is_empty() {
                <section aria-labelledby="facts-heading">
                    <h2 id="facts-heading">{"Facts"}</h2>
                    <dl class="facts">
                        {for inspection.facts.iter().map(|f| html! { {term_row(f.label.clone(), &f.value)} })}
                    </dl>
                </section>
            }

            <section aria-labelledby="findings-heading">
                <h2 id="findings-heading">{format!("Findings ({})", inspection.findings.len())}</h2>
                if inspection.findings.is_empty() { <p class="gap">{"No findings are recorded for this inspection."}</p> }
                if !strengths.is_empty() {
                    <h3>{format!("Strengths ({})", strengths.len())}</h3>
                    <ul class="item-list">{strengths}</ul>
                }
                if !concerns.is_empty() {
                    <h3>{format!("Concerns ({})", concerns.len())}</h3>
                    <ul class="item-list">{concerns}</ul>
                }
            </section>

            <section aria-labelledby="recommendations-heading">
                <h2 id="recommendations-heading">{"Recommendations"}</h2>
                if let Some(note) = recommendations_note { <p class="rec-count">{note}</p> }
                if inspection.recommendations.is_empty() {
                    <p class="gap">{"No recommendation texts are recorded for this inspection."}</p>
                } else {
                    <ol class="item-list">
                        {for inspection.recommendations.iter().enumerate().map(|(j, r)| card(ListKind::Recommendations, j, &r.id))}
                    </ol>
                }
            </section>

            <section aria-labelledby="sources-heading">
                <h2 id="sources-heading">{"Sources"}</h2>
                <ul class="sources">
                    {for inspection.sources.iter().map(|s| html! {
                        <li>{source_link(s.url.clone().map(AttrValue::from), s.title.clone().into())}</li>
                    })}
                </ul>
            </section>
        </article>
    }
}
