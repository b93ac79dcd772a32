use yew::prelude::*;

use crate::catalog_context::SharedCatalog;
use crate::charts::units::standard_changes;
use crate::components::rating_tag::RatingTag;
use crate::links::{compare_path, href, inspection_path, unit_path};
use crate::query::units::Change;
use crate::wording::published_or_undated;

/// What changed since the inspection before, in words ("Improved", "Not
/// comparable: not rated"); its colour only repeats them.
pub fn change_tag(change: Change) -> Html {
    html! { <span class={change.class()}>{change.label()}</span> }
}

/// A unit's inspections in order (`unit` is its position among the
/// declared units), each with its overall rating and, in words, what
/// changed since the one before; on an inspection's page (`current`), also
/// the standards it and the one before both rate, and links to the unit's
/// page and to the two side by side. It keeps no state of its own, so it
/// is drawn by its page as part of the page.
pub fn unit_history(catalog: &SharedCatalog, unit: usize, current: Option<usize>) -> Html {
    let dataset = catalog.dataset();
    let list = catalog.unit_inspections(unit);
    let unit = &dataset.units[unit];
    let name = &unit.name;
    let previous = current.and_then(|i| catalog.previous(i));
    let compared = "Each is compared with the one before, where the dates show which came first. ";
    let intro = match (list.len(), current) {
        (1, Some(_)) => "This is the only inspection of it in this data. ".to_string(),
        (1, None) => String::new(),
        (n, Some(_)) => format!("Inspected {n} times in this data. {compared}"),
        (_, None) => compared.to_string(),
    };
    let entries = list.iter().map(|&i| {
        let x = &dataset.inspections[i];
        let date = published_or_undated(x);
        let this = Some(i) == current;
        html! {
            <li data-inspection={x.id.clone()} aria-current={this.then_some("true")}>
                if this {
                    <strong>{date}{" (this inspection)"}</strong>
                } else {
                    <a href={href(&inspection_path(&x.id))}>{date}</a>
                }
                {" "}<RatingTag rating={x.overall.clone()} />
                {for catalog.change(i).map(|c| html! { <>{" "}{change_tag(c)}</> })}
            </li>
        }
    });
    // The standards this inspection and the one before both rate.
    let standards = match (previous, current) {
        (Some(p), Some(i)) => standard_changes(catalog, p, i),
        _ => Vec::new(),
    };
    let label = |l: usize| &dataset.scale[l].label;
    let compare = match (previous, current) {
        (Some(p), Some(i)) => Some(("Compare with the previous inspection".to_string(), vec![p, i])),
        (_, None) if list.len() > 1 => Some((format!("Compare its {} inspections side by side", list.len()), list.to_vec())),
        _ => None,
    };
    html! {
        <section class="unit-history" id="unit-history" aria-labelledby="history-heading">
            <h2 id="history-heading">{format!("Inspections of {name}")}</h2>
            <p>
                {intro}
                if current.is_some() { <a href={href(&unit_path(&unit.id))}>{format!("All about {name}")}</a> }
            </p>
            <ol class="history-list">{for entries}</ol>
            if !standards.is_empty() {
                <p>{format!("Standards rated by both this inspection and the one before ({}):", published_or_undated(&dataset.inspections[previous.unwrap_or_default()]))}</p>
                <ul class="standard-changes">
                    {for standards.iter().map(|s| html! {
                        <li>{format!("{}: {} before, {} now ", s.standard, label(s.earlier), label(s.later))}{change_tag(s.change)}</li>
                    })}
                </ul>
            }
            if let Some((text, ids)) = compare {
                <p><a class="button" id="compare-unit" href={href(&compare_path(&ids.iter().map(|&i| dataset.inspections[i].id.as_str()).collect::<Vec<_>>()))}>{text}</a></p>
            }
        </section>
    }
}
