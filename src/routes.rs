//! The routes of `shared/design/urls.md`. Paths are built by `links.rs`;
//! the wasm tests check the two agree.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;
use crate::pages::inspection::Target;
use crate::pages::{Page, View};

#[derive(Clone, Routable, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Overview,
    #[at("/inspections")]
    Inspections,
    #[at("/inspections/:id")]
    Inspection { id: String },
    #[at("/findings")]
    Findings,
    #[at("/findings/:id")]
    Finding { id: String },
    #[at("/recommendations")]
    Recommendations,
    #[at("/recommendations/:id")]
    Recommendation { id: String },
    #[at("/regions/:id")]
    Region { id: String },
    #[at("/compare")]
    Compare,
    #[at("/about")]
    About,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

pub fn switch(route: Route) -> Html {
    // Routes drawn by the one `Page` component each get their own key, so
    // that moving between them mounts a fresh view.
    let page = |key: &'static str, view: View| html! { <Page {key} {view} /> };
    match route {
        Route::Overview => html! { <pages::overview::OverviewPage /> },
        Route::Inspections => html! { <pages::inspections::InspectionsPage /> },
        Route::Inspection { id } => page("inspection", View::Item(Target::Inspection, id.into())),
        Route::Findings => html! { <pages::items::ItemsPage kind={crate::query::ListKind::Findings} /> },
        Route::Finding { id } => page("finding", View::Item(Target::Finding, id.into())),
        Route::Recommendations => html! { <pages::items::ItemsPage kind={crate::query::ListKind::Recommendations} /> },
        Route::Recommendation { id } => page("recommendation", View::Item(Target::Recommendation, id.into())),
        Route::Region { id } => page("region", View::Region(id.into())),
        Route::Compare => page("compare", View::Compare),
        Route::About => page("about", View::About),
        Route::NotFound => page("not-found", View::NotFound),
    }
}
