use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::item_card::ItemCard;
use crate::links::{href, inspection_path, region_path, unit_path};
use crate::query::{Group, GroupBy, ItemRef, ListKind};
use crate::wording::{count_of, singular};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub list: ListKind,
    /// The list's items under their headings (one group when not grouped).
    pub groups: Rc<Vec<Group>>,
    pub by: GroupBy,
    /// How many rows to show.
    pub limit: usize,
    /// Search words to mark.
    pub query: AttrValue,
}

/// The first `limit` rows of a list, under their group headings. An item
/// listed under several groups carries its `id` only the first time, so ids
/// stay unique; each card has a key, so paging and regrouping keep the
/// cards already drawn.
#[function_component]
pub fn GroupedItems(props: &Props) -> Html {
    let Props { list, groups, by, limit, query } = props;
    let mut seen: BTreeSet<ItemRef> = BTreeSet::new();
    let mut card = |item: ItemRef| {
        let anchor = seen.insert(item);
        let key = format!("{}-{}-{}", item.inspection, item.item, anchor);
        html! { <ItemCard {key} list={*list} {item} with_inspection=true query={query.clone()} {anchor} /> }
    };
    if *by == GroupBy::None {
        let items: Vec<Html> = groups.iter().flat_map(|g| g.items.iter()).take(*limit).map(|&i| card(i)).collect();
        return html! { <ul id="results" class="item-list">{items}</ul> };
    }
    let mut left = *limit;
    let mut sections = Vec::new();
    for (n, group) in groups.iter().enumerate() {
        if left == 0 {
            break;
        }
        let take = left.min(group.items.len());
        left -= take;
        let heading_id = format!("group-{}-{n}", by.id());
        let label = match by {
            GroupBy::Inspection if !group.key.is_empty() => html! { <a href={href(&inspection_path(&group.key))}>{group.label.clone()}</a> },
            GroupBy::Region if !group.key.is_empty() => html! { <a href={href(&region_path(&group.key))}>{group.label.clone()}</a> },
            GroupBy::Unit if !group.key.is_empty() => html! { <a href={href(&unit_path(&group.key))}>{group.label.clone()}</a> },
            _ => html! { {group.label.clone()} },
        };
        let items: Vec<Html> = group.items.iter().take(take).map(|&i| card(i)).collect();
        sections.push(html! {
            <section class="group" key={heading_id.clone()} aria-labelledby={heading_id.clone()} data-group={group.key.clone()}>
                <h2 class="group-heading" id={heading_id}>
                    {label}{" "}<span class="group-count">{count_of(group.items.len(), *list)}</span>
                </h2>
                <ul class="item-list">{items}</ul>
            </section>
        });
    }
    let note = match by {
        GroupBy::Theme => Some(format!("A {} with several themes is listed under each.", singular(*list))),
        GroupBy::Region => Some(format!("A {} from an inspection of several regions is listed under each.", singular(*list))),
        _ => None,
    };
    html! {
        <div id="results" class="grouped" data-group-by={by.id()}>
            <p class="group-note">{note}</p>
            {sections}
        </div>
    }
}
