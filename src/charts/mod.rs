//! Chart geometry: pure functions from counts to shapes, tested natively.
//!
//! * `data`: `ChartData`, the one structure a chart's marks, table and CSV
//!   are all read from;
//! * `build`: the charts' numbers, counted from what a filter selects;
//! * `scene`: layouts (stacked bars, grids, tile maps) for a given width,
//!   and keyboard movement between marks;
//! * `scale`: ticks and text measures; `standards`: heatmap order and
//!   short rating labels; `compare`: the side-by-side table.

pub mod build;
pub mod compare;
pub mod data;
pub mod scale;
pub mod scene;
pub mod standards;

pub use data::{ChartData, Colour, Row, Series, Values};
pub use scene::{ChartKind, Scene};

/// Maps a scale position (0 = best) onto one of four colour steps, so a
/// scale of any length uses the same ordinal palette, best to worst.
pub fn colour_rank(position: usize, levels: usize) -> usize {
    if levels <= 1 {
        return 0;
    }
    (position * 3 + (levels - 1) / 2) / (levels - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_levels_map_one_to_one() {
        assert_eq!((0..4).map(|p| colour_rank(p, 4)).collect::<Vec<_>>(), [0, 1, 2, 3]);
    }

    #[test]
    fn other_scales_spread_best_to_worst() {
        assert_eq!((0..3).map(|p| colour_rank(p, 3)).collect::<Vec<_>>(), [0, 2, 3]);
        assert_eq!((0..2).map(|p| colour_rank(p, 2)).collect::<Vec<_>>(), [0, 3]);
        assert_eq!(colour_rank(0, 1), 0);
    }
}
