//! What the import declares rather than reads: the dataset's header, its
//! rating scale, and how the research's service types and regions map to the
//! dataset's ids. The research names these loosely, so the dataset's own
//! vocabulary is fixed here, once.

use crate::data::model::{Region, ScaleLevel, ServiceType};

use super::names::kebab_id;

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
