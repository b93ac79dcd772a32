//! A unit's inspections over time: the order they are shown in, and what
//! changed from one to the next. Pure, from the dataset alone.
//!
//! A date is never invented. Inspections are shown by publication date, the
//! undated ones after the dated ones (in id order, and said to be undated);
//! but one inspection is said to come before another only when the sources'
//! dates show it, and only then is a change named.

use std::cmp::Ordering;

use crate::data::date::{Interval, PartialDate};
use crate::data::{Dataset, Inspection};
use crate::sort::sort_indexes;

/// What happened between an inspection and the one before it of its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// Rated higher on the scale than before.
    Improved,
    /// Rated the same.
    Unchanged,
    /// Rated lower.
    Declined,
    /// One of the two has no rating.
    NotRated,
    /// The dates do not show which came first.
    OrderNotKnown,
}

impl Change {
    /// The outcomes a re-inspection chart counts, in its order; the last
    /// stands for both kinds of "not comparable".
    pub const OUTCOMES: [Change; 4] = [Change::Improved, Change::Unchanged, Change::Declined, Change::NotRated];

    pub fn id(self) -> &'static str {
        match self {
            Change::Improved => "improved",
            Change::Unchanged => "no-change",
            Change::Declined => "declined",
            Change::NotRated => "not-rated",
            Change::OrderNotKnown => "order-not-known",
        }
    }

    /// In words, as the page and the CSV say it: never a colour alone.
    pub fn label(self) -> &'static str {
        match self {
            Change::Improved => "Improved",
            Change::Unchanged => "No change",
            Change::Declined => "Declined",
            Change::NotRated => "Not comparable: not rated",
            Change::OrderNotKnown => "Not comparable: date not known",
        }
    }

    /// Its CSS classes (`change change-improved`).
    pub fn class(self) -> &'static str {
        match self {
            Change::Improved => "change change-improved",
            Change::Unchanged => "change change-no-change",
            Change::Declined => "change change-declined",
            Change::NotRated => "change change-not-rated",
            Change::OrderNotKnown => "change change-order-not-known",
        }
    }

    /// From one scale position to another (0 is the best); `None` is unrated.
    pub fn between(earlier: Option<usize>, later: Option<usize>) -> Change {
        match (earlier, later) {
            (Some(a), Some(b)) => match b.cmp(&a) {
                Ordering::Less => Change::Improved,
                Ordering::Equal => Change::Unchanged,
                Ordering::Greater => Change::Declined,
            },
            _ => Change::NotRated,
        }
    }
}

/// Is `x` certainly before `y`? Dates of different precision that agree as
/// far as both go (`2024` and `2024-10`) give no order.
fn strictly_before(x: PartialDate, y: PartialDate) -> bool {
    match x.year.cmp(&y.year) {
        Ordering::Less => true,
        Ordering::Greater => false,
        Ordering::Equal => match (x.month, y.month) {
            (Some(a), Some(b)) if a != b => a < b,
            (Some(_), Some(_)) => matches!((x.day, y.day), (Some(a), Some(b)) if a < b),
            _ => false,
        },
    }
}

fn published(i: &Inspection) -> Option<PartialDate> {
    i.published.as_deref().and_then(PartialDate::parse)
}

/// Do the sources' dates show that `a` came before `b`? It does when `a`
/// was published before `b` was, or before `b`'s fieldwork began (a report
/// comes out after its fieldwork).
pub fn known_before(a: &Inspection, b: &Inspection) -> bool {
    let Some(a_published) = published(a) else { return false };
    let fieldwork_start = b.fieldwork.as_deref().and_then(Interval::parse).map(|f| f.start);
    published(b).is_some_and(|p| strictly_before(a_published, p)) || fieldwork_start.is_some_and(|f| strictly_before(a_published, f))
}

/// The order a unit's inspections are shown in: the dated ones by date
/// (equal dates by id), then the undated ones by id. `dates` are the
/// inspections' publication dates, by index.
pub fn order(d: &Dataset, dates: &[Option<PartialDate>], inspections: &mut [usize]) {
    let key = |i: usize| (dates[i].is_none(), dates[i]);
    sort_indexes(inspections, &|a, b| key(a).cmp(&key(b)).then_with(|| d.inspections[a].id.cmp(&d.inspections[b].id)));
}

/// Each declared unit's inspections, in [`order`]; an inspection naming no
/// declared unit is in none.
pub fn unit_inspections(d: &Dataset) -> Vec<Vec<usize>> {
    let dates: Vec<Option<PartialDate>> = d.inspections.iter().map(published).collect();
    let mut units: Vec<Vec<usize>> = vec![Vec::new(); d.units.len()];
    for (i, x) in d.inspections.iter().enumerate() {
        if let Some(u) = x.unit.as_deref().and_then(|u| d.units.iter().position(|unit| unit.id == u)) {
            units[u].push(i);
        }
    }
    for list in &mut units {
        order(d, &dates, list);
    }
    units
}

/// The change from inspection `earlier` to inspection `later`, by their
/// overall ratings' places on the file's scale.
pub fn change(d: &Dataset, earlier: usize, later: usize) -> Change {
    let (a, b) = (&d.inspections[earlier], &d.inspections[later]);
    if !known_before(a, b) {
        return Change::OrderNotKnown;
    }
    let place = |x: &Inspection| x.overall.as_deref().and_then(|o| d.scale.iter().position(|s| s.id == o));
    Change::between(place(a), place(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn only_dates_that_differ_as_far_as_both_go_are_ordered() {
        assert!(strictly_before(date("2023-03-30"), date("2024-10-24")));
        assert!(strictly_before(date("2023-03"), date("2023-04-01")));
        assert!(strictly_before(date("2023-03-01"), date("2023-03-02")));
        assert!(!strictly_before(date("2024-10"), date("2024-10-24")), "the same month, one without a day");
        assert!(!strictly_before(date("2024"), date("2024-10")));
        assert!(!strictly_before(date("2024-10-24"), date("2024-10-24")));
        assert!(!strictly_before(date("2025"), date("2024-12-31")));
    }

    #[test]
    fn scale_places_give_the_change() {
        assert_eq!(Change::between(Some(3), Some(2)), Change::Improved);
        assert_eq!(Change::between(Some(1), Some(1)), Change::Unchanged);
        assert_eq!(Change::between(Some(0), Some(3)), Change::Declined);
        assert_eq!(Change::between(None, Some(3)), Change::NotRated);
        assert_eq!(Change::between(Some(1), None), Change::NotRated);
    }
}
