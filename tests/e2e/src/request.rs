//! What both servers (the test [`Server`](crate::Server) and a
//! [`Site`](crate::Site)'s) make of a request: its head, the file it names,
//! and the content type and reason phrase of their answer.

use std::io::BufRead;
use std::path::{Component, Path};

use crate::SUB_PATH;

pub(crate) fn content_type(path: &str) -> &'static str {
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

pub(crate) fn reason(status: u16) -> &'static str {
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
pub(crate) struct RequestHead {
    pub(crate) method: String,
    pub(crate) target: String,
    pub(crate) version: String,
    pub(crate) headers: Vec<(String, String)>,
}

impl RequestHead {
    /// The value of the first header called `name` (any case).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads one request head; `None` when the client closed the connection
/// before sending one.
pub(crate) fn read_request_head(reader: &mut impl BufRead) -> std::io::Result<Option<RequestHead>> {
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
pub(crate) fn not_found() -> (u16, String, Vec<u8>) {
    (
        404,
        "text/plain; charset=utf-8".into(),
        b"not found\n".to_vec(),
    )
}

/// The file a request target names inside the served folder (`index.html`
/// for a folder), or the response refusing it: only paths under
/// [`SUB_PATH`] that stay inside the folder are served.
pub(crate) fn requested_file(target: &str) -> Result<String, (u16, String, Vec<u8>)> {
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
