//! Which inspected unit each inspection is of. The inspections of one area
//! with one service type are of one unit (its id and name made from the
//! area by the type's patterns, see [`ServiceTypeMapping`]), except where
//! the config says otherwise: an area the research writes two ways
//! ([`AreaAlias`]), or an inspection that is a unit of its own
//! ([`OwnUnit`]). An inspection without an area has no unit.
//!
//! [`ServiceTypeMapping`]: super::config::ServiceTypeMapping
//! [`AreaAlias`]: super::config::AreaAlias
//! [`OwnUnit`]: super::config::OwnUnit

use std::collections::BTreeMap;

use crate::data::model::{Inspection, Unit};

use super::config::ImportConfig;
use super::names::kebab_id;

/// Gives every inspection its unit and returns the units, by id. Two
/// spellings of one id (the same words, other punctuation) are one unit,
/// named as first met; a unit of its own whose id another unit has is a
/// problem.
pub(super) fn assign_units(
    inspections: &mut [Inspection],
    config: &ImportConfig,
    problems: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> Vec<Unit> {
    let mut units: BTreeMap<String, String> = BTreeMap::new();
    let own: BTreeMap<&str, &Unit> = config.own_units.iter().map(|o| (o.unit.id.as_str(), &o.unit)).collect();
    for x in inspections.iter_mut() {
        let unit = match config.own_units.iter().find(|o| o.inspection_id == x.id) {
            Some(o) => o.unit.clone(),
            None => {
                let Some(area) = x.area.as_deref() else {
                    notes.push(format!("{}: no area, so no unit", x.id));
                    continue;
                };
                let area = config.area_aliases.iter().find(|a| a.spelling == area).map_or(area, |a| a.area.as_str());
                let Some(mapping) = config.service_types.iter().find(|s| s.declared.id == x.service_type) else { continue };
                let id = kebab_id(&mapping.unit_id.replace("{}", area));
                if own.contains_key(id.as_str()) {
                    problems.push(format!("{}: its unit \"{id}\" is also a unit of its own", x.id));
                }
                Unit { id, name: mapping.unit_name.replace("{}", area) }
            }
        };
        match units.get(&unit.id) {
            Some(name) if *name != unit.name => {
                notes.push(format!("{}: unit {} is written \"{}\" here; named \"{name}\"", x.id, unit.id, unit.name));
            }
            Some(_) => {}
            None => {
                units.insert(unit.id.clone(), unit.name.clone());
            }
        }
        x.unit = Some(unit.id);
    }
    units.into_iter().map(|(id, name)| Unit { id, name }).collect()
}
