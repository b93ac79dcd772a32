//! The app: the router, the site's frame, the data, and the current route's view.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::catalog_context::CatalogProvider;
use crate::components::site_layout::SiteLayout;
use crate::routes::{switch, Route};

/// Routes live after `#` (a `HashRouter`), so the page works from any
/// static host and any sub-path with no rewrite rules.
#[function_component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <SiteLayout>
                <CatalogProvider>
                    <Switch<Route> render={switch} />
                </CatalogProvider>
            </SiteLayout>
        </HashRouter>
    }
}
