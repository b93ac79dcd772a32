//! From a `ChartData` to SVG geometry: stacked bars, grids (heatmaps) and
//! tile maps, laid out for a given width in CSS pixels (one SVG unit is
//! one pixel when the chart is as wide as its frame, so text keeps its size
//! on a phone). Pure, so the layouts are tested natively.

use super::data::{ChartData, Values};
use super::scale::{count_ticks, r1, text_width, truncate, wrap, Linear};

/// Body text in a chart.
pub const FONT: f64 = 12.0;
/// Small text: ticks, cell labels, tile names.
pub const SMALL: f64 = 11.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x: r1(x), y: r1(y), w: r1(w.max(0.0)), h: r1(h.max(0.0)) }
    }
    pub fn centre_x(&self) -> f64 {
        self.x + self.w / 2.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Something drawn that is not itself a mark (axes, labels, empty cells),
/// or drawn inside a mark.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect { rect: Rect, class: String },
    /// `vertical`: turned to read upwards, anchored at (x, y). `font`: a
    /// size in pixels other than the class's.
    Text { x: f64, y: f64, text: String, class: String, anchor: Anchor, vertical: bool, font: Option<f64> },
    Line { x1: f64, y1: f64, x2: f64, y2: f64, class: String },
}

fn text(x: f64, y: f64, t: impl Into<String>, class: &str, anchor: Anchor) -> Shape {
    Shape::Text { x: r1(x), y: r1(y), text: t.into(), class: class.into(), anchor, vertical: false, font: None }
}

fn line(x1: f64, y1: f64, x2: f64, y2: f64, class: &str) -> Shape {
    Shape::Line { x1: r1(x1), y1: r1(y1), x2: r1(x2), y2: r1(y2), class: class.into() }
}

/// One value of the chart: focusable, labelled, drawn as a rectangle (and
/// whatever it holds).
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub row: usize,
    /// `None` for a mark that stands for its whole row (a tile).
    pub series: Option<usize>,
    /// The accessible name and tooltip: the same words and numbers as the
    /// table's cells.
    pub label: String,
    pub rect: Rect,
    pub class: String,
    /// Drawn inside the mark, over its rectangle.
    pub shapes: Vec<Shape>,
    /// For a mark that is a toggle (a tile that filters by its region).
    pub pressed: Option<bool>,
    /// (row, column) on screen, for the arrow keys.
    pub nav: (i32, i32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    /// Drawn first (under the marks).
    pub decos: Vec<Shape>,
    pub marks: Vec<Mark>,
}

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
            ChartKind::Bars => bars(data, width, false),
            ChartKind::ShareBars => bars(data, width, true),
            ChartKind::Grid => grid(data, width),
            ChartKind::Tiles { places, chosen } => tiles(data, width, places, chosen),
        }
    }
    /// Do its marks act when chosen (Enter, Space, a click)?
    pub fn interactive(&self) -> bool {
        matches!(self, ChartKind::Tiles { .. })
    }
}

const BAR_H: f64 = 22.0;
const BAR_GAP: f64 = 8.0;

fn bars(data: &ChartData, width: f64, shares: bool) -> Scene {
    let mut decos = Vec::new();
    let mut marks = Vec::new();
    let label_w = data.rows.iter().map(|r| text_width(&r.label, FONT)).fold(0.0, f64::max) + 10.0;
    let labels_left = label_w <= width * 0.38;
    let left = if labels_left { label_w } else { 2.0 };
    let max_total = data.max_row_total();
    let total_w = text_width(&max_total.to_string(), FONT) + 10.0;
    let right = (width - total_w).max(left + 60.0);
    let plot_w = right - left;
    let ticks: Vec<(f64, String)> = if shares {
        let step = if plot_w < 240.0 { 50 } else { 25 };
        (0..=100 / step).map(|k| ((k * step) as f64, format!("{}%", k * step))).collect()
    } else {
        count_ticks(max_total, ((plot_w / 70.0) as u32).clamp(3, 8)).into_iter().map(|t| (t as f64, t.to_string())).collect()
    };
    let domain = ticks.last().map(|t| t.0).unwrap_or(1.0);
    let x = Linear::new(domain, left, right);
    let mut y = 24.0;
    let mut rows_out = Vec::new();
    for (r, row) in data.rows.iter().enumerate() {
        if row.separated {
            y += 6.0;
            decos.push(line(0.0, y - 1.0, width, y - 1.0, "separator"));
            y += 8.0;
        }
        if !labels_left {
            rows_out.push(text(left, y + 11.0, truncate(&row.label, width - 4.0, FONT), "row-label", Anchor::Start));
            y += 15.0;
        } else {
            rows_out.push(text(left - 8.0, y + 15.0, row.label.clone(), "row-label", Anchor::End));
        }
        let total = data.row_total(r);
        let mut at = left;
        for s in 0..data.series.len() {
            let n = data.count(r, s);
            if n == 0 {
                continue;
            }
            let w = if shares { (right - left) * n as f64 / total as f64 } else { x.len(n as f64) };
            let rect = Rect::new(at, y, w, BAR_H);
            let mut shapes = Vec::new();
            let inside = n.to_string();
            if text_width(&inside, SMALL) + 6.0 <= rect.w {
                shapes.push(text(rect.centre_x(), y + 15.0, inside, "seg-label", Anchor::Middle));
            }
            marks.push(Mark {
                row: r,
                series: Some(s),
                label: data.mark_label(r, s),
                rect,
                class: format!("seg {}", data.series[s].colour.class()),
                shapes,
                pressed: None,
                nav: (r as i32, s as i32),
            });
            at += w;
        }
        rows_out.push(text(at + 6.0, y + 15.0, total.to_string(), "bar-total", Anchor::Start));
        y += BAR_H + BAR_GAP;
    }
    let bottom = y - BAR_GAP + 4.0;
    for (v, label) in &ticks {
        let tx = x.map(*v);
        decos.push(line(tx, 20.0, tx, bottom, "grid-line"));
        let anchor = if *v == 0.0 { Anchor::Start } else if (*v - domain).abs() < 1e-9 { Anchor::End } else { Anchor::Middle };
        decos.push(text(tx, 13.0, label.clone(), "tick", anchor));
    }
    decos.extend(rows_out);
    Scene { width: r1(width), height: r1(bottom + 2.0), decos, marks }
}

/// Which of five shades a count gets, 1 (lightest) to 5, against the
/// largest count in the chart.
pub fn heat_step(n: u32, max: u32) -> u32 {
    if n == 0 || max == 0 {
        return 0;
    }
    1 + (4 * (n - 1)) / max.max(2).saturating_sub(1).max(1)
}

const CELL_H: f64 = 24.0;

fn grid(data: &ChartData, width: f64) -> Scene {
    let mut decos = Vec::new();
    let mut marks = Vec::new();
    let n = data.series.len().max(1);
    let counts = data.is_counts();
    let totals = data.totals && counts;
    let max = data.max_cell();
    let total_w = if totals { text_width(&data.max_row_total().to_string(), FONT).max(text_width("Total", SMALL)) + 12.0 } else { 0.0 };
    let labels_left = width >= 480.0;
    let has_detail = data.detail_heading.is_some();
    let detail_w = if labels_left && has_detail {
        data.rows.iter().filter_map(|r| r.detail.as_deref()).map(|d| text_width(d, SMALL)).fold(0.0, f64::max) + 12.0
    } else {
        0.0
    };
    let label_w = if labels_left {
        (data.rows.iter().map(|r| text_width(&r.label, FONT)).fold(0.0, f64::max) + 12.0).min(width * 0.42)
    } else {
        0.0
    };
    let left = label_w + detail_w;
    let available = width - left - total_w;
    let base = (available / n as f64).clamp(26.0, 48.0);
    // Column heads read across when they fit (a column widening a little
    // for its head); otherwise every head turns to read upwards.
    let flat: Vec<f64> = data.series.iter().map(|s| base.max(text_width(&s.label, SMALL) + 8.0)).collect();
    let flat_fits = flat.iter().sum::<f64>() <= available.max(base * n as f64) && data.series.iter().all(|s| text_width(&s.label, SMALL) <= 64.0);
    let widths: Vec<f64> = if flat_fits { flat } else { vec![base; data.series.len()] };
    let xs: Vec<f64> = widths.iter().scan(left, |acc, w| {
        let x = *acc;
        *acc += w;
        Some(x)
    }).collect();
    let cells_right = left + widths.iter().sum::<f64>();
    let head_h = if flat_fits {
        20.0
    } else {
        data.series.iter().map(|s| text_width(&s.label, SMALL)).fold(0.0, f64::max).min(170.0) + 10.0
    };
    for (s, series) in data.series.iter().enumerate() {
        let cx = xs[s] + widths[s] / 2.0;
        if flat_fits {
            decos.push(text(cx, 14.0, series.label.clone(), "col-label", Anchor::Middle));
        } else {
            decos.push(Shape::Text {
                x: r1(cx + 4.0),
                y: r1(head_h - 4.0),
                text: truncate(&series.label, 170.0, SMALL),
                class: "col-label".into(),
                anchor: Anchor::Start,
                vertical: true,
                font: None,
            });
        }
    }
    if totals {
        decos.push(text(cells_right + total_w - 2.0, head_h - 6.0, "Total", "col-label", Anchor::End));
    }
    if labels_left && has_detail {
        decos.push(text(label_w, head_h - 6.0, data.detail_heading.clone().unwrap_or_default(), "col-label", Anchor::Start));
    }
    let mut y = head_h + 2.0;
    for (r, row) in data.rows.iter().enumerate() {
        if row.separated {
            y += 8.0;
        }
        if labels_left {
            decos.push(text(0.0, y + 16.0, truncate(&row.label, label_w - 10.0, FONT), "row-label", Anchor::Start));
            if let Some(d) = &row.detail {
                decos.push(text(label_w, y + 16.0, d.clone(), "row-detail", Anchor::Start));
            }
        } else {
            let full = match &row.detail {
                Some(d) => format!("{} · {d}", row.label),
                None => row.label.clone(),
            };
            for l in wrap(&full, width - 4.0, FONT, 2) {
                decos.push(text(0.0, y + 12.0, l, "row-label", Anchor::Start));
                y += 15.0;
            }
        }
        for s in 0..data.series.len() {
            let rect = Rect::new(xs[s] + 1.0, y + 1.0, widths[s] - 2.0, CELL_H - 2.0);
            let (class, inside, text_class) = match &data.values {
                Values::Counts(_) => {
                    let c = data.count(r, s);
                    let step = heat_step(c, max);
                    (
                        (c > 0).then(|| format!("cell heat-{step}")),
                        c.to_string(),
                        if step >= 4 { "cell-label light" } else { "cell-label dark" },
                    )
                }
                Values::Levels(_) => match data.level(r, s).and_then(|l| data.levels.get(l)) {
                    Some(level) => (Some(format!("cell {}", level.colour.class())), level.short.clone(), "cell-label light"),
                    None => (None, String::new(), ""),
                },
            };
            match class {
                Some(class) => {
                    let shapes = if text_width(&inside, SMALL) + 4.0 <= rect.w {
                        vec![text(rect.centre_x(), y + 16.0, inside, text_class, Anchor::Middle)]
                    } else {
                        vec![]
                    };
                    marks.push(Mark {
                        row: r,
                        series: Some(s),
                        label: data.mark_label(r, s),
                        rect,
                        class,
                        shapes,
                        pressed: None,
                        nav: (r as i32, s as i32),
                    });
                }
                None => decos.push(Shape::Rect { rect, class: "cell-empty".into() }),
            }
        }
        if totals {
            decos.push(text(cells_right + total_w - 2.0, y + 16.0, data.row_total(r).to_string(), "row-total", Anchor::End));
        }
        y += CELL_H;
    }
    Scene { width: r1(width.max(cells_right + total_w)), height: r1(y + 4.0), decos, marks }
}

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

fn tiles(data: &ChartData, width: f64, places: &[Option<[i32; 2]>], chosen: &[bool]) -> Scene {
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
                x: r1(x + 5.0),
                y: r1(y + 4.0 + line_h * (k as f64 + 1.0) - 2.0),
                text: l.clone(),
                class: "tile-name".into(),
                anchor: Anchor::Start,
                vertical: false,
                font: Some(r1(font)),
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
    Scene { width: r1(w.max(1.0)), height: r1(h.max(1.0)), decos: Vec::new(), marks }
}

/// A key that moves the focus between a chart's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Previous,
    Next,
    Up,
    Down,
    First,
    Last,
}

impl Step {
    /// The step for a `KeyboardEvent.key`, if it is one.
    pub fn from_key(key: &str) -> Option<Step> {
        Some(match key {
            "ArrowLeft" => Step::Previous,
            "ArrowRight" => Step::Next,
            "ArrowUp" => Step::Up,
            "ArrowDown" => Step::Down,
            "Home" => Step::First,
            "End" => Step::Last,
            _ => return None,
        })
    }
}

/// Which mark the focus moves to from `current`, given each mark's
/// (row, column) on screen: left and right go through the marks in reading
/// order; up and down go to the nearest row above or below, to the mark
/// closest in column.
pub fn step(nav: &[(i32, i32)], current: usize, key: Step) -> usize {
    if nav.is_empty() {
        return 0;
    }
    let current = current.min(nav.len() - 1);
    let mut order: Vec<usize> = (0..nav.len()).collect();
    order.sort_by_key(|&i| nav[i]);
    let pos = order.iter().position(|&i| i == current).unwrap_or(0);
    let (row, col) = nav[current];
    let vertical = |target: Option<i32>| -> usize {
        match target {
            None => current,
            Some(target) => order
                .iter()
                .copied()
                .filter(|&i| nav[i].0 == target)
                .min_by_key(|&i| ((nav[i].1 - col).abs(), nav[i].1))
                .unwrap_or(current),
        }
    };
    match key {
        Step::Previous => order[pos.saturating_sub(1)],
        Step::Next => order[(pos + 1).min(order.len() - 1)],
        Step::First => order[0],
        Step::Last => order[order.len() - 1],
        Step::Up => vertical(nav.iter().map(|n| n.0).filter(|&r| r < row).max()),
        Step::Down => vertical(nav.iter().map(|n| n.0).filter(|&r| r > row).min()),
    }
}

/// Where a mark's tooltip goes, in percent of the chart's width and height,
/// and which way it hangs from there so that it stays inside the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TipPlace {
    pub left: f64,
    pub top: f64,
    pub anchor: Anchor,
}

pub fn tip_place(scene: &Scene, mark: &Mark) -> TipPlace {
    let cx = mark.rect.centre_x();
    let anchor = if cx < scene.width * 0.3 {
        Anchor::Start
    } else if cx > scene.width * 0.7 {
        Anchor::End
    } else {
        Anchor::Middle
    };
    let x = match anchor {
        Anchor::Start => mark.rect.x,
        Anchor::Middle => cx,
        Anchor::End => mark.rect.x + mark.rect.w,
    };
    TipPlace {
        left: r1(100.0 * x / scene.width.max(1.0)),
        top: r1(100.0 * (mark.rect.y + mark.rect.h) / scene.height.max(1.0)),
        anchor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::data::{Colour, Row, Series};

    fn bars_data() -> ChartData {
        let mut d = ChartData::counts("t", "Year", ("inspection", "inspections"));
        d.rows = vec![Row::new("2019", "2019"), Row::new("2020", "2020"), Row::new("u", "Undated").separated()];
        d.series = vec![Series::new("a", "A", Colour::Rank(0)), Series::new("b", "B", Colour::Rank(3))];
        d.values = Values::Counts(vec![vec![4, 6], vec![0, 0], vec![1, 0]]);
        d
    }

    #[test]
    fn stacked_bars_share_one_axis() {
        let d = bars_data();
        let s = ChartKind::Bars.scene(&d, 400.0);
        // Zero counts draw nothing: 2 + 0 + 1 segments.
        assert_eq!(s.marks.len(), 3);
        let (a, b) = (&s.marks[0], &s.marks[1]);
        assert_eq!((a.row, a.series, b.row, b.series), (0, Some(0), 0, Some(1)));
        assert!((a.rect.x + a.rect.w - b.rect.x).abs() < 0.11, "segments touch");
        // 4 and 6 on one axis: widths in the same proportion.
        assert!((b.rect.w / a.rect.w - 1.5).abs() < 0.01, "{} {}", a.rect.w, b.rect.w);
        assert_eq!(a.label, "2019 — A: 4 inspections");
        assert_eq!(s.marks[2].label, "Undated — A: 1 inspection");
        assert!(s.marks[2].rect.y > s.marks[0].rect.y + 2.0 * (BAR_H + BAR_GAP), "undated is set apart");
        assert!(s.decos.iter().any(|x| matches!(x, Shape::Line { class, .. } if class == "separator")));
        // Ticks 0, 2, ... 10 (or a coarser step) end at the longest bar.
        let ticks: Vec<&str> = s
            .decos
            .iter()
            .filter_map(|x| match x {
                Shape::Text { class, text, .. } if class == "tick" => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(ticks.first(), Some(&"0"));
        assert_eq!(ticks.last(), Some(&"10"));
        // The bar of 10 reaches the end of the axis.
        let end = b.rect.x + b.rect.w;
        let last_tick_x = s
            .decos
            .iter()
            .find_map(|x| match x {
                Shape::Text { class, text, x, .. } if class == "tick" && text == "10" => Some(*x),
                _ => None,
            })
            .unwrap();
        assert!((end - last_tick_x).abs() < 0.2, "{end} {last_tick_x}");
        // Every segment is wide enough here to show its count.
        for m in &s.marks {
            assert!(matches!(&m.shapes[0], Shape::Text { text, .. } if text == &d.cell_text(m.row, m.series.unwrap())));
        }
    }

    #[test]
    fn share_bars_fill_the_width() {
        let d = bars_data();
        let s = ChartKind::ShareBars.scene(&d, 400.0);
        let row0: f64 = s.marks.iter().filter(|m| m.row == 0).map(|m| m.rect.w).sum();
        let row2: f64 = s.marks.iter().filter(|m| m.row == 2).map(|m| m.rect.w).sum();
        assert!((row0 - row2).abs() < 0.2, "{row0} {row2}");
        assert!((s.marks[0].rect.w / row0 - 0.4).abs() < 0.01);
    }

    #[test]
    fn narrow_bars_put_labels_above() {
        let mut d = bars_data();
        d.rows[0].label = "A very long theme name indeed".into();
        let s = ChartKind::Bars.scene(&d, 240.0);
        assert!(s.marks[0].rect.x < 5.0, "bars start at the left edge when labels go above");
        assert!(s.width <= 240.0);
    }

    #[test]
    fn heat_steps() {
        assert_eq!(heat_step(0, 10), 0);
        assert_eq!(heat_step(1, 10), 1);
        assert_eq!(heat_step(10, 10), 5);
        assert_eq!(heat_step(5, 9), 3);
        assert_eq!(heat_step(1, 1), 1);
        assert_eq!(heat_step(2, 2), 5);
    }

    #[test]
    fn grids_have_a_mark_per_filled_cell() {
        let d = bars_data();
        let s = ChartKind::Grid.scene(&d, 320.0);
        assert_eq!(s.marks.len(), 3);
        let empty = s.decos.iter().filter(|x| matches!(x, Shape::Rect { class, .. } if class == "cell-empty")).count();
        assert_eq!(empty, 3);
        assert_eq!(s.marks[1].class, "cell heat-5");
        assert!(s.width <= 320.0);
    }

    #[test]
    fn tiles_follow_the_places() {
        let (cells, cols, rows) = tile_cells(&[Some([2, 0]), Some([1, 1]), None, Some([1, 1])]);
        assert_eq!((cols, rows), (2, 3));
        assert_eq!(cells, [(1, 0), (0, 1), (0, 2), (1, 2)]);
        let (cells, cols, rows) = tile_cells(&[Some([-1, 3]), Some([0, 4])]);
        assert_eq!((cells, cols, rows), (vec![(0, 0), (1, 1)], 2, 2));
    }

    #[test]
    fn arrow_keys_move_through_the_marks() {
        // Two rows: three marks then two.
        let nav = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 3)];
        assert_eq!(step(&nav, 0, Step::Next), 1);
        assert_eq!(step(&nav, 2, Step::Next), 3, "right from the end of a row goes on to the next");
        assert_eq!(step(&nav, 4, Step::Next), 4);
        assert_eq!(step(&nav, 0, Step::Previous), 0);
        assert_eq!(step(&nav, 2, Step::Down), 4, "down goes to the nearest column");
        assert_eq!(step(&nav, 1, Step::Down), 3);
        assert_eq!(step(&nav, 4, Step::Up), 2);
        assert_eq!(step(&nav, 0, Step::Up), 0);
        assert_eq!(step(&nav, 1, Step::Last), 4);
        assert_eq!(step(&nav, 4, Step::First), 0);
        // Marks listed out of screen order (a tile map).
        let nav = [(1, 0), (0, 1), (0, 0)];
        assert_eq!(step(&nav, 2, Step::Next), 1);
        assert_eq!(step(&nav, 1, Step::Next), 0);
        assert_eq!(step(&nav, 0, Step::Up), 2);
    }
}
