use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser::print::write_link_addresses;

/// Whether the page is being printed: the browser says it is about to
/// print (`beforeprint`, until `afterprint`), or print media applies (a
/// print preview, or print emulated by developer tools). A component
/// renders what only a printout needs while this is true; once it has, the
/// links on the page get the addresses a printout writes after them (the
/// site layout asks too, so every page's links get them).
#[hook]
pub fn use_print_layout() -> bool {
    let printing = use_state_eq(|| false);
    {
        // One effect for both: it runs again only when printing starts or
        // ends, and listens anew.
        let printing = printing.clone();
        use_effect_with(*printing, move |now| {
            if *now {
                write_link_addresses();
            }
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
