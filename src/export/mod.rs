//! What users take away: CSV of exactly what they see, the whole dataset
//! as CSV files, and charts as images.

pub mod csv;
pub mod dataset;
pub mod image;
pub mod rows;
