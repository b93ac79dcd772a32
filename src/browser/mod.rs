//! What the page asks of the browser besides rendering: focus, file
//! downloads, a chart's PNG, link addresses for print, the clipboard,
//! performance marks, and the two guards `main` installs before the app
//! starts. Each goes through gloo where gloo has it;
//! raw web-sys only where it has nothing (focus, scrolling, the canvas, the
//! clipboard, performance marks).

pub mod clipboard;
pub mod download;
pub mod focus;
pub mod hash_guard;
pub mod panic_message;
pub mod performance;
pub mod png;
pub mod print;
