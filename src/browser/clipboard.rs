//! The system clipboard (gloo has no clipboard API).

use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard; false if the browser refused (no
/// permission, or an insecure page), so the caller can offer it to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
