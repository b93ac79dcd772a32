//! One view per route (`crate::routes::Route`), one component per file.

pub mod about;
pub mod compare;
pub mod finding;
pub mod findings;
pub mod inspection;
pub mod inspections;
pub mod not_found;
pub mod overview;
pub mod recommendation;
pub mod recommendations;
pub mod region;
pub mod unit;
