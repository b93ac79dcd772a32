//! Scales and ticks, and the text measures the layouts use.

/// A whole-number tick step of 1, 2 or 5 × 10^k, so that about `target`
/// steps cover `0..=max`.
pub fn count_step(max: u32, target: u32) -> u32 {
    let target = target.max(1);
    if max <= target {
        return 1;
    }
    // The first of 1, 2, 5, 10, 20, 50, ... with `target` steps reaching max.
    let mut magnitude = 1u32;
    loop {
        for m in [1, 2, 5] {
            let step = m * magnitude;
            if step.saturating_mul(target) >= max {
                return step;
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

/// Ticks for a count axis, from 0 to the first tick at or above `max`
/// (at least one step, so an empty chart still has an axis).
pub fn count_ticks(max: u32, target: u32) -> Vec<u32> {
    let step = count_step(max, target);
    let end = max.div_ceil(step).max(1) * step;
    (0..=end / step).map(|k| k * step).collect()
}

/// Maps a domain `0..=domain_max` onto a range `start..=end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    pub domain_max: f64,
    pub start: f64,
    pub end: f64,
}

impl Linear {
    pub fn new(domain_max: f64, start: f64, end: f64) -> Linear {
        Linear { domain_max, start, end }
    }
    pub fn map(&self, v: f64) -> f64 {
        if self.domain_max <= 0.0 {
            return self.start;
        }
        self.start + (self.end - self.start) * v / self.domain_max
    }
    /// The length of `v` on the range.
    pub fn len(&self, v: f64) -> f64 {
        self.map(v) - self.start
    }
}

/// An estimate of a text's width in the page's sans-serif: the layouts use
/// it to decide what fits. Measured against DejaVu Sans, one of the widest
/// common fallbacks, so narrower fonts only leave more room.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | '\'' | '’' | ' ' | '(' | ')' | ':' | ';' | '|' | '!' => 0.34,
            'm' | 'w' | 'M' | 'W' => 0.95,
            c if c.is_ascii_uppercase() => 0.72,
            c if c.is_ascii_digit() => 0.64,
            _ => 0.6,
        })
        .sum::<f64>()
        * font_size
}

/// Breaks a text into lines no wider than `width`, at spaces. A word wider
/// than a line gets a line of its own (and is shortened with "…" if
/// `max_lines` would otherwise be exceeded).
pub fn wrap(text: &str, width: f64, font_size: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), font_size) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > max_lines.max(1) {
        let rest = lines.split_off(max_lines.max(1) - 1).join(" ");
        lines.push(truncate(&rest, width, font_size));
    }
    lines
}

/// Shortens a text with "…" so that it fits `width`.
pub fn truncate(text: &str, width: f64, font_size: f64) -> String {
    if text_width(text, font_size) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        let next = format!("{out}{c}…");
        if text_width(&next, font_size) > width {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// Rounds a coordinate to a tenth of a pixel, finer than a screen shows,
/// so the SVG's numbers stay short.
pub fn round_tenth(v: f64) -> f64 {
    // `+ 0.0` turns a negative zero into zero, which prints as "0".
    (v * 10.0).round() / 10.0 + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_five() {
        assert_eq!(count_step(4, 5), 1);
        assert_eq!(count_step(12, 5), 5);
        assert_eq!(count_step(20, 5), 5);
        assert_eq!(count_step(21, 5), 5);
        assert_eq!(count_step(70, 5), 20);
        assert_eq!(count_step(128, 5), 50);
        assert_eq!(count_ticks(0, 5), [0, 1]);
        assert_eq!(count_ticks(3, 5), [0, 1, 2, 3]);
        assert_eq!(count_ticks(12, 5), [0, 5, 10, 15]);
        assert_eq!(count_ticks(20, 5), [0, 5, 10, 15, 20]);
        assert_eq!(count_ticks(128, 5), [0, 50, 100, 150]);
    }

    #[test]
    fn linear_maps_the_domain() {
        let s = Linear::new(20.0, 50.0, 250.0);
        assert_eq!(s.map(0.0), 50.0);
        assert_eq!(s.map(10.0), 150.0);
        assert_eq!(s.len(5.0), 50.0);
        assert_eq!(Linear::new(0.0, 3.0, 9.0).map(4.0), 3.0);
    }

    #[test]
    fn wrapping_and_truncating() {
        assert_eq!(wrap("Yorkshire and the Humber", 70.0, 11.0, 3), ["Yorkshire", "and the", "Humber"]);
        assert_eq!(wrap("Wales", 70.0, 11.0, 3), ["Wales"]);
        let lines = wrap("one two three four five six seven", 30.0, 11.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert_eq!(truncate("Short", 100.0, 12.0), "Short");
        let t = truncate("Implementation and delivery", 80.0, 12.0);
        assert!(t.ends_with('…') && text_width(&t, 12.0) <= 80.0, "{t}");
    }
}
