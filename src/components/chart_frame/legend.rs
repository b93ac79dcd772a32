use yew::prelude::*;

use crate::charts::key::{key, Key, Swatch};
use crate::charts::{ChartData, ChartKind};

/// A swatch of the key: the colour (and a rating's short form), hidden from
/// screen readers, which read the name beside it.
fn swatch(class: String, text: &str) -> Html {
    html! { <span {class} aria-hidden="true">{text.to_string()}</span> }
}

/// What each colour of a chart means, as text. A plain function rather than
/// a component: it keeps no state.
pub fn chart_legend(data: &ChartData, kind: &ChartKind) -> Html {
    match key(data, kind) {
        Key::None => Html::default(),
        Key::Shades { steps, note } => html! {
            <p class="chart-legend-note">
                {for steps.iter().map(|s| swatch(format!("swatch heat-{s}"), ""))}
                {format!(" {note}")}
            </p>
        },
        Key::Entries(entries) => html! {
            <ul class="chart-legend" aria-label="Key">
                {for entries.iter().map(|e| {
                    let class = match (e.swatch, &e.short) {
                        (Swatch::Fill(c), Some(_)) => format!("swatch swatch-text {}", c.class()),
                        (Swatch::Fill(c), None) => format!("swatch {}", c.class()),
                        (Swatch::Empty, _) => "swatch swatch-empty".to_string(),
                    };
                    html! { <li>{swatch(class, e.short.as_deref().unwrap_or_default())}{e.label.clone()}</li> }
                })}
            </ul>
        },
    }
}
