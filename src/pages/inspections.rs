use std::rc::Rc;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::hooks::{use_filter_writer, use_paging, use_title, use_url_filter};
use crate::components::download_button::DownloadButton;
use crate::components::filter_bar::{self, clear_filters, use_filter_bar};
use crate::components::ignored_notice::ignored_notice;
use crate::components::marked_text::marked_text;
use crate::components::rating_tag::rating_tag;
use crate::data::date::PartialDate;
use crate::links::{compare_path, href, inspection_path};
use crate::export::csv::file_name;
use crate::export::rows::inspections_table;
use crate::pages::items::{jump_to_results, not_applying_notice};
use crate::wording::count_of;
use crate::query::url::to_query_string;
use crate::query::ListKind;

/// "Show N more", while `rows` is more than the `shown` rows.
pub fn show_more(rows: usize, shown: usize, on_show_more: &Callback<()>) -> Option<Html> {
    (rows > shown).then(|| {
        let label = format!("Show {} more", (rows - shown).min(crate::hooks::ROWS_PER_PAGE));
        let onclick = on_show_more.reform(|_: MouseEvent| ());
        html! { <button type="button" class="show-more" {onclick}>{label}</button> }
    })
}

#[function_component]
pub fn InspectionsPage() -> Html {
    use_title("Inspections".into());
    let data = use_catalog();
    let url = use_url_filter();
    let on_change = use_filter_writer(|f| to_query_string(&f.to_pairs()));
    // A finding kind or a recommendation basis means nothing for an
    // inspection: it is left out (and the page says so).
    let filter = url.filter.for_list(ListKind::Inspections);
    let results = {
        let data = data.clone();
        use_memo(filter.clone(), move |f| Rc::new(data.inspections(f)))
    };
    let paging = use_paging(filter.clone());
    let csv = {
        let data = data.clone();
        let results = (*results).clone();
        Callback::from(move |_| {
            let page = gloo::utils::window().location().href().unwrap_or_default();
            inspections_table(&data, &results, &page)
        })
    };
    let csv_name = file_name(ListKind::Inspections.noun(), &filter.to_pairs());
    let chosen = use_state(Vec::<String>::new);
    let d = data.dataset();
    let total = d.inspections.len();
    let rows = results.iter().take(paging.shown).map(|&i| {
        let ins = &d.inspections[i];
        let date = ins.published.as_deref().and_then(PartialDate::parse).map(|p| p.human());
        let regions: Vec<String> = ins.regions.iter().filter_map(|r| d.region(r)).map(|r| r.name.clone()).collect();
        let is_chosen = chosen.contains(&ins.id);
        let toggle = {
            let chosen = chosen.clone();
            let id = ins.id.clone();
            Callback::from(move |_| {
                let mut next = (*chosen).clone();
                if let Some(p) = next.iter().position(|x| *x == id) { next.remove(p); } else { next.push(id.clone()); }
                chosen.set(next);
            })
        };
        html! {
            <li class="result" id={ins.id.clone()}>
                <div class="result-main">
                    <a class="result-link" href={href(&inspection_path(&ins.id))}>{marked_text(&ins.title, &filter.q)}</a>
                    <p class="result-meta">
                        <span class="result-region">{if regions.is_empty() { "England and Wales".to_string() } else { regions.join(", ") }}</span>
                        {" · "}<span class="result-type">{d.service_type(&ins.service_type).map(|t| t.name.clone()).unwrap_or_default()}</span>
                        {" · "}<span class="result-date">{date.unwrap_or_else(|| "Undated".into())}</span>
                    </p>
                </div>
                <div class="result-side">
                    {rating_tag(&d.scale, ins.overall.as_deref())}
                    <label class="compare-choice">
                        <input type="checkbox" checked={is_chosen} onchange={toggle} />
                        {" Compare"}<span class="visually-hidden">{format!(" {}", ins.title)}</span>
                    </label>
                </div>
            </li>
        }
    });
    let more = show_more(results.len(), paging.shown, &paging.show_more);
    let filter_bar = use_filter_bar(&filter_bar::Props {
        list: ListKind::Inspections,
        filter: filter.clone(),
        on_change: on_change.clone(),
        hide: Vec::new(),
    });
    let compare = (chosen.len() >= 2).then(|| {
        let ids: Vec<&str> = chosen.iter().map(String::as_str).collect();
        html! { <a class="button compare-link" href={href(&compare_path(&ids))}>{format!("Compare {} inspections", chosen.len())}</a> }
    });
    html! {
        <>
            <h1>{"Inspections"}</h1>
            <div class="notices">
                {ignored_notice(&url.ignored)}
                {not_applying_notice(&url.filter.not_applying(ListKind::Inspections), ListKind::Inspections)}
            </div>
            {jump_to_results(results.len(), ListKind::Inspections)}
            <div class="list-layout">
                {filter_bar}
                <section class="results" aria-label="Results">
                    <div class="results-head">
                        <p id="result-count" role="status" tabindex="-1">{format!("{} of {} inspections", results.len(), total)}</p>
                        <div class="list-tools">
                            <span class="compare-slot">{compare}</span>
                            <DownloadButton table={csv} file_name={csv_name} label={format!("Download CSV ({})", count_of(results.len(), ListKind::Inspections))} />
                        </div>
                    </div>
                    if results.is_empty() {
                        <div class="empty">
                            <p>{"No inspection matches these filters."}</p>
                            {clear_filters(on_change.clone())}
                        </div>
                    } else {
                        <ol id="results" class="result-list">{for rows}</ol>
                        <div class="more-slot">{more}</div>
                    }
                </section>
            </div>
        </>
    }
}
