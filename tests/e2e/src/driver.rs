//! The one ChromeDriver every test of a binary shares: finding and starting
//! it (and Chromium), the sessions still open, stopping both at exit, and the
//! blocking HTTP it is spoken to with where no async runtime may be running.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use crate::POLL;

pub(crate) struct Driver {
    pub(crate) port: u16,
    pub(crate) log: PathBuf,
}

pub(crate) static DRIVER: OnceLock<Result<Driver, String>> = OnceLock::new();
static DRIVER_CHILD: Mutex<Option<Child>> = Mutex::new(None);
pub(crate) static OPEN_SESSIONS: Mutex<Vec<String>> = Mutex::new(Vec::new());

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

pub(crate) fn chromium_bin() -> PathBuf {
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

pub(crate) fn driver() -> &'static Driver {
    match DRIVER.get_or_init(start_driver) {
        Ok(d) => d,
        Err(e) => panic!("cannot start ChromeDriver: {e}"),
    }
}
// ---------------------------------------------------------------------------
// Raw loopback HTTP (used where no async runtime may be running: exit, drop)
// ---------------------------------------------------------------------------

pub(crate) fn raw_http(
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
