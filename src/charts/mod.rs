//! Chart geometry: pure functions from counts to shapes, tested natively.
//!
//! * `data`: `ChartData`, the one structure a chart's marks, table and CSV
//!   are all read from, and the colours of its series;
//! * `key`: what each colour of a chart means, for its legend and its image;
//! * `palette`: the colours of a rating scale of any length, and their contrast;
//! * `build`: the charts' numbers, counted from what a filter selects;
//! * `scene`: layouts (stacked bars, grids, tile maps) for a given width,
//!   and keyboard movement between marks;
//! * `scale`: ticks and text measures; `standards`: heatmap order and
//!   short rating labels; `compare`: the side-by-side table;
//! * `units`: inspected units over time (re-inspections, a unit's ratings,
//!   what changed, recurring concerns).

pub mod build;
pub mod compare;
pub mod data;
pub mod key;
pub mod palette;
pub mod scale;
pub mod scene;
pub mod standards;
pub mod units;

pub use data::{ChartData, Colour, Row, Series, Values};
pub use scene::{ChartKind, Scene};
