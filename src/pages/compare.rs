use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::browser::focus::focus;
use crate::catalog_context::use_catalog;
use crate::charts::compare::compare_grid;
use crate::components::compare_table::CompareTable;
use crate::components::download_button::{download_button, DOWNLOAD_CSV};
use crate::components::ignored_notice::ignored_notice;
use crate::export::csv::file_name;
use crate::hooks::{use_query_navigator, use_title, use_url_query, QueryNavigator};
use crate::links::href;
use crate::query::url::{parse_compare_ids, to_query_string};
use crate::wording::published_or_undated;

/// Shows the comparison of `ids` (a pushed history entry, so Back undoes an
/// addition or a removal), then puts the focus on the table (or the
/// heading) once it is drawn, so that it does not fall back to the top of
/// the page.
fn show(navigator: &QueryNavigator, ids: &[String]) {
    let query = if ids.is_empty() { String::new() } else { to_query_string(&[("ids", ids.join(","))]) };
    navigator.show(&query, true);
    gloo::timers::callback::Timeout::new(0, || {
        let document = gloo::utils::document();
        let target = document.get_element_by_id("compare-caption").or_else(|| document.query_selector("main h1").ok().flatten());
        if let Some(element) = target {
            focus(&element);
        }
    })
    .forget();
}

/// `#/compare?ids=a,b`: inspections side by side, standard by standard;
/// inspections can be added and removed, and the table saved as CSV.
#[function_component]
pub fn ComparePage() -> Html {
    use_title("Compare inspections".into());
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let navigator = use_query_navigator();
    let query = use_url_query();
    // The inspection chosen in the "Add" list.
    let to_add = use_state(String::new);
    let (ids, ignored) = parse_compare_ids(&query, dataset);
    let grid = Rc::new(compare_grid(dataset, &ids));
    let chosen = grid.inspections.len();

    // Adding: a list of the others, newest first, and a button.
    let others: Vec<usize> = catalog.inspections(&Default::default()).into_iter().filter(|&i| !ids.contains(&dataset.inspections[i].id)).collect();
    let on_select = {
        let to_add = to_add.clone();
        Callback::from(move |e: Event| to_add.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_add = {
        let (ids, to_add, navigator) = (ids.clone(), to_add.clone(), navigator.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !to_add.is_empty() && !ids.contains(&*to_add) {
                let mut next = ids.clone();
                next.push((*to_add).clone());
                to_add.set(String::new());
                show(&navigator, &next);
            }
        })
    };
    let on_remove = {
        let ids = ids.clone();
        Callback::from(move |id: String| {
            let next: Vec<String> = ids.iter().filter(|x| **x != id).cloned().collect();
            show(&navigator, &next);
        })
    };
    let csv = {
        let (catalog, grid) = (catalog.clone(), grid.clone());
        Callback::from(move |()| grid.table(catalog.dataset()))
    };
    let csv_name = file_name("compare", &[("ids", ids.join("-"))]);
    html! {
        <>
            <h1>{"Compare inspections"}</h1>
            {ignored_notice(&ignored)}
            if chosen < 2 {
                <p class="notice">{"Choose two or more inspections to compare: add them below, or tick \"Compare\" beside them in the "}<a href={href("/inspections")}>{"list of inspections"}</a>{"."}</p>
            }
            <form class="compare-tools" onsubmit={on_add} aria-label="Add an inspection">
                <div>
                    <label for="compare-add">{"Add an inspection"}</label>
                    <select id="compare-add" onchange={on_select}>
                        <option value="" selected={to_add.is_empty()}>{"Choose an inspection…"}</option>
                        {for others.iter().map(|&i| {
                            let inspection = &dataset.inspections[i];
                            html! {
                                <option value={inspection.id.clone()} selected={*to_add == inspection.id}>
                                    {format!("{} ({})", inspection.title, published_or_undated(inspection))}
                                </option>
                            }
                        })}
                    </select>
                </div>
                <button type="submit" class="button">{"Add to the comparison"}</button>
                if chosen > 0 {
                    {download_button(csv, csv_name.into(), DOWNLOAD_CSV.into())}
                }
            </form>
            if chosen > 0 {
                <p class="chart-note">{"Overall rating, score, date, region, then each standard the inspections rate (standards are matched by name)."}</p>
                <CompareTable grid={grid.clone()} {on_remove} />
                if grid.rows.len() == 4 {
                    <p class="chart-note">{"None of these inspections has ratings by standard."}</p>
                }
            }
        </>
    }
}
