use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::query::{GroupBy, ListKind, ListView, SortBy};

/// "Group by" and "Sort by" for a list of findings or recommendations: two
/// labelled selects, so they work with a keyboard and a screen reader.
/// `on_change` gets the new view (the page writes it to the URL).
pub fn view_controls(list: ListKind, view: ListView, on_change: Callback<ListView>) -> Html {
    let on_group = {
        let on_change = on_change.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(group) = GroupBy::from_id(&value) {
                on_change.emit(ListView { group, ..view });
            }
        })
    };
    let on_sort = {
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(sort) = SortBy::from_id(&value) {
                on_change.emit(ListView { sort, ..view });
            }
        })
    };
    html! {
        <div class="view-controls">
            <div class="view-field">
                <label for="view-group">{"Group by"}</label>
                <select id="view-group" onchange={on_group}>
                    {for GroupBy::ALL.into_iter().filter(|g| g.applies(list)).map(|g| html! {
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
