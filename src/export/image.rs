//! A chart as an image file: a standalone SVG drawn from the chart's data
//! and scene (the same marks as on the page) with its title and key above it
//! and the dataset's title, date and licence below, on white. The page turns
//! the same SVG into the PNG. Pure, so what the image holds is tested
//! natively.
//!
//! The file carries its own style sheet, made from `charts::palette` (which
//! the page's style sheets are checked against): opened on its own, it looks
//! like the chart on the page.

use std::fmt::Write;

use crate::charts::key::{key, Key, Swatch};
use crate::charts::palette::{self, ACCENT, HEAT, INK, LINE, MUTED, NOT_RATED, PANEL};
use crate::charts::scale::{text_width, wrap};
use crate::charts::scene::{Mark, Scene, Shape};
use crate::charts::{ChartData, ChartKind};

/// Where a chart's numbers come from, written under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    /// The dataset's title.
    pub dataset: String,
    /// The dataset's date, as the page writes it ("27 November 2026").
    pub updated: String,
    pub licence: String,
}

/// An image of a chart: the SVG text and its size in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartImage {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// A PNG is drawn at twice the image's size, for print and for screens of
/// high density.
pub const PNG_SCALE: u32 = 2;

const PAD: f64 = 16.0;
const TITLE_FONT: f64 = 16.0;
const KEY_FONT: f64 = 12.0;
const FOOT_FONT: f64 = 11.0;
/// Bold text, measured a little wider.
const BOLD: f64 = 1.1;

/// The image file's name for a chart whose CSV is called `csv_name`:
/// `ratings-by-year-region-wales.csv` gives `ratings-by-year-region-wales.png`.
pub fn image_name(csv_name: &str, extension: &str) -> String {
    format!("{}.{extension}", csv_name.strip_suffix(".csv").unwrap_or(csv_name))
}

/// Text fit for XML: markup characters escaped, and characters XML cannot
/// hold (control characters other than tab and line ends) left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The image's style sheet: the page's look of a chart (static/charts.css),
/// in the palette's colours.
fn style() -> String {
    let mut css = format!(
        "text{{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:12px;fill:{INK}}}\
         .title{{font-size:{TITLE_FONT}px;font-weight:700}}.foot{{font-size:{FOOT_FONT}px;fill:{MUTED}}}\
         .tick,.col-label,.row-detail{{font-size:11px;fill:{MUTED}}}.bar-total,.row-total,.tile-name{{font-weight:700}}\
         .seg-label,.cell-label,.swatch-label{{font-size:11px;font-weight:700}}.light{{fill:#fff}}.dark{{fill:{INK}}}\
         .grid-line{{stroke:{LINE}}}.separator{{stroke:{MUTED};stroke-dasharray:4 3}}.seg{{stroke:#fff}}.mix{{stroke:#fff;stroke-width:.5}}\
         .cell-empty,.swatch-empty{{fill:#fff;stroke:#dde2e8}}.swatch-empty{{stroke:{MUTED};stroke-dasharray:2 2}}\
         .tile{{fill:{PANEL};stroke:{LINE}}}.tile.chosen{{fill:#fff;stroke:{};stroke-width:3}}\
         .tile-count{{font-size:16px;font-weight:700}}.tile-count.zero{{fill:{MUTED};font-weight:400}}\
         .c-none{{fill:{}}}.c-accent{{fill:{}}}",
        ACCENT.0, NOT_RATED.0, ACCENT.0
    );
    for (k, (hex, _)) in palette::LEVELS.iter().enumerate() {
        let _ = write!(css, ".c-rank-{k}{{fill:{hex}}}");
    }
    for (k, hex) in HEAT.iter().enumerate() {
        let _ = write!(css, ".heat-{}{{fill:{hex}}}", k + 1);
    }
    css
}

/// Writes SVG elements into one string.
struct Svg {
    out: String,
}

impl Svg {
    fn rect(&mut self, class: &str, x: f64, y: f64, w: f64, h: f64) {
        let _ = write!(self.out, r#"<rect class="{}" x="{x}" y="{y}" width="{w}" height="{h}"/>"#, escape(class));
    }

    fn text(&mut self, class: &str, x: f64, y: f64, anchor: &str, text: &str) {
        let _ = write!(self.out, r#"<text class="{}" x="{x}" y="{y}" text-anchor="{anchor}">{}</text>"#, escape(class), escape(text));
    }

    /// A shape of the scene, drawn as the page draws it
    /// (src/components/chart_frame/shape.rs).
    fn shape(&mut self, shape: &Shape) {
        match shape {
            Shape::Rect { rect, class } => self.rect(class, rect.x, rect.y, rect.w, rect.h),
            Shape::Text { x, y, text, class, anchor, vertical, font } => {
                let place = if *vertical { format!(r#"transform="translate({x} {y}) rotate(-90)""#) } else { format!(r#"x="{x}" y="{y}""#) };
                let size = font.map(|f| format!(r#" font-size="{f}""#)).unwrap_or_default();
                let _ = write!(
                    self.out,
                    r#"<text class="{}" {place} text-anchor="{}"{size}>{}</text>"#,
                    escape(class),
                    anchor.svg(),
                    escape(text)
                );
            }
            Shape::Line { x1, y1, x2, y2, class } => {
                let _ = write!(self.out, r#"<line class="{}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>"#, escape(class));
            }
        }
    }

    /// A mark, named by its label as on the page (the tooltip of the file
    /// opened in a browser).
    fn mark(&mut self, mark: &Mark) {
        let _ = write!(self.out, "<g><title>{}</title>", escape(&mark.label));
        self.rect(&mark.class, mark.rect.x, mark.rect.y, mark.rect.w, mark.rect.h);
        for s in &mark.shapes {
            self.shape(s);
        }
        self.out.push_str("</g>");
    }

    /// Lines of text from `y` down, `step` apart; returns the baseline of
    /// the last.
    fn lines(&mut self, class: &str, x: f64, y: f64, step: f64, lines: &[String]) -> f64 {
        let mut at = y;
        for (k, line) in lines.iter().enumerate() {
            at = y + step * k as f64;
            self.text(class, x, at, "start", line);
        }
        at
    }

    /// The key from `y` (the top of its first line) across `width`;
    /// returns the bottom of its last line.
    fn key(&mut self, key: &Key, y: f64, width: f64) -> f64 {
        const ROW: f64 = 20.0;
        const BOX: f64 = 14.0;
        match key {
            Key::None => y,
            Key::Shades { steps, note } => {
                for (k, step) in steps.iter().enumerate() {
                    self.rect(&format!("heat-{step}"), PAD + k as f64 * (BOX + 2.0), y + 3.0, BOX, BOX);
                }
                let left = PAD + 3.0 * (BOX + 2.0) + 4.0;
                let lines = wrap(note, width - left - PAD, KEY_FONT, 3);
                self.lines("", left, y + 14.0, 16.0, &lines) + 6.0
            }
            Key::Entries(entries) => {
                let (mut x, mut top) = (PAD, y);
                for e in entries {
                    let short = e.short.as_deref().unwrap_or_default();
                    let box_w = if short.is_empty() { BOX } else { BOX.max(text_width(short, 11.0 * BOLD) + 8.0) };
                    let item_w = box_w + 5.0 + text_width(&e.label, KEY_FONT);
                    if x > PAD && x + item_w > width - PAD {
                        x = PAD;
                        top += ROW;
                    }
                    let class = match e.swatch {
                        Swatch::Fill(c) => c.class(),
                        Swatch::Empty => "swatch-empty".to_string(),
                    };
                    self.rect(&class, x, top + 3.0, box_w, BOX);
                    if let (Swatch::Fill(c), false) = (e.swatch, short.is_empty()) {
                        self.text(&format!("swatch-label {}", c.text_class()), x + box_w / 2.0, top + 14.0, "middle", short);
                    }
                    self.text("", x + box_w + 5.0, top + 14.0, "start", &e.label);
                    x += item_w + 14.0;
                }
                top + ROW
            }
        }
    }
}

/// The image of the chart `data`, drawn as `kind` laid out in `scene`.
pub fn chart_image(data: &ChartData, kind: &ChartKind, scene: &Scene, credit: &Credit) -> ChartImage {
    let width = (scene.width + 2.0 * PAD).ceil();
    let inner = width - 2.0 * PAD;
    let mut body = Svg { out: String::new() };
    let title = wrap(&data.title, inner, TITLE_FONT * BOLD, 3);
    let mut y = body.lines("title", PAD, PAD + TITLE_FONT, 20.0, &title) + 10.0;
    y = body.key(&key(data, kind), y, width) + 6.0;
    let _ = write!(body.out, r#"<g transform="translate({PAD} {y})">"#);
    for s in &scene.decos {
        body.shape(s);
    }
    for m in &scene.marks {
        body.mark(m);
    }
    body.out.push_str("</g>");
    y += scene.height + 14.0 + FOOT_FONT;
    let source = wrap(&format!("Source: {}, updated {}.", credit.dataset, credit.updated), inner, FOOT_FONT, 3);
    y = body.lines("foot", PAD, y, 15.0, &source) + 15.0;
    y = body.lines("foot", PAD, y, 15.0, &wrap(&credit.licence, inner, FOOT_FONT, 3));
    let height = (y + PAD).ceil();
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-labelledby="title desc"><title id="title">{}</title><desc id="desc">{}</desc><style>{}</style><rect width="100%" height="100%" fill="#fff"/>"##,
        escape(&data.title),
        escape(&data.summary),
        style()
    );
    svg.push_str(&body.out);
    svg.push_str("</svg>\n");
    ChartImage { svg, width: width as u32, height: height as u32 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_data_is_escaped_and_characters_xml_cannot_hold_dropped() {
        assert_eq!(escape(r#"<script>alert("x")</script> & 'y'"#), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
        assert_eq!(escape("a\u{0}b\u{1b}c\td"), "abc\td");
        assert_eq!(escape("Élèves — 12%"), "Élèves — 12%");
    }

    #[test]
    fn image_names_follow_the_csv_names() {
        assert_eq!(image_name("ratings-by-year-region-wales.csv", "png"), "ratings-by-year-region-wales.png");
        assert_eq!(image_name("rating-mix", "svg"), "rating-mix.svg");
    }
}
