//! One cold load: a fresh Chromium profile (empty HTTP cache, no service
//! worker, no compiled-code cache), a fresh server on the shared site, the
//! cache disabled, the profile's network and CPU, then the page opened at a
//! route and timed by the probe.

use std::sync::Arc;

use e2e::{Browser, NetworkConditions, Server, Site};

use crate::probe::{Reached, Want, RESULT};

/// The conditions a load runs under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// This machine, loopback network.
    Local,
    /// Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down,
    /// 750 kbit/s up, the CPU slowed 4x.
    Phone,
}

/// Lighthouse's mobile network, in the units CDP takes (1 kbit = 1,024 bits).
const PHONE_NETWORK: NetworkConditions = NetworkConditions {
    latency_ms: 150.0,
    download_bytes_per_s: 1600.0 * 1024.0 / 8.0,
    upload_bytes_per_s: 750.0 * 1024.0 / 8.0,
};
const PHONE_CPU_SLOWDOWN: f64 = 4.0;

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::Local => "local",
            Profile::Phone => "phone profile",
        }
    }
}

/// What to load and what to wait for.
#[derive(Clone)]
pub struct Load {
    pub site: Arc<Site>,
    pub route: &'static str,
    pub profile: Profile,
    pub want: Want,
}

impl Load {
    pub async fn run(&self) -> Reached {
        let b = Browser::start_on(Server::start_site(self.site.clone())).await;
        b.disable_cache().await;
        if self.profile == Profile::Phone {
            b.emulate_network(PHONE_NETWORK).await;
            b.throttle_cpu(PHONE_CPU_SLOWDOWN).await;
        }
        b.run_before_page_scripts(&self.want.probe_script()).await;
        b.open(self.route).await;
        let seen = b.execute_async(RESULT, vec![]).await;
        match Reached::from_probe(&seen) {
            Ok(r) => r,
            Err(e) => {
                b.fail(&format!(
                    "{} at {} ({}): {e}",
                    self.site.root().display(),
                    self.route,
                    self.profile.name()
                ))
                .await
            }
        }
    }
}
