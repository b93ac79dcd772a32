//! The research files' records, exactly as `shared/data/README.md` describes
//! them. Every struct refuses unknown fields, so a field added to the research
//! later stops the import instead of being silently dropped.

use serde::Deserialize;
use serde_json::Value;

/// One record of an inspection file (`nps-and-regions.json`, `pdus.json`, ...).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchInspection {
    pub id: String,
    pub title: String,
    pub service_type: String,
    #[serde(default)]
    pub provider: Option<String>,
    #[serde(default)]
    pub area: Option<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub fieldwork: Option<String>,
    #[serde(default)]
    pub chief_inspector: Option<String>,
    #[serde(default)]
    pub overall_rating: Option<String>,
    /// Points scored; the maximum is never given here (see the record's facts).
    #[serde(default)]
    pub score: Option<u32>,
    #[serde(default)]
    pub ratings: Vec<ResearchRating>,
    #[serde(default)]
    pub recommendation_count: Option<u32>,
    #[serde(default)]
    pub facts: Vec<ResearchFact>,
    #[serde(default)]
    pub findings: Vec<ResearchFinding>,
    #[serde(default)]
    pub recommendations: Vec<ResearchRecommendation>,
    /// URLs, or `seed: <file> (<description>)` for the project's seed file.
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchRating {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    pub standard: String,
    /// A scale label such as "Requires improvement".
    pub rating: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchFact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchFinding {
    /// "strength" or "concern".
    pub kind: String,
    #[serde(default)]
    pub theme: Option<String>,
    pub text: String,
}

/// A recommendation inside an inspection record.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchRecommendation {
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub theme: Option<String>,
    pub text: String,
    /// "recommendation", "statement" or "unverified"; absent means unverified.
    #[serde(default)]
    pub basis: Option<String>,
    #[serde(default)]
    pub response: Option<String>,
    #[serde(default)]
    pub target_date: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// One entry of `recommendations.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchExtraRecommendation {
    pub inspection_id: String,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub theme: Option<String>,
    pub text: String,
    #[serde(default)]
    pub basis: Option<String>,
    #[serde(default)]
    pub response: Option<String>,
    #[serde(default)]
    pub target_date: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

impl ResearchExtraRecommendation {
    pub fn into_recommendation(self) -> ResearchRecommendation {
        ResearchRecommendation {
            to: self.to,
            theme: self.theme,
            text: self.text,
            basis: self.basis,
            response: self.response,
            target_date: self.target_date,
            source: self.source,
        }
    }
}

/// One entry of `corrections.json`: a better-sourced value for one field.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchCorrection {
    pub inspection_id: String,
    /// A field name of [`ResearchInspection`], e.g. `published` or `ratings`.
    pub field: String,
    /// In the research record's own format (ratings as labels, not scale ids).
    pub value: Value,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}
