//! Moving the [`Browser`] through the app (loading routes, hash changes,
//! history) and waiting for what the page should come to show.

use std::time::Instant;

use serde_json::{json, Value};

use super::Browser;
use crate::{POLL, TIMEOUT};

impl Browser {
    // ----- navigation -----

    /// Loads the app afresh at `route` (e.g. `#/inspections?region=wales`):
    /// a full page load, even when only the hash differs from the current URL.
    pub async fn open(&self, route: &str) {
        let url = self.server.url(route);
        let current = self
            .client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        if current.starts_with(&self.server.origin()) {
            // Same document + new hash would be a same-document navigation.
            let _ = self.client.goto("about:blank").await;
        }
        if let Err(e) = self.client.goto(&url).await {
            panic!("cannot open {url}: {e}");
        }
    }

    /// Changes only the hash, as a link click inside the app would.
    pub async fn go(&self, route: &str) {
        let hash = route.strip_prefix('#').unwrap_or(route);
        self.execute("location.hash = arguments[0]", vec![json!(hash)])
            .await;
    }

    /// `history.back()`.
    pub async fn back(&self) {
        self.js("history.back()").await;
    }

    /// `history.forward()`.
    pub async fn forward(&self) {
        self.js("history.forward()").await;
    }

    /// `location.hash`, e.g. `#/inspections?region=wales`.
    pub async fn hash(&self) -> String {
        self.js("return location.hash")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// `location.href`.
    pub async fn href(&self) -> String {
        self.js("return location.href")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// `history.length`.
    pub async fn history_length(&self) -> u64 {
        self.js("return history.length").await.as_u64().unwrap_or(0)
    }

    // ----- waits -----

    /// Waits until the JS expression `expr` (which may use `arguments`) is truthy.
    pub async fn wait_until(&self, what: &str, expr: &str, args: Vec<Value>) {
        let script = format!("return !!({expr})");
        let deadline = Instant::now() + TIMEOUT;
        let mut last_err = String::new();
        loop {
            match self.client.execute(&script, args.clone()).await {
                Ok(Value::Bool(true)) => return,
                Ok(_) => {}
                Err(e) => last_err = e.to_string(),
            }
            if Instant::now() > deadline {
                let err = if last_err.is_empty() {
                    String::new()
                } else {
                    format!(" (last script error: {last_err})")
                };
                self.fail(&format!(
                    "timed out after {:?} waiting for {what}{err}",
                    TIMEOUT
                ))
                .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until `css` matches an element.
    pub async fn wait_for(&self, css: &str) {
        self.wait_until(
            &format!("an element matching `{css}`"),
            "document.querySelector(arguments[0])",
            vec![json!(css)],
        )
        .await
    }

    /// Waits until `css` matches no element.
    pub async fn wait_for_absent(&self, css: &str) {
        self.wait_until(
            &format!("no element matching `{css}`"),
            "!document.querySelector(arguments[0])",
            vec![json!(css)],
        )
        .await
    }

    /// Waits until an element matching `css` has `text` in its visible text.
    pub async fn wait_for_text(&self, css: &str, text: &str) {
        self.wait_until(
            &format!("an element matching `{css}` with the text \"{text}\""),
            "Array.from(document.querySelectorAll(arguments[0])).some(e => (e.innerText || e.textContent || '').includes(arguments[1]))",
            vec![json!(css), json!(text)],
        )
        .await
    }

    /// Waits until `location.hash` satisfies `pred` (checked in Rust).
    pub async fn wait_for_hash(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let h = self.hash().await;
            if pred(&h) {
                return h;
            }
            if Instant::now() > deadline {
                self.fail(&format!(
                    "timed out waiting for the URL hash to be {what}; it is {h:?}"
                ))
                .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until the app has rendered a page: `main#main` holds an `h1` and
    /// `#loading` is gone. Returns the h1 text.
    pub async fn wait_ready(&self) -> String {
        self.wait_until(
            "the page to finish loading (main#main h1 present, #loading gone)",
            "document.querySelector('main#main h1') && !document.querySelector('#loading')",
            vec![],
        )
        .await;
        self.text("main#main h1").await
    }

    /// Waits until the page's h1 reads `heading` (exactly, trimmed).
    pub async fn wait_for_heading(&self, heading: &str) {
        self.wait_until(
            &format!("the h1 \"{heading}\""),
            "!document.querySelector('#loading') && Array.from(document.querySelectorAll('main#main h1')).some(e => e.innerText.trim() === arguments[0])",
            vec![json!(heading)],
        )
        .await
    }
}
