//! The static file [`Server`] the tests load the app from: its shared state
//! (recorded requests, data override, offline switch) and how it answers.

use std::io::{BufReader, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use crate::request::{
    content_type, not_found, read_request_head, reason, requested_file, RequestHead,
};
use crate::site::{self, Site};
use crate::{check_dist, default_dist, DATA_PATH, SUB_PATH};

/// What the server answers for `data/inspections.json` instead of the file.
#[derive(Clone, Debug)]
pub(crate) struct DataOverride {
    pub(crate) status: u16,
    pub(crate) content_type: String,
    pub(crate) body: Vec<u8>,
}

pub(crate) struct ServerState {
    pub(crate) dist: PathBuf,
    pub(crate) data: Option<DataOverride>,
    pub(crate) requests: Vec<String>,
    /// While set, every connection is closed unanswered, as if the host
    /// were unreachable.
    pub(crate) offline: bool,
    /// Set for a server started by [`Server::start_site`]: the files come
    /// from memory, over keep-alive connections, gzipped when accepted.
    pub(crate) site: Option<Arc<Site>>,
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
    pub(crate) fn listen(state: ServerState) -> Server {
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

#[cfg(test)]
mod tests {
    use std::io::Read;

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
