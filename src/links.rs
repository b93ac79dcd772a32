//! The one link builder: every in-page link, every "Copy link" and every
//! CSV permalink column is made here, so a route's spelling lives in one place.
//! The paths match the `Route` enum (`src/routes.rs`) and `shared/design/urls.md`.

use crate::query::url::with_query;

pub fn inspection_path(id: &str) -> String {
    format!("/inspections/{id}")
}

pub fn finding_path(id: &str) -> String {
    format!("/findings/{id}")
}

pub fn recommendation_path(id: &str) -> String {
    format!("/recommendations/{id}")
}

pub fn region_path(id: &str) -> String {
    format!("/regions/{id}")
}

pub fn compare_path(ids: &[&str]) -> String {
    with_query("/compare", &if ids.is_empty() { String::new() } else { format!("ids={}", ids.join(",")) })
}

/// `/inspections`, `/findings`, `/recommendations` or `/` with a query.
pub fn list_path(list: &str, query: &str) -> String {
    with_query(list, query)
}

/// An in-page `href` for a route path: routes live after `#`, so links work
/// on any static host and under any sub-path.
pub fn href(path: &str) -> String {
    format!("#{path}")
}

/// The URL anyone can open to see `path`: the page's own address (without
/// its current route) followed by the route.
pub fn permanent_url(page_href: &str, path: &str) -> String {
    let base = page_href.split('#').next().unwrap_or(page_href);
    format!("{base}#{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permanent_urls_keep_the_sub_path() {
        assert_eq!(
            permanent_url("https://example.org/explorer/#/inspections?region=wales", &finding_path("a-f1")),
            "https://example.org/explorer/#/findings/a-f1"
        );
        assert_eq!(permanent_url("http://127.0.0.1:8080/", "/about"), "http://127.0.0.1:8080/#/about");
    }

    #[test]
    fn paths() {
        assert_eq!(href(&inspection_path("x")), "#/inspections/x");
        assert_eq!(compare_path(&["a", "b"]), "/compare?ids=a,b");
        assert_eq!(compare_path(&[]), "/compare");
        assert_eq!(list_path("/findings", "region=wales"), "/findings?region=wales");
        assert_eq!(list_path("/findings", ""), "/findings");
    }
}
