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
use crate::components::filter_bar::FilterChange;
use crate::query::url::{parse_pairs, to_query_string};
use crate::query::{Filter, Ignored};

/// The filter a list page's URL asks for.
pub struct UrlFilter {
    pub filter: Filter,
    pub ignored: Vec<Ignored>,
    /// The page's own keys (sorting, grouping), kept when the filter changes.
    pub extra: Vec<(String, String)>,
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
    let extra: Vec<(String, String)> =
        parse_pairs(&query).into_iter().filter(|(k, _)| page_keys.contains(&k.as_str())).collect();
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
    UrlFilter { filter: parsed.0.clone(), ignored: parsed.1.clone(), extra, on_change }
}

/// Sets the document's title for the current view.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |t| gloo::utils::document().set_title(&format!("{t} · Probation inspection explorer")));
}
