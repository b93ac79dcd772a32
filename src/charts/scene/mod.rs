//! From a `ChartData` to SVG geometry: stacked bars, grids (heatmaps) and
//! tile maps, laid out for a given width in CSS pixels (one SVG unit is
//! one pixel when the chart is as wide as its frame, so text keeps its size
//! on a phone). Pure, so the layouts are tested natively.
//!
//! * `shapes`: what a `Scene` holds (marks and shapes);
//! * `bars`, `grid`, `tiles`: the three layouts;
//! * `keyboard`: arrow-key movement between marks; `tooltip`: where a
//!   mark's tooltip goes.

mod bars;
mod grid;
mod keyboard;
mod shapes;
mod tiles;
mod tooltip;

#[cfg(test)]
mod tests;

use super::data::ChartData;

pub use grid::heat_step;
pub use keyboard::{step, Step};
pub use shapes::{Anchor, Mark, Rect, Scene, Shape, FONT, SMALL};
pub use tiles::tile_cells;
pub use tooltip::{tip_place, TipPlace};

/// How a chart draws its data.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartKind {
    /// Horizontal bars on a count axis, one segment per series.
    Bars,
    /// Horizontal bars each as long as the others (100%), segments by share.
    ShareBars,
    /// One cell per row and series: counts shaded by size, or ratings
    /// coloured and labelled.
    Grid,
    /// One tile per row, placed at `places[row]` = `[column, row]` (rows
    /// without a place go below the map); `chosen[row]` marks tiles that are
    /// switched on.
    Tiles { places: Vec<Option<[i32; 2]>>, chosen: Vec<bool> },
}

impl ChartKind {
    pub fn scene(&self, data: &ChartData, width: f64) -> Scene {
        let width = width.max(200.0);
        match self {
            ChartKind::Bars => bars::layout(data, width, false),
            ChartKind::ShareBars => bars::layout(data, width, true),
            ChartKind::Grid => grid::layout(data, width),
            ChartKind::Tiles { places, chosen } => tiles::layout(data, width, places, chosen),
        }
    }
    /// Do its marks act when chosen (Enter, Space, a click)?
    pub fn interactive(&self) -> bool {
        matches!(self, ChartKind::Tiles { .. })
    }
}
