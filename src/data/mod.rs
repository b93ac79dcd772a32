//! The dataset: its typed model, dates, and how a file becomes one (parsed,
//! read into the model, checked against the format's rules), shared by the
//! page and the `check-data` command.

mod breach;
pub mod date;
pub mod json;
mod load;
pub mod model;
mod reader;
mod records;
pub mod validate;

pub use breach::Breach;
pub use load::parse_dataset;
pub use model::*;
pub use validate::validate;
