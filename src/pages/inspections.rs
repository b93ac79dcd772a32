use std::rc::Rc;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::clear_filters::clear_filters;
use crate::components::download_button::download_button;
use crate::components::filter_bar::FilterBar;
use crate::components::ignored_notice::ignored_notice;
use crate::components::inspection_result::InspectionResult;
use crate::components::jump_to_results::jump_to_results;
use crate::components::not_applying_notice::not_applying_notice;
use crate::components::show_more::show_more;
use crate::export::csv::file_name;
use crate::export::rows::inspections_table;
use crate::hooks::{use_filter_writer, use_paging, use_title, use_url_filter};
use crate::links::{compare_path, href};
use crate::query::url::to_query_string;
use crate::query::ListKind;
use crate::wording::count_of;

/// `#/inspections`: every inspection, newest first, with filters, search,
/// "Compare" and CSV.
#[function_component]
pub fn InspectionsPage() -> Html {
    use_title("Inspections".into());
    let catalog = use_catalog();
    let url = use_url_filter();
    let on_change = use_filter_writer(|f| to_query_string(&f.to_pairs()));
    // A finding kind or a recommendation basis means nothing for an
    // inspection: it is left out (and the page says so).
    let filter = url.filter.for_list(ListKind::Inspections);
    let results = {
        let catalog = catalog.clone();
        use_memo(filter.clone(), move |f| Rc::new(catalog.inspections(f)))
    };
    let paging = use_paging(filter.clone());
    // The inspections ticked for comparison, in the order they were ticked.
    let chosen = use_state(Vec::<String>::new);
    let on_toggle = {
        let chosen = chosen.clone();
        Callback::from(move |id: String| {
            let mut next = (*chosen).clone();
            match next.iter().position(|x| *x == id) {
                Some(p) => {
                    next.remove(p);
                }
                None => next.push(id),
            }
            chosen.set(next);
        })
    };
    let csv = {
        let (catalog, results) = (catalog.clone(), (*results).clone());
        Callback::from(move |()| {
            let page = gloo::utils::window().location().href().unwrap_or_default();
            inspections_table(&catalog, &results, &page)
        })
    };
    let csv_name = file_name(ListKind::Inspections.noun(), &filter.to_pairs());
    let rows = results.iter().take(paging.shown).map(|&index| {
        let is_chosen = chosen.contains(&catalog.dataset().inspections[index].id);
        html! { <InspectionResult {index} query={filter.q.clone()} chosen={is_chosen} on_toggle={on_toggle.clone()} /> }
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
                <FilterBar list={ListKind::Inspections} filter={filter.clone()} on_change={on_change.clone()} />
                <section class="results" aria-label="Results">
                    <div class="results-head">
                        <p id="result-count" role="status" tabindex="-1">{format!("{} of {} inspections", results.len(), catalog.dataset().inspections.len())}</p>
                        <div class="list-tools">
                            <span class="compare-slot">{compare}</span>
                            {download_button(csv, csv_name.into(), format!("Download CSV ({})", count_of(results.len(), ListKind::Inspections)).into())}
                        </div>
                    </div>
                    if results.is_empty() {
                        <div class="empty">
                            <p>{"No inspection matches these filters."}</p>
                            {clear_filters(&on_change)}
                        </div>
                    } else {
                        <ol id="results" class="result-list">{for rows}</ol>
                        <div class="more-slot">{show_more(results.len(), paging.shown, &paging.show_more)}</div>
                    }
                </section>
            </div>
        </>
    }
}
