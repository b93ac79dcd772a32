use yew::prelude::*;
use yew_router::prelude::*;

use crate::links::href;

/// The main sections: their route, their name, and the prefix of the routes
/// that belong to them (empty for the overview, which is `/` alone).
const SECTIONS: [(&str, &str, &str); 5] = [
    ("/", "Overview", ""),
    ("/inspections", "Inspections", "/inspections"),
    ("/findings", "Findings", "/findings"),
    ("/recommendations", "Recommendations", "/recommendations"),
    ("/about", "About the data", "/about"),
];

/// The site's main navigation, the current section marked `aria-current`.
#[function_component]
pub fn SiteNav() -> Html {
    let path = use_location().map(|l| l.path().to_string()).unwrap_or_default();
    let in_section = |prefix: &str| {
        if prefix.is_empty() {
            path == "/"
        } else {
            path == prefix || path.starts_with(&format!("{prefix}/"))
        }
    };
    html! {
        <nav aria-label="Main">
            <ul>
                {for SECTIONS.iter().map(|(route, name, prefix)| html! {
                    <li><a href={href(route)} aria-current={in_section(prefix).then_some("page")}>{*name}</a></li>
                })}
            </ul>
        </nav>
    }
}
