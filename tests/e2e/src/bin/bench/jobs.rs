//! The cold-load jobs: each the explorer's load and, where it does the same
//! thing, the plain-JS page's, run once per round so the two alternate.

use std::sync::Arc;

use e2e::Site;

use crate::cold_load::{Load, Profile};
use crate::pages::Pages;
use crate::probe::{Goal, Reached, Want};
use crate::report::median;

pub struct Job {
    pub name: &'static str,
    pub explorer: Load,
    pub plain: Option<Load>,
    pub explorer_runs: Vec<Reached>,
    pub plain_runs: Vec<Reached>,
}

impl Job {
    /// The same route and goal on both pages.
    pub fn both(
        name: &'static str,
        pages: &Pages,
        route: &'static str,
        profile: Profile,
        want: Want,
    ) -> Job {
        let load = |site: &Arc<Site>| Load {
            site: site.clone(),
            route,
            profile,
            want: want.clone(),
        };
        Job::new(name, load(&pages.explorer), Some(load(&pages.plain)))
    }

    /// The explorer alone.
    pub fn explorer_only(
        name: &'static str,
        site: &Arc<Site>,
        route: &'static str,
        profile: Profile,
        want: Want,
    ) -> Job {
        let load = Load {
            site: site.clone(),
            route,
            profile,
            want,
        };
        Job::new(name, load, None)
    }

    fn new(name: &'static str, explorer: Load, plain: Option<Load>) -> Job {
        Job {
            name,
            explorer,
            plain,
            explorer_runs: Vec::new(),
            plain_runs: Vec::new(),
        }
    }

    /// One load of each page, explorer first.
    pub async fn run_once(&mut self) {
        self.explorer_runs.push(self.explorer.run().await);
        if let Some(plain) = &self.plain {
            self.plain_runs.push(plain.run().await);
        }
    }

    /// Every load's figures, in run order, for the samples the table hides.
    pub fn samples(&self) -> String {
        let times = |runs: &[Reached], goal| {
            runs.iter()
                .map(|r| r.at(goal).map_or("-".into(), |t| format!("{t:.0}")))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let want = &self.explorer.want;
        let mut parts = Vec::new();
        if want.list.is_some() {
            parts.push(format!(
                "explorer {}",
                times(&self.explorer_runs, Goal::List)
            ));
            parts.push(format!("plain JS {}", times(&self.plain_runs, Goal::List)));
        }
        if want.headline.is_some() {
            let runs = &self.explorer_runs;
            parts.push(format!(
                "headline in the document {}",
                times(runs, Goal::HeadlineInDocument)
            ));
            parts.push(format!("visible {}", times(runs, Goal::Headline)));
        }
        for &mark in &want.marks {
            parts.push(format!(
                "{mark} {}",
                times(&self.explorer_runs, Goal::Mark(mark))
            ));
        }
        format!("{}: {}", self.name, parts.join(" | "))
    }
}

/// The median time, and the median bytes where recorded, of a goal over
/// some loads.
/// The median time from `from` to `to` within each load.
pub fn median_between(runs: &[Reached], from: Goal, to: Goal) -> f64 {
    let spans: Vec<f64> = runs
        .iter()
        .map(|r| r.at(to).expect("every load reached its goal") - r.at(from).expect("every load reached its goal"))
        .collect();
    median(&spans)
}

pub fn median_at(runs: &[Reached], goal: Goal) -> (f64, Option<f64>) {
    let times: Vec<f64> = runs
        .iter()
        .map(|r| r.at(goal).expect("every load reached its goal"))
        .collect();
    let bytes: Vec<f64> = runs.iter().filter_map(|r| r.bytes_at(goal)).collect();
    (median(&times), (!bytes.is_empty()).then(|| median(&bytes)))
}
