//! Horizontal stacked bars on a count axis, or bars of equal length divided
//! by share.

use crate::charts::data::ChartData;
use crate::charts::scale::{count_ticks, round_tenth, text_width, truncate, Linear};

use super::shapes::{line, text, Anchor, Mark, Rect, Scene, FONT, SMALL};

pub(super) const BAR_H: f64 = 22.0;
pub(super) const BAR_GAP: f64 = 8.0;

pub(super) fn layout(data: &ChartData, width: f64, shares: bool) -> Scene {
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
                let class = format!("seg-label {}", data.series[s].colour.text_class());
                shapes.push(text(rect.centre_x(), y + 15.0, inside, &class, Anchor::Middle));
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
    Scene { width: round_tenth(width), height: round_tenth(bottom + 2.0), decos, marks }
}
