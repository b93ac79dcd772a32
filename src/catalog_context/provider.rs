use yew::prelude::*;

use super::load::{load_catalog, CatalogLoad};
use super::load_failure::LoadFailure;
use super::SharedCatalog;
use crate::browser::performance::{mark_once, FIRST_VIEW};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What to show once the data has loaded.
    pub children: Html,
}

/// Loads the dataset once, then shows `children` with the catalog as their
/// context; until then a loading notice, or the reason it cannot be used.
#[function_component]
pub fn CatalogProvider(props: &Props) -> Html {
    let load = use_state(|| CatalogLoad::Loading);
    {
        let load = load.clone();
        use_effect_with((), move |_| yew::platform::spawn_local(async move { load.set(load_catalog().await) }));
    }
    let loaded = matches!(*load, CatalogLoad::Loaded(_));
    // Effects run once the children are drawn: the first view is on screen.
    use_effect_with(loaded, |loaded| {
        if *loaded {
            mark_once(FIRST_VIEW);
        }
    });
    match &*load {
        CatalogLoad::Loading => html! {
            <>
                <h1>{"Inspection explorer"}</h1>
                <p id="loading" role="status" class="loading">{"Loading the inspection data…"}</p>
            </>
        },
        CatalogLoad::Failed { summary, problems } => html! { <LoadFailure summary={summary.clone()} problems={problems.clone()} /> },
        CatalogLoad::Loaded(catalog) => html! {
            <ContextProvider<SharedCatalog> context={catalog.clone()}>
                {props.children.clone()}
            </ContextProvider<SharedCatalog>>
        },
    }
}
