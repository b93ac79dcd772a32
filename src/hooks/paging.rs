use yew::prelude::*;

/// How many rows a list renders at once; "Show more" adds as many again, so
/// a list of any length opens as fast as a short one.
pub const ROWS_PER_PAGE: usize = 50;

/// How many rows of a list are shown, and the callback that shows more.
pub struct Paging {
    pub shown: usize,
    pub show_more: Callback<()>,
}

/// A list's paging, back to the first page whenever `view` (what the list
/// shows: its filter, grouping, order) changes.
#[hook]
pub fn use_paging<D>(view: D) -> Paging
where
    D: PartialEq + 'static,
{
    let shown = use_state_eq(|| ROWS_PER_PAGE);
    {
        let shown = shown.clone();
        use_effect_with(view, move |_| shown.set(ROWS_PER_PAGE));
    }
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |()| shown.set(*shown + ROWS_PER_PAGE))
    };
    Paging { shown: *shown, show_more }
}
