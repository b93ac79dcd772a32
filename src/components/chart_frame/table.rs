use yew::prelude::*;

use crate::charts::ChartData;

/// A chart's numbers as an HTML table: the same `Table` as its CSV. A plain
/// function rather than a component, as Yew's guide suggests for a view
/// that uses no hooks: the frame that holds it keeps the state.
pub fn chart_table(frame_id: &str, data: &ChartData) -> Html {
    let table = data.table();
    let label_columns = 1 + usize::from(data.detail_heading.is_some());
    // A cell of a numeric column is of class "num".
    let class = |column: usize| (data.is_counts() && column >= label_columns).then_some("num");
    let rows = table.rows.iter().enumerate().map(|(r, cells)| {
        let label = match data.rows.get(r).and_then(|row| row.href.clone()) {
            Some(href) => html! { <a {href}>{cells[0].clone()}</a> },
            None => html! { {cells[0].clone()} },
        };
        html! {
            <tr data-row={r.to_string()}>
                <th scope="row">{label}</th>
                {for cells.iter().enumerate().skip(1).map(|(c, value)| html! { <td class={class(c)}>{value.clone()}</td> })}
            </tr>
        }
    });
    // Focusable, so that a table wider than the screen can be scrolled with
    // the keyboard.
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={format!("{}: table", data.title)}>
            <table class="chart-table" id={format!("{frame_id}-table")}>
                <caption>{data.title.clone()}</caption>
                <thead><tr>
                    {for table.header.iter().enumerate().map(|(c, heading)| html! { <th scope="col" class={class(c)}>{heading.clone()}</th> })}
                </tr></thead>
                <tbody>{for rows}</tbody>
            </table>
        </div>
    }
}
