//! A breach of the format and the place it is at. The reader (shape
//! problems) and the validator (rule problems) both report in these terms,
//! so a user sees one kind of message whichever found it.
//!
//! A breach names the record (`inspections[17] "probation-leeds-2023"`), the
//! field (`overall`) and what is wrong with it (`"gud" is not in scale`).

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    /// The record, e.g. `inspections[17] "probation-leeds-2023"`; empty for the
    /// document itself.
    pub record: String,
    /// The field within the record, e.g. `findings[2].themes[0]`.
    pub field: String,
    pub problem: String,
}

impl fmt::Display for Breach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.record.is_empty() {
            write!(f, "{} {}", self.field, self.problem)
        } else {
            write!(f, "{}: {} {}", self.record, self.field, self.problem)
        }
    }
}

/// `inspections[3] "x"`, or `inspections[3]` for a record without an id.
pub(super) fn record_name(kind: &str, index: usize, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("{kind}[{index}] \"{id}\""),
        None => format!("{kind}[{index}]"),
    }
}

/// A breach of the document as a whole, such as `file is not a JSON object`.
pub(super) fn doc_breach(field: &str, problem: &str) -> Breach {
    Breach { record: String::new(), field: field.into(), problem: problem.into() }
}

/// A place in a dataset document (`findings[2].themes[0]`), built as the
/// reader and the validator walk the document and turned into text only
/// when a problem is reported there, so a good file costs no paths.
#[derive(Clone, Copy)]
pub(super) enum At<'p> {
    /// The record (or the document) itself.
    Here,
    Field(&'p At<'p>, &'p str),
    Item(&'p At<'p>, usize),
}

/// The record itself, to build a record's own fields from.
pub(super) const HERE: At<'static> = At::Here;

impl At<'_> {
    /// `findings[2].themes[0]`; empty for `Here`.
    pub(super) fn text(&self) -> String {
        let mut out = String::new();
        self.render(&mut out);
        out
    }

    fn render(&self, out: &mut String) {
        match *self {
            At::Here => {}
            At::Field(parent, name) => {
                parent.render(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            At::Item(parent, index) => {
                parent.render(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_fields_and_items() {
        let findings = At::Field(&HERE, "findings");
        let second = At::Item(&findings, 2);
        let themes = At::Field(&second, "themes");
        assert_eq!(At::Item(&themes, 0).text(), "findings[2].themes[0]");
        assert_eq!(At::Item(&At::Field(&HERE, "regions"), 1).text(), "regions[1]");
        assert_eq!(At::Field(&HERE, "title").text(), "title");
        assert_eq!(HERE.text(), "");
    }

    #[test]
    fn a_breach_reads_record_field_problem() {
        let b = Breach { record: record_name("inspections", 3, Some("x")), field: "overall".into(), problem: "is odd".into() };
        assert_eq!(b.to_string(), "inspections[3] \"x\": overall is odd");
        assert_eq!(record_name("inspections", 2, None), "inspections[2]");
        assert_eq!(doc_breach("file", "is not a JSON object").to_string(), "file is not a JSON object");
    }
}
