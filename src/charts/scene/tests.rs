//! The layouts and the keyboard movement, on small hand-made charts.

use super::bars::{BAR_GAP, BAR_H};
use super::*;
use crate::charts::data::{ChartData, Colour, Row, Series, Values};

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
