//! The [`Browser`] session: its start, scripts, failure diagnostics and end.
//! Its other methods are in the child modules, by theme.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

use crate::driver::{chromium_bin, driver, raw_http, DRIVER, OPEN_SESSIONS};
use crate::reports::{excerpt, LogEntry};
use crate::{artifacts_dir, Server, DESKTOP, PHONE};

mod acting;
mod checks;
mod navigation;
mod reading;

static PROFILE_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A fresh Chromium session (fresh profile) on a [`Server`].
/// Ends the session and removes the profile when dropped, also on panic.
pub struct Browser {
    pub server: Server,
    pub(crate) client: Client,
    session_id: String,
    profile: PathBuf,
    log: Mutex<Vec<LogEntry>>,
    axe_source: OnceLock<String>,
}

impl Browser {
    /// A desktop-sized session on a server for the default dist.
    pub async fn start() -> Browser {
        Browser::start_on(Server::start()).await
    }

    /// A phone-sized (320 px wide) session on a server for the default dist.
    pub async fn start_phone() -> Browser {
        let b = Browser::start().await;
        b.set_phone_size().await;
        b
    }

    /// A desktop-sized session on the given server.
    pub async fn start_on(server: Server) -> Browser {
        let driver = driver();
        let n = PROFILE_COUNTER.fetch_add(1, Ordering::SeqCst);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let profile =
            std::env::temp_dir().join(format!("e2e-profile-{}-{n}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&profile).expect("create a Chromium profile folder");

        let args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--no-first-run".into(),
            "--no-default-browser-check".into(),
            "--disable-quic".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-extensions".into(),
            "--password-store=basic".into(),
            format!("--window-size={},{}", DESKTOP.0, DESKTOP.1),
            format!("--user-data-dir={}", profile.display()),
        ];
        let caps: Capabilities = match json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "goog:chromeOptions": {
                "binary": chromium_bin().display().to_string(),
                "args": args,
            },
            "goog:loggingPrefs": {"browser": "ALL"},
            "timeouts": {"script": 30000, "pageLoad": 30000, "implicit": 0},
        }) {
            Value::Object(m) => m,
            _ => unreachable!(),
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let url = format!("http://127.0.0.1:{}", driver.port);
        let mut last = None;
        let mut client = None;
        // Chromium sometimes fails to start under load; try again once.
        for _ in 0..2 {
            match ClientBuilder::new(connector.clone())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(e) => {
                    last = Some(e);
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        }
        let Some(client) = client else {
            panic!(
                "cannot start a Chromium session through ChromeDriver: {}\nChromeDriver log: {}",
                last.map(|e| e.to_string()).unwrap_or_default(),
                driver.log.display()
            )
        };
        let session_id = client.session_id().await.ok().flatten().unwrap_or_default();
        OPEN_SESSIONS.lock().unwrap().push(session_id.clone());
        Browser {
            server,
            client,
            session_id,
            profile,
            log: Mutex::new(Vec::new()),
            axe_source: OnceLock::new(),
        }
    }

    /// The underlying fantoccini client, for anything the helpers lack.
    pub fn client(&self) -> &Client {
        &self.client
    }

    // ----- window -----

    pub async fn set_window_size(&self, width: u32, height: u32) {
        if let Err(e) = self.client.set_window_size(width, height).await {
            panic!("cannot resize the window to {width}x{height}: {e}");
        }
    }

    /// Resizes to 320 px wide and checks the page really is that wide.
    pub async fn set_phone_size(&self) {
        self.set_window_size(PHONE.0, PHONE.1).await;
        let w = self.js("return window.innerWidth").await;
        assert_eq!(
            w.as_u64(),
            Some(PHONE.0 as u64),
            "the viewport did not become {} px wide",
            PHONE.0
        );
    }

    // ----- scripts -----

    /// Runs a script (a function body; `arguments` holds `args`); panics on a script error.
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        match self.client.execute(script, args).await {
            Ok(v) => v,
            Err(e) => panic!("script failed: {e}\nscript: {}", excerpt(script, 300)),
        }
    }

    /// Runs a script without arguments.
    pub async fn js(&self, script: &str) -> Value {
        self.execute(script, vec![]).await
    }

    /// Runs an asynchronous script: it gets a callback as its last argument
    /// and hands its result to it.
    pub async fn execute_async(&self, script: &str, args: Vec<Value>) -> Value {
        match self.client.execute_async(script, args).await {
            Ok(v) => v,
            Err(e) => panic!("async script failed: {e}\nscript: {}", excerpt(script, 300)),
        }
    }
    // ----- diagnostics -----

    /// The current URL and an excerpt of the page text: appended to every
    /// failure message.
    pub async fn diagnostics(&self) -> String {
        let state = self
            .client
            .execute(
                "return [location.href, document.title, document.body ? document.body.innerText : '(no body)']",
                vec![],
            )
            .await
            .unwrap_or(Value::Null);
        let get = |i: usize| {
            state
                .get(i)
                .and_then(|v| v.as_str())
                .unwrap_or("?")
                .to_string()
        };
        format!(
            "\n  page URL: {}\n  title: {}\n  page text: {}\n",
            get(0),
            get(1),
            excerpt(&get(2), 1500).replace('\n', "\n             ")
        )
    }

    /// Saves a screenshot under the artifacts folder; returns its path.
    pub async fn screenshot(&self) -> Option<PathBuf> {
        let png = self.client.screenshot().await.ok()?;
        let dir = artifacts_dir();
        let name = thread::current()
            .name()
            .unwrap_or("test")
            .replace("::", "-");
        let n = PROFILE_COUNTER.fetch_add(1, Ordering::SeqCst);
        let path = dir.join(format!("{name}-{n}.png"));
        std::fs::create_dir_all(&dir).ok()?;
        std::fs::write(&path, png).ok()?;
        Some(path)
    }

    /// Panics with `what`, the page diagnostics and a screenshot's path.
    pub async fn fail(&self, what: &str) -> ! {
        let d = self.diagnostics().await;
        let shot = match self.screenshot().await {
            Some(p) => format!("  screenshot: {}\n", p.display()),
            None => String::new(),
        };
        panic!("{what}{d}{shot}")
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // A blocking DELETE over plain TCP works whatever state the async
        // runtime is in (also while a panicking test unwinds).
        if let Some(Ok(d)) = DRIVER.get() {
            if !self.session_id.is_empty() {
                let _ = raw_http(
                    d.port,
                    "DELETE",
                    &format!("/session/{}", self.session_id),
                    None,
                    Duration::from_secs(10),
                );
            }
        }
        if let Ok(mut open) = OPEN_SESSIONS.lock() {
            open.retain(|s| s != &self.session_id);
        }
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
