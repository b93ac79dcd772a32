use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalog_context::SharedCatalog;
use crate::hooks::QueryNavigator;
use crate::charts::compare::{compare_grid, CompareCell};
use crate::components::download_button::DownloadButton;
use crate::components::ignored_notice::ignored_notice;
use crate::components::rating_tag::rating_tag;
use crate::data::date::PartialDate;
use crate::export::csv::file_name;
use crate::links::{href, inspection_path};
use crate::query::url::{parse_compare_ids, to_query_string, UrlQuery};

/// Shows the comparison of `ids` (a pushed history entry, so Back undoes
/// an addition or a removal).
fn show(navigator: &QueryNavigator, ids: &[String]) {
    let query = if ids.is_empty() { String::new() } else { to_query_string(&[("ids", ids.join(","))]) };
    navigator.show(&query, true);
}

/// Puts the focus on the table (or the heading) once the new view is drawn,
/// so that it does not fall back to the top of the page.
fn focus_after_change() {
    gloo::timers::callback::Timeout::new(0, || {
        let document = gloo::utils::document();
        let target = document.get_element_by_id("compare-caption").or_else(|| document.query_selector("main h1").ok().flatten());
        if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    })
    .forget();
}

/// Inspections side by side, standard by standard; inspections can be
/// added and removed, and the table saved as CSV. `query`: the address's;
/// `to_add`: the inspection chosen in the "Add" list.
pub fn compare_view(data: &SharedCatalog, query: &UrlQuery, navigator: QueryNavigator, to_add: UseStateHandle<String>) -> Html {
    let d = data.dataset();
    let (ids, ignored) = parse_compare_ids(query, d);
    let grid = compare_grid(d, &ids);
    let chosen: Vec<&crate::data::Inspection> = grid.inspections.iter().map(|&i| &d.inspections[i]).collect();
    let date = |i: &crate::data::Inspection| i.published.as_deref().and_then(PartialDate::parse).map(|p| p.human()).unwrap_or_else(|| "Undated".into());

    // Adding: a list of the others, newest first, and a button.
    let others: Vec<usize> = data.inspections(&Default::default()).into_iter().filter(|&i| !ids.contains(&d.inspections[i].id)).collect();
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
                focus_after_change();
            }
        })
    };
    let remove = |id: &str| {
        let next: Vec<String> = ids.iter().filter(|x| *x != id).cloned().collect();
        let navigator = navigator.clone();
        Callback::from(move |_: MouseEvent| {
            show(&navigator, &next);
            focus_after_change();
        })
    };
    let csv = {
        let (data, ids) = (data.clone(), ids.clone());
        Callback::from(move |_| compare_grid(data.dataset(), &ids).table(data.dataset()))
    };
    let csv_name = AttrValue::from(file_name("compare", &[("ids", ids.join("-"))]));
    let rating = |cell: &CompareCell| match cell {
        CompareCell::Rating(level) => rating_tag(&d.scale, level.map(|l| d.scale[l].id.as_str())),
        CompareCell::Text(t) => html! { {t} },
    };
    html! {
        <>
            <h1>{"Compare inspections"}</h1>
            {ignored_notice(&ignored)}
            if chosen.len() < 2 {
                <p class="notice">{"Choose two or more inspections to compare: add them below, or tick \"Compare\" beside them in the "}<a href="#/inspections">{"list of inspections"}</a>{"."}</p>
            }
            <form class="compare-tools" onsubmit={on_add} aria-label="Add an inspection">
                <div>
                    <label for="compare-add">{"Add an inspection"}</label>
                    <select id="compare-add" onchange={on_select}>
                        <option value="" selected={to_add.is_empty()}>{"Choose an inspection…"}</option>
                        {for others.iter().map(|&i| {
                            let ins = &d.inspections[i];
                            html! { <option value={ins.id.clone()} selected={*to_add == ins.id}>{format!("{} ({})", ins.title, date(ins))}</option> }
                        })}
                    </select>
                </div>
                <button type="submit" class="button">{"Add to the comparison"}</button>
                if !chosen.is_empty() {
                    <DownloadButton table={csv} file_name={csv_name} />
                }
            </form>
            if !chosen.is_empty() {
                <p class="chart-note">{"Overall rating, score, date, region, then each standard the inspections rate (standards are matched by name)."}</p>
                <div class="table-wrap">
                <table class="compare" id="compare-table">
                    <caption id="compare-caption" tabindex="-1">{format!("{} inspections side by side", chosen.len())}</caption>
                    <thead><tr>
                        <td></td>
                        {for chosen.iter().map(|i| html! {
                            <th scope="col" id={format!("compare-{}", i.id)}>
                                <a href={href(&inspection_path(&i.id))}>{&i.title}</a>
                                <button type="button" class="link-button remove" aria-label={format!("Remove {} from the comparison", i.title)}
                                    onclick={remove(&i.id)}>{"Remove"}</button>
                            </th>
                        })}
                    </tr></thead>
                    <tbody>
                        {for grid.rows.iter().map(|row| html! {
                            <tr data-row={row.id.clone()}>
                                <th scope="row">{&row.label}</th>
                                {for row.cells.iter().map(|c| html! {
                                    <td class={classes!(matches!(c, CompareCell::Rating(None)).then_some("gap"))}>{rating(c)}</td>
                                })}
                            </tr>
                        })}
                    </tbody>
                </table>
                </div>
                if grid.rows.len() == 4 {
                    <p class="chart-note">{"None of these inspections has ratings by standard."}</p>
                }
            }
        </>
    }
}
