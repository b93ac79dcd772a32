//! The page the build writes into index.html (`src/bin/prerender.rs`), so
//! that there is something to read before the WebAssembly arrives: the
//! site's frame, and in it both the loading notice and the overview drawn
//! from the bundled data, by the same components the app uses, with no
//! filter. index.html's first script shows one of the two before the page is
//! drawn: the overview for the overview's own address, the loading notice
//! for any other (or the overview alone where scripts are off). A status
//! names the data's date and says the figures are being updated, until the
//! app, having loaded the current data file, takes the page's place
//! (`browser::takeover`); where scripts are off it names the date alone.

use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::Router;

use crate::browser::takeover::PRERENDERED;
use crate::catalog_context::{loading_notice, SharedCatalog};
use crate::components::site_layout::SiteLayout;
use crate::data::date::PartialDate;
use crate::pages::overview::OverviewPage;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The bundled data.
    pub catalog: SharedCatalog,
}

#[function_component]
pub fn PrerenderedPage(props: &Props) -> Html {
    let dataset = props.catalog.dataset();
    let updated = PartialDate::parse(&dataset.updated).map(|p| p.human()).unwrap_or_else(|| dataset.updated.clone());
    // The overview's own address, where the overview has no filter.
    let history = AnyHistory::from(MemoryHistory::new());
    html! {
        <div id={PRERENDERED} class="prerendered">
            <Router {history}>
                <SiteLayout>
                    <div class="prerendered-loading">{loading_notice()}</div>
                    <div class="prerendered-view">
                        // Before the figures, so none is ever in the page
                        // without it (it is drawn over the page, wherever
                        // it stands).
                        <p class="updating" role="status">
                            {format!("These figures are from the data of {updated}")}<span class="updating-live">{": updating…"}</span>
                        </p>
                        <ContextProvider<SharedCatalog> context={props.catalog.clone()}>
                            <OverviewPage />
                        </ContextProvider<SharedCatalog>>
                    </div>
                </SiteLayout>
            </Router>
        </div>
    }
}
