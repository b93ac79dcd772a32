//! A folder served the way real static hosts (GitHub Pages, S3 behind a CDN,
//! nginx) serve it, so that `scripts/bench` weighs pages by the bytes a
//! user's browser really receives: the test [`Server`]'s plain answers
//! (every file uncompressed, one connection per request) would make a
//! byte-heavy page look slower than it is.
//!
//! * Text-like files (HTML, JS, CSS, JSON, SVG, WebAssembly, ...) are sent
//!   gzipped to a request that accepts gzip, with `Content-Encoding: gzip`
//!   and `Vary: Accept-Encoding`; WebAssembly keeps `Content-Type:
//!   application/wasm`, so the browser still compiles it while it streams.
//!   A file whose gzip is not smaller (a tiny one) is sent as it is, as
//!   hosts with a minimum length for compression do.
//! * Every file is read and gzipped once, when the [`Site`] is loaded, so
//!   no compression time lands inside a measured page load.
//! * Connections are kept alive (HTTP/1.1 persistent connections).

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::net::{Shutdown, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::request::{content_type, read_request_head, reason, requested_file, RequestHead};
use crate::server::{DataOverride, ServerState};
use crate::{check_dist, Server, DATA_PATH};

/// How long a kept-alive connection may sit idle before the host closes it.
const IDLE: Duration = Duration::from_secs(30);

/// The `Cache-Control` GitHub Pages sends (ten minutes). It matters to a
/// page with a service worker: on a first visit the worker fills its
/// offline copy from the browser's HTTP cache instead of downloading every
/// file a second time, as it does on a real host.
const CACHE_CONTROL: &str = "max-age=600";

/// One file of a [`Site`].
struct SiteFile {
    content_type: &'static str,
    body: Vec<u8>,
    /// The gzipped body, when the type is one hosts compress and gzip makes
    /// it smaller.
    gzip: Option<Vec<u8>>,
}

/// A folder read into memory, every compressible file gzipped once, ready
/// to be served by [`Server::start_site`] as often as needed.
pub struct Site {
    root: PathBuf,
    files: HashMap<String, SiteFile>,
}

impl Site {
    /// Reads every file under `root` (which must hold `index.html`).
    pub fn load(root: impl Into<PathBuf>) -> Site {
        let root = root.into();
        check_dist(&root);
        let mut files = HashMap::new();
        let mut folders = vec![root.clone()];
        while let Some(folder) = folders.pop() {
            let entries = std::fs::read_dir(&folder)
                .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()));
            for entry in entries {
                let path = entry
                    .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()))
                    .path();
                if path.is_dir() {
                    folders.push(path);
                    continue;
                }
                let rel = path
                    .strip_prefix(&root)
                    .expect("a listed file lies inside its root")
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let body = std::fs::read(&path)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                files.insert(rel.clone(), SiteFile::new(content_type(&rel), body));
            }
        }
        Site { root, files }
    }

    /// The folder the site was read from.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The size of the body sent for `rel` (a path inside the folder, e.g.
    /// `data/inspections.json`) to a browser that accepts gzip.
    pub fn encoded_len(&self, rel: &str) -> Option<usize> {
        self.files
            .get(rel)
            .map(|f| f.gzip.as_ref().unwrap_or(&f.body).len())
    }
}

impl SiteFile {
    fn new(content_type: &'static str, body: Vec<u8>) -> SiteFile {
        let gzip = compressible(content_type)
            .then(|| gzip(&body))
            .filter(|g| g.len() < body.len());
        SiteFile {
            content_type,
            body,
            gzip,
        }
    }
}

/// Whether real hosts gzip this type: text of every kind, JSON, SVG and
/// WebAssembly; not images or fonts, which are compressed already.
fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || content_type.starts_with("application/json")
        || content_type.starts_with("application/manifest+json")
        || content_type.starts_with("application/wasm")
        || content_type.starts_with("image/svg+xml")
}

/// zlib's default level, the one hosts compress with on the fly.
fn gzip(body: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder
        .write_all(body)
        .and_then(|()| encoder.finish())
        .expect("gzip into memory")
}

/// Whether an `Accept-Encoding` value accepts gzip: `gzip` or `*` listed
/// without `q=0`.
fn accepts_gzip(accept_encoding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        let coding = parts.next().unwrap_or("");
        let refused = parts.any(|p| {
            p.strip_prefix("q=")
                .and_then(|q| q.parse::<f32>().ok())
                .is_some_and(|q| q == 0.0)
        });
        (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
    })
}

impl Server {
    /// Serves `site` under [`SUB_PATH`](crate::SUB_PATH) as real static hosts
    /// do (see the module doc). Cheap: the site is shared, not copied, so a
    /// fresh server per page load costs nothing. Data overrides
    /// ([`Server::serve_data`]) apply here too; they are sent uncompressed.
    pub fn start_site(site: Arc<Site>) -> Server {
        Server::listen(ServerState {
            dist: site.root().to_path_buf(),
            data: None,
            requests: Vec::new(),
            offline: false,
            site: Some(site),
        })
    }
}

/// One answer of a [`Site`] server.
struct Answer<'a> {
    status: u16,
    content_type: Cow<'a, str>,
    body: Cow<'a, [u8]>,
    /// The body is the gzipped file.
    gzipped: bool,
    /// The answer depends on `Accept-Encoding` (a compressible file).
    vary: bool,
}

impl<'a> Answer<'a> {
    fn plain(
        status: u16,
        content_type: impl Into<Cow<'a, str>>,
        body: impl Into<Cow<'a, [u8]>>,
    ) -> Answer<'a> {
        Answer {
            status,
            content_type: content_type.into(),
            body: body.into(),
            gzipped: false,
            vary: false,
        }
    }
}

fn answer<'a>(site: &'a Site, head: &RequestHead, data: Option<DataOverride>) -> Answer<'a> {
    if head.method != "GET" && head.method != "HEAD" {
        return Answer::plain(
            405,
            "text/plain; charset=utf-8",
            &b"method not allowed\n"[..],
        );
    }
    let rel = match requested_file(&head.target) {
        Ok(rel) => rel,
        Err((status, ctype, body)) => return Answer::plain(status, ctype, body),
    };
    if let (true, Some(d)) = (rel == DATA_PATH, data) {
        return Answer::plain(d.status, d.content_type, d.body);
    }
    let Some(file) = site.files.get(&rel) else {
        return Answer::plain(404, "text/plain; charset=utf-8", &b"not found\n"[..]);
    };
    let gzip_ok = head.header("accept-encoding").is_some_and(accepts_gzip);
    let (body, gzipped) = match (&file.gzip, gzip_ok) {
        (Some(g), true) => (g, true),
        _ => (&file.body, false),
    };
    Answer {
        status: 200,
        content_type: file.content_type.into(),
        body: Cow::Borrowed(body),
        gzipped,
        vary: compressible(file.content_type),
    }
}

/// Answers the requests of one connection until the client closes it, asks
/// to close it, or leaves it idle for [`IDLE`].
pub(crate) fn serve_connection(
    stream: TcpStream,
    state: &Mutex<ServerState>,
    site: &Site,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(IDLE))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut out = stream;
    while let Some(head) = read_request_head(&mut reader)? {
        let data = {
            let mut s = state.lock().unwrap();
            if s.offline {
                return out.shutdown(Shutdown::Both);
            }
            s.requests.push(head.target.clone());
            s.data.clone()
        };
        let a = answer(site, &head, data);
        let keep_alive = a.status != 405
            && head.version == "HTTP/1.1"
            && !head
                .header("connection")
                .is_some_and(|c| c.eq_ignore_ascii_case("close"));
        let mut response = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: {CACHE_CONTROL}\r\n",
            a.status,
            reason(a.status),
            a.content_type,
            a.body.len()
        );
        if a.gzipped {
            response.push_str("Content-Encoding: gzip\r\n");
        }
        if a.vary {
            response.push_str("Vary: Accept-Encoding\r\n");
        }
        if !keep_alive {
            response.push_str("Connection: close\r\n");
        }
        response.push_str("\r\n");
        out.write_all(response.as_bytes())?;
        if head.method != "HEAD" {
            out.write_all(&a.body)?;
        }
        out.flush()?;
        if !keep_alive {
            break;
        }
    }
    let _ = out.shutdown(Shutdown::Write);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::accepts_gzip;

    #[test]
    fn reads_accept_encoding_as_browsers_write_it() {
        assert!(accepts_gzip("gzip, deflate, br, zstd"));
        assert!(accepts_gzip("br;q=1.0, GZIP;q=0.5"));
        assert!(accepts_gzip("*"));
        assert!(!accepts_gzip("gzip;q=0"));
        assert!(!accepts_gzip("gzip; q=0.0, br"));
        assert!(!accepts_gzip("identity"));
        assert!(!accepts_gzip("br, deflate"));
        assert!(!accepts_gzip(""));
    }
}
