use std::rc::Rc;

use yew::prelude::*;

use crate::charts::data::NO_RATING;
use crate::charts::{ChartData, ChartKind, Values};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub data: Rc<ChartData>,
    pub kind: ChartKind,
}

/// A swatch of the key: the colour (and a rating's short form), hidden from
/// screen readers, which read the name beside it.
fn swatch(class: String, text: &str) -> Html {
    html! { <span {class} aria-hidden="true">{text.to_string()}</span> }
}

/// What each colour of a chart means, as text.
#[function_component]
pub fn ChartLegend(props: &Props) -> Html {
    let data = &props.data;
    let item = |class: String, short: &str, label: &str| html! { <li>{swatch(class, short)}{label.to_string()}</li> };
    let list = |items: Html| html! { <ul class="chart-legend" aria-label="Key">{items}</ul> };
    match (&data.values, &props.kind) {
        (Values::Counts(_), ChartKind::Grid) => html! {
            <p class="chart-legend-note">
                {swatch("swatch heat-1".into(), "")}
                {swatch("swatch heat-3".into(), "")}
                {swatch("swatch heat-5".into(), "")}
                {format!(" Darker cells hold more {}; each cell shows its count.", data.unit.1)}
            </p>
        },
        (Values::Levels(_), _) => list(html! {
            <>
                {for data.levels.iter().map(|l| item(format!("swatch swatch-text {}", l.colour.class()), &l.short, &l.label))}
                {item("swatch swatch-empty".into(), "", NO_RATING)}
            </>
        }),
        (Values::Counts(_), _) if data.series.len() > 1 => {
            list(html! { {for data.series.iter().map(|s| item(format!("swatch {}", s.colour.class()), "", &s.label))} })
        }
        _ => Html::default(),
    }
}
