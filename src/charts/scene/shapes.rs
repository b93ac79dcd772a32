//! What a scene is made of: marks (the chart's values, focusable and
//! labelled) and the shapes drawn around and inside them.

use crate::charts::scale::round_tenth;

/// Body text in a chart.
pub const FONT: f64 = 12.0;
/// Small text: ticks, cell labels, tile names.
pub const SMALL: f64 = 11.0;

/// A rectangle as SVG gives one: its top-left corner (`x`, `y`), its
/// width `w` and its height `h`, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x: round_tenth(x), y: round_tenth(y), w: round_tenth(w.max(0.0)), h: round_tenth(h.max(0.0)) }
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

pub(super) fn text(x: f64, y: f64, t: impl Into<String>, class: &str, anchor: Anchor) -> Shape {
    Shape::Text { x: round_tenth(x), y: round_tenth(y), text: t.into(), class: class.into(), anchor, vertical: false, font: None }
}

pub(super) fn line(x1: f64, y1: f64, x2: f64, y2: f64, class: &str) -> Shape {
    Shape::Line { x1: round_tenth(x1), y1: round_tenth(y1), x2: round_tenth(x2), y2: round_tenth(y2), class: class.into() }
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

/// A chart drawn at one width; the default is a chart not drawn yet (no
/// size, nothing in it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    /// Drawn first (under the marks).
    pub decos: Vec<Shape>,
    pub marks: Vec<Mark>,
}
