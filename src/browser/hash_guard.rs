//! Keeps the location hash readable by the router.

use gloo::events::EventListener;
use yew_router::history::{BrowserHistory, History};

use crate::links::{permanent_url, repair_hash};

/// Repairs a location hash the router cannot read (see `links::repair_hash`),
/// now and on every later navigation. `main` calls it before the router
/// starts, so these listeners are registered before the router's own and
/// run first on `popstate`.
pub fn install() {
    let window = gloo::utils::window();
    for event in ["popstate", "hashchange"] {
        // The guard lives as long as the page.
        EventListener::new(&window, event, |_| repair()).forget();
    }
    repair();
}

fn repair() {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    if let Some(route) = repair_hash(&hash) {
        let href = location.href().unwrap_or_default();
        BrowserHistory::new().replace(permanent_url(&href, &route));
    }
}
