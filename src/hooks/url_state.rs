//! A view's state lives in its address (`shared/design/urls.md`): these hooks
//! read it from the router's location and write it back through the
//! router's navigator.

use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;
use yew_router::AnyRoute;

use crate::catalog_context::use_catalog;
use crate::query::url::UrlQuery;
use crate::query::{Filter, Ignored};

/// A change to the filter; `push` says whether Back should undo it (a choice)
/// or not (each keystroke of a search).
#[derive(Clone, PartialEq)]
pub struct FilterChange {
    pub filter: Filter,
    pub push: bool,
}

/// Writes a query into the address, keeping the current route.
#[derive(Clone, PartialEq)]
pub struct QueryNavigator {
    navigator: Navigator,
    /// The current route, whatever it is: the query changes, not the view.
    route: AnyRoute,
}

impl QueryNavigator {
    /// Shows `query` (a canonical query string, without `?`) on the current
    /// route: as a new history entry when `push` (a choice, which Back
    /// undoes), else in place of the current one (typing).
    pub fn show(&self, query: &str, push: bool) {
        let (navigator, route) = (&self.navigator, &self.route);
        // `Raw`: the query is already escaped as the URL contract spells it,
        // commas unescaped; encoding it again would turn them into `%2C`.
        let query = Raw(query);
        match (query.0.is_empty(), push) {
            (true, true) => navigator.push(route),
            (true, false) => navigator.replace(route),
            (false, true) => navigator.push_with_query(route, query).unwrap_or_else(|never| match never {}),
            (false, false) => navigator.replace_with_query(route, query).unwrap_or_else(|never| match never {}),
        }
    }
}

/// The navigator for the current route's query.
#[hook]
pub fn use_query_navigator() -> QueryNavigator {
    let navigator = use_navigator().expect("views render inside the router");
    let path = use_location().map(|l| l.path().to_string()).unwrap_or_else(|| "/".to_string());
    QueryNavigator { navigator, route: AnyRoute::new(path) }
}

/// The address's query, by the URL contract's keys (an unreadable query
/// reads as an empty one).
#[hook]
pub fn use_url_query() -> UrlQuery {
    use_location().and_then(|l| l.query::<UrlQuery>().ok()).unwrap_or_default()
}

/// The filter an address asks for, with the values the dataset does not know.
pub struct UrlFilter {
    /// The whole query, for the view's own keys.
    pub query: UrlQuery,
    pub filter: Filter,
    pub ignored: Vec<Ignored>,
}

/// Reads the filter from the address (the single source of truth for a
/// view), checked against the dataset again only when the address changes.
#[hook]
pub fn use_url_filter() -> UrlFilter {
    let catalog = use_catalog();
    let query = use_url_query();
    let read = use_memo(query.clone(), move |query| Filter::from_url(query, catalog.dataset()));
    UrlFilter { query, filter: read.0.clone(), ignored: read.1.clone() }
}

/// A callback that writes a changed filter into the address: its values put
/// in the dataset's order, then printed by `to_query` (the view adds its own
/// keys there), so one view has one address.
#[hook]
pub fn use_filter_writer<F>(to_query: F) -> Callback<FilterChange>
where
    F: Fn(&Filter) -> String + 'static,
{
    let catalog = use_catalog();
    let navigator = use_query_navigator();
    Callback::from(move |change: FilterChange| {
        let mut filter = change.filter;
        filter.normalise(catalog.dataset());
        navigator.show(&to_query(&filter), change.push);
    })
}
