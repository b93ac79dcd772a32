//! A chart's key: what each colour means, as the page's legend and the
//! chart's image both draw it.

use super::data::{ChartData, Colour, Values, NO_RATING};
use super::scene::ChartKind;

/// The swatch of one entry of a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    Fill(Colour),
    /// An empty cell (no rating): white, outlined.
    Empty,
}

/// One colour and its name; `short` is the short form written in the
/// swatch, as in the chart's cells.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyEntry {
    pub swatch: Swatch,
    pub short: Option<String>,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    /// One series: its colour means nothing more than the heading says.
    None,
    /// Counts shaded by size: three of the shades (`heat-N`) and a sentence.
    Shades { steps: [u32; 3], note: String },
    Entries(Vec<KeyEntry>),
}

/// The key of `data` drawn as `kind`.
pub fn key(data: &ChartData, kind: &ChartKind) -> Key {
    let entry = |swatch, short: Option<&str>, label: &str| KeyEntry { swatch, short: short.map(str::to_string), label: label.to_string() };
    match (&data.values, kind) {
        (Values::Counts(_), ChartKind::Grid) => {
            Key::Shades { steps: [1, 3, 5], note: format!("Darker cells hold more {}; each cell shows its count.", data.unit.1) }
        }
        (Values::Levels(_), _) => Key::Entries(
            data.levels
                .iter()
                .map(|l| entry(Swatch::Fill(l.colour), Some(&l.short), &l.label))
                .chain([entry(Swatch::Empty, None, NO_RATING)])
                .collect(),
        ),
        (Values::Counts(_), _) if data.series.len() > 1 => {
            Key::Entries(data.series.iter().map(|s| entry(Swatch::Fill(s.colour), None, &s.label)).collect())
        }
        _ => Key::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{Row, Series};

    fn counts(series: usize) -> ChartData {
        let mut d = ChartData::counts("T", "Year", ("finding", "findings"));
        d.rows = vec![Row::new("a", "A")];
        d.series = (0..series).map(|k| Series::new(k.to_string(), format!("S{k}"), Colour::Rank(k))).collect();
        d.values = Values::Counts(vec![vec![1; series]]);
        d
    }

    #[test]
    fn a_key_names_every_colour_or_says_how_shades_read() {
        assert_eq!(key(&counts(1), &ChartKind::Bars), Key::None);
        let Key::Entries(e) = key(&counts(2), &ChartKind::Bars) else { panic!("entries") };
        assert_eq!(e.iter().map(|e| (e.swatch, e.label.as_str())).collect::<Vec<_>>(), [(Swatch::Fill(Colour::Rank(0)), "S0"), (Swatch::Fill(Colour::Rank(1)), "S1")]);
        assert_eq!(
            key(&counts(2), &ChartKind::Grid),
            Key::Shades { steps: [1, 3, 5], note: "Darker cells hold more findings; each cell shows its count.".into() }
        );
        let mut levels = counts(1);
        levels.levels = vec![Series::new("g", "Good", Colour::Rank(1)).with_short("G")];
        levels.values = Values::Levels(vec![vec![Some(0)]]);
        let Key::Entries(e) = key(&levels, &ChartKind::Grid) else { panic!("entries") };
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].short.as_deref(), e[0].label.as_str()), (Some("G"), "Good"));
        assert_eq!((e[1].swatch, e[1].label.as_str()), (Swatch::Empty, NO_RATING));
    }
}
