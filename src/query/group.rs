//! Grouping a list's results under headings: by theme, region, inspection,
//! addressee or inspected unit. Pure, so the page and the tests share it.

use std::collections::BTreeMap;

use super::engine::Catalog;
use super::list::{ItemRef, ListKind};
use super::search::fold;
use super::view::GroupBy;

/// One heading of a grouped list and the items under it, in list order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// A stable key for the heading: the theme, region, inspection or unit
    /// id, the folded addressee (spaces collapsed), or "" for the group of
    /// items with none.
    pub key: String,
    /// The heading's text ("" for an ungrouped list).
    pub label: String,
    pub items: Vec<ItemRef>,
}

/// Puts each item under every heading of `headings` (key, label) that
/// `members` gives for it, by position, and the items with none under a
/// last heading `none`. Empty groups are left out.
fn bucketed<M: Iterator<Item = usize>>(
    items: &[ItemRef],
    headings: Vec<(String, String)>,
    none: &str,
    members: impl Fn(ItemRef) -> M,
) -> Vec<Group> {
    let mut buckets: Vec<Vec<ItemRef>> = vec![Vec::new(); headings.len() + 1];
    for &item in items {
        let mut any = false;
        for b in members(item) {
            buckets[b].push(item);
            any = true;
        }
        if !any {
            buckets[headings.len()].push(item);
        }
    }
    headings
        .into_iter()
        .chain(std::iter::once((String::new(), none.to_string())))
        .zip(buckets)
        .filter(|(_, items)| !items.is_empty())
        .map(|((key, label), items)| Group { key, label, items })
        .collect()
}

/// Puts each item under the heading `key_of` gives it, the headings in the
/// order they first appear in the list (`heading` gives a key's id and
/// label), and the items with none under a last heading `none`.
fn in_list_order(
    items: &[ItemRef],
    none: &str,
    key_of: impl Fn(ItemRef) -> Option<usize>,
    heading: impl Fn(usize) -> (String, String),
) -> Vec<Group> {
    let mut at: BTreeMap<usize, usize> = BTreeMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut without: Vec<ItemRef> = Vec::new();
    for &item in items {
        let Some(k) = key_of(item) else {
            without.push(item);
            continue;
        };
        let g = *at.entry(k).or_insert_with(|| {
            let (key, label) = heading(k);
            groups.push(Group { key, label, items: Vec::new() });
            groups.len() - 1
        });
        groups[g].items.push(item);
    }
    if !without.is_empty() {
        groups.push(Group { key: String::new(), label: none.to_string(), items: without });
    }
    groups
}

impl Catalog {
    /// Groups `items` (already filtered and sorted) for display. An item
    /// with several themes (or whose inspection covers several regions)
    /// appears under each; one with none goes in a last group with the key
    /// "". Themes and regions keep the dataset's declared order,
    /// inspections and units the order of the list, addressees A to Z.
    /// Empty groups are left out.
    pub fn group(&self, list: ListKind, items: &[ItemRef], by: GroupBy) -> Vec<Group> {
        assert!(list != ListKind::Inspections, "inspections are not grouped");
        let d = &self.data;
        match by {
            GroupBy::None => {
                if items.is_empty() {
                    vec![]
                } else {
                    vec![Group { key: String::new(), label: String::new(), items: items.to_vec() }]
                }
            }
            GroupBy::Theme => bucketed(
                items,
                d.themes.iter().map(|t| (t.id.clone(), t.name.clone())).collect(),
                "No theme",
                |item| self.item_themes(list, item),
            ),
            GroupBy::Region => bucketed(
                items,
                d.regions.iter().map(|r| (r.id.clone(), r.name.clone())).collect(),
                "No region (national)",
                |item| self.inspection_regions(item.inspection),
            ),
            GroupBy::Inspection => in_list_order(items, "", |item| Some(item.inspection), |i| {
                let x = &d.inspections[i];
                (x.id.clone(), x.title.clone())
            }),
            GroupBy::Unit => in_list_order(items, "No inspected unit given", |item| self.unit_of(item.inspection), |u| {
                let unit = &d.units[u];
                (unit.id.clone(), unit.name.clone())
            }),
            GroupBy::Addressee => {
                let mut at: BTreeMap<String, usize> = BTreeMap::new();
                let mut groups: Vec<Group> = Vec::new();
                let mut nobody: Vec<ItemRef> = Vec::new();
                for &item in items {
                    let to = match list {
                        ListKind::Recommendations => d.inspections[item.inspection].recommendations[item.item].to.as_deref(),
                        _ => None,
                    }
                    .map(str::trim)
                    .filter(|t| !t.is_empty());
                    match to {
                        None => nobody.push(item),
                        Some(to) => {
                            // Same body whatever the case, accents or spacing.
                            let key = fold(to).split_whitespace().collect::<Vec<_>>().join(" ");
                            let g = *at.entry(key.clone()).or_insert_with(|| {
                                groups.push(Group { key, label: to.to_string(), items: Vec::new() });
                                groups.len() - 1
                            });
                            groups[g].items.push(item);
                        }
                    }
                }
                crate::sort::sort_by(&mut groups, &|a, b| a.key.cmp(&b.key));
                if !nobody.is_empty() {
                    groups.push(Group { key: String::new(), label: "No addressee given".into(), items: nobody });
                }
                groups
            }
        }
    }
}
