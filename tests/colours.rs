#![cfg(not(target_arch = "wasm32"))]
//! The page's style sheets paint with the colours the chart images use
//! (`charts::palette`), so a chart looks the same on the page, in its PNG and
//! in its SVG.

use inspection_explorer::charts::palette::{ACCENT, HEAT, INK, LEVELS, LINE, MUTED, NOT_RATED, PANEL};

fn sheet(name: &str) -> String {
    let path = format!("{}/static/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// The value of the custom property `--name` in `:root`.
fn token(css: &str, name: &str) -> String {
    let at = css.find(&format!("--{name}:")).unwrap_or_else(|| panic!("no --{name} in style.css"));
    css[at..].split_once(':').unwrap().1.split(';').next().unwrap().trim().to_string()
}

#[test]
fn the_style_sheet_has_the_palettes_colours() {
    let css = sheet("style.css");
    for (k, (hex, _)) in LEVELS.iter().enumerate() {
        assert_eq!(token(&css, &format!("rank-{k}")), *hex, "--rank-{k}");
    }
    assert_eq!(token(&css, "none"), NOT_RATED.0);
    assert_eq!(token(&css, "accent"), ACCENT.0);
    assert_eq!(token(&css, "ink"), INK);
    assert_eq!(token(&css, "muted"), MUTED);
    assert_eq!(token(&css, "line"), LINE);
    assert_eq!(token(&css, "panel"), PANEL);
    assert!(css.contains(&format!(".rating-rank-{} ", LEVELS.len() - 1)), "a rating tag for every level colour");
}

#[test]
fn every_level_colour_has_its_fill_class_and_the_heat_shades_match() {
    let css = sheet("charts.css");
    for k in 0..LEVELS.len() {
        assert!(css.contains(&format!(".c-rank-{k} {{ fill: var(--rank-{k}); background: var(--rank-{k});")), "c-rank-{k}");
    }
    for (k, hex) in HEAT.iter().enumerate() {
        assert!(css.contains(&format!(".heat-{} {{ fill: {hex}; background: {hex}; }}", k + 1)), "heat-{}", k + 1);
    }
}
