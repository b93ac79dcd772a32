use yew::prelude::*;

use crate::links::permanent_url;

/// The address anyone can open to see the route `path`: this page's own
/// address followed by the route. The one place a render reads the
/// browser's location; event handlers read it when they run.
#[hook]
pub fn use_permanent_url(path: &str) -> String {
    permanent_url(&gloo::utils::window().location().href().unwrap_or_default(), path)
}
