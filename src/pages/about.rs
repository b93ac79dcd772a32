use std::collections::BTreeMap;

use yew::prelude::*;

use crate::data::date::PartialDate;
use crate::components::term;
use crate::data::Dataset;

/// The dataset: where it comes from, its licence, how complete it is and how
/// ratings are scored.
pub fn about_view(d: &Dataset) -> Html {
    let n = d.inspections.len();
    let count = |f: &dyn Fn(&crate::data::Inspection) -> bool| d.inspections.iter().filter(|i| f(i)).count();
    let rated = count(&|i| i.overall.is_some());
    let with_standards = count(&|i| !i.ratings.is_empty());
    let with_recs = count(&|i| !i.recommendations.is_empty());
    let exact = count(&|i| i.published.as_deref().and_then(PartialDate::parse).is_some_and(|p| p.day.is_some()));
    let undated = count(&|i| i.published.is_none());
    let mut publishers: BTreeMap<String, usize> = BTreeMap::new();
    for s in d.inspections.iter().flat_map(|i| i.sources.iter()) {
        *publishers.entry(s.title.clone()).or_default() += 1;
    }
    let mut publishers: Vec<(String, usize)> = publishers.into_iter().collect();
    publishers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let updated = PartialDate::parse(&d.updated).map(|p| p.human()).unwrap_or_else(|| d.updated.clone());
    html! {
        <article class="about">
            <h1>{"About the data"}</h1>
            <dl class="summary">
                {term("Dataset", html! { {&d.title} })}
                if let Some(p) = &d.publisher { {term("Compiled from", html! { {p} })} }
                {term("Licence", html! { {&d.licence} })}
                {term("Updated", html! { {updated} })}
            </dl>

            <h2>{"How complete it is"}</h2>
            <p>{"Gaps are shown as gaps: an undated inspection says \"Undated\", an unrated one \"Not rated\", and where fewer recommendations are recorded than were published the inspection says so."}</p>
            <ul class="completeness">
                <li>{format!("{n} inspections, {} findings, {} recommendations.", d.finding_count(), d.recommendation_count())}</li>
                <li>{format!("{rated} of {n} have an overall rating.")}</li>
                <li>{format!("{with_standards} of {n} have ratings for individual standards.")}</li>
                <li>{format!("{with_recs} of {n} have recommendation texts recorded.")}</li>
                <li>{format!("{exact} of {n} have an exact publication date; {undated} are undated.")}</li>
            </ul>

            <h2>{"How ratings are scored"}</h2>
            <p>{"Each inspection and each standard is rated on this scale, best first. Scores are used for totals and averages."}</p>
            <div class="table-wrap">
            <table class="scale">
                <thead><tr><th scope="col">{"Rating"}</th><th scope="col">{"Score"}</th></tr></thead>
                <tbody>
                    {for d.scale.iter().map(|s| html! { <tr><th scope="row">{&s.label}</th><td>{s.score.to_string()}</td></tr> })}
                </tbody>
            </table>
            </div>

            <h2>{"Sources"}</h2>
            <p>{"Every inspection page lists its own sources. Across the dataset they are:"}</p>
            <ul class="publishers">
                {for publishers.iter().map(|(title, k)| html! { <li>{format!("{title}: cited {k} time{}", if *k == 1 { "" } else { "s" })}</li> })}
            </ul>
            <p>{"To publish new data, replace "}<code>{"data/inspections.json"}</code>{" beside this page; no rebuild is needed."}</p>
        </article>
    }
}
