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

pub fn unit_path(id: &str) -> String {
    format!("/units/{id}")
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

/// The route part of a location hash (`#/inspections?region=wales`) that the
/// router can read, or `None` if it already can. A hash that does not start
/// with `#/` (`#javascript:…`), or starts with `#//` (which URL parsing takes
/// for a host name and rejects), would stop the router; it becomes `/` or
/// has its leading slashes collapsed into one.
pub fn repair_hash(hash: &str) -> Option<String> {
    let route = hash.strip_prefix('#').unwrap_or(hash);
    if route.is_empty() {
        return None;
    }
    if !route.starts_with('/') {
        return Some("/".to_string());
    }
    let rest = route.trim_start_matches(['/', '\\']);
    if route.len() - rest.len() > 1 || route.starts_with("/\\") {
        return Some(format!("/{rest}"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_the_router_cannot_read_are_repaired() {
        assert_eq!(repair_hash("#/inspections?region=wales"), None);
        assert_eq!(repair_hash("#/"), None);
        assert_eq!(repair_hash(""), None);
        assert_eq!(repair_hash("#//////"), Some("/".into()));
        assert_eq!(repair_hash("#//example.org/inspections"), Some("/example.org/inspections".into()));
        assert_eq!(repair_hash("#/\\evil"), Some("/evil".into()));
        assert_eq!(repair_hash("#javascript:alert(1)"), Some("/".into()));
    }

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
