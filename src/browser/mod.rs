//! What the page asks of the browser besides rendering: focus, file
//! downloads, a chart's PNG, link addresses for print, the clipboard,
//! performance marks, the two guards `main` installs before the app starts,
//! and the app's taking over from the pre-rendered page. Each goes through
//! gloo where gloo has it; raw web-sys only where it has nothing (focus,
//! scrolling, the canvas, the clipboard, performance marks).

pub mod clipboard;
pub mod download;
pub mod focus;
pub mod hash_guard;
// Set through Yew's client-side renderer, which the server build lacks.
#[cfg(target_arch = "wasm32")]
pub mod panic_message;
pub mod performance;
pub mod png;
pub mod print;
pub mod takeover;
