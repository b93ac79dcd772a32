use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A select of the publication years the data has, `chosen` selected (if
/// any); `on_choose` gets the year chosen, or "" for any year. A plain
/// function rather than a component: it keeps no state.
pub fn year_select(id: &'static str, label: &'static str, chosen: Option<i32>, years: &[i32], on_choose: &Callback<String>) -> Html {
    let onchange = on_choose.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="year-field">
            <label for={id}>{label}</label>
            <select {id} {onchange}>
                <option value="" selected={chosen.is_none()}>{"Any year"}</option>
                {for years.iter().map(|&y| html! {
                    <option value={y.to_string()} selected={chosen == Some(y)}>{y}</option>
                })}
            </select>
        </div>
    }
}
