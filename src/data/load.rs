//! Loading a dataset: text to JSON tree (serde_json), tree to model (the
//! reader), model to rules (the validator). The page runs this at load time
//! and `check-data` runs the same function, so both report the same
//! breaches.

use super::breach::{doc_breach, Breach};
use super::model::Dataset;
use super::records;
use super::tree::Json;
use super::validate::validate;

/// Parses and validates a file as it was read or fetched: its bytes, which
/// the format says are UTF-8. The page hands over the response's bytes
/// rather than the browser's decoded string (which would be re-encoded to
/// UTF-8 on its way into the WebAssembly, and would have any bad byte
/// silently replaced); `check-data` hands over the file's.
pub fn parse_dataset_bytes(bytes: &[u8]) -> Result<Dataset, Vec<Breach>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_dataset(text),
        Err(e) => {
            // Counted as serde_json counts for a syntax error (lines, and
            // bytes within the line), so the file's two kinds of message agree.
            let before = &bytes[..e.valid_up_to()];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = before.len() - before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
            let at = format!("line {line} column {column} (byte {})", e.valid_up_to());
            Err(vec![doc_breach("file", &format!("is not UTF-8 text: a byte that is not UTF-8 at {at}"))])
        }
    }
}

/// Parses and validates a document. Every breach found is returned, not just
/// the first, so a maintainer can fix a file in one pass.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Breach>> {
    // Browsers skip a leading byte-order mark when they decode a fetched
    // file; skipping it here too lets `check-data` and the page agree on a
    // file saved with one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![doc_breach("file", "is empty: expected a JSON object")]);
    }
    let doc: Json = serde_json::from_str(text)
        .map_err(|e| vec![doc_breach("file", &format!("is not valid JSON: {}", syntax_error(&e)))])?;
    let dataset = records::dataset(&doc)?;
    // The tree borrows the text and holds a copy of every escaped string;
    // let it go before the validator's sets are built.
    drop(doc);
    let breaches = validate(&dataset);
    if breaches.is_empty() {
        Ok(dataset)
    } else {
        Err(breaches)
    }
}

/// serde_json's own words, with the line and column it gives ("EOF while
/// parsing a string at line 1 column 9"), except for its recursion limit:
/// that says what it means for the file. serde_json refuses a value nested
/// 128 levels deep, before it could exhaust the stack, and its error has no
/// code to match, only this text.
fn syntax_error(e: &serde_json::Error) -> String {
    let said = e.to_string();
    if said.starts_with("recursion limit exceeded") {
        format!("values are nested too deeply at line {} column {}", e.line(), e.column())
    } else {
        said
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> String {
        let breaches = parse_dataset(text).unwrap_err();
        assert_eq!(breaches.len(), 1, "{breaches:?}");
        breaches[0].to_string()
    }

    fn bytes_problem(bytes: &[u8]) -> String {
        let breaches = parse_dataset_bytes(bytes).unwrap_err();
        assert_eq!(breaches.len(), 1, "{breaches:?}");
        breaches[0].to_string()
    }

    #[test]
    fn bytes_must_be_utf8_and_say_where_they_are_not() {
        // "é" saved as Latin-1 (one byte, 0xE9) on the second line.
        assert_eq!(bytes_problem(b"{\n  \"title\": \"caf\xe9\"}"), "file is not UTF-8 text: a byte that is not UTF-8 at line 2 column 16 (byte 17)");
        // A character cut short at the end of the file.
        assert_eq!(bytes_problem("{\"é\": 1} \u{e9}".as_bytes().split_last().unwrap().1), "file is not UTF-8 text: a byte that is not UTF-8 at line 1 column 11 (byte 10)");
        // Columns count bytes, as in serde_json's own messages on the same line.
        assert_eq!(problem("{\"é\" 1}"), "file is not valid JSON: expected `:` at line 1 column 7");
        // Good UTF-8 goes on to the same checks as text, a byte-order mark included.
        assert_eq!(bytes_problem("\u{feff}[1]".as_bytes()), problem("\u{feff}[1]"));
        assert_eq!(bytes_problem(b"{\"a\" 1}"), problem("{\"a\" 1}"));
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        assert_eq!(problem("{\"a\": 1,\n  \"b\" 2}"), "file is not valid JSON: expected `:` at line 2 column 7");
        assert_eq!(problem("{\"a\": \"é"), "file is not valid JSON: EOF while parsing a string at line 1 column 9");
        assert_eq!(problem("{} x"), "file is not valid JSON: trailing characters at line 1 column 4");
    }

    #[test]
    fn deep_nesting_is_said_plainly() {
        let deep = format!("{{\"a\":{}", "[".repeat(100_000));
        assert_eq!(problem(&deep), "file is not valid JSON: values are nested too deeply at line 1 column 132");
        // serde_json reads up to 127 levels, far more than the dataset's
        // five: the reader, not the parser, speaks about a file within them.
        let within = format!("{}{}", "[".repeat(127), "]".repeat(127));
        assert_eq!(problem(&within), "file is not a JSON object");
        let beyond = format!("{}{}", "[".repeat(128), "]".repeat(128));
        assert_eq!(problem(&beyond), "file is not valid JSON: values are nested too deeply at line 1 column 128");
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(problem("\u{feff}[1]"), "file is not a JSON object");
        assert_eq!(problem("\u{feff}"), "file is empty: expected a JSON object");
        assert_eq!(problem("\u{feff}{\"a\" 1}"), "file is not valid JSON: expected `:` at line 1 column 6");
    }

    #[test]
    fn rules_are_checked_only_on_a_well_shaped_file() {
        // The reader fills stand-ins for values of the wrong shape; the rules
        // would speak about those, so a shape problem is all that is said.
        let doc = r#"{"schema":"inspection-explorer/v1","title":"T","licence":"L","updated":"soon","scale":[],
            "inspections":[{"id":"a","title":"T","service_type":"s","published":2024}]}"#;
        assert_eq!(
            parse_dataset(doc).unwrap_err().iter().map(|b| b.to_string()).collect::<Vec<_>>(),
            ["inspections[0] \"a\": published is malformed: invalid type: integer `2024`, expected a string"]
        );
        let well_shaped = doc.replace("2024", "\"2024\"");
        let rules: Vec<String> = parse_dataset(&well_shaped).unwrap_err().iter().map(|b| b.to_string()).collect();
        assert!(rules.contains(&"updated \"soon\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)".to_string()), "{rules:?}");
        assert!(rules.contains(&"inspections[0] \"a\": service_type \"s\" is not in service_types".to_string()), "{rules:?}");
    }
}
