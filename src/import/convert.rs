//! One research record as a dataset inspection: labels become the ids the
//! config declares, findings and recommendations get their permanent ids
//! (`<inspection>-f1`, `-r1`, ...), and every theme met is collected for the
//! dataset's list. Every problem in the record is reported, not just the
//! first, so one run shows the maintainer all that needs fixing.

use std::collections::BTreeMap;

use crate::data::model::{
    is_web_url, Basis, Fact, Finding, FindingKind, Inspection, Recommendation, Response, Score, Source, StandardRating,
};

use super::config::ImportConfig;
use super::names::{kebab_id, theme_name};
use super::research::{ResearchFact, ResearchInspection};
use super::sources::source_from_research;

/// The maximum a score is out of, read from a fact whose label mentions
/// "score" and whose value says `<n> out of [a possible | a total of] <max>`.
/// Returns `(n if stated, max)`.
pub fn score_max_from_facts(facts: &[ResearchFact]) -> Option<(Option<u32>, u32)> {
    facts.iter().filter(|f| f.label.to_lowercase().contains("score")).find_map(|f| {
        let lower = f.value.to_lowercase();
        let at = lower.find("out of")?;
        let before = lower[..at].split_whitespace().last().and_then(|w| w.parse::<u32>().ok());
        let max = lower[at + "out of".len()..]
            .split_whitespace()
            .find_map(|w| w.trim_matches(|c: char| !c.is_ascii_digit()).parse::<u32>().ok())?;
        Some((before, max))
    })
}

fn scale_id(label: &str, config: &ImportConfig) -> Option<String> {
    config.scale.iter().find(|l| l.label.eq_ignore_ascii_case(label.trim())).map(|l| l.id.clone())
}

fn theme_ids(theme: &Option<String>, themes: &mut BTreeMap<String, String>, notes: &mut Vec<String>) -> Vec<String> {
    let Some(theme) = theme.as_deref().map(str::trim).filter(|t| !t.is_empty()) else { return Vec::new() };
    let id = kebab_id(theme);
    let name = theme_name(theme);
    match themes.get(&id) {
        None => {
            themes.insert(id.clone(), name);
        }
        Some(existing) if *existing != name => {
            notes.push(format!("theme \"{theme}\" is written differently elsewhere; named \"{existing}\""));
        }
        Some(_) => {}
    }
    vec![id]
}

fn parse_basis(text: Option<&str>) -> Result<Basis, String> {
    match text.map(str::trim) {
        None | Some("") => Ok(Basis::Unverified),
        Some(t) => Basis::from_id(&t.to_lowercase())
            .ok_or_else(|| format!("basis \"{t}\" is not recommendation, statement or unverified")),
    }
}

fn parse_response(text: Option<&str>) -> Result<Option<Response>, String> {
    match text.map(kebab_id) {
        None => Ok(None),
        Some(t) if t.is_empty() => Ok(None),
        Some(t) => match t.as_str() {
            "accepted" => Ok(Some(Response::Accepted)),
            "partially-accepted" => Ok(Some(Response::PartiallyAccepted)),
            "not-accepted" | "rejected" => Ok(Some(Response::NotAccepted)),
            _ => {
                Err(format!("response \"{}\" is not accepted, partially accepted or not accepted", text.unwrap_or("")))
            }
        },
    }
}

fn non_empty(text: &Option<String>) -> Option<String> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string)
}

/// One research record as a dataset inspection, or every problem found in it.
pub(super) fn inspection_from_record(
    r: &ResearchInspection,
    config: &ImportConfig,
    themes: &mut BTreeMap<String, String>,
    notes: &mut Vec<String>,
) -> Result<Inspection, Vec<String>> {
    let mut problems = Vec::new();
    let at = |what: String| format!("inspection \"{}\": {what}", r.id);

    let service_type = match config.service_types.iter().find(|s| s.research_name == r.service_type) {
        Some(s) => s.declared.id.clone(),
        None => {
            let known: Vec<&str> = config.service_types.iter().map(|s| s.research_name.as_str()).collect();
            problems.push(at(format!(
                "service_type \"{}\" is not one of the known types ({})",
                r.service_type,
                known.join(", ")
            )));
            String::new()
        }
    };

    let mut regions = Vec::new();
    for name in &r.regions {
        let id = kebab_id(name);
        if config.regions.iter().any(|reg| reg.id == id) {
            if !regions.contains(&id) {
                regions.push(id);
            }
        } else {
            let known: Vec<&str> = config.regions.iter().map(|reg| reg.name.as_str()).collect();
            problems.push(at(format!(
                "unknown region \"{name}\": it is not one of the {} declared regions ({})",
                known.len(),
                known.join(", ")
            )));
        }
    }

    let overall = match r.overall_rating.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => None,
        Some(label) => match scale_id(label, config) {
            Some(id) => Some(id),
            None => {
                problems.push(at(format!("overall_rating \"{label}\" is not a level of the scale")));
                None
            }
        },
    };

    let mut ratings = Vec::new();
    for (j, rating) in r.ratings.iter().enumerate() {
        match scale_id(&rating.rating, config) {
            Some(id) => ratings.push(StandardRating {
                code: non_empty(&rating.code),
                domain: non_empty(&rating.domain),
                standard: rating.standard.trim().to_string(),
                rating: id,
            }),
            None => problems.push(at(format!("ratings[{j}].rating \"{}\" is not a level of the scale", rating.rating))),
        }
    }

    let score = match r.score {
        None => None,
        Some(value) => match score_max_from_facts(&r.facts) {
            Some((stated, max)) if stated.is_none() || stated == Some(value) => {
                Some(Score { value: f64::from(value), max: f64::from(max) })
            }
            Some((stated, max)) => {
                notes.push(format!(
                    "{}: score {value} left null: its facts state {} out of {max}",
                    r.id,
                    stated.map(|s| s.to_string()).unwrap_or_default()
                ));
                None
            }
            None => {
                notes.push(format!("{}: score {value} left null: no fact states its maximum", r.id));
                None
            }
        },
    };

    let findings = r
        .findings
        .iter()
        .enumerate()
        .filter_map(|(j, f)| match FindingKind::from_id(f.kind.trim()) {
            Some(kind) => Some(Finding {
                id: format!("{}-f{}", r.id, j + 1),
                kind,
                themes: theme_ids(&f.theme, themes, notes),
                text: f.text.trim().to_string(),
            }),
            None => {
                problems.push(at(format!("findings[{j}].kind \"{}\" is not strength or concern", f.kind)));
                None
            }
        })
        .collect();

    let mut recommendations = Vec::new();
    for (j, rec) in r.recommendations.iter().enumerate() {
        let basis = parse_basis(rec.basis.as_deref()).map_err(|e| at(format!("recommendations[{j}]: {e}")));
        let response = parse_response(rec.response.as_deref()).map_err(|e| at(format!("recommendations[{j}]: {e}")));
        match (basis, response) {
            (Ok(basis), Ok(response)) => recommendations.push(Recommendation {
                id: format!("{}-r{}", r.id, j + 1),
                to: non_empty(&rec.to),
                themes: theme_ids(&rec.theme, themes, notes),
                text: rec.text.trim().to_string(),
                basis,
                response,
                target_date: non_empty(&rec.target_date),
                source: non_empty(&rec.source),
            }),
            (b, resp) => problems.extend(b.err().into_iter().chain(resp.err())),
        }
    }

    let mut sources: Vec<Source> = Vec::new();
    for s in &r.sources {
        let source = source_from_research(s);
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    // A recommendation's web source is one of the record's sources too.
    for rec in &recommendations {
        if let Some(url) = rec.source.as_deref().filter(|u| is_web_url(u)) {
            if !sources.iter().any(|s| s.url.as_deref() == Some(url)) {
                sources.push(source_from_research(url));
                notes.push(format!("{}: source of {} added to the record's sources: {url}", r.id, rec.id));
            }
        }
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Inspection {
        id: r.id.clone(),
        title: r.title.trim().to_string(),
        service_type,
        provider: non_empty(&r.provider),
        area: non_empty(&r.area),
        // Units are given once every record is converted (`units`).
        unit: None,
        regions,
        published: non_empty(&r.published),
        fieldwork: non_empty(&r.fieldwork),
        chief_inspector: non_empty(&r.chief_inspector),
        overall,
        score,
        ratings,
        recommendation_count: r.recommendation_count,
        facts: r.facts.iter().map(|f| Fact { label: f.label.clone(), value: f.value.clone() }).collect(),
        findings,
        recommendations,
        sources,
    })
}
