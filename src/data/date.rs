//! Dates as the dataset writes them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
//! Many sources give only a month or a year, so precision is kept rather
//! than padded with a made-up day.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];

impl PartialDate {
    pub fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.split('-');
        let year = parse_digits(parts.next()?, 4)? as i32;
        let month = match parts.next() {
            None => return Some(PartialDate { year, month: None, day: None }),
            Some(m) => parse_digits(m, 2)? as u8,
        };
        if !(1..=12).contains(&month) {
            return None;
        }
        let day = match parts.next() {
            None => return Some(PartialDate { year, month: Some(month), day: None }),
            Some(d) => parse_digits(d, 2)? as u8,
        };
        if parts.next().is_some() || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(PartialDate { year, month: Some(month), day: Some(day) })
    }

    /// "6 July 2021", "July 2021" or "2021".
    pub fn human(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{} {} {}", d, MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{:02}", m)?;
        }
        if let Some(d) = self.day {
            write!(f, "-{:02}", d)?;
        }
        Ok(())
    }
}

fn parse_digits(text: &str, len: usize) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A fieldwork period: `2021-02/2021-03`, or one date on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
}

impl Interval {
    pub fn parse(text: &str) -> Option<Interval> {
        match text.split_once('/') {
            None => Some(Interval { start: PartialDate::parse(text)?, end: None }),
            Some((a, b)) => {
                let start = PartialDate::parse(a)?;
                let end = PartialDate::parse(b)?;
                (start <= end).then_some(Interval { start, end: Some(end) })
            }
        }
    }

    /// "February to March 2021".
    pub fn human(&self) -> String {
        match self.end {
            None => self.start.human(),
            Some(end) if end == self.start => self.start.human(),
            Some(end) if end.year == self.start.year && self.start.day.is_none() && self.start.month.is_some() => {
                format!("{} to {}", MONTHS[self.start.month.unwrap() as usize - 1], end.human())
            }
            Some(end) => format!("{} to {}", self.start.human(), end.human()),
        }
    }
}

/// The year of a dataset date, if it parses.
pub fn year_of(text: Option<&str>) -> Option<i32> {
    text.and_then(PartialDate::parse).map(|d| d.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("2021-07-06").unwrap().human(), "6 July 2021");
        assert_eq!(PartialDate::parse("2021-07").unwrap().human(), "July 2021");
        assert_eq!(PartialDate::parse("2021").unwrap().human(), "2021");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in ["2021-13", "2021-02-30", "21-01-01", "2021-1-1", "2021-07-06-01", "", "July 2021"] {
            assert!(PartialDate::parse(bad).is_none(), "{bad} should not parse");
        }
        assert!(PartialDate::parse("2024-02-29").is_some());
        assert!(PartialDate::parse("2023-02-29").is_none());
    }

    #[test]
    fn orders_by_time() {
        let a = PartialDate::parse("2021").unwrap();
        let b = PartialDate::parse("2021-03").unwrap();
        let c = PartialDate::parse("2021-03-02").unwrap();
        assert!(a < b && b < c);
        assert_eq!(c.to_string(), "2021-03-02");
    }

    #[test]
    fn intervals() {
        assert_eq!(Interval::parse("2021-02/2021-03").unwrap().human(), "February to March 2021");
        assert_eq!(Interval::parse("2023-06").unwrap().human(), "June 2023");
        assert!(Interval::parse("2021-03/2021-02").is_none());
        assert!(Interval::parse("2021-02/soon").is_none());
    }
}
