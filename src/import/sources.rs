//! A record's sources: the research writes them as plain strings; the dataset
//! wants a title for every source and an address only for a web page.

use crate::data::model::{is_web_url, Source};

use super::names::theme_name;

/// A research source string as `{url, title}`:
/// - an http(s) URL keeps its address and is titled after its host
///   ([`host_title`]);
/// - `seed: <file> (<what>)` has no address and is titled
///   `<What> (project seed file <file>)`;
/// - anything else has no address and is its own title.
pub fn source_from_research(text: &str) -> Source {
    let text = text.trim();
    if is_web_url(text) {
        return Source { url: Some(text.into()), title: host_title(text) };
    }
    if let Some(rest) = text.strip_prefix("seed:") {
        let rest = rest.trim();
        let (file, what) = match (rest.find('('), rest.ends_with(')')) {
            (Some(open), true) => (rest[..open].trim(), Some(rest[open + 1..rest.len() - 1].trim())),
            _ => (rest, None),
        };
        let title = match what {
            Some(what) if !what.is_empty() => format!("{} (project seed file {file})", theme_name(what)),
            _ => format!("Project seed file {file}"),
        };
        return Source { url: None, title };
    }
    Source { url: None, title: text.into() }
}

/// A readable name for a web address's site: the inspectorate's and the BBC's
/// own names, otherwise the host without `www.`.
pub fn host_title(url: &str) -> String {
    let host = host_of(url);
    let is_or_under = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    if is_or_under("justiceinspectorates.gov.uk") {
        "HM Inspectorate of Probation".into()
    } else if is_or_under("bbc.co.uk") || is_or_under("bbci.co.uk") || is_or_under("bbc.com") {
        "BBC News".into()
    } else {
        host.strip_prefix("www.").unwrap_or(&host).to_string()
    }
}

fn host_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map(|(_, rest)| rest).unwrap_or(url);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    host.to_ascii_lowercase()
}
