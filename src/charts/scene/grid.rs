//! Grids (heatmaps): one cell per row and series, counts shaded by size or
//! rating levels coloured and labelled.

use crate::charts::data::{ChartData, Colour, Values};
use crate::charts::palette::Tone;
use crate::charts::scale::{round_tenth, text_width, truncate, wrap};

use super::shapes::{text, Anchor, Mark, Rect, Scene, Shape, FONT, SMALL};

/// Which of five shades a count gets, 1 (lightest) to 5, against the
/// largest count in the chart.
pub fn heat_step(n: u32, max: u32) -> u32 {
    if n == 0 || max == 0 {
        return 0;
    }
    1 + (4 * (n - 1)) / max.max(2).saturating_sub(1).max(1)
}

const CELL_H: f64 = 24.0;

/// The class of a rating's short form in its cell: white on a dark colour,
/// ink on a mid one.
fn level_text(colour: Colour) -> &'static str {
    match colour.paint().1 {
        Tone::Dark => "cell-label light",
        Tone::Mid => "cell-label dark",
    }
}

pub(super) fn layout(data: &ChartData, width: f64) -> Scene {
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
                x: round_tenth(cx + 4.0),
                y: round_tenth(head_h - 4.0),
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
                    Some(level) => (Some(format!("cell {}", level.colour.class())), level.short.clone(), level_text(level.colour)),
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
    Scene { width: round_tenth(width.max(cells_right + total_w)), height: round_tenth(y + 4.0), decos, marks }
}
