//! One module per route.

pub mod about;
pub mod compare;
pub mod inspection;
pub mod inspections;
pub mod items;
pub mod not_found;
pub mod overview;
pub mod region;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::hooks::{use_query_navigator, use_title, use_url_query};
use crate::pages::inspection::Target;

/// A view that keeps no state of its own.
#[derive(Clone, PartialEq)]
pub enum View {
    About,
    Compare,
    NotFound,
    /// A region's profile, by its id.
    Region(AttrValue),
    /// An inspection, a finding or a recommendation, by its id.
    Item(Target, AttrValue),
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub view: View,
}

/// The views that keep little or no state of their own (the about page, the
/// comparison, a region, an inspection with perhaps an item highlighted, not
/// found), drawn by plain functions in one component, which calls the same
/// hooks for all of them: every component type costs the WebAssembly
/// its own copy of Yew's lifecycle code. The router gives each route its
/// own `key`, so moving from one route to another mounts a fresh view, as
/// separate components did.
#[function_component]
pub fn Page(props: &PageProps) -> Html {
    let data = use_catalog();
    let d = data.dataset();
    let found = match &props.view {
        View::Item(target, id) => Some(inspection::find(&data, *target, id)),
        _ => None,
    };
    let region = match &props.view {
        View::Region(id) => d.region(id).map(|r| r.name.clone()),
        _ => None,
    };
    let title = match (&props.view, &found) {
        (View::About, _) => "About the data".to_string(),
        (View::Compare, _) => "Compare inspections".to_string(),
        (View::Region(_), _) => region.clone().unwrap_or_else(|| "Not found".into()),
        (View::Item(..), Some(Ok((index, _)))) => d.inspections[*index].title.clone(),
        _ => "Not found".to_string(),
    };
    use_title(title);
    let highlight = match &found {
        Some(Ok((_, h))) => h.clone(),
        _ => None,
    };
    // Scroll to the highlighted item when it changes within the same page.
    use_effect_with(highlight.clone(), |h| {
        if let Some(id) = h {
            if let Some(el) = gloo::utils::document().get_element_by_id(id) {
                el.scroll_into_view();
            }
        }
    });
    // The compare view's: the address's query, and the inspection chosen to add.
    let query = use_url_query();
    let navigator = use_query_navigator();
    let to_add = use_state(String::new);
    match (&props.view, found) {
        (View::About, _) => about::about_view(d),
        (View::Compare, _) => compare::compare_view(&data, &query, navigator, to_add),
        (View::Region(id), _) => match &region {
            Some(name) => region::region_view(&data, id, name),
            None => not_found::not_found(Some(&format!("region \"{id}\""))),
        },
        (View::Item(..), Some(Ok((index, _)))) => inspection::inspection_view(d, index, highlight.as_deref()),
        (View::Item(..), Some(Err(what))) => not_found::not_found(Some(&what)),
        _ => not_found::not_found(None),
    }
}
