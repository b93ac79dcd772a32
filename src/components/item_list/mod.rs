//! The findings or the recommendations of every inspection: the list both
//! routes share.

mod grouped_items;

use std::rc::Rc;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::clear_filters::clear_filters;
use crate::components::download_button::download_button;
use crate::components::filter_bar::FilterBar;
use crate::components::ignored_notice::ignored_notice;
use crate::components::jump_to_results::jump_to_results;
use crate::components::not_applying_notice::not_applying_notice;
use crate::components::show_more::show_more;
use crate::components::view_controls::ViewControls;
use crate::export::csv::file_name;
use crate::export::rows::{items_table, view_items};
use crate::hooks::{use_filter_writer, use_paging, use_query_navigator, use_title, use_url_filter};
use crate::query::view::{list_pairs, list_query};
use crate::query::{ListKind, ListView};
use crate::wording::count_of;
use grouped_items::GroupedItems;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// `Findings` or `Recommendations`.
    pub list: ListKind,
}

/// Every finding or recommendation: filtered, searched, grouped, sorted,
/// paged, and downloadable as exactly that.
#[function_component]
pub fn ItemList(props: &Props) -> Html {
    let list = props.list;
    let title = match list {
        ListKind::Findings => "Findings",
        _ => "Recommendations",
    };
    use_title(title.into());
    let catalog = use_catalog();
    let url = use_url_filter();
    let (view, view_ignored) = ListView::from_url(&url.query, list);
    let filter = url.filter.for_list(list);
    let mut ignored = url.ignored.clone();
    ignored.extend(view_ignored);

    // The engine's pass and the grouping, redone only when the view changes.
    let computed = {
        let catalog = catalog.clone();
        use_memo((list, filter.clone(), view), move |(list, filter, view)| {
            let items = Rc::new(view_items(&catalog, *list, filter, view));
            let groups = Rc::new(catalog.group(*list, &items, view.group));
            (items, groups)
        })
    };
    let (results, groups) = (computed.0.clone(), computed.1.clone());
    let paging = use_paging((list, filter.clone(), view));

    // Every change is written to the address in one canonical order: the
    // filter keys, then `group` and `sort`, defaults left out.
    let on_filter = use_filter_writer(move |f| list_query(&f.for_list(list), &view));
    let navigator = use_query_navigator();
    let on_view = {
        let filter = filter.clone();
        Callback::from(move |next: ListView| navigator.show(&list_query(&filter, &next), true))
    };

    let csv = {
        let (catalog, results) = (catalog.clone(), results.clone());
        Callback::from(move |()| {
            let page = gloo::utils::window().location().href().unwrap_or_default();
            items_table(&catalog, list, &results, &page)
        })
    };
    let csv_name = file_name(list.noun(), &list_pairs(&filter, &view));
    let rows: usize = groups.iter().map(|g| g.items.len()).sum();

    let body = if results.is_empty() {
        html! {
            <div class="empty" id="empty">
                <p>{format!("No {} match these filters.", list.noun())}</p>
                if !filter.q.trim().is_empty() {
                    <p>{"Fewer or shorter search words may find more: every word must appear."}</p>
                }
                {clear_filters(&on_filter)}
            </div>
        }
    } else {
        html! {
            <>
                <GroupedItems {list} {groups} by={view.group} limit={paging.shown} query={filter.q.clone()} />
                <div class="more-slot">{show_more(rows, paging.shown, &paging.show_more)}</div>
            </>
        }
    };

    html! {
        <>
            <h1>{title}</h1>
            <div class="notices">
                {ignored_notice(&ignored)}
                {not_applying_notice(&url.filter.not_applying(list), list)}
            </div>
            {jump_to_results(results.len(), list)}
            <div class="list-layout">
                <FilterBar {list} filter={filter.clone()} on_change={on_filter} />
                <section class="results" aria-labelledby="result-count">
                    <div class="results-head">
                        <p id="result-count" role="status" tabindex="-1">
                            {format!("{} of {} {}", results.len(), catalog.total(list), list.noun())}
                        </p>
                        <div class="list-tools">
                            <ViewControls {list} {view} on_change={on_view} />
                            {download_button(csv, csv_name.into(), format!("Download CSV ({})", count_of(results.len(), list)).into())}
                        </div>
                    </div>
                    <div class="results-body">{body}</div>
                </section>
            </div>
        </>
    }
}
