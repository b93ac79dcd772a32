//! The printed table: one row per job, each with the explorer's median,
//! the plain-JS page's, their ratio, the bar and whether it is met.

use std::fmt::Write;

/// The median (for an even count, the upper of the middle two).
pub fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// `1234567` as `1,234,567`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn ms(t: f64) -> String {
    format!("{} ms", grouped(t.round() as u64))
}

/// A time with the bytes received by then, in KB of 1,000 bytes.
pub fn ms_kb(t: f64, bytes: Option<f64>) -> String {
    match bytes {
        Some(b) => format!("{} ({} KB)", ms(t), grouped((b / 1000.0).round() as u64)),
        None => ms(t),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    Fail,
    /// A figure without a bar.
    Info,
}

pub struct Row {
    pub job: String,
    pub explorer: String,
    pub plain: String,
    pub ratio: String,
    pub bar: String,
    pub outcome: Outcome,
}

impl Row {
    /// The explorer against the plain-JS page; `bar`: the highest ratio allowed.
    pub fn versus(
        job: String,
        explorer: (f64, Option<f64>),
        plain: (f64, Option<f64>),
        bar: Option<f64>,
    ) -> Row {
        let ratio = explorer.0 / plain.0;
        Row {
            job,
            explorer: ms_kb(explorer.0, explorer.1),
            plain: ms_kb(plain.0, plain.1),
            ratio: format!("{ratio:.2}x"),
            bar: bar.map_or("-".into(), |b| format!("<= {b:.1}x")),
            outcome: match bar {
                Some(b) if ratio <= b => Outcome::Pass,
                Some(_) => Outcome::Fail,
                None => Outcome::Info,
            },
        }
    }

    /// A figure of the explorer alone; `bar`: its text and whether it is met.
    pub fn alone(job: String, value: String, bar: Option<(String, bool)>) -> Row {
        let (bar, outcome) = match bar {
            Some((text, true)) => (text, Outcome::Pass),
            Some((text, false)) => (text, Outcome::Fail),
            None => ("-".into(), Outcome::Info),
        };
        Row {
            job,
            explorer: value,
            plain: "-".into(),
            ratio: "-".into(),
            bar,
            outcome,
        }
    }
}

/// The table as Markdown (what the README shows).
pub fn table(rows: &[Row]) -> String {
    let mut out = String::from("| job | explorer | plain JS | ratio | bar | result |\n| --- | --- | --- | --- | --- | --- |\n");
    for r in rows {
        let result = match r.outcome {
            Outcome::Pass => "pass",
            Outcome::Fail => "FAIL",
            Outcome::Info => "-",
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {result} |",
            r.job, r.explorer, r.plain, r.ratio, r.bar
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_the_readme_writes_them() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(2496), "2,496");
        assert_eq!(grouped(1_234_567), "1,234,567");
        assert_eq!(ms_kb(2495.6, Some(293_400.0)), "2,496 ms (293 KB)");
        assert_eq!(median(&[5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 3.0);
    }

    #[test]
    fn a_ratio_over_its_bar_fails() {
        let at = |e: f64, p: f64, bar| Row::versus("j".into(), (e, None), (p, None), bar);
        assert_eq!(at(150.0, 100.0, Some(1.5)).outcome, Outcome::Pass);
        assert_eq!(at(151.0, 100.0, Some(1.5)).outcome, Outcome::Fail);
        assert_eq!(at(151.0, 100.0, None).outcome, Outcome::Info);
        assert_eq!(at(243.0, 102.0, Some(1.5)).ratio, "2.38x");
        let t = table(&[at(243.0, 102.0, Some(1.5))]);
        assert!(
            t.ends_with("| j | 243 ms | 102 ms | 2.38x | <= 1.5x | FAIL |\n"),
            "{t}"
        );
    }
}
