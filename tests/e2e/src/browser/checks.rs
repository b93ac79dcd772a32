//! What a [`Browser`] checks the page for: the files it saves, the origin of
//! what it loads, its console errors, and axe-core's accessibility rules.

use serde_json::{json, Value};

use super::Browser;
use crate::commands::SessionPost;
use crate::reports::{AxeNode, AxeReport, AxeViolation, Download, LogEntry, AXE_RULES};
use crate::{axe_path, SUB_PATH};

impl Browser {
    // ----- files the page saves -----

    /// From now on, files the page saves are caught instead of downloaded:
    /// each Blob handed to `URL.createObjectURL`, and the name of the link
    /// with `download` the page clicks to save it (the click itself does
    /// nothing).
    pub async fn catch_downloads(&self) {
        self.js(
            "window.__saved = []; window.__blobs = {}; \
             const create = URL.createObjectURL.bind(URL); \
             URL.createObjectURL = blob => { const u = create(blob); window.__blobs[u] = blob; return u; }; \
             HTMLAnchorElement.prototype.click = function () { window.__saved.push({name: this.download, href: this.href}); };",
        )
        .await;
    }

    /// Waits until the page has saved `n` files since
    /// [`Browser::catch_downloads`] and returns them, in order.
    pub async fn downloads(&self, n: usize) -> Vec<Download> {
        self.wait_until(&format!("{n} file(s) to be saved"), "window.__saved.length >= arguments[0]", vec![json!(n)])
            .await;
        let v = self
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 Promise.all(window.__saved.slice(0, arguments[0]).map(s => { const blob = window.__blobs[s.href]; \
                   return blob ? blob.arrayBuffer().then(buf => ({name: s.name, type: blob.type, bytes: Array.from(new Uint8Array(buf))})) \
                     : {name: s.name, type: '', bytes: null, href: s.href}; })).then(done);",
                vec![json!(n)],
            )
            .await;
        let mut out = Vec::new();
        for d in v.as_array().cloned().unwrap_or_default() {
            let Some(bytes) = d["bytes"].as_array() else {
                self.fail(&format!("{} was saved from {}, not from a Blob the page made", d["name"], d["href"])).await
            };
            out.push(Download {
                name: d["name"].as_str().unwrap_or("").to_string(),
                media_type: d["type"].as_str().unwrap_or("").to_string(),
                bytes: bytes.iter().map(|b| b.as_u64().unwrap_or(0) as u8).collect(),
            });
        }
        out
    }

    // ----- same origin -----

    /// `location.href` plus the URL of every resource the document loaded.
    pub async fn resource_urls(&self) -> Vec<String> {
        let v = self
            .js("return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name))")
            .await;
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The URLs among [`Browser::resource_urls`] outside the server's origin.
    /// `data:` URLs load nothing from anywhere and are not counted.
    pub async fn foreign_resource_urls(&self) -> Vec<String> {
        let origin = self.server.origin();
        self.resource_urls()
            .await
            .into_iter()
            .filter(|u| {
                !u.starts_with("data:")
                    && match url::Url::parse(u) {
                        Ok(p) => p.origin().ascii_serialization() != origin,
                        Err(_) => true,
                    }
            })
            .collect()
    }

    /// Fails if the page or any resource it loaded is outside the server's origin.
    pub async fn assert_same_origin(&self) {
        let urls = self.resource_urls().await;
        let foreign = self.foreign_resource_urls().await;
        if urls.is_empty() || !foreign.is_empty() {
            self.fail(&format!(
                "the page must load nothing outside its own origin {}; outside it: {foreign:#?}\nall URLs: {urls:#?}",
                self.server.origin()
            ))
            .await;
        }
    }

    /// Fails unless every request the server received lies under [`SUB_PATH`].
    pub async fn assert_requests_under_sub_path(&self) {
        let reqs = self.server.requests();
        let outside: Vec<&String> = reqs.iter().filter(|r| !r.starts_with(SUB_PATH)).collect();
        if reqs.is_empty() || !outside.is_empty() {
            self.fail(&format!(
                "every request must stay under {SUB_PATH} (assets must be relative); outside it: {outside:#?}\n\
                 all requests: {reqs:#?}"
            ))
            .await;
        }
    }

    // ----- console log -----

    /// Every browser console entry so far in this session (the log is read
    /// from ChromeDriver, so entries from before the app started are included).
    pub async fn browser_log(&self) -> Vec<LogEntry> {
        // ChromeDriver's legacy log command returns (and clears) the console
        // entries logged since the last call.
        let log = SessionPost { path: "se/log", body: json!({"type": "browser"}) };
        let v = match self.client.issue_cmd(log).await {
            Ok(v) => v,
            Err(e) => panic!("cannot read the browser log through ChromeDriver's /se/log: {e}"),
        };
        let new: Vec<LogEntry> = v
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| LogEntry {
                        level: e["level"].as_str().unwrap_or("").to_string(),
                        source: e["source"].as_str().unwrap_or("").to_string(),
                        message: e["message"].as_str().unwrap_or("").to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut log = self.log.lock().unwrap();
        log.extend(new);
        log.clone()
    }

    /// The console errors (level SEVERE) so far: `console.error`, uncaught
    /// exceptions, failed loads.
    pub async fn console_errors(&self) -> Vec<LogEntry> {
        self.browser_log()
            .await
            .into_iter()
            .filter(LogEntry::is_error)
            .collect()
    }

    /// Fails if anything was logged as an error so far.
    pub async fn assert_no_console_errors(&self) {
        let errors = self.console_errors().await;
        if !errors.is_empty() {
            let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
            self.fail(&format!(
                "the browser console has {} error(s):\n{}",
                errors.len(),
                list.join("\n")
            ))
            .await;
        }
    }

    // ----- axe-core -----

    /// Runs axe-core over the document with every rule ([`AXE_RULES`]).
    pub async fn axe(&self) -> AxeReport {
        let src = self.axe_source.get_or_init(|| {
            let p = axe_path();
            std::fs::read_to_string(&p).unwrap_or_else(|e| {
                panic!("cannot read axe-core at {} ({e}); run `npm install` (scripts/install-tools) or set E2E_AXE", p.display())
            })
        });
        let loaded = self.js("return typeof window.axe === 'object'").await;
        if loaded.as_bool() != Some(true) {
            self.execute(src, vec![]).await;
        }
        let script = r#"
            const done = arguments[arguments.length - 1];
            if (typeof window.axe !== 'object') { done({error: 'axe-core did not load'}); return; }
            window.axe.run(document).then(r => done({
                passes: r.passes.length,
                incomplete: r.incomplete.length,
                violations: r.violations.map(v => ({
                    id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({
                        target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(' '),
                        html: n.html || '', summary: n.failureSummary || ''
                    }))
                }))
            }), e => done({error: String(e && e.stack || e)}));
        "#;
        let r = match self
            .client
            .execute_async(script, vec![])
            .await
        {
            Ok(v) => v,
            Err(e) => self.fail(&format!("axe-core failed to run: {e}")).await,
        };
        if let Some(err) = r.get("error").and_then(|e| e.as_str()) {
            self.fail(&format!("axe-core failed: {err}")).await;
        }
        let s = |v: &Value, k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let violations = r["violations"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|v| AxeViolation {
                        id: s(v, "id"),
                        impact: s(v, "impact"),
                        help: s(v, "help"),
                        help_url: s(v, "helpUrl"),
                        nodes: v["nodes"]
                            .as_array()
                            .map(|ns| {
                                ns.iter()
                                    .map(|n| AxeNode {
                                        target: s(n, "target"),
                                        html: s(n, "html"),
                                        summary: s(n, "summary"),
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        AxeReport {
            violations,
            passes: r["passes"].as_u64().unwrap_or(0) as usize,
            incomplete: r["incomplete"].as_u64().unwrap_or(0) as usize,
        }
    }

    /// Fails, listing each violation, if axe finds any; also fails if axe
    /// passed no rule at all (it did not really run).
    pub async fn assert_accessible(&self, what: &str) {
        let report = self.axe().await;
        if report.passes == 0 {
            self.fail(&format!(
                "axe-core passed no rule on {what}: it did not really check the page"
            ))
            .await;
        }
        if !report.violations.is_empty() {
            let list: String = report.violations.iter().map(|v| v.to_string()).collect();
            self.fail(&format!(
                "axe-core ({AXE_RULES}) found {} violation(s) on {what}:\n{list}",
                report.violations.len()
            ))
            .await;
        }
    }
}
