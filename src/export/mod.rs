//! What users take away: CSV of exactly what they see.

pub mod csv;
pub mod rows;
