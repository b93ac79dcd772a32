//! Acting on the page through a [`Browser`] as a user would (clicks,
//! typing, keys), and granting it permissions.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use serde_json::json;

use super::Browser;
use crate::commands::SessionPost;
use crate::Key;

impl Browser {
    // ----- acting -----

    /// Waits for `css`, then clicks the first element it matches (a real
    /// WebDriver click: scrolled into view, must be interactable).
    pub async fn click(&self, css: &str) {
        self.wait_for(css).await;
        let el = match self.client.find(fantoccini::Locator::Css(css)).await {
            Ok(e) => e,
            Err(e) => {
                self.fail(&format!("cannot find `{css}` to click: {e}"))
                    .await
            }
        };
        if let Err(e) = el.click().await {
            self.fail(&format!("cannot click `{css}`: {e}")).await;
        }
    }

    /// Waits for `css`, then types `text` into it.
    pub async fn type_text(&self, css: &str, text: &str) {
        self.wait_for(css).await;
        let el = match self.client.find(fantoccini::Locator::Css(css)).await {
            Ok(e) => e,
            Err(e) => {
                self.fail(&format!("cannot find `{css}` to type into: {e}"))
                    .await
            }
        };
        if let Err(e) = el.send_keys(text).await {
            self.fail(&format!("cannot type into `{css}`: {e}")).await;
        }
    }

    /// Presses and releases one key on whatever has the focus.
    pub async fn press(&self, key: Key) {
        let c: char = key.into();
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
        if let Err(e) = self.client.perform_actions(actions).await {
            self.fail(&format!("cannot press {key:?}: {e}")).await;
        }
    }

    /// Presses Tab until the focused element matches `css`, at most `max` times.
    /// Returns the number of presses.
    pub async fn tab_to(&self, css: &str, max: usize) -> usize {
        for n in 1..=max {
            self.press(Key::Tab).await;
            let hit = self
                .execute(
                    "const e = document.activeElement; return !!(e && e.matches(arguments[0]))",
                    vec![json!(css)],
                )
                .await;
            if hit.as_bool() == Some(true) {
                return n;
            }
        }
        let f = self.focused().await;
        self.fail(&format!(
            "pressed Tab {max} times without reaching `{css}`; the focus is on {f}"
        ))
        .await
    }

    /// Grants a permission (e.g. `clipboard-read`, `clipboard-write`) to the page.
    /// Returns false if the driver refused.
    pub async fn grant_permission(&self, name: &str) -> bool {
        self.client
            .issue_cmd(SessionPost {
                path: "permissions",
                body: json!({"descriptor": {"name": name}, "state": "granted"}),
            })
            .await
            .is_ok()
    }
}
