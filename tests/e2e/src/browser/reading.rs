//! Reading the page's DOM through a [`Browser`]: texts, counts, attributes,
//! the focus, and the page contract of one h1.

use serde_json::json;

use super::Browser;

impl Browser {
    // ----- reading the DOM -----

    /// The visible text of the first element matching `css` (fails if none).
    pub async fn text(&self, css: &str) -> String {
        let v = self
            .execute(
                "const e = document.querySelector(arguments[0]); return e ? (e.innerText || e.textContent || '') : null",
                vec![json!(css)],
            )
            .await;
        match v.as_str() {
            Some(s) => s.trim().to_string(),
            None => self.fail(&format!("no element matches `{css}`")).await,
        }
    }

    /// The visible texts of all elements matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let v = self
            .execute(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => (e.innerText || e.textContent || '').trim())",
                vec![json!(css)],
            )
            .await;
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|s| s.as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// How many elements match `css`.
    pub async fn count(&self, css: &str) -> usize {
        self.execute(
            "return document.querySelectorAll(arguments[0]).length",
            vec![json!(css)],
        )
        .await
        .as_u64()
        .unwrap_or(0) as usize
    }

    /// An attribute of the first element matching `css`; `None` if the
    /// element or the attribute is missing.
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.execute(
            "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null",
            vec![json!(css), json!(name)],
        )
        .await
        .as_str()
        .map(str::to_string)
    }

    /// An attribute of every element matching `css` (missing ones as `None`).
    pub async fn attrs(&self, css: &str, name: &str) -> Vec<Option<String>> {
        let v = self
            .execute(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]))",
                vec![json!(css), json!(name)],
            )
            .await;
        v.as_array()
            .map(|a| a.iter().map(|s| s.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    }

    /// Whether the first element matching `css` lies (at least partly) in the viewport.
    pub async fn in_viewport(&self, css: &str) -> bool {
        self.execute(
            "const e = document.querySelector(arguments[0]); if (!e) return false; \
             const r = e.getBoundingClientRect(); \
             return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth",
            vec![json!(css)],
        )
        .await
        .as_bool()
        .unwrap_or(false)
    }

    /// A short description of `document.activeElement`, e.g. `a.result-link "Title"`.
    pub async fn focused(&self) -> String {
        self.js(
            "const e = document.activeElement; if (!e) return '(none)'; \
             let d = e.tagName.toLowerCase(); if (e.id) d += '#' + e.id; \
             if (e.classList.length) d += '.' + Array.from(e.classList).join('.'); \
             const t = (e.innerText || e.value || '').trim().slice(0, 60); \
             return t ? d + ' \"' + t + '\"' : d",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Checks the page contract: `main#main` exists and holds exactly one h1.
    pub async fn assert_one_h1(&self) {
        let mains = self.count("main#main").await;
        let h1s = self.count("main#main h1").await;
        let all_h1s = self.count("h1").await;
        if mains != 1 || h1s != 1 || all_h1s != 1 {
            self.fail(&format!(
                "expected one <main id=\"main\"> holding exactly one <h1> (and no other h1); found {mains} main#main, \
                 {h1s} h1 inside it, {all_h1s} h1 in the document"
            ))
            .await;
        }
    }
}
