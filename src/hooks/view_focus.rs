use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::focus::focus_view_start;

/// Moves the focus to where the new view starts (its highlighted item or its
/// main heading) when the route changes, not when only the query does:
/// typing in a search box must keep the focus. Effects run once the new view
/// is drawn.
#[hook]
pub fn use_focus_on_route_change() {
    let path = use_location().map(|l| l.path().to_string()).unwrap_or_default();
    use_effect_with(path, |_| focus_view_start());
}
