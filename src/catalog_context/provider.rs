use yew::prelude::*;

use super::load::{load_catalog, CatalogLoad};
use super::{loading_notice, SharedCatalog};
use crate::browser::performance::{mark_once, FIRST_VIEW};
use crate::browser::takeover::take_over;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What to show once the data has loaded.
    pub children: Html,
}

/// Loads the dataset once, then shows `children` with the catalog as their
/// context; until then a loading notice. If the dataset cannot be used, it
/// says so in place of any view: what went wrong, each problem and where,
/// and how a maintainer checks the file.
#[function_component]
pub fn CatalogProvider(props: &Props) -> Html {
    let load = use_state(|| CatalogLoad::Loading);
    {
        let load = load.clone();
        use_effect_with((), move |_| yew::platform::spawn_local(async move { load.set(load_catalog().await) }));
    }
    let settled = !matches!(*load, CatalogLoad::Loading);
    let loaded = matches!(*load, CatalogLoad::Loaded(_));
    // Effects run once the children are drawn: the first view (or the
    // failure page) is ready, so it replaces the pre-rendered page.
    use_effect_with((settled, loaded), |&(settled, loaded)| {
        if settled {
            take_over();
        }
        if loaded {
            mark_once(FIRST_VIEW);
        }
    });
    match &*load {
        CatalogLoad::Loading => loading_notice(),
        CatalogLoad::Failed { summary, problems } => html! {
            <>
                <h1>{"The dataset could not be loaded"}</h1>
                <p role="alert">{summary}</p>
                if !problems.is_empty() {
                    <ul id="data-errors" class="data-errors">
                        {for problems.iter().map(|p| html! { <li><code>{p}</code></li> })}
                    </ul>
                }
                <p>{"If you maintain this site, check the file with "}<code>{"cargo run --bin check-data -- data/inspections.json"}</code>{"."}</p>
            </>
        },
        CatalogLoad::Loaded(catalog) => html! {
            <ContextProvider<SharedCatalog> context={catalog.clone()}>
                {props.children.clone()}
            </ContextProvider<SharedCatalog>>
        },
    }
}
