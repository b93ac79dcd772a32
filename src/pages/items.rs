use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::hooks::{use_filter_writer, use_paging, use_query_navigator, use_title, use_url_filter, FilterChange};
use crate::components::download_button::DownloadButton;
use crate::components::filter_bar::{self, clear_filters, use_filter_bar};
use crate::components::ignored_notice::ignored_notice;
use crate::components::item_card::{item_card, Card};
use crate::components::view_controls::view_controls;
use crate::export::csv::file_name;
use crate::export::rows::{items_table, view_items};
use crate::links::{href, inspection_path, region_path};
use crate::pages::inspections::show_more;
use crate::query::view::{list_pairs, list_query};
use crate::data::Dataset;
use crate::wording::count_of;
use crate::query::{Group, GroupBy, Ignored, ItemRef, ListKind, ListView};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// `Findings` or `Recommendations`.
    pub kind: ListKind,
}

/// Says which filter values the list left out because they do not apply
/// to it (a kind on recommendations, a basis on findings).
pub fn not_applying_notice(values: &[Ignored], list: ListKind) -> Html {
    if values.is_empty() {
        return html! {};
    }
    let names: Vec<String> = values.iter().map(|i| i.to_string()).collect();
    html! {
        <p id="not-applying" class="notice" role="status">
            {format!("Left out because it does not apply to {}: {}.", list.noun(), names.join(", "))}
        </p>
    }
}

/// A button shown only where the filters sit above the results (narrow
/// screens): it moves the focus past them to the results.
pub fn jump_to_results(n: usize, list: ListKind) -> Html {
    let onclick = Callback::from(|_: MouseEvent| {
        if let Some(el) = gloo::utils::document().get_element_by_id("result-count") {
            el.scroll_into_view();
            if let Some(h) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
                let _ = h.focus();
            }
        }
    });
    html! {
        <p class="jump-results">
            <button type="button" class="link-button" {onclick}>{format!("Skip the filters to the {}", count_of(n, list))}</button>
        </p>
    }
}

/// The findings or the recommendations of every inspection: filtered,
/// searched, grouped, sorted, paged, and downloadable as exactly that.
#[function_component]
pub fn ItemsPage(props: &Props) -> Html {
    let list = props.kind;
    let title = match list {
        ListKind::Findings => "Findings",
        _ => "Recommendations",
    };
    use_title(title.into());
    let data = use_catalog();
    let url = use_url_filter();
    let (view, view_ignored) = ListView::from_url(&url.query, list);
    let filter = url.filter.for_list(list);
    let mut ignored = url.ignored.clone();
    ignored.extend(view_ignored);

    // The engine's pass and the grouping, redone only when the view changes.
    let computed = {
        let data = data.clone();
        use_memo((list, filter.clone(), view), move |(list, filter, view)| {
            let items = Rc::new(view_items(&data, *list, filter, view));
            let groups = data.group(*list, &items, view.group);
            (items, groups)
        })
    };
    let (results, groups) = (&computed.0, &computed.1);

    let paging = use_paging((list, filter.clone(), view));

    // Every change is written to the URL in one canonical order: the
    // filter keys, then `group` and `sort`, defaults left out.
    let on_filter: Callback<FilterChange> = use_filter_writer(move |f| list_query(&f.for_list(list), &view));
    let navigator = use_query_navigator();
    let on_view = {
        let filter = filter.clone();
        Callback::from(move |next: ListView| navigator.show(&list_query(&filter, &next), true))
    };

    let csv = {
        let data = data.clone();
        let results = results.clone();
        Callback::from(move |_| {
            let page = gloo::utils::window().location().href().unwrap_or_default();
            items_table(&data, list, &results, &page)
        })
    };
    let csv_name = file_name(list.noun(), &list_pairs(&filter, &view));

    let rows: usize = groups.iter().map(|g| g.items.len()).sum();
    let more = show_more(rows, paging.shown, &paging.show_more);

    let filter_bar = use_filter_bar(&filter_bar::Props { list, filter: filter.clone(), on_change: on_filter.clone(), hide: Vec::new() });
    let body = if results.is_empty() {
        html! {
            <div class="empty" id="empty">
                <p>{format!("No {} match these filters.", list.noun())}</p>
                if !filter.q.trim().is_empty() {
                    <p>{"Fewer or shorter search words may find more: every word must appear."}</p>
                }
                {clear_filters(on_filter.clone())}
            </div>
        }
    } else {
        let cards = render_groups(data.dataset(), list, groups, view.group, paging.shown, &filter.q);
        html! {
            <>
                {cards}
                <div class="more-slot">{more}</div>
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
                {filter_bar}
                <section class="results" aria-labelledby="result-count">
                    <div class="results-head">
                        <p id="result-count" role="status" tabindex="-1">
                            {format!("{} of {} {}", results.len(), data.total(list), list.noun())}
                        </p>
                        <div class="list-tools">
                            {view_controls(list, view, on_view)}
                            <DownloadButton table={csv} file_name={csv_name} label={format!("Download CSV ({})", count_of(results.len(), list))} />
                        </div>
                    </div>
                    <div class="results-body">{body}</div>
                </section>
            </div>
        </>
    }
}

/// The first `limit` rows of the grouped list. An item listed under several
/// groups carries its `id` only the first time, so ids stay unique.
fn render_groups(d: &Dataset, list: ListKind, groups: &[Group], by: GroupBy, limit: usize, q: &str) -> Html {
    let mut seen: BTreeSet<ItemRef> = BTreeSet::new();
    let mut left = limit;
    let mut card = |item: ItemRef| {
        let anchor = seen.insert(item);
        let mut card = item_card(d, Card { list, item, with_inspection: true, highlighted: false, query: q, anchor });
        // Freshly made, so not shared yet.
        if let Some(tag) = match &mut card { Html::VTag(tag) => std::rc::Rc::get_mut(tag), _ => None } {
            tag.key = Some(format!("{}-{}-{}", item.inspection, item.item, anchor).into());
        }
        card
    };
    if by == GroupBy::None {
        let items: Vec<Html> = groups.iter().flat_map(|g| g.items.iter()).take(left).map(|&i| card(i)).collect();
        return html! { <ul id="results" class="item-list">{items}</ul> };
    }
    let mut sections = Vec::new();
    for (n, g) in groups.iter().enumerate() {
        if left == 0 {
            break;
        }
        let take = left.min(g.items.len());
        left -= take;
        let heading_id = format!("group-{}-{n}", by.id());
        let label = match by {
            GroupBy::Inspection if !g.key.is_empty() => {
                html! { <a href={href(&inspection_path(&g.key))}>{g.label.clone()}</a> }
            }
            GroupBy::Region if !g.key.is_empty() => html! { <a href={href(&region_path(&g.key))}>{g.label.clone()}</a> },
            _ => html! { {g.label.clone()} },
        };
        let items: Vec<Html> = g.items.iter().take(take).map(|&i| card(i)).collect();
        sections.push(html! {
            <section class="group" key={heading_id.clone()} aria-labelledby={heading_id.clone()} data-group={g.key.clone()}>
                <h2 class="group-heading" id={heading_id}>
                    {label}{" "}<span class="group-count">{count_of(g.items.len(), list)}</span>
                </h2>
                <ul class="item-list">{items}</ul>
            </section>
        });
    }
    let note = match by {
        GroupBy::Theme => Some(format!("A {} with several themes is listed under each.", list.noun().trim_end_matches('s'))),
        GroupBy::Region => Some(format!("A {} from an inspection of several regions is listed under each.", list.noun().trim_end_matches('s'))),
        _ => None,
    };
    html! {
        <div id="results" class="grouped" data-group-by={by.id()}>
            <p class="group-note">{note}</p>
            {sections}
        </div>
    }
}
