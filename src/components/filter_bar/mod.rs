//! The one filter bar, used by every list and by the overview.

mod facet_group;
mod search_field;
mod year_select;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::clear_filters::clear_filters;
use crate::hooks::FilterChange;
use crate::query::{FacetKey, Filter, ListKind};
use facet_group::FacetGroup;
use search_field::SearchField;
use year_select::year_select;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which list the counts are for.
    pub list: ListKind,
    pub filter: Filter,
    pub on_change: Callback<FilterChange>,
    /// Facets to leave out (e.g. the region on a region's own page).
    #[prop_or_default]
    pub hide: Vec<FacetKey>,
}

/// A search box, a group of toggle buttons per facet with the count each
/// would give, and the publication years.
#[function_component]
pub fn FilterBar(props: &Props) -> Html {
    let catalog = use_catalog();
    // Every facet's counts in one pass of the engine, redone only when the
    // filter changes.
    let facets = {
        let catalog = catalog.clone();
        use_memo((props.list, props.filter.clone()), move |(list, filter)| catalog.facets(*list, filter))
    };
    let filter = &props.filter;
    // A keystroke replaces the address's entry; every other choice is a new one.
    let change = |push: bool, edit: fn(&mut Filter, String)| {
        let (filter, on_change) = (filter.clone(), props.on_change.clone());
        Callback::from(move |value: String| {
            let mut next = filter.clone();
            edit(&mut next, value);
            on_change.emit(FilterChange { filter: next, push });
        })
    };
    let on_search = change(false, |f, q| f.q = q);
    let on_since = change(true, |f, year| f.since = year.parse().ok());
    let on_until = change(true, |f, year| f.until = year.parse().ok());
    // A facet the data offers nothing for is left out, unless the address
    // chose one of its values (so it can be undone).
    let shown = |k: &FacetKey| !props.hide.contains(k) && (catalog.offers(*k) || !filter.values(*k).is_empty());
    let groups = props.list.facets().iter().copied().filter(shown).map(|facet| {
        html! { <FacetGroup {facet} counts={facets.get(facet).to_vec()} filter={filter.clone()} on_change={props.on_change.clone()} /> }
    });
    let years = catalog.years();
    html! {
        <form id="filters" class="filters" role="search" aria-label="Filters" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <SearchField value={filter.q.clone()} on_input={on_search} />
            {for groups}
            <fieldset class="facet-group years">
                <legend>{"Published"}</legend>
                {year_select("filter-since", "From", filter.since, &years, &on_since)}
                {year_select("filter-until", "To", filter.until, &years, &on_until)}
            </fieldset>
            // Optional children sit in fixed containers: Yew matches unkeyed
            // children from the end, so one appearing at the end of the form
            // would rebuild every element before it, the focused search box too.
            <div class="filter-actions">
                if !filter.is_empty() {
                    {clear_filters(&props.on_change)}
                }
            </div>
        </form>
    }
}
