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
use yew_router::prelude::*;

use crate::app::{set_query, use_data};
use crate::pages::inspection::Target;
use crate::components::filter_bar::FilterChange;
use crate::query::url::{to_query_string, UrlQuery};
use crate::query::{Filter, Ignored};

/// The filter a list page's URL asks for.
pub struct UrlFilter {
    pub filter: Filter,
    pub ignored: Vec<Ignored>,
    /// The page's own keys (sorting, grouping), kept when the filter changes.
    pub extra: Vec<(String, String)>,
    /// The whole address, for the page's own keys.
    pub query: UrlQuery,
    pub on_change: Callback<FilterChange>,
}

/// Reads the filter from the URL, and gives a callback that writes a new one
/// back (the URL is the single source of truth for a view). `page_keys` are
/// the page's own query keys, kept when the filter changes.
#[hook]
pub fn use_url_filter(path: &'static str, page_keys: &'static [&'static str]) -> UrlFilter {
    let data = use_data();
    let query = use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    let parsed = {
        let data = data.clone();
        use_memo(query.clone(), move |q| Filter::from_query(q, &data.data))
    };
    let url_query = UrlQuery::parse(&query);
    let extra: Vec<(String, String)> = [("group", &url_query.group), ("sort", &url_query.sort)]
        .into_iter()
        .filter(|(k, v)| page_keys.contains(k) && v.is_some())
        .map(|(k, v)| (k.to_string(), v.clone().unwrap_or_default()))
        .collect();
    let on_change = {
        let extra = extra.clone();
        let data = data.clone();
        Callback::from(move |change: FilterChange| {
            let mut filter = change.filter;
            filter.normalise(&data.data);
            let mut pairs: Vec<(String, String)> = filter.to_pairs().into_iter().map(|(k, v)| (k.to_string(), v)).collect();
            pairs.extend(extra.iter().cloned());
            set_query(path, &to_query_string(&pairs), change.push);
        })
    };
    UrlFilter { filter: parsed.0.clone(), ignored: parsed.1.clone(), extra, query: url_query, on_change }
}

/// Sets the document's title for the current view.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |t| gloo::utils::document().set_title(&format!("{t} · Probation inspection explorer")));
}

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
    let data = use_data();
    let d = &data.data;
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
    let query = use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    let to_add = use_state(String::new);
    match (&props.view, found) {
        (View::About, _) => about::about_view(d),
        (View::Compare, _) => compare::compare_view(&data, &query, to_add),
        (View::Region(id), _) => match &region {
            Some(name) => region::region_view(&data, id, name),
            None => not_found::not_found(Some(&format!("region \"{id}\""))),
        },
        (View::Item(..), Some(Ok((index, _)))) => inspection::inspection_view(d, index, highlight.as_deref()),
        (View::Item(..), Some(Err(what))) => not_found::not_found(Some(&what)),
        _ => not_found::not_found(None),
    }
}
