//! How complete a dataset is: the figures `docs/DATA.md` quotes, printed by
//! the `import-research` command so the document's numbers come from the data.

use std::fmt;

use crate::data::date::PartialDate;
use crate::data::model::{Basis, Dataset};
use crate::query::units::{change, unit_inspections, Change};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completeness {
    pub inspections: usize,
    /// With an overall rating.
    pub rated: usize,
    /// With no overall rating.
    pub unrated: usize,
    /// With at least one per-standard rating.
    pub with_standard_ratings: usize,
    /// With a score and its maximum.
    pub with_score: usize,
    /// With the number of recommendations the report made.
    pub with_recommendation_count: usize,
    /// With at least one recommendation's text recorded.
    pub with_recommendations: usize,
    /// With as many recommendations recorded as the report made.
    pub with_all_recommendations: usize,
    pub published_day: usize,
    pub published_month: usize,
    pub published_year: usize,
    pub undated: usize,
    pub with_fieldwork: usize,
    pub findings: usize,
    pub recommendations: usize,
    pub recommendations_recommendation: usize,
    pub recommendations_statement: usize,
    pub recommendations_unverified: usize,
    pub units: usize,
    /// Units with more than one inspection.
    pub units_reinspected: usize,
    /// Inspections with an earlier one of their unit, by what changed.
    pub improved: usize,
    pub unchanged: usize,
    pub declined: usize,
    pub not_rated: usize,
    pub order_not_known: usize,
}

pub fn completeness(d: &Dataset) -> Completeness {
    let mut c = Completeness { inspections: d.inspections.len(), ..Completeness::default() };
    for ins in &d.inspections {
        if ins.overall.is_some() {
            c.rated += 1;
        } else {
            c.unrated += 1;
        }
        c.with_standard_ratings += usize::from(!ins.ratings.is_empty());
        c.with_score += usize::from(ins.score.is_some());
        c.with_recommendation_count += usize::from(ins.recommendation_count.is_some());
        c.with_recommendations += usize::from(!ins.recommendations.is_empty());
        if let Some(n) = ins.recommendation_count {
            c.with_all_recommendations += usize::from(n > 0 && ins.recommendations.len() >= n as usize);
        }
        match ins.published.as_deref().and_then(PartialDate::parse) {
            Some(PartialDate { day: Some(_), .. }) => c.published_day += 1,
            Some(PartialDate { month: Some(_), .. }) => c.published_month += 1,
            Some(_) => c.published_year += 1,
            None => c.undated += 1,
        }
        c.with_fieldwork += usize::from(ins.fieldwork.is_some());
        c.findings += ins.findings.len();
        for r in &ins.recommendations {
            c.recommendations += 1;
            match r.basis {
                Basis::Recommendation => c.recommendations_recommendation += 1,
                Basis::Statement => c.recommendations_statement += 1,
                Basis::Unverified => c.recommendations_unverified += 1,
            }
        }
    }
    c.units = d.units.len();
    for list in unit_inspections(d) {
        c.units_reinspected += usize::from(list.len() > 1);
        for pair in list.windows(2) {
            *match change(d, pair[0], pair[1]) {
                Change::Improved => &mut c.improved,
                Change::Unchanged => &mut c.unchanged,
                Change::Declined => &mut c.declined,
                Change::NotRated => &mut c.not_rated,
                Change::OrderNotKnown => &mut c.order_not_known,
            } += 1;
        }
    }
    c
}

impl fmt::Display for Completeness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.inspections;
        writeln!(f, "- Inspections: {n}")?;
        writeln!(f, "- With an overall rating: {} (unrated: {})", self.rated, self.unrated)?;
        writeln!(f, "- With per-standard ratings: {}", self.with_standard_ratings)?;
        writeln!(f, "- With a score out of a stated maximum: {}", self.with_score)?;
        writeln!(f, "- With the published number of recommendations: {}", self.with_recommendation_count)?;
        writeln!(f, "- With any recommendation recorded: {}", self.with_recommendations)?;
        writeln!(f, "- With every published recommendation recorded: {}", self.with_all_recommendations)?;
        writeln!(
            f,
            "- Publication date: exact day {}, month only {}, year only {}, undated {}",
            self.published_day, self.published_month, self.published_year, self.undated
        )?;
        writeln!(f, "- With fieldwork dates: {}", self.with_fieldwork)?;
        writeln!(f, "- Findings: {}", self.findings)?;
        writeln!(
            f,
            "- Recommendations: {} ({}: {}, {}: {}, {}: {})",
            self.recommendations,
            Basis::Recommendation.label(),
            self.recommendations_recommendation,
            Basis::Statement.label(),
            self.recommendations_statement,
            Basis::Unverified.label(),
            self.recommendations_unverified
        )?;
        writeln!(f, "- Inspected units: {} ({} inspected more than once)", self.units, self.units_reinspected)?;
        writeln!(
            f,
            "- Re-inspections: {} (improved {}, no change {}, declined {}; not comparable: not rated {}, date not known {})",
            self.improved + self.unchanged + self.declined + self.not_rated + self.order_not_known,
            self.improved,
            self.unchanged,
            self.declined,
            self.not_rated,
            self.order_not_known
        )
    }
}
