//! Free-text search: case- and accent-insensitive, every word required.
//!
//! Haystacks are folded once when the data loads, so a search pass only
//! folds the query and runs substring checks.

/// Folds one character into its search form: lower case, accents removed,
/// typographic quotes and dashes made plain. Lower case comes first, so a
/// capital folds exactly as its small letter does.
fn fold_char(c: char, out: &mut String) {
    let c = lower_case(c);
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => "'",
        '\u{201C}' | '\u{201D}' => "\"",
        '\u{2010}'..='\u{2015}' => "-",
        // Combining accents (from decomposed text) vanish.
        '\u{0300}'..='\u{036F}' => "",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(plain);
}

/// Lower case for the scripts a dataset of UK inspections can hold (Latin,
/// Greek, Cyrillic); other characters are kept as they are. It stands in
/// for `char::to_lowercase`, whose full Unicode table makes the page
/// measurably larger (docs/SIZE.md), and agrees with it on these scripts
/// (the tests compare the two).
fn lower_case(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => code + 32,
        0x400..=0x40f => code + 80,
        // Pairs in Latin Extended-A and Cyrillic: capital even, small odd...
        0x100..=0x137 | 0x14a..=0x177 | 0x460..=0x481 | 0x48a..=0x4bf if code.is_multiple_of(2) => code + 1,
        // ...or capital odd, small even.
        0x139..=0x148 | 0x179..=0x17e if !code.is_multiple_of(2) => code + 1,
        0x178 => 0xff,
        0x386 => 0x3ac,
        0x388..=0x38a => code + 37,
        0x38c => 0x3cc,
        0x38e | 0x38f => code + 63,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// A text in lower case (by [`lower_case`]), accents kept: for matching
/// names whatever their case.
pub fn lower_case_text(text: &str) -> String {
    text.chars().map(lower_case).collect()
}

/// The search form of a text.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A parsed free-text query: its folded words, all of which must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextQuery {
    words: Vec<String>,
}

impl TextQuery {
    pub fn new(q: &str) -> TextQuery {
        let folded = fold(q);
        let mut words: Vec<String> = Vec::new();
        for word in folded.split(|c: char| c.is_whitespace() || c == ',' || c == '"').filter(|w| !w.is_empty()) {
            if !words.iter().any(|w| w == word) {
                words.push(word.to_string());
            }
        }
        TextQuery { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Does a folded haystack contain every word?
    pub fn matches_folded(&self, haystack: &str) -> bool {
        self.words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// Splits `text` into runs, marking those that match a query word, so the
    /// page can wrap matches in `<mark>` while still rendering text as text.
    pub fn highlight<'a>(&self, text: &'a str) -> Vec<(&'a str, bool)> {
        if self.words.is_empty() || text.is_empty() {
            return vec![(text, false)];
        }
        // Fold char by char, remembering which original char each folded
        // byte came from, because folding can change lengths (ß → ss).
        let mut folded = String::with_capacity(text.len());
        let mut origin: Vec<usize> = Vec::with_capacity(text.len()); // folded byte → char index
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (ci, &(_, c)) in chars.iter().enumerate() {
            let before = folded.len();
            fold_char(c, &mut folded);
            origin.extend(std::iter::repeat_n(ci, folded.len() - before));
        }
        let mut marked = vec![false; chars.len()];
        for w in &self.words {
            let mut from = 0;
            while let Some(pos) = folded[from..].find(w.as_str()) {
                let start = from + pos;
                let end = start + w.len();
                for &ci in &origin[start..end] {
                    marked[ci] = true;
                }
                from = start + w.len().max(1);
                while from < folded.len() && !folded.is_char_boundary(from) {
                    from += 1;
                }
            }
        }
        let mut runs = Vec::new();
        let mut run_start = 0;
        for ci in 1..=chars.len() {
            if ci == chars.len() || marked[ci] != marked[run_start] {
                let a = chars[run_start].0;
                let b = if ci == chars.len() { text.len() } else { chars[ci].0 };
                runs.push((&text[a..b], marked[run_start]));
                run_start = ci;
            }
        }
        runs
    }
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Élèves CAFÉ Ŵyn straße"), "eleves cafe wyn strasse");
        assert_eq!(fold("ĂĄĖĘĮİŰ"), "aaeeiiu", "capitals of Latin Extended-A fold as their small letters");
        assert_eq!(fold("it\u{2019}s"), "it's");
        assert_eq!(fold("cafe\u{0301}"), "cafe");
    }

    /// The scripts `lower_case` covers: Latin to Extended-A, modern Greek,
    /// and Cyrillic with its extensions.
    const COVERED: [std::ops::Range<u32>; 3] = [0x0..0x180, 0x386..0x3cf, 0x400..0x4c0];

    /// U+0130 (capital I with a dot) is the one letter there whose lower
    /// case is two characters (i and a combining dot); `lower_case` gives
    /// one, the dotless ı.
    const TWO_CHARACTER_LOWER: char = '\u{130}';

    fn std_lower_case(c: char) -> String {
        c.to_lowercase().collect()
    }

    #[test]
    fn lower_case_agrees_with_unicode_on_every_covered_character() {
        let mut checked = 0;
        for c in COVERED.into_iter().flatten().filter_map(char::from_u32) {
            if c == TWO_CHARACTER_LOWER {
                assert_eq!(lower_case(c), 'ı');
                assert_eq!(std_lower_case(c), "i\u{307}");
            } else {
                assert_eq!(lower_case(c).to_string(), std_lower_case(c), "U+{:04X} {c}", c as u32);
            }
            checked += 1;
        }
        assert_eq!(checked, 0x180 + (0x3cf - 0x386) + (0x4c0 - 0x400), "every code point of the ranges");
        assert_eq!(fold("ΑΘΗΝΑ Москва"), "αθηνα москва");
    }

    #[test]
    fn lower_case_keeps_characters_it_does_not_cover() {
        for c in ['\u{370}', 'Ǆ', 'Ա', 'Ａ', 'Ⅻ', '中'] {
            assert_eq!(lower_case(c), c);
        }
        assert_eq!(lower_case_text("Ŵyn ÉCOLE Москва"), "ŵyn école москва");
    }

    #[test]
    fn a_capital_folds_as_its_small_letter() {
        for c in COVERED.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(fold(&c.to_string()), fold(&lower_case(c).to_string()), "U+{:04X} {c}", c as u32);
        }
    }

    /// A character from the covered scripts, U+0130 aside.
    fn covered_char() -> impl Strategy<Value = char> {
        prop_oneof![COVERED[0].clone(), COVERED[1].clone(), COVERED[2].clone()]
            .prop_filter_map("a character", char::from_u32)
            .prop_filter("one-character lower case", |c| *c != TWO_CHARACTER_LOWER)
    }

    proptest! {
        #[test]
        fn lower_case_text_agrees_with_unicode(chars in proptest::collection::vec(covered_char(), 0..40)) {
            let text: String = chars.into_iter().collect();
            let unicode: String = text.chars().flat_map(char::to_lowercase).collect();
            prop_assert_eq!(lower_case_text(&text), unicode);
        }
    }

    #[test]
    fn every_word_is_required() {
        let q = TextQuery::new("Domestic  ABUSE");
        assert_eq!(q.words(), ["domestic", "abuse"]);
        assert!(q.matches_folded(&fold("Checks on domestic abuse were missing")));
        assert!(!q.matches_folded(&fold("Checks on abuse were missing")));
        assert!(TextQuery::new("   ").is_empty());
    }

    #[test]
    fn highlight_marks_matches_in_the_original_text() {
        let q = TextQuery::new("eleves read");
        let runs = q.highlight("Élèves struggled with reading.");
        assert_eq!(runs, vec![("Élèves", true), (" struggled with ", false), ("read", true), ("ing.", false)]);
        let joined: String = runs.iter().map(|r| r.0).collect();
        assert_eq!(joined, "Élèves struggled with reading.");
    }

    #[test]
    fn highlight_handles_length_changing_folds() {
        let q = TextQuery::new("ss");
        assert_eq!(q.highlight("Straße"), vec![("Stra", false), ("ß", true), ("e", false)]);
        assert_eq!(TextQuery::new("").highlight("x"), vec![("x", false)]);
    }
}
