//! The dataset's `updated` date: the import accepts only a full day, and the
//! command's default is today, computed without a date crate since this is
//! its only use.

use crate::data::date::PartialDate;

/// `YYYY-MM-DD` exactly: a month or a year alone does not say when the data
/// was last updated.
pub(super) fn is_full_date(text: &str) -> bool {
    text.len() == 10 && PartialDate::parse(text).is_some_and(|d| d.day.is_some())
}

/// The date (`YYYY-MM-DD`, proleptic Gregorian) `days` days after 1970-01-01.
pub fn date_from_unix_days(days: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
