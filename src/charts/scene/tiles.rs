//! Tile maps: one tile per row (a region) at its place on the map, with
//! its name, its count and a bar of its mix.

use crate::charts::data::ChartData;
use crate::charts::scale::{round_tenth, text_width, wrap, Linear};

use super::shapes::{text, Anchor, Mark, Rect, Scene, Shape, SMALL};

/// Where each row's tile goes: `(column, row)` from 0, with the given
/// places shifted so the smallest is 0, and rows without a place (or on a
/// place already taken) put in order on the rows below the map.
pub fn tile_cells(places: &[Option<[i32; 2]>]) -> (Vec<(i32, i32)>, i32, i32) {
    let placed: Vec<[i32; 2]> = places.iter().flatten().copied().collect();
    let min_c = placed.iter().map(|p| p[0]).min().unwrap_or(0);
    let min_r = placed.iter().map(|p| p[1]).min().unwrap_or(0);
    let mut cols = placed.iter().map(|p| p[0] - min_c + 1).max().unwrap_or(0);
    let mut rows = placed.iter().map(|p| p[1] - min_r + 1).max().unwrap_or(0);
    let spare_cols = cols.max(places.len().min(4) as i32).max(1);
    let mut taken: Vec<(i32, i32)> = Vec::new();
    let mut out = Vec::with_capacity(places.len());
    let mut spare = 0;
    for p in places {
        let cell = match p {
            Some([c, r]) if !taken.contains(&(c - min_c, r - min_r)) => (c - min_c, r - min_r),
            _ => {
                let cell = (spare % spare_cols, rows + spare / spare_cols);
                spare += 1;
                cell
            }
        };
        taken.push(cell);
        out.push(cell);
    }
    if spare > 0 {
        rows += (spare + spare_cols - 1) / spare_cols;
        cols = cols.max(spare.min(spare_cols));
    }
    (out, cols.max(1), rows.max(1))
}

const TILE_GAP: f64 = 4.0;

pub(super) fn layout(data: &ChartData, width: f64, places: &[Option<[i32; 2]>], chosen: &[bool]) -> Scene {
    let places: Vec<Option<[i32; 2]>> = (0..data.rows.len()).map(|r| places.get(r).copied().flatten()).collect();
    let (cells, cols, rows) = tile_cells(&places);
    let size = ((width - TILE_GAP * (cols - 1) as f64) / cols as f64).clamp(64.0, 124.0);
    let mut marks = Vec::new();
    let font = if size < 90.0 { 10.5 } else { SMALL };
    let line_h = font + 2.0;
    // Names are bold: measured a little wider. Three lines of name, the
    // count and the mix bar always fit, so a narrow tile grows taller.
    // A word longer than the tile is wide makes all names a little smaller.
    let bold = 1.15;
    let longest = data.rows.iter().flat_map(|r| r.label.split_whitespace()).map(|w| text_width(w, font * bold)).fold(0.0, f64::max);
    let font = if longest > size - 10.0 { (font * (size - 10.0) / longest).max(8.5) } else { font };
    let names: Vec<Vec<String>> = data.rows.iter().map(|row| wrap(&row.label, size - 10.0, font * bold, 4)).collect();
    let lines = names.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let tall = size.max(4.0 + lines * line_h + 4.0 + 16.0 + 16.0);
    for (r, _row) in data.rows.iter().enumerate() {
        let (c, rr) = cells[r];
        let x = c as f64 * (size + TILE_GAP);
        let y = rr as f64 * (tall + TILE_GAP);
        let rect = Rect::new(x, y, size, tall);
        let mut shapes = Vec::new();
        for (k, l) in names[r].iter().enumerate() {
            shapes.push(Shape::Text {
                x: round_tenth(x + 5.0),
                y: round_tenth(y + 4.0 + line_h * (k as f64 + 1.0) - 2.0),
                text: l.clone(),
                class: "tile-name".into(),
                anchor: Anchor::Start,
                vertical: false,
                font: Some(round_tenth(font)),
            });
        }
        let total = data.row_total(r);
        let count_font_base = y + tall - 15.0;
        shapes.push(text(x + 5.0, count_font_base, total.to_string(), if total == 0 { "tile-count zero" } else { "tile-count" }, Anchor::Start));
        let bar = Linear::new(total.max(1) as f64, x + 5.0, x + size - 5.0);
        let mut at = 0u32;
        for s in 0..data.series.len() {
            let n = data.count(r, s);
            if n == 0 {
                continue;
            }
            shapes.push(Shape::Rect {
                rect: Rect::new(bar.map(at as f64), y + tall - 10.0, bar.len(n as f64), 6.0),
                class: format!("mix {}", data.series[s].colour.class()),
            });
            at += n;
        }
        let is_chosen = chosen.get(r).copied().unwrap_or(false);
        marks.push(Mark {
            row: r,
            series: None,
            label: data.row_label(r),
            rect,
            class: if is_chosen { "tile chosen".into() } else { "tile".into() },
            shapes,
            pressed: Some(is_chosen),
            nav: (rr, c),
        });
    }
    let w = cols as f64 * (size + TILE_GAP) - TILE_GAP;
    let h = rows as f64 * (tall + TILE_GAP) - TILE_GAP;
    Scene { width: round_tenth(w.max(1.0)), height: round_tenth(h.max(1.0)), decos: Vec::new(), marks }
}
