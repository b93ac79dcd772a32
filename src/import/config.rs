//! What the import declares rather than reads: the dataset's header, its
//! rating scale, and how the research's service types and regions map to the
//! dataset's ids. The research names these loosely, so the dataset's own
//! vocabulary is fixed here, once.

use crate::data::model::{Region, ScaleLevel, ServiceType, Unit};

use super::names::kebab_id;

/// A service type as the research names it, the declared type it becomes,
/// and how its inspected units are named from an inspection's area.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceTypeMapping {
    pub research_name: String,
    pub declared: ServiceType,
    /// The unit's id, with `{}` for the area: its [`kebab_id`] is the id
    /// (`"NPS {}"` and "South West" give `nps-south-west`).
    pub unit_id: String,
    /// The unit's name, with `{}` for the area (`"NPS {} division"`).
    pub unit_name: String,
}

/// One area written two ways in the research: inspections of `spelling`
/// are of the unit of `area`, for the reason given.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaAlias {
    pub spelling: String,
    pub area: String,
    pub why: String,
}

/// An inspection whose unit is not the one its area and service type
/// would give, for the reason given.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnUnit {
    pub inspection_id: String,
    pub unit: Unit,
    pub why: String,
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
    /// Areas the research writes two ways.
    pub area_aliases: Vec<AreaAlias>,
    /// Inspections that are units of their own.
    pub own_units: Vec<OwnUnit>,
}

impl ImportConfig {
    /// The HM Inspectorate of Probation dataset.
    pub fn probation() -> Self {
        let level = |id: &str, label: &str, score: f64| ScaleLevel { id: id.into(), label: label.into(), score };
        let service = |research: &str, id: &str, name: &str, (unit_id, unit_name): (&str, &str)| ServiceTypeMapping {
            research_name: research.into(),
            declared: ServiceType { id: id.into(), name: name.into() },
            unit_id: unit_id.into(),
            unit_name: unit_name.into(),
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
            // The NPS divisions and the CRCs ended with the unification of
            // June 2021, so they are units of their own, never joined with
            // the Probation Service's regions and PDUs that followed them.
            service_types: vec![
                service("NPS division", "nps-division", "NPS division", ("NPS {}", "NPS {} division")),
                service("CRC", "crc", "Community Rehabilitation Company (CRC)", ("CRC {}", "{} CRC")),
                service("Probation Service PDU", "probation-pdu", "Probation Delivery Unit (PDU)", ("{}", "{}")),
                service("Probation Service region", "probation-region", "Probation Service region", ("{} region", "{} region")),
                service("National", "national", "National inspection", ("Probation Service {}", "Probation Service, {}")),
            ],
            regions: regions
                .iter()
                .map(|(name, tile)| Region { id: kebab_id(name), name: (*name).into(), tile: Some(*tile) })
                .collect(),
            inferred_note_keywords: ["derived", "inferred", "not listed", "does not list", "does not say"]
                .iter()
                .map(|k| k.to_string())
                .collect(),
            area_aliases: vec![AreaAlias {
                spelling: "South Tyneside and Gateshead PDU".into(),
                area: "Gateshead and South Tyneside PDU".into(),
                why: "the same PDU, its two places named in the other order: the 2025 record says it is the second \
                      inspection of the PDU and that the previous one, in 2022, rated it Good"
                    .into(),
            }],
            own_units: vec![OwnUnit {
                inspection_id: "nps-central-functions-2020".into(),
                unit: Unit { id: "nps-central-functions".into(), name: "NPS central functions".into() },
                why: "an inspection of the central functions supporting the National Probation Service, which ended \
                      in 2021; the national inspection of 2025 is of the unified Probation Service"
                    .into(),
            }],
        }
    }
}
