use yew::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::components::term;
use crate::components::marked_text::marked_text;
use crate::components::rating_tag::rating_tag;
use crate::components::source_link::source_link;
use crate::data::date::PartialDate;
use crate::data::Dataset;
use crate::wording::{basis_plainly, source_title};
use crate::links::{finding_path, href, inspection_path, recommendation_path};
use crate::query::{ItemRef, ListKind};

/// How an item is shown.
pub struct Card<'a> {
    /// `Findings` or `Recommendations`.
    pub list: ListKind,
    pub item: ItemRef,
    /// Show which inspection the item belongs to (in the cross-inspection lists).
    pub with_inspection: bool,
    pub highlighted: bool,
    /// Search words to mark.
    pub query: &'a str,
    /// Carry the dataset id as the element's `id` (true unless the same item
    /// is already on the page, e.g. under another theme of a grouped list).
    pub anchor: bool,
}

/// One finding or recommendation, with its id as the element id and a
/// "Copy link" for its permanent URL. Every dataset text is rendered as text.
/// A plain function (it needs no hooks of its own), so no component type.
pub fn item_card(d: &Dataset, props: Card) -> Html {
    let ins = &d.inspections[props.item.inspection];
    let theme_tags = |themes: &[String]| -> Html {
        html! {
            <ul class="tags" aria-label="Themes">
                {for themes.iter().map(|t| html! {
                    <li class="tag">{d.theme(t).map(|x| x.name.clone()).unwrap_or_else(|| t.clone())}</li>
                })}
            </ul>
        }
    };
    let context = props.with_inspection.then(|| {
        let date = ins.published.as_deref().and_then(PartialDate::parse).map(|p| p.human()).unwrap_or_else(|| "Undated".into());
        html! {
            <p class="item-context">
                <a href={href(&inspection_path(&ins.id))}>{&ins.title}</a>
                {" · "}<span class="item-date">{date}</span>
                {" · overall "}{rating_tag(&d.scale, ins.overall.as_deref())}
            </p>
        }
    });
    let class = |base: &'static str| classes!(base, "item", props.highlighted.then_some("highlighted"));
    match props.list {
        ListKind::Findings => {
            let f = &ins.findings[props.item.item];
            html! {
                <li class={class("finding")} id={props.anchor.then(|| f.id.clone())} data-item={f.id.clone()} aria-current={props.highlighted.then_some("true")}>
                    <p class="item-meta">
                        <span class={classes!("kind", format!("kind-{}", f.kind.id()))}>{f.kind.label()}</span>
                        {theme_tags(&f.themes)}
                    </p>
                    <p class="item-text">{marked_text(&f.text, props.query)}</p>
                    {context}
                    <CopyLink path={finding_path(&f.id)} label={format!("Copy link to finding {}", f.id)} />
                </li>
            }
        }
        _ => {
            let r = &ins.recommendations[props.item.item];
            html! {
                <li class={class("recommendation")} id={props.anchor.then(|| r.id.clone())} data-item={r.id.clone()} aria-current={props.highlighted.then_some("true")}>
                    <p class="item-meta">
                        <span class={classes!("basis", format!("basis-{}", r.basis.id()))}>{basis_plainly(r.basis)}</span>
                        {theme_tags(&r.themes)}
                    </p>
                    <p class="item-text">{marked_text(&r.text, props.query)}</p>
                    <dl class="item-details">
                        if let Some(to) = &r.to {
                            {term("To", marked_text(to, props.query))}
                        }
                        if let Some(resp) = r.response {
                            {term("HMPPS response", html! { {resp.label()} })}
                        }
                        if let Some(t) = r.target_date.as_deref().and_then(PartialDate::parse) {
                            {term("Target date", html! { {t.human()} })}
                        }
                        if let Some(src) = &r.source {
                            {term("Source", source_link(Some(src), &source_title(src)))}
                        }
                    </dl>
                    {context}
                    <CopyLink path={recommendation_path(&r.id)} label={format!("Copy link to recommendation {}", r.id)} />
                </li>
            }
        }
    }
}
