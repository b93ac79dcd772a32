//! End-to-end harness for the explorer: the built `dist/` folder, served by a
//! tiny static file server under the sub-path `/explorer/`, driven in headless
//! Chromium through one shared ChromeDriver.
//!
//! * [`Server`]: std-only HTTP/1.1 static server on `127.0.0.1` (random port)
//!   that records every request path and can be told to serve another body
//!   (or status) for `data/inspections.json`, or another dist folder.
//! * [`Site`] and [`Server::start_site`]: a folder served as real static
//!   hosts serve it (keep-alive, gzip precompressed once), for `scripts/bench`.
//! * [`Browser`]: one fresh WebDriver session (fresh Chromium profile) per
//!   test, with waits that fail with the page's URL and text, a same-origin
//!   check of every resource, the browser console log (read through
//!   ChromeDriver's log endpoint, so errors logged before the app starts are
//!   seen too), axe-core, keyboard helpers, and Chrome DevTools Protocol
//!   commands (network and CPU emulation, scripts run before the page's own).
//!
//! Environment knobs (all optional):
//! `E2E_DIST` (the dist folder; default `<repo>/dist`),
//! `E2E_AXE` (axe.min.js; default `<repo>/node_modules/axe-core/axe.min.js`),
//! `E2E_CHROMEDRIVER` or `CHROMEDRIVER` (default `chromedriver` on PATH, else `/usr/bin/chromedriver`),
//! `E2E_CHROMIUM` (default `/usr/bin/chromium`),
//! `E2E_ARTIFACTS` (where failure screenshots go; default `<tmp>/e2e-artifacts`).

use std::fmt;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

pub use cdp::NetworkConditions;
pub use fantoccini::key::Key;
pub use site::Site;

mod cdp;
pub mod served;
mod site;

/// How long every wait may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// The sub-path the app is served under, as on a real static host.
pub const SUB_PATH: &str = "/explorer/";
/// The path of the dataset inside dist (relative to [`SUB_PATH`]).
pub const DATA_PATH: &str = "data/inspections.json";
/// Default window size.
pub const DESKTOP: (u32, u32) = (1280, 900);
/// A narrow phone.
pub const PHONE: (u32, u32) = (320, 640);

const POLL: Duration = Duration::from_millis(50);

// ---------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    p.canonicalize().unwrap_or(p)
}

/// The dist folder to test: `E2E_DIST` or `<repo>/dist`.
pub fn default_dist() -> PathBuf {
    match std::env::var_os("E2E_DIST") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => repo_root().join("dist"),
    }
}

fn axe_path() -> PathBuf {
    match std::env::var_os("E2E_AXE") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => repo_root().join("node_modules/axe-core/axe.min.js"),
    }
}

fn artifacts_dir() -> PathBuf {
    match std::env::var_os("E2E_ARTIFACTS") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => std::env::temp_dir().join("e2e-artifacts"),
    }
}

fn check_dist(dist: &Path) {
    if !dist.join("index.html").is_file() {
        panic!(
            "no built app at {}: {}/index.html is missing.\n\
             Build it first: run `trunk build --release --public-url ./` in the repository root \
             (or use scripts/test), or point E2E_DIST at a built dist folder.",
            dist.display(),
            dist.display()
        );
    }
}

// ---------------------------------------------------------------------------
// Static file server
// ---------------------------------------------------------------------------

/// What the server answers for `data/inspections.json` instead of the file.
#[derive(Clone, Debug)]
struct DataOverride {
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

struct ServerState {
    dist: PathBuf,
    data: Option<DataOverride>,
    requests: Vec<String>,
    /// While set, every connection is closed unanswered, as if the host
    /// were unreachable.
    offline: bool,
    /// Set for a server started by [`Server::start_site`]: the files come
    /// from memory, over keep-alive connections, gzipped when accepted.
    site: Option<Arc<Site>>,
}

/// A static HTTP/1.1 server for a dist folder, under [`SUB_PATH`].
/// Stops when dropped.
pub struct Server {
    addr: SocketAddr,
    state: Arc<Mutex<ServerState>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    /// Serves [`default_dist`]; panics with a build hint if it is not built.
    pub fn start() -> Server {
        Server::start_with_dist(default_dist())
    }

    /// Serves the given dist folder (it must hold `index.html`).
    pub fn start_with_dist(dist: impl Into<PathBuf>) -> Server {
        let dist = dist.into();
        check_dist(&dist);
        Server::listen(ServerState {
            dist,
            data: None,
            requests: Vec::new(),
            offline: false,
            site: None,
        })
    }

    /// Accepts connections on a fresh loopback port, each in its own thread.
    fn listen(state: ServerState) -> Server {
        let listener =
            TcpListener::bind("127.0.0.1:0").expect("bind a loopback port for the test server");
        let addr = listener
            .local_addr()
            .expect("local address of the test server");
        let state = Arc::new(Mutex::new(state));
        let stop = Arc::new(AtomicBool::new(false));
        {
            let state = state.clone();
            let stop = stop.clone();
            thread::Builder::new()
                .name(format!("e2e-http-{}", addr.port()))
                .spawn(move || {
                    for conn in listener.incoming() {
                        if stop.load(Ordering::SeqCst) {
                            break;
                        }
                        if let Ok(stream) = conn {
                            let state = state.clone();
                            let _ = thread::Builder::new().name("e2e-http-conn".into()).spawn(
                                move || {
                                    let _ = serve_connection(stream, &state);
                                },
                            );
                        }
                    }
                })
                .expect("spawn the test server thread");
        }
        Server { addr, state, stop }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://127.0.0.1:PORT`
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.addr.port())
    }

    /// `http://127.0.0.1:PORT/explorer/`: the app's own address.
    pub fn base_url(&self) -> String {
        format!("{}{}", self.origin(), SUB_PATH)
    }

    /// The app's address plus a route such as `#/inspections?region=wales`.
    pub fn url(&self, route: &str) -> String {
        format!("{}{}", self.base_url(), route)
    }

    /// Every request target (path and query) received so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.state.lock().unwrap().requests.clone()
    }

    /// Forgets the recorded requests.
    pub fn clear_requests(&self) {
        self.state.lock().unwrap().requests.clear();
    }

    /// Serves `body` (as `application/json`, status 200) for `data/inspections.json`.
    pub fn serve_data(&self, body: impl Into<Vec<u8>>) {
        self.serve_data_with_status(200, body);
    }

    /// Serves `body` with `status` for `data/inspections.json`.
    pub fn serve_data_with_status(&self, status: u16, body: impl Into<Vec<u8>>) {
        self.state.lock().unwrap().data = Some(DataOverride {
            status,
            content_type: "application/json".into(),
            body: body.into(),
        });
    }

    /// Takes the site off the network (every connection is dropped
    /// unanswered) or puts it back.
    pub fn set_offline(&self, offline: bool) {
        self.state.lock().unwrap().offline = offline;
    }

    /// Serves the real `data/inspections.json` again.
    pub fn clear_data_override(&self) {
        self.state.lock().unwrap().data = None;
    }

    /// Serves another dist folder from now on (read from disk, also by a
    /// server that was serving a [`Site`]).
    pub fn set_dist(&self, dist: impl Into<PathBuf>) {
        let dist = dist.into();
        check_dist(&dist);
        let mut s = self.state.lock().unwrap();
        s.dist = dist;
        s.site = None;
    }

    pub fn dist(&self) -> PathBuf {
        self.state.lock().unwrap().dist.clone()
    }

    /// The dataset file of the served dist, as text.
    pub fn read_dist_data(&self) -> String {
        let p = self.dist().join(DATA_PATH);
        std::fs::read_to_string(&p)
            .unwrap_or_else(|e| panic!("cannot read the dataset {}: {e}", p.display()))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "jpg" | "jpeg" => "image/jpeg",
        "map" => "application/json",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// The request line and headers of one request (no body is expected for
/// GET or HEAD).
struct RequestHead {
    method: String,
    target: String,
    version: String,
    headers: Vec<(String, String)>,
}

impl RequestHead {
    /// The value of the first header called `name` (any case).
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads one request head; `None` when the client closed the connection
/// before sending one.
fn read_request_head(reader: &mut impl BufRead) -> std::io::Result<Option<RequestHead>> {
    let mut request_line = String::new();
    if reader.read_line(&mut request_line)? == 0 {
        return Ok(None);
    }
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let mut parts = request_line.split_whitespace();
    let mut next = || parts.next().unwrap_or("").to_string();
    Ok(Some(RequestHead {
        method: next(),
        target: next(),
        version: next(),
        headers,
    }))
}

fn serve_connection(stream: TcpStream, state: &Mutex<ServerState>) -> std::io::Result<()> {
    let (offline, site) = {
        let s = state.lock().unwrap();
        (s.offline, s.site.clone())
    };
    if offline {
        return stream.shutdown(Shutdown::Both);
    }
    if let Some(site) = site {
        return site::serve_connection(stream, state, &site);
    }
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let Some(RequestHead { method, target, .. }) = read_request_head(&mut reader)? else {
        return Ok(());
    };
    state.lock().unwrap().requests.push(target.clone());

    let (status, ctype, body): (u16, String, Vec<u8>) = if method != "GET" && method != "HEAD" {
        (
            405,
            "text/plain; charset=utf-8".into(),
            b"method not allowed\n".to_vec(),
        )
    } else {
        resolve(&target, state)
    };

    let mut out = stream;
    let head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        reason(status),
        body.len()
    );
    out.write_all(head.as_bytes())?;
    if method != "HEAD" {
        out.write_all(&body)?;
    }
    out.flush()?;
    let _ = out.shutdown(Shutdown::Write);
    Ok(())
}

fn not_found() -> (u16, String, Vec<u8>) {
    (
        404,
        "text/plain; charset=utf-8".into(),
        b"not found\n".to_vec(),
    )
}

/// The file a request target names inside the served folder (`index.html`
/// for a folder), or the response refusing it: only paths under
/// [`SUB_PATH`] that stay inside the folder are served.
fn requested_file(target: &str) -> Result<String, (u16, String, Vec<u8>)> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let Some(path) = percent_decode(path) else {
        return Err((400, "text/plain".into(), b"bad path\n".to_vec()));
    };
    let Some(rel) = path.strip_prefix(SUB_PATH) else {
        return Err(not_found());
    };
    let mut rel = rel.to_string();
    if rel.is_empty() || rel.ends_with('/') {
        rel.push_str("index.html");
    }
    if rel.contains('\\')
        || !Path::new(&rel)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
    {
        return Err(not_found());
    }
    Ok(rel)
}

fn resolve(target: &str, state: &Mutex<ServerState>) -> (u16, String, Vec<u8>) {
    let rel = match requested_file(target) {
        Ok(rel) => rel,
        Err(refusal) => return refusal,
    };
    let rel_path = Path::new(&rel);
    let (dist, data) = {
        let s = state.lock().unwrap();
        (s.dist.clone(), s.data.clone())
    };
    if rel == DATA_PATH {
        if let Some(d) = data {
            return (d.status, d.content_type, d.body);
        }
    }
    let file = dist.join(rel_path);
    if !file.is_file() {
        return not_found();
    }
    match std::fs::read(&file) {
        Ok(body) => (200, content_type(&rel).to_string(), body),
        Err(_) => (500, "text/plain".into(), b"read error\n".to_vec()),
    }
}

// ---------------------------------------------------------------------------
// Raw loopback HTTP (used where no async runtime may be running: exit, drop)
// ---------------------------------------------------------------------------

fn raw_http(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&str>,
    timeout: Duration,
) -> std::io::Result<(u16, String)> {
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let mut s = TcpStream::connect_timeout(&addr, timeout)?;
    s.set_read_timeout(Some(timeout))?;
    s.set_write_timeout(Some(timeout))?;
    let body = body.unwrap_or("");
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes())?;
    // ChromeDriver keeps the connection open whatever `Connection: close`
    // says, so the body is read by its Content-Length, not to the end.
    let mut r = BufReader::new(s);
    let mut status_line = String::new();
    r.read_line(&mut status_line)?;
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let mut length = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.trim().eq_ignore_ascii_case("content-length") {
                length = v.trim().parse::<usize>().ok();
            }
        }
    }
    let mut body = Vec::new();
    match length {
        Some(n) => {
            body.resize(n, 0);
            r.read_exact(&mut body)?;
        }
        None => {
            r.read_to_end(&mut body)?;
        }
    }
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

// ---------------------------------------------------------------------------
// The shared ChromeDriver
// ---------------------------------------------------------------------------

struct Driver {
    port: u16,
    log: PathBuf,
}

static DRIVER: OnceLock<Result<Driver, String>> = OnceLock::new();
static DRIVER_CHILD: Mutex<Option<Child>> = Mutex::new(None);
static OPEN_SESSIONS: Mutex<Vec<String>> = Mutex::new(Vec::new());

extern "C" {
    fn atexit(cb: extern "C" fn()) -> std::os::raw::c_int;
    fn prctl(option: std::os::raw::c_int, ...) -> std::os::raw::c_int;
}

const PR_SET_PDEATHSIG: std::os::raw::c_int = 1;
const SIGTERM: std::os::raw::c_int = 15;

/// At process exit: end the sessions that are still open (so their browsers
/// quit), then stop ChromeDriver. Never panics.
extern "C" fn shutdown_driver() {
    let port = match DRIVER.get() {
        Some(Ok(d)) => d.port,
        _ => return,
    };
    let sessions: Vec<String> = match OPEN_SESSIONS.try_lock() {
        Ok(mut s) => std::mem::take(&mut *s),
        Err(_) => Vec::new(),
    };
    for id in sessions {
        let _ = raw_http(
            port,
            "DELETE",
            &format!("/session/{id}"),
            None,
            Duration::from_secs(5),
        );
    }
    if let Ok(mut child) = DRIVER_CHILD.try_lock() {
        if let Some(mut c) = child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn find_in_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join(name))
            .find(|f| f.is_file())
    })
}

fn chromedriver_bin() -> PathBuf {
    for var in ["E2E_CHROMEDRIVER", "CHROMEDRIVER"] {
        if let Some(p) = std::env::var_os(var).filter(|p| !p.is_empty()) {
            return PathBuf::from(p);
        }
    }
    find_in_path("chromedriver").unwrap_or_else(|| PathBuf::from("/usr/bin/chromedriver"))
}

fn chromium_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("E2E_CHROMIUM").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .or_else(|| find_in_path("chromium"))
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("find a free loopback port")
}

fn start_driver() -> Result<Driver, String> {
    let bin = chromedriver_bin();
    if !bin.is_file() {
        return Err(format!(
            "ChromeDriver not found at {} (install Debian's chromium and chromium-driver, e.g. with scripts/install-tools, \
             or set E2E_CHROMEDRIVER)",
            bin.display()
        ));
    }
    let chromium = chromium_bin();
    if !chromium.is_file() {
        return Err(format!(
            "Chromium not found at {} (set E2E_CHROMIUM)",
            chromium.display()
        ));
    }
    let mut last_err = String::new();
    for _attempt in 0..3 {
        let port = free_port();
        // One log per test binary, overwritten by its next run.
        let exe = std::env::current_exe()
            .ok()
            .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()));
        let log = std::env::temp_dir().join(format!(
            "e2e-chromedriver-{}.log",
            exe.unwrap_or_else(|| "e2e".into())
        ));
        let log_file =
            std::fs::File::create(&log).map_err(|e| format!("create {}: {e}", log.display()))?;
        let log_err = log_file.try_clone().map_err(|e| e.to_string())?;
        // Spawned from a thread that lives as long as the process, so that
        // PDEATHSIG (sent when the spawning *thread* ends) fires only when the
        // test process dies, even if it is killed and atexit never runs.
        let (tx, rx) = std::sync::mpsc::channel();
        let bin2 = bin.clone();
        thread::Builder::new()
            .name("e2e-chromedriver".into())
            .spawn(move || {
                use std::os::unix::process::CommandExt;
                let mut cmd = Command::new(&bin2);
                cmd.arg(format!("--port={port}"))
                    .arg("--allowed-ips=127.0.0.1")
                    .stdin(Stdio::null())
                    .stdout(log_file)
                    .stderr(log_err);
                // SAFETY: prctl is async-signal-safe; nothing else runs here.
                unsafe {
                    cmd.pre_exec(|| {
                        prctl(PR_SET_PDEATHSIG, SIGTERM as std::os::raw::c_ulong);
                        Ok(())
                    });
                }
                let _ = tx.send(cmd.spawn());
                loop {
                    thread::park();
                }
            })
            .map_err(|e| e.to_string())?;
        let child = rx
            .recv()
            .map_err(|e| e.to_string())?
            .map_err(|e| format!("start {}: {e}", bin.display()))?;
        *DRIVER_CHILD.lock().unwrap() = Some(child);

        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok((200, body)) = raw_http(port, "GET", "/status", None, Duration::from_secs(2))
            {
                if body.contains("\"ready\":true") || body.contains("\"ready\": true") {
                    unsafe {
                        atexit(shutdown_driver);
                    }
                    return Ok(Driver { port, log });
                }
            }
            let exited = DRIVER_CHILD
                .lock()
                .unwrap()
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten());
            if let Some(status) = exited {
                last_err = format!(
                    "ChromeDriver exited with {status} before it was ready; its log ({}):\n{}",
                    log.display(),
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
                break;
            }
            if Instant::now() > deadline {
                last_err = format!(
                    "ChromeDriver did not answer /status within 20 s; log at {}",
                    log.display()
                );
                if let Some(mut c) = DRIVER_CHILD.lock().unwrap().take() {
                    let _ = c.kill();
                    let _ = c.wait();
                }
                break;
            }
            thread::sleep(POLL);
        }
    }
    Err(last_err)
}

fn driver() -> &'static Driver {
    match DRIVER.get_or_init(start_driver) {
        Ok(d) => d,
        Err(e) => panic!("cannot start ChromeDriver: {e}"),
    }
}

// ---------------------------------------------------------------------------
// Custom WebDriver commands
// ---------------------------------------------------------------------------

/// ChromeDriver's legacy log command: `POST /session/{id}/se/log {"type": "browser"}`.
/// Returns (and clears) the browser console entries logged since the last call.
#[derive(Debug)]
struct GetBrowserLog;

impl WebDriverCompatibleCommand for GetBrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }
    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(r#"{"type":"browser"}"#.to_string()),
        )
    }
}

/// A POST to a session endpoint that fantoccini has no method for (a
/// WebDriver extension such as `permissions`, or ChromeDriver's
/// `goog/cdp/execute`): `path` after `session/{id}/`, with a JSON body.
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

// ---------------------------------------------------------------------------
// Results: console entries and axe violations
// ---------------------------------------------------------------------------

/// One entry of the browser console log.
#[derive(Clone, Debug)]
pub struct LogEntry {
    /// `SEVERE`, `WARNING`, `INFO`, `DEBUG`.
    pub level: String,
    /// `console-api`, `network`, `javascript`, ...
    pub source: String,
    pub message: String,
}

impl LogEntry {
    pub fn is_error(&self) -> bool {
        self.level == "SEVERE"
    }
}

impl fmt::Display for LogEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}: {}", self.level, self.source, self.message)
    }
}

/// One node an axe rule failed on.
#[derive(Clone, Debug)]
pub struct AxeNode {
    pub target: String,
    pub html: String,
    pub summary: String,
}

/// One axe-core violation.
#[derive(Clone, Debug)]
pub struct AxeViolation {
    pub id: String,
    pub impact: String,
    pub help: String,
    pub help_url: String,
    pub nodes: Vec<AxeNode>,
}

impl fmt::Display for AxeViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "- [{}] {}: {} ({} node(s); {})",
            self.impact,
            self.id,
            self.help,
            self.nodes.len(),
            self.help_url
        )?;
        for n in self.nodes.iter().take(5) {
            writeln!(f, "    at {}  {}", n.target, excerpt(&n.html, 160))?;
            for line in n.summary.lines().take(3) {
                writeln!(f, "      {}", line.trim())?;
            }
        }
        if self.nodes.len() > 5 {
            writeln!(f, "    ... and {} more node(s)", self.nodes.len() - 5)?;
        }
        Ok(())
    }
}

/// A file the page saved (see [`Browser::catch_downloads`]).
#[derive(Clone, Debug)]
pub struct Download {
    /// The name it is saved under.
    pub name: String,
    /// The Blob's media type.
    pub media_type: String,
    pub bytes: Vec<u8>,
}

impl Download {
    /// The file as text; panics unless it is UTF-8.
    pub fn text(&self) -> String {
        String::from_utf8(self.bytes.clone()).unwrap_or_else(|e| panic!("{} is not UTF-8: {e}", self.name))
    }
}

/// A strict RFC 4180 reader (after the byte-order mark the page's CSV files
/// start with).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{FEFF}').expect("the CSV starts with a byte-order mark");
    let (mut rows, mut row, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted && field.is_empty() && row.is_empty(), "the CSV ends with a complete record");
    rows
}

/// What one axe run found.
#[derive(Clone, Debug)]
pub struct AxeReport {
    pub violations: Vec<AxeViolation>,
    /// Number of rules that passed (proves axe actually ran).
    pub passes: usize,
    pub incomplete: usize,
}

/// Which of axe-core's rules the accessibility checks run: all of them but
/// the experimental ones (axe's default), best practices included.
pub const AXE_RULES: &str = "every rule: WCAG 2.0 to 2.2 A and AA, and best practices";

fn excerpt(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

// ---------------------------------------------------------------------------
// Browser session
// ---------------------------------------------------------------------------

static PROFILE_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A fresh Chromium session (fresh profile) on a [`Server`].
/// Ends the session and removes the profile when dropped, also on panic.
pub struct Browser {
    pub server: Server,
    client: Client,
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
        let v = match self.client.issue_cmd(GetBrowserLog).await {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dist(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("e2e-unit-{}-{tag}", std::process::id()));
        std::fs::create_dir_all(d.join("data")).unwrap();
        std::fs::write(
            d.join("index.html"),
            "<!doctype html><title>t</title><h1>Hi</h1>",
        )
        .unwrap();
        std::fs::write(d.join("app.wasm"), b"\0asm").unwrap();
        std::fs::write(d.join("data/inspections.json"), "{\"real\":true}").unwrap();
        d
    }

    fn get(server: &Server, path: &str) -> (u16, String, String) {
        let addr: SocketAddr = ([127, 0, 0, 1], server.port()).into();
        let mut s = TcpStream::connect(addr).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut r = String::new();
        s.read_to_string(&mut r).unwrap();
        let (head, body) = r.split_once("\r\n\r\n").unwrap();
        let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        (status, head.to_string(), body.to_string())
    }

    #[test]
    fn serves_only_under_the_sub_path() {
        let d = temp_dist("sub");
        let s = Server::start_with_dist(&d);
        let (st, head, body) = get(&s, "/explorer/");
        assert_eq!(st, 200);
        assert!(head.contains("Content-Type: text/html"), "{head}");
        assert!(head.contains("Cache-Control: no-store"), "{head}");
        assert!(body.contains("<h1>Hi</h1>"));
        let (st, head, _) = get(&s, "/explorer/app.wasm?v=1");
        assert_eq!(st, 200);
        assert!(head.contains("Content-Type: application/wasm"), "{head}");
        assert_eq!(get(&s, "/").0, 404);
        assert_eq!(get(&s, "/index.html").0, 404);
        assert_eq!(get(&s, "/explorer").0, 404);
        assert_eq!(get(&s, "/explorer/../explorer/index.html").0, 404);
        assert_eq!(get(&s, "/explorer/%2e%2e/x").0, 404);
        assert_eq!(get(&s, "/explorer/missing.js").0, 404);
        assert_eq!(
            s.requests(),
            vec![
                "/explorer/",
                "/explorer/app.wasm?v=1",
                "/",
                "/index.html",
                "/explorer",
                "/explorer/../explorer/index.html",
                "/explorer/%2e%2e/x",
                "/explorer/missing.js"
            ]
        );
        let _ = std::fs::remove_dir_all(d);
    }

    #[test]
    fn data_can_be_overridden() {
        let d = temp_dist("data");
        let s = Server::start_with_dist(&d);
        assert_eq!(
            get(&s, "/explorer/data/inspections.json").2,
            "{\"real\":true}"
        );
        s.serve_data("[1,2]");
        assert_eq!(get(&s, "/explorer/data/inspections.json").2, "[1,2]");
        s.serve_data_with_status(500, "oops");
        let (st, _, body) = get(&s, "/explorer/data/inspections.json");
        assert_eq!((st, body.as_str()), (500, "oops"));
        s.clear_data_override();
        assert_eq!(
            get(&s, "/explorer/data/inspections.json").2,
            "{\"real\":true}"
        );
        let _ = std::fs::remove_dir_all(d);
    }

    #[test]
    #[should_panic(expected = "trunk build --release --public-url ./")]
    fn missing_dist_says_how_to_build() {
        Server::start_with_dist("/nonexistent-e2e-dist");
    }
}
