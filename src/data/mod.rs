//! The dataset: its typed model, dates, and how a file becomes one (read
//! with serde_json into a tree, the tree read into the model, the model
//! checked against the format's rules), shared by the page and the
//! `check-data` command.

mod breach;
pub mod date;
mod load;
pub mod model;
mod reader;
mod records;
mod tree;
pub mod validate;

pub use breach::Breach;
pub use load::{parse_dataset, parse_dataset_bytes};
pub use model::*;
pub use validate::validate;
