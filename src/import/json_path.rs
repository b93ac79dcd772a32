//! Where in a research file a serde_json error was raised, as a JSON path,
//! so the import names the record and field of a problem.

/// The JSON path of the place a serde_json error was raised in `text`.
pub fn error_path(text: &str, e: &serde_json::Error) -> String {
    // serde_json counts lines from 1 and columns in bytes from 1.
    let line_start: usize = text.split_inclusive('\n').take(e.line().saturating_sub(1)).map(str::len).sum();
    path_at(text, line_start + e.column())
}

/// The JSON path (`findings[2].kind`) of the value being read at byte
/// `offset` of a JSON text. Just after an object closes (where a missing
/// field is reported), the path is that object's.
pub fn path_at(text: &str, offset: usize) -> String {
    enum Frame {
        Object { key: Option<String>, expect_key: bool },
        Array { index: usize },
    }
    fn render(frames: &[Frame]) -> String {
        let mut out = String::new();
        for f in frames {
            match f {
                Frame::Object { key: Some(k), .. } => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Frame::Object { key: None, .. } => {}
                Frame::Array { index } => out.push_str(&format!("[{index}]")),
            }
        }
        out
    }
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut frames: Vec<Frame> = Vec::new();
    let mut closed: Option<String> = None;
    let mut i = 0;
    while i < end {
        let b = bytes[i];
        if !b.is_ascii_whitespace() {
            closed = None;
        }
        match b {
            b'{' => frames.push(Frame::Object { key: None, expect_key: true }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
                closed = Some(render(&frames));
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key, expect_key }) => {
                    *key = None;
                    *expect_key = true;
                }
                None => {}
            },
            b'"' => {
                let mut j = i + 1;
                let mut raw = Vec::new();
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' {
                        j += 1;
                    }
                    if j < bytes.len() {
                        raw.push(bytes[j]);
                    }
                    j += 1;
                }
                if let Some(Frame::Object { key, expect_key }) = frames.last_mut() {
                    if *expect_key {
                        *key = Some(String::from_utf8_lossy(&raw).into_owned());
                        *expect_key = false;
                    }
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    match closed {
        Some(path) => path,
        None => render(&frames),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_at_follows_objects_arrays_and_escapes() {
        let text = r#"{"a":1,"findings":[{"id":"x"},{"id":"y\"}","kind":"weak"}],"z":2}"#;
        let at = |needle: &str| text.find(needle).unwrap() + needle.len();
        assert_eq!(path_at(text, at("\"weak\"")), "findings[1].kind");
        assert_eq!(path_at(text, at("\"a\":1")), "a");
        // Just after an object closes: that object.
        assert_eq!(path_at(text, at("{\"id\":\"x\"}")), "findings[0]");
        assert_eq!(path_at(text, text.len()), "");
    }
}
