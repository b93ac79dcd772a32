use gloo::events::EventListener;
use yew::prelude::*;

/// Whether the page is being printed: the browser says it is about to
/// print (`beforeprint`, until `afterprint`), or print media applies (a
/// print preview, or print emulated by developer tools). What only a
/// printout needs is rendered only then.
#[hook]
pub fn use_print_media() -> bool {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let query = window.match_media("print").ok().flatten();
            let media = query.clone();
            let matches = move || media.as_ref().is_some_and(|q| q.matches());
            let mut listeners = vec![
                EventListener::new(&window, "beforeprint", {
                    let printing = printing.clone();
                    move |_| printing.set(true)
                }),
                EventListener::new(&window, "afterprint", {
                    let (printing, matches) = (printing.clone(), matches.clone());
                    move |_| printing.set(matches())
                }),
            ];
            if let Some(query) = &query {
                listeners.push(EventListener::new(query, "change", move |_| printing.set(matches())));
            }
            move || drop(listeners)
        });
    }
    *printing
}
