//! A table of text: a header and rows of the same width. A chart's table
//! twin, a list's CSV and the whole dataset's files are all one of these, so
//! what the page shows as a table and what it downloads cannot differ. Kept
//! apart from `export` (which writes it as CSV) because the charts build
//! their tables too, and `export` draws the charts as images.

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<S: Into<String>>(header: impl IntoIterator<Item = S>) -> Table {
        Table { header: header.into_iter().map(Into::into).collect(), rows: Vec::new() }
    }

    pub fn push<S: Into<String>>(&mut self, row: impl IntoIterator<Item = S>) {
        let row: Vec<String> = row.into_iter().map(Into::into).collect();
        debug_assert_eq!(row.len(), self.header.len(), "a row must be as wide as the header");
        self.rows.push(row);
    }
}
