use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::data::{Basis, FindingKind, Response};
use crate::hooks::FilterChange;
use crate::query::filter::REINSPECTED;
use crate::query::{FacetKey, Filter};
use crate::wording::{basis_option, response_option};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub facet: FacetKey,
    /// How many items each of the facet's values would give, in the
    /// dataset's declared order.
    pub counts: Vec<usize>,
    pub filter: Filter,
    pub on_change: Callback<FilterChange>,
}

/// One facet of the filter bar: a toggle button per value with the count it
/// would give, and "Any ..." to clear the facet.
#[function_component]
pub fn FacetGroup(props: &Props) -> Html {
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let facet = props.facet;
    let options: Vec<(String, String)> = match facet {
        FacetKey::Region => dataset.regions.iter().map(|r| (r.id.clone(), r.name.clone())).collect(),
        FacetKey::Type => dataset.service_types.iter().map(|t| (t.id.clone(), t.name.clone())).collect(),
        FacetKey::Rating => dataset.scale.iter().map(|s| (s.id.clone(), s.label.clone())).collect(),
        FacetKey::Theme => dataset.themes.iter().map(|t| (t.id.clone(), t.name.clone())).collect(),
        FacetKey::Kind => FindingKind::ALL.iter().map(|k| (k.id().to_string(), format!("{}s", k.label()))).collect(),
        FacetKey::Basis => Basis::ALL.iter().map(|b| (b.id().to_string(), basis_option(*b).to_string())).collect(),
        FacetKey::Response => {
            Response::CHOICES.iter().map(|r| (Response::choice_id(*r).to_string(), response_option(*r).to_string())).collect()
        }
        FacetKey::Reinspected => vec![(REINSPECTED.to_string(), "Re-inspections only".to_string())],
    };
    let chosen = props.filter.values(facet);
    let choose = |next: Filter| props.on_change.reform(move |_: MouseEvent| FilterChange { filter: next.clone(), push: true });
    let buttons = options.into_iter().zip(props.counts.iter().copied()).map(|((value, name), count)| {
        let pressed = chosen.contains(&value);
        let onclick = choose(props.filter.toggled(facet, &value));
        // A chosen value stays clickable even at zero, so it can be undone.
        let disabled = count == 0 && !pressed;
        html! {
            <button type="button" class="facet" data-key={facet.key()} data-value={value.clone()}
                aria-pressed={pressed.to_string()} {disabled} {onclick}>
                {name}{" "}<span class="facet-count">{count}</span>
            </button>
        }
    });
    // A facet of one value is undone by its button alone.
    let clear = (!chosen.is_empty() && facet != FacetKey::Reinspected).then(|| {
        let onclick = choose(props.filter.without(facet));
        html! { <button type="button" class="link-button" {onclick}>{format!("Any {}", facet.label().to_ascii_lowercase())}</button> }
    });
    let body = html! { <div class="facet-options">{for buttons}<span class="facet-clear">{clear}</span></div> };
    html! {
        <fieldset class="facet-group" data-key={facet.key()}>
            <legend>{facet.label()}</legend>
            // Long lists fold away unless something in them is chosen.
            if facet == FacetKey::Theme {
                <details open={!chosen.is_empty()}>
                    <summary>{if chosen.is_empty() { "Show themes".to_string() } else { format!("{} chosen", chosen.len()) }}</summary>
                    {body}
                </details>
            } else {
                {body}
            }
        </fieldset>
    }
}
