//! The dataset: its typed model, dates, and the validator shared by the page
//! and the `check-data` command.

pub mod date;
pub mod json;
pub mod model;
mod path;
mod read;
pub mod validate;

pub use model::*;
pub use validate::{parse_dataset, validate, Breach};
