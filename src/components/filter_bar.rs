use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::hooks::FilterChange;
use crate::data::{Basis, FindingKind};
use crate::query::{FacetKey, Filter, ListKind};
use crate::wording::basis_option;

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

/// The one filter bar, used by every list and by the overview: a search box,
/// a group of toggle buttons per facet with the count each would give, and
/// the publication years.
#[function_component]
pub fn FilterBar(props: &Props) -> Html {
    use_filter_bar(props)
}

/// The filter bar as a hook, so that a page draws it in its own component
/// rather than in a child one (each component type costs the WebAssembly
/// its own copy of Yew's lifecycle code).
#[hook]
pub fn use_filter_bar(props: &Props) -> Html {
    let data = use_catalog();
    let d = data.dataset();
    // The search box keeps what the user typed (spaces included) and follows
    // the URL only when it changes from elsewhere (Back, a link).
    let typed = use_state(|| props.filter.q.clone());
    {
        let typed = typed.clone();
        use_effect_with(props.filter.q.clone(), move |q| {
            if typed.trim() != q.trim() {
                typed.set(q.clone());
            }
        });
    }
    let emit = |filter: Filter, push: bool| props.on_change.emit(FilterChange { filter, push });
    let on_search = {
        let on_change = props.on_change.clone();
        let filter = props.filter.clone();
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            typed.set(value.clone());
            on_change.emit(FilterChange { filter: Filter { q: value, ..filter.clone() }, push: false });
        })
    };
    // Every facet's counts in one pass of the engine, redone only when the
    // filter changes.
    let facets = {
        let data = data.clone();
        use_memo((props.list, props.filter.clone()), move |(list, filter)| data.facets(*list, filter))
    };
    let groups = props.list.facets().iter().copied().filter(|k| !props.hide.contains(k)).map(|key| {
        let counts = facets.get(key).to_vec();
        let options: Vec<(String, String)> = match key {
            FacetKey::Region => d.regions.iter().map(|r| (r.id.clone(), r.name.clone())).collect(),
            FacetKey::Type => d.service_types.iter().map(|t| (t.id.clone(), t.name.clone())).collect(),
            FacetKey::Rating => d.scale.iter().map(|s| (s.id.clone(), s.label.clone())).collect(),
            FacetKey::Theme => d.themes.iter().map(|t| (t.id.clone(), t.name.clone())).collect(),
            FacetKey::Kind => FindingKind::ALL.iter().map(|k| (k.id().to_string(), format!("{}s", k.label()))).collect(),
            FacetKey::Basis => Basis::ALL.iter().map(|b| (b.id().to_string(), basis_option(*b).to_string())).collect(),
        };
        let chosen = props.filter.values(key);
        let buttons = options.into_iter().zip(counts).map(|((value, name), count)| {
            let pressed = chosen.contains(&value);
            let onclick = {
                let next = props.filter.toggled(key, &value);
                let on_change = props.on_change.clone();
                Callback::from(move |_| on_change.emit(FilterChange { filter: next.clone(), push: true }))
            };
            // A chosen value stays clickable even at zero, so it can be undone.
            let disabled = count == 0 && !pressed;
            html! {
                <button type="button" class="facet" data-key={key.key()} data-value={value.clone()}
                    aria-pressed={pressed.to_string()} {disabled} {onclick}>
                    {name}{" "}<span class="facet-count">{count}</span>
                </button>
            }
        });
        let clear = (!chosen.is_empty()).then(|| {
            let next = props.filter.without(key);
            let on_change = props.on_change.clone();
            let onclick = Callback::from(move |_| on_change.emit(FilterChange { filter: next.clone(), push: true }));
            html! { <button type="button" class="link-button" {onclick}>{format!("Any {}", key.label().to_ascii_lowercase())}</button> }
        });
        let body = html! { <div class="facet-options">{for buttons}<span class="facet-clear">{clear}</span></div> };
        // Long lists fold away unless something in them is chosen.
        if key == FacetKey::Theme {
            html! {
                <fieldset class="facet-group" data-key={key.key()}>
                    <legend>{key.label()}</legend>
                    <details open={!chosen.is_empty()}>
                        <summary>{if chosen.is_empty() { "Show themes".to_string() } else { format!("{} chosen", chosen.len()) }}</summary>
                        {body}
                    </details>
                </fieldset>
            }
        } else {
            html! {
                <fieldset class="facet-group" data-key={key.key()}>
                    <legend>{key.label()}</legend>
                    {body}
                </fieldset>
            }
        }
    });
    let clear_all = (!props.filter.is_empty()).then(|| clear_filters(props.on_change.clone()));
    let years = data.years();
    let year_select = |id, label, current, set| year_select(id, label, current, set, &years, &props.filter, &props.on_change);
    let _ = emit;
    html! {
        <form id="filters" class="filters" role="search" aria-label="Filters" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="search-field">
                <label for="filter-q">{"Search"}</label>
                <input id="filter-q" type="search" value={(*typed).clone()} oninput={on_search}
                    placeholder="Words to find, e.g. domestic abuse" autocomplete="off" />
            </div>
            {for groups}
            <fieldset class="facet-group years">
                <legend>{"Published"}</legend>
                {year_select("filter-since", "From", props.filter.since, |f, y| f.since = y)}
                {year_select("filter-until", "To", props.filter.until, |f, y| f.until = y)}
            </fieldset>
            // Optional children sit in fixed containers: Yew matches unkeyed
            // children from the end, so one appearing at the end of the form
            // would rebuild every element before it, the focused search box too.
            <div class="filter-actions">{clear_all}</div>
        </form>
    }
}

/// A "Clear all filters" button.
pub fn clear_filters(on_change: Callback<FilterChange>) -> Html {
    let onclick = Callback::from(move |_| on_change.emit(FilterChange { filter: Filter::default(), push: true }));
    html! { <button type="button" class="clear-filters" {onclick}>{"Clear all filters"}</button> }
}

/// A select of the publication years: `set` writes the choice into the filter.
fn year_select(
    id: &'static str,
    label: &'static str,
    current: Option<i32>,
    set: fn(&mut Filter, Option<i32>),
    years: &[i32],
    filter: &Filter,
    on_change: &Callback<FilterChange>,
) -> Html {
    let on_change = on_change.clone();
    let filter = filter.clone();
    let onchange = Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        let mut next = filter.clone();
        set(&mut next, value.parse().ok());
        on_change.emit(FilterChange { filter: next, push: true });
    });
    html! {
        <div class="year-field">
            <label for={id}>{label}</label>
            <select {id} {onchange}>
                <option value="" selected={current.is_none()}>{"Any year"}</option>
                {for years.iter().map(|&y| html! {
                    <option value={y.to_string()} selected={current == Some(y)}>{y}</option>
                })}
            </select>
        </div>
    }
}
