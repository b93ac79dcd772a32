//! The colour scale of rating levels: seven colours, and which of them a
//! scale of 2 to 7 levels uses. The page's style sheet (`--rank-N` in
//! static/style.css) and the chart images read the same colours; a native
//! test checks that the two agree.
//!
//! Every colour keeps 3:1 contrast (WCAG 2 relative luminance) with the white
//! page and the grey of a tile, so a mark stands out; and levels next to each
//! other in a stacked bar keep 3:1 with each other. All colours are that
//! dark against white, so two neighbours can only differ enough by
//! lightness: the palette alternates dark and mid tones, and a scale takes
//! colours whose tones alternate, best to worst. The worst level is always
//! the dark red, so "Not rated" after it is a mid grey. The hue carries the
//! order (greens and blues good, red bad); the level's name is always
//! written beside or in its colour.

/// How light a fill is, which says what colour text on it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Takes white text.
    Dark,
    /// Takes ink (dark) text.
    Mid,
}

impl Tone {
    /// The class of a text written on a fill of this tone: `light` (white)
    /// text on a dark fill, `dark` (ink) text on a mid one.
    pub fn text_class(self) -> &'static str {
        match self {
            Tone::Dark => "light",
            Tone::Mid => "dark",
        }
    }
}

/// The seven level colours, best end first: dark green, sky blue, navy,
/// ochre, plum, orange, dark red.
pub const LEVELS: [(&str, Tone); 7] = [
    ("#134028", Tone::Dark),
    ("#3b90d1", Tone::Mid),
    ("#163a5d", Tone::Dark),
    ("#b3810e", Tone::Mid),
    ("#54255c", Tone::Dark),
    ("#e4630c", Tone::Mid),
    ("#70121f", Tone::Dark),
];

/// "Not rated" where it is a bar's segment, after the worst level.
pub const NOT_RATED: (&str, Tone) = ("#828b95", Tone::Mid);
/// A chart of one series (counts of inspections, of findings).
pub const ACCENT: (&str, Tone) = ("#17456f", Tone::Dark);
/// Text, and text on a mid fill.
pub const INK: &str = "#1b1f24";
/// Quieter text: ticks, column heads, notes.
pub const MUTED: &str = "#4a535e";
/// Grid lines and borders.
pub const LINE: &str = "#c9d0d8";
/// The background of a tile.
pub const PANEL: &str = "#f4f6f8";
/// Counts in a grid, lightest to darkest (`heat-1` to `heat-5`); the cell's
/// number is written in each, dark text on the first three.
pub const HEAT: [&str; 5] = ["#e6eef7", "#c3d7ec", "#93b7dc", "#2a70ad", "#17456f"];

/// Which of `LEVELS` the levels of a scale of 2 to 7 levels take, best
/// first: as many distinct colours as levels, tones alternating, the worst
/// always the dark red.
const SCALES: [&[usize]; 6] = [&[1, 6], &[0, 3, 6], &[1, 2, 5, 6], &[0, 1, 4, 5, 6], &[1, 2, 3, 4, 5, 6], &[0, 1, 2, 3, 4, 5, 6]];

/// The colour of level `position` (0 = best) of a scale of `levels`, one of
/// `LEVELS`. A longer scale repeats the seven in turn; a position past the
/// scale takes the worst colour.
pub fn level_colour(position: usize, levels: usize) -> usize {
    match levels {
        0 | 1 => LEVELS.len() - 1,
        2..=7 => SCALES[levels - 2].get(position).copied().unwrap_or(LEVELS.len() - 1),
        _ => position % LEVELS.len(),
    }
}

/// The colours of every level of a scale of `levels`, best first.
pub fn level_colours(levels: usize) -> Vec<usize> {
    (0..levels).map(|k| level_colour(k, levels)).collect()
}

/// WCAG 2 relative luminance of a `#rrggbb` colour.
pub fn relative_luminance(hex: &str) -> f64 {
    let channel = |k: usize| {
        let c = u8::from_str_radix(&hex[1 + 2 * k..3 + 2 * k], 16).unwrap_or(0) as f64 / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/// WCAG 2 contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (relative_luminance(a), relative_luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: &str = "#ffffff";

    /// The text colour a tone takes.
    fn text_on(tone: Tone) -> &'static str {
        match tone {
            Tone::Dark => WHITE,
            Tone::Mid => INK,
        }
    }

    #[test]
    fn contrast_is_wcag_s() {
        assert!((contrast("#000000", WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // The WCAG example: #777 on white is just under 4.5:1.
        assert!((contrast("#777777", WHITE) - 4.48).abs() < 0.01);
        assert_eq!(contrast("#123456", "#abcdef"), contrast("#abcdef", "#123456"));
    }

    #[test]
    fn every_scale_of_two_to_seven_levels_gets_distinct_colours_that_hold_apart() {
        for n in 2..=7 {
            let colours = level_colours(n);
            assert_eq!(colours.len(), n);
            let mut distinct = colours.clone();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(distinct.len(), n, "{n} levels: {colours:?}");
            assert!(colours.windows(2).all(|w| w[0] < w[1]), "{n} levels keep the palette's order: {colours:?}");
            assert_eq!(colours[n - 1], 6, "the worst of {n} is the dark red");
            // Neighbours in a bar: each level and the next, and the worst and "Not rated".
            let hexes: Vec<&str> = colours.iter().map(|&k| LEVELS[k].0).chain([NOT_RATED.0]).collect();
            for pair in hexes.windows(2) {
                assert!(contrast(pair[0], pair[1]) >= 3.0, "{n} levels: {} beside {} is {:.2}:1", pair[0], pair[1], contrast(pair[0], pair[1]));
            }
        }
    }

    #[test]
    fn every_fill_stands_out_from_the_page_and_carries_readable_text() {
        for (hex, tone) in LEVELS.iter().copied().chain([NOT_RATED, ACCENT]) {
            assert!(contrast(hex, WHITE) >= 3.0, "{hex} on white: {:.2}", contrast(hex, WHITE));
            assert!(contrast(hex, PANEL) >= 3.0, "{hex} on a tile: {:.2}", contrast(hex, PANEL));
            assert!(contrast(hex, text_on(tone)) >= 4.5, "text on {hex}: {:.2}", contrast(hex, text_on(tone)));
        }
        for (k, hex) in HEAT.iter().enumerate() {
            let text = if k >= 3 { WHITE } else { INK };
            assert!(contrast(hex, text) >= 4.5, "count on heat-{}: {:.2}", k + 1, contrast(hex, text));
        }
        let mut hexes: Vec<&str> = LEVELS.iter().map(|l| l.0).chain([NOT_RATED.0]).collect();
        hexes.sort_unstable();
        hexes.dedup();
        assert_eq!(hexes.len(), 8, "no two level colours alike, nor like Not rated");
    }

    #[test]
    fn a_longer_scale_repeats_the_colours_in_turn() {
        assert_eq!(level_colours(9), [0, 1, 2, 3, 4, 5, 6, 0, 1]);
        assert_eq!(level_colours(1), [6]);
        assert_eq!(level_colour(5, 3), 6, "a position past the scale takes the worst colour");
    }
}
