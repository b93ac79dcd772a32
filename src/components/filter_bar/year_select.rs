use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The year chosen, if any.
    pub chosen: Option<i32>,
    /// The years the data has.
    pub years: Vec<i32>,
    /// Gets the year chosen, or "" for any year.
    pub on_choose: Callback<String>,
}

/// A select of the publication years.
#[function_component]
pub fn YearSelect(props: &Props) -> Html {
    let onchange = props.on_choose.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="year-field">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <select id={props.id.clone()} {onchange}>
                <option value="" selected={props.chosen.is_none()}>{"Any year"}</option>
                {for props.years.iter().map(|&y| html! {
                    <option value={y.to_string()} selected={props.chosen == Some(y)}>{y}</option>
                })}
            </select>
        </div>
    }
}
