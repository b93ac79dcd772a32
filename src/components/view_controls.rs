use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::query::{GroupBy, ListKind, ListView, SortBy};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub list: ListKind,
    pub view: ListView,
    /// Gets the new view (the page writes it to the address).
    pub on_change: Callback<ListView>,
}

/// "Group by" and "Sort by" for a list of findings or recommendations: two
/// labelled selects, so they work with a keyboard and a screen reader.
#[function_component]
pub fn ViewControls(props: &Props) -> Html {
    let view = props.view;
    // Grouping by unit is offered when the data names units (or the
    // address asks for it).
    let has_units = !use_catalog().dataset().units.is_empty();
    let offered = |g: &GroupBy| g.applies(props.list) && (*g != GroupBy::Unit || has_units || view.group == GroupBy::Unit);
    // A select's new value as a view, if it names one.
    let on_select = |read: fn(&str, ListView) -> Option<ListView>| {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            if let Some(next) = read(&e.target_unchecked_into::<HtmlSelectElement>().value(), view) {
                on_change.emit(next);
            }
        })
    };
    let on_group = on_select(|value, view| GroupBy::from_id(value).map(|group| ListView { group, ..view }));
    let on_sort = on_select(|value, view| SortBy::from_id(value).map(|sort| ListView { sort, ..view }));
    html! {
        <div class="view-controls">
            <div class="view-field">
                <label for="view-group">{"Group by"}</label>
                <select id="view-group" onchange={on_group}>
                    {for GroupBy::ALL.into_iter().filter(offered).map(|g| html! {
                        <option value={g.id()} selected={view.group == g}>{g.label()}</option>
                    })}
                </select>
            </div>
            <div class="view-field">
                <label for="view-sort">{"Sort by"}</label>
                <select id="view-sort" onchange={on_sort}>
                    {for SortBy::ALL.into_iter().map(|s| html! {
                        <option value={s.id()} selected={view.sort == s}>{s.label()}</option>
                    })}
                </select>
            </div>
        </div>
    }
}
