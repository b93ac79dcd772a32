//! The routes of `shared/design/urls.md` and the view each one shows. Paths
//! are built by `links.rs`; the wasm tests check the two agree.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages::about::AboutPage;
use crate::pages::compare::ComparePage;
use crate::pages::finding::FindingPage;
use crate::pages::findings::FindingsPage;
use crate::pages::inspection::InspectionPage;
use crate::pages::inspections::InspectionsPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::overview::OverviewPage;
use crate::pages::recommendation::RecommendationPage;
use crate::pages::recommendations::RecommendationsPage;
use crate::pages::region::RegionPage;
use crate::pages::unit::UnitPage;

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
    #[at("/units/:id")]
    Unit { id: String },
    #[at("/compare")]
    Compare,
    #[at("/about")]
    About,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// The view for a route. Each route has its own component type, so moving
/// from one route to another mounts a fresh view (a list's search box does
/// not carry over to the next list); moving within a route (another
/// inspection, another query) updates the view in place.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Overview => html! { <OverviewPage /> },
        Route::Inspections => html! { <InspectionsPage /> },
        Route::Inspection { id } => html! { <InspectionPage {id} /> },
        Route::Findings => html! { <FindingsPage /> },
        Route::Finding { id } => html! { <FindingPage {id} /> },
        Route::Recommendations => html! { <RecommendationsPage /> },
        Route::Recommendation { id } => html! { <RecommendationPage {id} /> },
        Route::Region { id } => html! { <RegionPage {id} /> },
        Route::Unit { id } => html! { <UnitPage {id} /> },
        Route::Compare => html! { <ComparePage /> },
        Route::About => html! { <AboutPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
