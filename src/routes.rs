//! The routes of `shared/design/urls.md`. Paths are built by `links.rs`;
//! the wasm tests check the two agree.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;
use crate::pages::inspection::{InspectionRoute, Target};

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
    match route {
        Route::Overview => html! { <pages::overview::OverviewPage /> },
        Route::Inspections => html! { <pages::inspections::InspectionsPage /> },
        Route::Inspection { id } => html! { <InspectionRoute key="inspection" target={Target::Inspection} {id} /> },
        Route::Findings => html! { <pages::items::ItemsPage kind={crate::query::ListKind::Findings} /> },
        Route::Finding { id } => html! { <InspectionRoute key="finding" target={Target::Finding} {id} /> },
        Route::Recommendations => html! { <pages::items::ItemsPage kind={crate::query::ListKind::Recommendations} /> },
        Route::Recommendation { id } => html! { <InspectionRoute key="recommendation" target={Target::Recommendation} {id} /> },
        Route::Region { id } => html! { <pages::region::RegionPage {id} /> },
        Route::Compare => html! { <pages::compare::ComparePage /> },
        Route::About => html! { <pages::about::AboutPage /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}
