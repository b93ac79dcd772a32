//! Turns the research files (`shared/data/research/*.json`) into an
//! `inspection-explorer/v1` dataset.
//!
//! Everything here is a pure function of the files' text: the
//! `import-research` command reads the files, calls [`import`], prints the
//! [`ImportReport`] and the [`Completeness`] figures, and writes the result of
//! [`to_pretty_json`]. Same input, byte-identical output.
//!
//! What the import does, in order:
//! 1. reads every inspection file in the order given (ids kept unchanged; an id
//!    used twice fails the import);
//! 2. appends `recommendations.json` entries to their inspection's list, skipping
//!    one whose normalised text ([`normalise_text`]) is already there (the kept
//!    one takes the duplicate's basis, response, target date and source where it
//!    has none of its own);
//! 3. applies `corrections.json` in file order, except a correction whose note
//!    says the value was inferred rather than stated ([`inferred_keyword`]);
//! 4. maps labels to declared ids (scale, service types, regions, themes), gives
//!    findings and recommendations their ids (`<inspection>-f1`, `-r1`, ...),
//!    takes a score's maximum from the record's facts ([`score_max_from_facts`]),
//!    and turns source strings into `{url, title}` ([`source_from_research`]);
//! 5. validates the result with the same validator the app uses.

pub mod completeness;
mod json_path;
pub mod research;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io;

use serde::de::DeserializeOwned;
use serde_json::ser::{Formatter, PrettyFormatter};
use serde_json::Value;

use crate::data::date::PartialDate;
use crate::data::model::*;
use crate::data::validate::validate;

pub use completeness::{completeness, Completeness};
use research::*;

/// The inspection files, in the order their records appear in the dataset.
pub const INSPECTION_FILES: [&str; 5] =
    ["nps-and-regions.json", "pdus.json", "crcs.json", "extra-inspections.json", "more-inspections.json"];
pub const RECOMMENDATIONS_FILE: &str = "recommendations.json";
pub const CORRECTIONS_FILE: &str = "corrections.json";

/// A file's name (used in messages) and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedText {
    pub name: String,
    pub text: String,
}

impl NamedText {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        NamedText { name: name.into(), text: text.into() }
    }
}

/// The research as read from disk; absent optional files are `None`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResearchInput {
    /// In dataset order (see [`INSPECTION_FILES`]).
    pub inspection_files: Vec<NamedText>,
    pub recommendations: Option<NamedText>,
    pub corrections: Option<NamedText>,
}

/// A service type as the research names it, and the declared type it becomes.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceTypeMapping {
    pub research_name: String,
    pub declared: ServiceType,
}

/// Everything the import declares rather than reads: the header, the scale,
/// the service types and the regions. Only [`ImportConfig::probation`] is used
/// for the shipped data; tests may build their own.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportConfig {
    pub title: String,
    pub publisher: Option<String>,
    pub licence: String,
    /// Best first. A research rating matches a level by its `label` (ignoring case).
    pub scale: Vec<ScaleLevel>,
    pub service_types: Vec<ServiceTypeMapping>,
    /// A research region name matches a region whose id is the name's
    /// [`kebab_id`]; any other name fails the import.
    pub regions: Vec<Region>,
    /// A correction whose note contains one of these (ignoring case) is taken
    /// to give an inferred value, and is left out.
    pub inferred_note_keywords: Vec<String>,
}

impl ImportConfig {
    /// The HM Inspectorate of Probation dataset.
    pub fn probation() -> Self {
        let level = |id: &str, label: &str, score: f64| ScaleLevel { id: id.into(), label: label.into(), score };
        let service = |research: &str, id: &str, name: &str| ServiceTypeMapping {
            research_name: research.into(),
            declared: ServiceType { id: id.into(), name: name.into() },
        };
        // [column, row] on a 4 x 5 tile map of England and Wales; rows grow southwards.
        let regions: [(&str, [i32; 2]); 12] = [
            ("North East", [2, 0]),
            ("North West", [1, 1]),
            ("Yorkshire and the Humber", [2, 1]),
            ("Greater Manchester", [1, 2]),
            ("East Midlands", [2, 2]),
            ("West Midlands", [1, 3]),
            ("East of England", [3, 2]),
            ("Wales", [0, 3]),
            ("South West", [1, 4]),
            ("South Central", [2, 3]),
            ("London", [3, 3]),
            ("Kent Surrey and Sussex", [3, 4]),
        ];
        ImportConfig {
            title: "HM Inspectorate of Probation: ratings, findings and recommendations".into(),
            publisher: Some("Compiled from public HM Inspectorate of Probation publications and their coverage".into()),
            licence: "Contains public sector information licensed under the Open Government Licence v3.0".into(),
            scale: vec![
                level("outstanding", "Outstanding", 3.0),
                level("good", "Good", 2.0),
                level("requires-improvement", "Requires improvement", 1.0),
                level("inadequate", "Inadequate", 0.0),
            ],
            service_types: vec![
                service("NPS division", "nps-division", "NPS division"),
                service("CRC", "crc", "Community Rehabilitation Company (CRC)"),
                service("Probation Service PDU", "probation-pdu", "Probation Delivery Unit (PDU)"),
                service("Probation Service region", "probation-region", "Probation Service region"),
                service("National", "national", "National inspection"),
            ],
            regions: regions
                .iter()
                .map(|(name, tile)| Region { id: kebab_id(name), name: (*name).into(), tile: Some(*tile) })
                .collect(),
            inferred_note_keywords: ["derived", "inferred", "not listed", "does not list", "does not say"]
                .iter()
                .map(|k| k.to_string())
                .collect(),
        }
    }
}

/// What happened to one correction.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionOutcome {
    pub inspection_id: String,
    pub field: String,
    /// For an applied one, `old -> new`; for a skipped one, why.
    pub detail: String,
}

/// What the import did beyond copying, for the maintainer to read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    pub inspection_files: Vec<(String, usize)>,
    pub applied: Vec<CorrectionOutcome>,
    pub skipped: Vec<CorrectionOutcome>,
    /// Recommendations already in the inspection files.
    pub recommendations_in_records: usize,
    /// Recommendations appended from `recommendations.json`.
    pub recommendations_appended: usize,
    /// `recommendations.json` entries left out as duplicates, one line each.
    pub duplicates: Vec<String>,
    /// Other things worth a look (a score left null, a source added, ...).
    pub notes: Vec<String>,
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Inspection files:")?;
        for (name, n) in &self.inspection_files {
            writeln!(f, "  {name}: {n} inspection(s)")?;
        }
        writeln!(f, "Corrections applied ({}):", self.applied.len())?;
        for c in &self.applied {
            writeln!(f, "  {} {}: {}", c.inspection_id, c.field, c.detail)?;
        }
        writeln!(f, "Corrections skipped ({}):", self.skipped.len())?;
        for c in &self.skipped {
            writeln!(f, "  {} {}: {}", c.inspection_id, c.field, c.detail)?;
        }
        writeln!(
            f,
            "Recommendations: {} in the inspection files, {} appended from {}, {} duplicate(s) skipped:",
            self.recommendations_in_records,
            self.recommendations_appended,
            RECOMMENDATIONS_FILE,
            self.duplicates.len()
        )?;
        for d in &self.duplicates {
            writeln!(f, "  {d}")?;
        }
        writeln!(f, "Notes ({}):", self.notes.len())?;
        for n in &self.notes {
            writeln!(f, "  {n}")?;
        }
        Ok(())
    }
}

/// Every problem found; the import produces nothing when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub problems: Vec<String>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the import failed with {} problem(s):", self.problems.len())?;
        for p in &self.problems {
            writeln!(f, "  {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

/// The dataset and the report of how it was made.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub dataset: Dataset,
    pub report: ImportReport,
}

/// Builds the dataset. `updated` is the dataset's date (`YYYY-MM-DD`).
pub fn import(input: &ResearchInput, config: &ImportConfig, updated: &str) -> Result<Import, ImportError> {
    let mut problems = Vec::new();
    let mut report = ImportReport::default();

    if !is_full_date(updated) {
        problems.push(format!("the updated date \"{updated}\" is not a date of the form YYYY-MM-DD"));
    }
    if input.inspection_files.is_empty() {
        problems.push("no inspection file was given".into());
    }

    // 1. Inspection records, in file order.
    let mut records: Vec<ResearchInspection> = Vec::new();
    let mut origin: HashMap<String, String> = HashMap::new();
    for file in &input.inspection_files {
        let Some(list) = parse_list::<ResearchInspection>(file, &mut problems) else { continue };
        report.inspection_files.push((file.name.clone(), list.len()));
        for rec in list {
            if let Some(first) = origin.get(&rec.id) {
                problems.push(format!("{}: inspection id \"{}\" is already used in {first}", file.name, rec.id));
                continue;
            }
            origin.insert(rec.id.clone(), file.name.clone());
            records.push(rec);
        }
    }
    report.recommendations_in_records = records.iter().map(|r| r.recommendations.len()).sum();
    let index: HashMap<String, usize> = records.iter().enumerate().map(|(i, r)| (r.id.clone(), i)).collect();

    // 2. recommendations.json, appended by inspection id.
    if let Some(file) = &input.recommendations {
        if let Some(list) = parse_list::<ResearchExtraRecommendation>(file, &mut problems) {
            for (n, extra) in list.into_iter().enumerate() {
                let Some(&i) = index.get(&extra.inspection_id) else {
                    problems.push(format!(
                        "{}[{n}]: inspection_id \"{}\" is not an inspection in the research files",
                        file.name, extra.inspection_id
                    ));
                    continue;
                };
                let record = &mut records[i];
                let key = normalise_text(&extra.text);
                match record.recommendations.iter_mut().find(|r| normalise_text(&r.text) == key) {
                    Some(kept) => {
                        let filled = fill_gaps(kept, &extra);
                        let filled = if filled.is_empty() {
                            String::new()
                        } else {
                            format!(" (the kept one took its {})", filled.join(", "))
                        };
                        report.duplicates.push(format!(
                            "{} {}[{n}] \"{}\" duplicates a recommendation already in the record{filled}",
                            extra.inspection_id, file.name, extra.text
                        ));
                    }
                    None => {
                        record.recommendations.push(extra.into_recommendation());
                        report.recommendations_appended += 1;
                    }
                }
            }
        }
    }

    // 3. corrections.json, in file order.
    if let Some(file) = &input.corrections {
        if let Some(list) = parse_list::<ResearchCorrection>(file, &mut problems) {
            for (n, correction) in list.into_iter().enumerate() {
                let place = format!("{}[{n}]", file.name);
                let Some(&i) = index.get(&correction.inspection_id) else {
                    problems.push(format!(
                        "{place}: inspection_id \"{}\" is not an inspection in the research files",
                        correction.inspection_id
                    ));
                    continue;
                };
                let note = correction.note.as_deref().unwrap_or("");
                if let Some(keyword) = inferred_keyword(note, &config.inferred_note_keywords) {
                    report.skipped.push(CorrectionOutcome {
                        inspection_id: correction.inspection_id.clone(),
                        field: correction.field.clone(),
                        detail: format!(
                            "left out: its note says the value was inferred, not stated (contains \"{keyword}\"): {note}"
                        ),
                    });
                    continue;
                }
                match apply_correction(&mut records[i], &correction) {
                    Ok(change) => {
                        let mut detail = change;
                        if let Some(source) = &correction.source {
                            if !records[i].sources.iter().any(|s| s == source) {
                                records[i].sources.push(source.clone());
                                detail.push_str("; source added");
                            }
                        }
                        report.applied.push(CorrectionOutcome {
                            inspection_id: correction.inspection_id.clone(),
                            field: correction.field.clone(),
                            detail,
                        });
                    }
                    Err(e) => {
                        problems.push(format!("{place} ({} {}): {e}", correction.inspection_id, correction.field))
                    }
                }
            }
        }
    }

    // 4. Map to the dataset's model.
    let mut themes: BTreeMap<String, String> = BTreeMap::new();
    let mut inspections = Vec::with_capacity(records.len());
    for record in &records {
        match convert(record, config, &mut themes, &mut report.notes) {
            Ok(ins) => inspections.push(ins),
            Err(mut p) => problems.append(&mut p),
        }
    }

    if !problems.is_empty() {
        return Err(ImportError { problems });
    }

    let dataset = Dataset {
        schema: SCHEMA.into(),
        title: config.title.clone(),
        publisher: config.publisher.clone(),
        licence: config.licence.clone(),
        updated: updated.into(),
        scale: config.scale.clone(),
        regions: config.regions.clone(),
        service_types: config.service_types.iter().map(|s| s.declared.clone()).collect(),
        themes: themes.into_iter().map(|(id, name)| Theme { id, name }).collect(),
        inspections,
    };

    // 5. The same rules the app enforces.
    let breaches = validate(&dataset);
    if !breaches.is_empty() {
        return Err(ImportError {
            problems: breaches.iter().map(|b| format!("the result breaks the format: {b}")).collect(),
        });
    }
    Ok(Import { dataset, report })
}

fn parse_list<T: DeserializeOwned>(file: &NamedText, problems: &mut Vec<String>) -> Option<Vec<T>> {
    match serde_json::from_str::<Vec<T>>(&file.text) {
        Ok(list) => Some(list),
        Err(e) => {
            let path = json_path::error_path(&file.text, &e);
            problems.push(format!("{}: {}: {e}", file.name, if path.is_empty() { "file" } else { &path }));
            None
        }
    }
}

/// Copies a duplicate's basis, response, target date and source into the kept
/// recommendation where it has none; returns the names of the fields filled.
fn fill_gaps(kept: &mut ResearchRecommendation, duplicate: &ResearchExtraRecommendation) -> Vec<&'static str> {
    let mut filled = Vec::new();
    let pairs: [(&mut Option<String>, &Option<String>, &'static str); 4] = [
        (&mut kept.basis, &duplicate.basis, "basis"),
        (&mut kept.response, &duplicate.response, "response"),
        (&mut kept.target_date, &duplicate.target_date, "target date"),
        (&mut kept.source, &duplicate.source, "source"),
    ];
    for (mine, theirs, name) in pairs {
        if mine.is_none() {
            if let Some(v) = theirs {
                *mine = Some(v.clone());
                filled.push(name);
            }
        }
    }
    filled
}

/// Overrides one field of a research record; returns `old -> new`.
fn apply_correction(record: &mut ResearchInspection, c: &ResearchCorrection) -> Result<String, String> {
    fn set<T: DeserializeOwned + serde::Serialize>(slot: &mut T, value: &Value) -> Result<String, String> {
        let new: T = serde_json::from_value(value.clone()).map_err(|e| format!("the value does not fit: {e}"))?;
        let old = serde_json::to_string(slot).unwrap_or_default();
        *slot = new;
        let new = serde_json::to_string(slot).unwrap_or_default();
        Ok(if old == new { format!("{new} (unchanged)") } else { format!("{old} -> {new}") })
    }
    match c.field.as_str() {
        "title" => set(&mut record.title, &c.value),
        "provider" => set(&mut record.provider, &c.value),
        "area" => set(&mut record.area, &c.value),
        "regions" => set(&mut record.regions, &c.value),
        "published" => set(&mut record.published, &c.value),
        "fieldwork" => set(&mut record.fieldwork, &c.value),
        "chief_inspector" => set(&mut record.chief_inspector, &c.value),
        "overall_rating" => set(&mut record.overall_rating, &c.value),
        "score" => set(&mut record.score, &c.value),
        "recommendation_count" => set(&mut record.recommendation_count, &c.value),
        "ratings" => {
            let new: Vec<ResearchRating> =
                serde_json::from_value(c.value.clone()).map_err(|e| format!("the value does not fit: {e}"))?;
            let old = record.ratings.len();
            record.ratings = new;
            let list: Vec<String> = record.ratings.iter().map(|r| format!("{} {}", r.standard, r.rating)).collect();
            Ok(format!("{old} rating(s) -> {} rating(s): {}", record.ratings.len(), list.join(", ")))
        }
        other => Err(format!("the field \"{other}\" cannot be corrected by the import")),
    }
}

/// The first keyword (from `keywords`) found in a correction's note, ignoring case.
pub fn inferred_keyword<'a>(note: &str, keywords: &'a [String]) -> Option<&'a str> {
    let lower = note.to_lowercase();
    keywords.iter().find(|k| lower.contains(&k.to_lowercase())).map(String::as_str)
}

/// Lower case, punctuation and runs of spaces folded to one space: the key by
/// which two recommendation texts are the same.
pub fn normalise_text(text: &str) -> String {
    text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// `"risk of harm"` -> `"risk-of-harm"`, `"ICT"` -> `"ict"`, `"Kent, Surrey and Sussex"`
/// -> `"kent-surrey-and-sussex"`.
pub fn kebab_id(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A theme's readable name: the first letter raised when the research wrote it
/// in lower case (`"risk of harm"` -> `"Risk of harm"`); `"ICT"` stays.
pub fn theme_name(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A research source string as `{url, title}`:
/// - an http(s) URL keeps its address and is titled after its host
///   ([`host_title`]);
/// - `seed: <file> (<what>)` has no address and is titled
///   `<What> (project seed file <file>)`;
/// - anything else has no address and is its own title.
pub fn source_from_research(text: &str) -> Source {
    let text = text.trim();
    if is_web_url(text) {
        return Source { url: Some(text.into()), title: host_title(text) };
    }
    if let Some(rest) = text.strip_prefix("seed:") {
        let rest = rest.trim();
        let (file, what) = match (rest.find('('), rest.ends_with(')')) {
            (Some(open), true) => (rest[..open].trim(), Some(rest[open + 1..rest.len() - 1].trim())),
            _ => (rest, None),
        };
        let title = match what {
            Some(what) if !what.is_empty() => format!("{} (project seed file {file})", theme_name(what)),
            _ => format!("Project seed file {file}"),
        };
        return Source { url: None, title };
    }
    Source { url: None, title: text.into() }
}

/// A readable name for a web address's site: the inspectorate's and the BBC's
/// own names, otherwise the host without `www.`.
pub fn host_title(url: &str) -> String {
    let host = host_of(url);
    let is_or_under = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    if is_or_under("justiceinspectorates.gov.uk") {
        "HM Inspectorate of Probation".into()
    } else if is_or_under("bbc.co.uk") || is_or_under("bbci.co.uk") || is_or_under("bbc.com") {
        "BBC News".into()
    } else {
        host.strip_prefix("www.").unwrap_or(&host).to_string()
    }
}

fn host_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map(|(_, rest)| rest).unwrap_or(url);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    host.to_ascii_lowercase()
}

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

fn is_full_date(text: &str) -> bool {
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

/// One research record as a dataset inspection.
fn convert(
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

/// The dataset as pretty-printed JSON (2-space indent, fields in the model's
/// order, whole numbers without a decimal point, a final newline): the
/// committed file's exact form.
pub fn to_pretty_json(dataset: &Dataset) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, WholeNumbers(PrettyFormatter::with_indent(b"  ")));
    serde::Serialize::serialize(dataset, &mut ser).expect("a dataset always serialises");
    let mut text = String::from_utf8(out).expect("serde_json writes UTF-8");
    text.push('\n');
    text
}

/// serde_json's pretty printer, except that an `f64` with no fractional part
/// is written as an integer (`3`, not `3.0`).
struct WholeNumbers<'a>(PrettyFormatter<'a>);

impl Formatter for WholeNumbers<'_> {
    fn write_f64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        if value.fract() == 0.0 && value.abs() < 9.0e15 {
            self.0.write_i64(writer, value as i64)
        } else {
            self.0.write_f64(writer, value)
        }
    }
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}
