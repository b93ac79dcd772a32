//! RFC 4180 CSV: comma-separated, CRLF line ends, a header row, and fields
//! quoted when they hold a comma, a quote or a line break (quotes doubled).

use crate::table::Table;

impl Table {
    /// The CSV text. Starts with a byte-order mark so spreadsheet programs
    /// read the UTF-8 correctly.
    pub fn to_csv(&self) -> String {
        let mut out = String::from("\u{FEFF}");
        write_row(&mut out, &self.header);
        for row in &self.rows {
            write_row(&mut out, row);
        }
        out
    }
}

fn write_row(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(field));
    }
    out.push_str("\r\n");
}

/// One field, quoted only when it must be.
pub fn quote(field: &str) -> String {
    let field = defuse_formula(field);
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.into_owned()
    }
}

/// A text that a spreadsheet would run as a formula (`=HYPERLINK(…)`,
/// `+cmd`, `@SUM`) gets a leading apostrophe, which spreadsheets show as
/// text. Numbers, negative ones included, are left as they are.
fn defuse_formula(field: &str) -> std::borrow::Cow<'_, str> {
    let risky = match field.chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => {
            let rest = &field[1..];
            rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        }
        _ => false,
    };
    if risky {
        format!("'{field}").into()
    } else {
        field.into()
    }
}

/// A file name that says what was filtered, e.g.
/// `recommendations-region-south-west-theme-workload.csv`.
pub fn file_name(what: &str, query_pairs: &[(impl AsRef<str>, String)]) -> String {
    let mut name = what.to_string();
    for (key, value) in query_pairs {
        let slug: String = value
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        if !slug.is_empty() {
            name.push('-');
            name.push_str(key.as_ref());
            name.push('-');
            name.push_str(&slug);
        }
    }
    if name.len() > 120 {
        name.truncate(120);
    }
    format!("{name}.csv")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_commas_quotes_and_newlines() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("cr\r"), "\"cr\r\"");
    }

    #[test]
    fn formulas_are_shown_as_text() {
        assert_eq!(quote("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(quote("+1+1"), "'+1+1");
        assert_eq!(quote("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(quote("-cmd"), "'-cmd");
        assert_eq!(quote("-3"), "-3");
        assert_eq!(quote("3"), "3");
    }

    #[test]
    fn table_has_bom_header_and_crlf() {
        let mut t = Table::new(["id", "text"]);
        t.push(["a", "x, y"]);
        t.push(["b", "Élèves"]);
        assert_eq!(t.to_csv(), "\u{FEFF}id,text\r\na,\"x, y\"\r\nb,Élèves\r\n");
    }

    #[test]
    fn file_names_say_what_was_filtered() {
        let pairs = vec![("region", "south-west".to_string()), ("q", "Domestic abuse!".to_string())];
        assert_eq!(file_name("findings", &pairs), "findings-region-south-west-q-domestic-abuse.csv");
        assert_eq!(file_name("inspections", &Vec::<(&str, String)>::new()), "inspections.csv");
    }
}
