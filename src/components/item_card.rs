use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::copy_link::CopyLink;
use crate::components::marked_text::marked_text;
use crate::components::rating_tag::RatingTag;
use crate::components::source_link::source_link;
use crate::components::term_row::term_row;
use crate::data::date::PartialDate;
use crate::links::{finding_path, href, inspection_path, recommendation_path};
use crate::query::{ItemRef, ListKind};
use crate::wording::{basis_plainly, published_or_undated, source_title};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// `Findings` or `Recommendations`.
    pub list: ListKind,
    pub item: ItemRef,
    /// Show which inspection the item belongs to (in the cross-inspection lists).
    #[prop_or_default]
    pub with_inspection: bool,
    #[prop_or_default]
    pub highlighted: bool,
    /// Search words to mark.
    #[prop_or_default]
    pub query: AttrValue,
    /// Carry the dataset id as the element's `id` (false where the same item
    /// is already on the page, e.g. under another theme of a grouped list).
    #[prop_or(true)]
    pub anchor: bool,
}

/// One finding or recommendation, with its id as the element id and a
/// "Copy link" for its permanent URL. Every dataset text is rendered as text.
#[function_component]
pub fn ItemCard(props: &Props) -> Html {
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let inspection = &dataset.inspections[props.item.inspection];
    let query = props.query.clone();
    let theme_tags = |themes: &[String]| {
        html! {
            <ul class="tags" aria-label="Themes">
                {for themes.iter().map(|t| html! {
                    <li class="tag">{dataset.theme(t).map(|x| x.name.clone()).unwrap_or_else(|| t.clone())}</li>
                })}
            </ul>
        }
    };
    let context = props.with_inspection.then(|| {
        html! {
            <p class="item-context">
                <a href={href(&inspection_path(&inspection.id))}>{&inspection.title}</a>
                {" · "}<span class="item-date">{published_or_undated(inspection)}</span>
                {" · overall "}<RatingTag rating={inspection.overall.clone()} />
            </p>
        }
    });
    let class = |base: &'static str| classes!(base, "item", props.highlighted.then_some("highlighted"));
    let aria_current = props.highlighted.then_some("true");
    match props.list {
        ListKind::Findings => {
            let f = &inspection.findings[props.item.item];
            html! {
                <li class={class("finding")} id={props.anchor.then(|| f.id.clone())} data-item={f.id.clone()} aria-current={aria_current}>
                    <p class="item-meta">
                        <span class={classes!("kind", format!("kind-{}", f.kind.id()))}>{f.kind.label()}</span>
                        {theme_tags(&f.themes)}
                    </p>
                    <p class="item-text">{marked_text(&f.text.clone().into(), &query)}</p>
                    {context}
                    <CopyLink path={finding_path(&f.id)} label={format!("Copy link to finding {}", f.id)} />
                </li>
            }
        }
        _ => {
            let r = &inspection.recommendations[props.item.item];
            html! {
                <li class={class("recommendation")} id={props.anchor.then(|| r.id.clone())} data-item={r.id.clone()} aria-current={aria_current}>
                    <p class="item-meta">
                        <span class={classes!("basis", format!("basis-{}", r.basis.id()))}>{basis_plainly(r.basis)}</span>
                        {theme_tags(&r.themes)}
                    </p>
                    <p class="item-text">{marked_text(&r.text.clone().into(), &query)}</p>
                    <dl class="item-details">
                        if let Some(to) = &r.to {
                            {term_row("To", marked_text(&to.clone().into(), &query))}
                        }
                        if let Some(response) = r.response {
                            {term_row("HMPPS response", response.label())}
                        }
                        if let Some(target) = r.target_date.as_deref().and_then(PartialDate::parse) {
                            {term_row("Target date", target.human())}
                        }
                        if let Some(source) = &r.source {
                            {term_row("Source", source_link(Some(source.clone().into()), source_title(source).into()))}
                        }
                    </dl>
                    {context}
                    <CopyLink path={recommendation_path(&r.id)} label={format!("Copy link to recommendation {}", r.id)} />
                </li>
            }
        }
    }
}
