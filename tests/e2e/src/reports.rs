//! What the checks hand back (console entries, axe results, saved files)
//! and the readers and formatting they use.

use std::fmt;

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

/// A file the page saved (see [`Browser::catch_downloads`](crate::Browser::catch_downloads)).
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

pub(crate) fn excerpt(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}
