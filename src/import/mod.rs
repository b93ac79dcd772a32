//! Turns the research files into an `inspection-explorer/v1` dataset.
