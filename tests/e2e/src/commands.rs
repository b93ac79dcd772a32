//! The WebDriver command for what fantoccini has no method for, sent with
//! `Client::issue_cmd`.

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::Value;

/// A POST to a session endpoint that fantoccini has no method for (a
/// WebDriver extension such as `permissions`, ChromeDriver's
/// `goog/cdp/execute`, or its legacy `se/log`): `path` after
/// `session/{id}/`, with a JSON body.
#[derive(Debug)]
pub(crate) struct SessionPost {
    pub(crate) path: &'static str,
    pub(crate) body: Value,
}

impl WebDriverCompatibleCommand for SessionPost {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }
    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
