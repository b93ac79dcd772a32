//! Chrome DevTools Protocol commands on a [`Browser`]'s page, sent through
//! ChromeDriver's `POST /session/{id}/goog/cdp/execute`: the page's network
//! and CPU speed, its cache, and scripts that run in every new document
//! before the page's own.

use serde_json::{json, Value};

use crate::commands::SessionPost;
use crate::Browser;

/// A network to emulate (`Network.emulateNetworkConditions`): the latency
/// added to every request, and the throughput each way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NetworkConditions {
    pub latency_ms: f64,
    pub download_bytes_per_s: f64,
    pub upload_bytes_per_s: f64,
}

impl Browser {
    /// Sends one CDP command (e.g. `Network.enable`) to the page's target
    /// and returns its result; panics if Chromium refuses it.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        // ChromeDriver's CDP pass-through answers with the command's result.
        let command = SessionPost {
            path: "goog/cdp/execute",
            body: json!({"cmd": cmd, "params": params}),
        };
        match self.client.issue_cmd(command).await {
            Ok(v) => v,
            Err(e) => panic!("the CDP command {cmd} failed: {e}"),
        }
    }

    /// Runs `source` in every document the page opens from now on, before
    /// any script of the document itself (`Page.addScriptToEvaluateOnNewDocument`).
    pub async fn run_before_page_scripts(&self, source: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({"source": source}),
        )
        .await;
    }

    /// Every request from now on goes through the emulated network.
    pub async fn emulate_network(&self, network: NetworkConditions) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp(
            "Network.emulateNetworkConditions",
            json!({
                "offline": false,
                "latency": network.latency_ms,
                "downloadThroughput": network.download_bytes_per_s,
                "uploadThroughput": network.upload_bytes_per_s,
            }),
        )
        .await;
    }

    /// Slows the page's CPU down `rate` times (1 = full speed).
    pub async fn throttle_cpu(&self, rate: f64) {
        self.cdp("Emulation.setCPUThrottlingRate", json!({"rate": rate}))
            .await;
    }

    /// Makes every request from now on bypass the browser's HTTP cache.
    pub async fn disable_cache(&self) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp("Network.setCacheDisabled", json!({"cacheDisabled": true}))
            .await;
    }
}
