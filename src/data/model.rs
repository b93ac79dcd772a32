//! The `inspection-explorer/v1` document, as typed Rust values.
//!
//! Nothing here knows about probation: the scale, regions, service types,
//! themes and standards all come from the file, so another inspectorate's
//! data in the same format loads unchanged.

use serde::Serialize;

pub const SCHEMA: &str = "inspection-explorer/v1";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dataset {
    pub schema: String,
    pub title: String,
    pub publisher: Option<String>,
    pub licence: String,
    pub updated: String,
    /// Best level first.
    pub scale: Vec<ScaleLevel>,
    pub regions: Vec<Region>,
    pub service_types: Vec<ServiceType>,
    pub themes: Vec<Theme>,
    /// The inspected units (optional in a file: a file without them has none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<Unit>,
    pub inspections: Vec<Inspection>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScaleLevel {
    pub id: String,
    pub label: String,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// `[column, row]` on a tile map; rows grow southwards.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tile: Option<[i32; 2]>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceType {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Theme {
    pub id: String,
    pub name: String,
}

/// An inspected unit: a PDU, a CRC, an NPS division, a region of the
/// Probation Service. One unit is inspected again and again over the years;
/// its inspections name it in their `unit`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unit {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Inspection {
    pub id: String,
    pub title: String,
    pub service_type: String,
    pub provider: Option<String>,
    pub area: Option<String>,
    /// A unit id; `None` when the file does not say which unit was inspected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub regions: Vec<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when no source gives it.
    pub published: Option<String>,
    /// An ISO interval such as `2021-02/2021-03`, or a single date.
    pub fieldwork: Option<String>,
    pub chief_inspector: Option<String>,
    /// A scale id; `None` for an unrated inspection.
    pub overall: Option<String>,
    pub score: Option<Score>,
    pub ratings: Vec<StandardRating>,
    /// As published; may exceed `recommendations.len()`.
    pub recommendation_count: Option<u32>,
    pub facts: Vec<Fact>,
    pub findings: Vec<Finding>,
    pub recommendations: Vec<Recommendation>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub value: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardRating {
    pub code: Option<String>,
    pub domain: Option<String>,
    pub standard: String,
    pub rating: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    Strength,
    Concern,
}

impl FindingKind {
    pub const ALL: [FindingKind; 2] = [FindingKind::Strength, FindingKind::Concern];

    pub fn id(self) -> &'static str {
        match self {
            FindingKind::Strength => "strength",
            FindingKind::Concern => "concern",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FindingKind::Strength => "Strength",
            FindingKind::Concern => "Concern",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: String,
    pub kind: FindingKind,
    pub themes: Vec<String>,
    pub text: String,
}

/// Where a recommendation's wording comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// One of the report's own recommendations.
    Recommendation,
    /// A call for action in the inspectorate's press release or its coverage.
    Statement,
    /// Could not be checked against the report.
    Unverified,
}

impl Basis {
    pub const ALL: [Basis; 3] = [Basis::Recommendation, Basis::Statement, Basis::Unverified];

    pub fn id(self) -> &'static str {
        match self {
            Basis::Recommendation => "recommendation",
            Basis::Statement => "statement",
            Basis::Unverified => "unverified",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Basis::Recommendation => "Report recommendation",
            Basis::Statement => "Statement in press release or coverage",
            Basis::Unverified => "Unverified",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Response {
    Accepted,
    PartiallyAccepted,
    NotAccepted,
}

impl Response {
    pub const ALL: [Response; 3] = [Response::Accepted, Response::PartiallyAccepted, Response::NotAccepted];
    /// What a recommendation can say of its response: one of them, or none
    /// known (`None`), in the order a filter lists them.
    pub const CHOICES: [Option<Response>; 4] =
        [Some(Response::Accepted), Some(Response::PartiallyAccepted), Some(Response::NotAccepted), None];

    /// A choice's id in an address: the response's own, or `none`.
    pub fn choice_id(choice: Option<Response>) -> &'static str {
        choice.map_or("none", Response::id)
    }

    pub fn choice_from_id(id: &str) -> Option<Option<Response>> {
        Self::CHOICES.into_iter().find(|c| Response::choice_id(*c) == id)
    }

    /// As the file writes it.
    pub fn id(self) -> &'static str {
        match self {
            Response::Accepted => "accepted",
            Response::PartiallyAccepted => "partially-accepted",
            Response::NotAccepted => "not-accepted",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Response::Accepted => "Accepted",
            Response::PartiallyAccepted => "Partially accepted",
            Response::NotAccepted => "Not accepted",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    pub id: String,
    /// The body the recommendation is addressed to.
    pub to: Option<String>,
    pub themes: Vec<String>,
    pub text: String,
    pub basis: Basis,
    pub response: Option<Response>,
    pub target_date: Option<String>,
    /// Where this recommendation was read; not always a URL.
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// Usually an http(s) URL; `None` for a source with no address (a
    /// document the project holds). Only http(s) URLs are ever made links.
    pub url: Option<String>,
    pub title: String,
}

impl Dataset {
    pub fn scale_level(&self, id: &str) -> Option<&ScaleLevel> {
        self.scale.iter().find(|s| s.id == id)
    }
    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }
    pub fn service_type(&self, id: &str) -> Option<&ServiceType> {
        self.service_types.iter().find(|t| t.id == id)
    }
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }
    pub fn inspection(&self, id: &str) -> Option<&Inspection> {
        self.inspections.iter().find(|i| i.id == id)
    }
    pub fn finding_count(&self) -> usize {
        self.inspections.iter().map(|i| i.findings.len()).sum()
    }
    pub fn recommendation_count(&self) -> usize {
        self.inspections.iter().map(|i| i.recommendations.len()).sum()
    }
}

/// Only http and https addresses become links; anything else (`javascript:`,
/// `data:`, a bare file name) is shown as plain text.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && !url.chars().any(char::is_whitespace)
}
