//! Ids and readable names made from the research's labels, so the same label
//! always gives the same id (regions, themes) wherever it appears.

/// `"risk of harm"` -> `"risk-of-harm"`, `"ICT"` -> `"ict"`, `"Kent, Surrey and Sussex"`
/// -> `"kent-surrey-and-sussex"`.
pub fn kebab_id(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A theme's readable name: the first letter raised when the research wrote it
/// in lower case (`"risk of harm"` -> `"Risk of harm"`); `"ICT"` stays.
pub fn theme_name(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
