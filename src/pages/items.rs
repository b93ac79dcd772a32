use yew::prelude::*;

use crate::app::use_data;
use crate::components::filter_bar::{FilterBar, FilterChange};
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::item_card::ItemCard;
use crate::pages::inspections::PAGE;
use crate::pages::{use_title, use_url_filter};
use crate::query::ListKind;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// `Findings` or `Recommendations`.
    pub kind: ListKind,
}

/// The findings or the recommendations of every inspection, filtered.
#[function_component]
pub fn ItemsPage(props: &Props) -> Html {
    let (title, path, noun) = match props.kind {
        ListKind::Findings => ("Findings", "/findings", "findings"),
        _ => ("Recommendations", "/recommendations", "recommendations"),
    };
    use_title(title.into());
    let data = use_data();
    let url = use_url_filter(path, &[]);
    let results = {
        let data = data.clone();
        let kind = props.kind;
        use_memo((kind, url.filter.clone()), move |(kind, f)| data.items_matching(*kind, f))
    };
    let shown = use_state(|| PAGE);
    {
        let shown = shown.clone();
        use_effect_with((props.kind, url.filter.clone()), move |_| shown.set(PAGE));
    }
    let total = match props.kind {
        ListKind::Findings => data.data.finding_count(),
        _ => data.data.recommendation_count(),
    };
    let more = (results.len() > *shown).then(|| {
        let label = format!("Show {} more", (results.len() - *shown).min(PAGE));
        let shown = shown.clone();
        let onclick = Callback::from(move |_| shown.set(*shown + PAGE));
        html! { <button type="button" class="show-more" {onclick}>{label}</button> }
    });
    let clear = {
        let on_change = url.on_change.clone();
        Callback::from(move |_| on_change.emit(FilterChange { filter: Default::default(), push: true }))
    };
    html! {
        <>
            <h1>{title}</h1>
            <IgnoredNotice ignored={url.ignored.clone()} />
            <div class="list-layout">
                <FilterBar list={props.kind} filter={url.filter.clone()} on_change={url.on_change.clone()} />
                <section class="results" aria-label="Results">
                    <div class="results-head">
                        <p id="result-count" role="status">{format!("{} of {} {}", results.len(), total, noun)}</p>
                    </div>
                    if results.is_empty() {
                        <div class="empty">
                            <p>{format!("No {noun} match these filters.")}</p>
                            <button type="button" class="clear-filters" onclick={clear}>{"Clear all filters"}</button>
                        </div>
                    } else {
                        <ul id="results" class="item-list">
                            {for results.iter().take(*shown).map(|&item| html! {
                                <ItemCard list={props.kind} {item} with_inspection=true query={url.filter.q.clone()} />
                            })}
                        </ul>
                        <div class="more-slot">{more}</div>
                    }
                </section>
            </div>
        </>
    }
}
