//! A place in a dataset document (`findings[2].themes[0]`), built as the
//! reader and the validator walk the document and turned into text only
//! when a problem is reported there, so a good file costs no paths.

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
}
