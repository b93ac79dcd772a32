use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The search the address holds.
    pub value: AttrValue,
    /// Gets what is typed, at each keystroke.
    pub on_input: Callback<String>,
}

/// The filter bar's search box. It keeps what the user typed (spaces
/// included) and follows the address only when that changes from elsewhere
/// (Back, a link).
#[function_component]
pub fn SearchField(props: &Props) -> Html {
    let typed = use_state(|| props.value.to_string());
    {
        let typed = typed.clone();
        use_effect_with(props.value.clone(), move |value| {
            if typed.trim() != value.trim() {
                typed.set(value.to_string());
            }
        });
    }
    let oninput = {
        let (typed, on_input) = (typed.clone(), props.on_input.clone());
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            typed.set(value.clone());
            on_input.emit(value);
        })
    };
    html! {
        <div class="search-field">
            <label for="filter-q">{"Search"}</label>
            <input id="filter-q" type="search" value={(*typed).clone()} {oninput}
                placeholder="Words to find, e.g. domestic abuse" autocomplete="off" />
        </div>
    }
}
