//! End-to-end tests of what people take away: a chart as a PNG and an SVG,
//! the whole dataset from the about page, and printing.
//!
//! Build the app, then run:
//!
//! ```text
//! trunk build --release --public-url ./
//! cargo test -p e2e --test takeaway -- --test-threads=2
//! ```
//!
//! Expectations are worked out from the dataset the server serves and from
//! the page's own chart, not written in as literals.

use std::collections::BTreeSet;

use e2e::served::{arr, dataset, s};
use e2e::{parse_csv, Browser, Download, Key};
use inspection_explorer::data::date::PartialDate;
use inspection_explorer::export::image::escape;
use inspection_explorer::wording::file_size;
use serde_json::{json, Value};

const YEARS: &str = "chart-years";
const ID: &str = "nps-south-west-2021";

/// The value of the attribute `name` of the SVG file's root element.
fn root_attr(svg: &str, name: &str) -> u32 {
    let root = svg.split('>').next().unwrap();
    let value = root.split(&format!(" {name}=\"")).nth(1).unwrap_or_else(|| panic!("no {name} on {root}"));
    value.split('"').next().unwrap().parse().unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The PNG's size and its pixels as RGB triples.
fn decode_png(file: &Download) -> (u32, u32, Vec<[u8; 3]>) {
    let mut decoder = png::Decoder::new(file.bytes.as_slice());
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap_or_else(|e| panic!("{} does not decode as a PNG: {e}", file.name));
    let mut buf = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buf).expect("the PNG's pixels");
    let channels = frame.color_type.samples();
    assert!(channels >= 3, "a colour image, not {:?}", frame.color_type);
    let pixels = buf[..frame.buffer_size()].chunks(channels).map(|p| [p[0], p[1], p[2]]).collect();
    (frame.width, frame.height, pixels)
}

/// `rgb(r, g, b)` as computed styles write it.
fn parse_rgb(css: &str) -> [u8; 3] {
    let inner = css.trim_start_matches("rgb(").trim_end_matches(')');
    let v: Vec<u8> = inner.split(',').map(|c| c.trim().parse().unwrap()).collect();
    [v[0], v[1], v[2]]
}

// ---------------------------------------------------------------------------
// Chart images
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_chart_downloads_as_a_png_of_twice_its_size_and_an_svg_holding_its_title_and_marks() {
    let b = Browser::start().await;
    let d = dataset(&b);
    b.open("#/?region=wales").await;
    b.wait_for_heading("Inspections at a glance").await;
    b.wait_for(&format!("#{YEARS} svg g.mark")).await;
    let frame = format!("#{YEARS}");
    let csv_name = b.attr(&format!("{frame} button.download-csv"), "data-file-name").await.unwrap();
    let stem = csv_name.strip_suffix(".csv").unwrap().to_string();
    let title = b.text(&format!("{frame} h2")).await;
    let page = b
        .execute(
            "const f = document.getElementById(arguments[0]); \
             return { width: +f.querySelector('svg').getAttribute('width'), \
               labels: Array.from(f.querySelectorAll('svg g.mark')).map(g => g.getAttribute('aria-label')), \
               fills: Array.from(f.querySelectorAll('svg g.mark > rect')).map(r => getComputedStyle(r).fill), \
               key: Array.from(f.querySelectorAll('.chart-legend li')).map(li => li.textContent.trim()), \
               buttons: Array.from(f.querySelectorAll('button.download-image')).map(b => b.textContent.trim()) }",
            vec![json!(YEARS)],
        )
        .await;
    assert_eq!(page["buttons"], json!(["Download image (PNG)", "Download image (SVG)"]), "real buttons with their names");
    let labels: Vec<&str> = arr(&page["labels"]).iter().map(s).collect();
    assert!(labels.len() > 2, "{labels:?}");

    // The SVG, with the mouse.
    b.catch_downloads().await;
    b.click(&format!("{frame} button.download-image[data-file-name$='.svg']")).await;
    let svg_file = b.downloads(1).await.remove(0);
    assert_eq!(svg_file.name, format!("{stem}.svg"), "named like the chart's CSV");
    assert_eq!(svg_file.media_type, "image/svg+xml");
    let svg = svg_file.text();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{}", &svg[..80.min(svg.len())]);
    assert!(svg.contains(&format!("<title id=\"title\">{}</title>", escape(&title))), "the chart's title");
    for label in &labels {
        assert!(svg.contains(&format!("<title>{}</title>", escape(label))), "the mark {label:?}");
    }
    for entry in arr(&page["key"]) {
        assert!(svg.contains(&format!(">{}</text>", escape(s(entry)))), "the key's {entry}");
    }
    let updated = PartialDate::parse(s(&d["updated"])).unwrap().human();
    // The credit under the chart, its lines joined again.
    let credit: Vec<&str> = svg.split("<text class=\"foot\"").skip(1).map(|t| t.split_once('>').unwrap().1.split("</text>").next().unwrap()).collect();
    assert_eq!(
        credit.join(" "),
        escape(&format!("Source: {}, updated {updated}. {}", s(&d["title"]), s(&d["licence"]))),
        "the dataset, its date and the licence line"
    );
    assert!(svg.contains("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"), "a white background");
    let (width, height) = (root_attr(&svg, "width"), root_attr(&svg, "height"));
    let chart_width = page["width"].as_f64().unwrap();
    assert!(width as f64 >= chart_width, "the image ({width} px) holds the chart ({chart_width} px)");

    // The PNG, with the keyboard: Tab from the CSV button, Enter.
    b.execute(&format!("document.querySelector('{frame} button.download-csv').focus()"), vec![]).await;
    b.tab_to(&format!("{frame} button.download-image[data-file-name$='.png']"), 3).await;
    b.press(Key::Enter).await;
    let png_file = b.downloads(2).await.remove(1);
    assert_eq!(png_file.name, format!("{stem}.png"));
    assert_eq!(png_file.media_type, "image/png");
    let (w, h, pixels) = decode_png(&png_file);
    assert_eq!((w, h), (2 * width, 2 * height), "twice the drawing's {width} × {height} px");
    assert_eq!(pixels[0], [255, 255, 255], "a white background");
    let inked = pixels.iter().filter(|p| **p != [255, 255, 255]).count();
    assert!(inked * 50 > pixels.len(), "not blank: {inked} of {} pixels drawn", pixels.len());
    let colours: BTreeSet<[u8; 3]> = pixels.iter().copied().collect();
    for fill in arr(&page["fills"]) {
        assert!(colours.contains(&parse_rgb(s(fill))), "the PNG has the marks' colour {fill}");
    }
    b.assert_no_console_errors().await;
}

// ---------------------------------------------------------------------------
// The whole dataset
// ---------------------------------------------------------------------------

#[tokio::test]
async fn the_about_page_offers_the_data_file_and_csvs_of_exactly_its_records() {
    let b = Browser::start().await;
    let text = b.server.read_dist_data();
    let d = dataset(&b);
    let records = arr(&d["inspections"]);
    b.open("#/about").await;
    b.wait_for_heading("About the data").await;
    b.wait_for(".downloads").await;
    let items = b.texts(".downloads li").await;
    assert_eq!(items.len(), 4, "{items:?}");

    // The data file itself, its format and size.
    assert_eq!(b.attr("a.download-json", "href").await.as_deref(), Some("data/inspections.json"));
    assert_eq!(b.attr("a.download-json", "download").await.as_deref(), Some("inspections.json"));
    assert!(items[0].contains("inspection-explorer/v1") && items[0].contains(&file_size(text.len())), "{}", items[0]);
    let fetched = b
        .execute_async(
            "const done = arguments[arguments.length - 1]; fetch(document.querySelector('a.download-json').href).then(r => r.text()).then(done);",
            vec![],
        )
        .await;
    assert_eq!(s(&fetched), text, "the link gives the file the page reads");
    let updated = PartialDate::parse(s(&d["updated"])).unwrap().human();
    assert!(b.text("main").await.contains(&format!("The whole dataset as of {updated}")));

    // The three CSV files, made in the page.
    b.catch_downloads().await;
    for k in 2..=4 {
        b.click(&format!(".downloads li:nth-child({k}) button.download-csv")).await;
    }
    let files = b.downloads(3).await;
    let when = s(&d["updated"]);
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, [format!("inspections-updated-{when}.csv"), format!("findings-updated-{when}.csv"), format!("recommendations-updated-{when}.csv")]);
    let base = b.server.base_url();
    let tables: Vec<Vec<Vec<String>>> = files.iter().map(|f| parse_csv(&f.text())).collect();
    for (k, (file, rows)) in files.iter().zip(&tables).enumerate() {
        assert_eq!(file.media_type, "text/csv;charset=utf-8");
        let n = rows.len() - 1;
        assert!(items[k + 1].contains(&format!("{n} rows, {}", file_size(file.bytes.len()))), "{} vs {n} rows of {} bytes", items[k + 1], file.bytes.len());
    }

    // Inspections: every one, in the file's order, a column per rated standard.
    let rows = &tables[0];
    let url = rows[0].iter().position(|h| h == "url").unwrap();
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, records.iter().map(|x| s(&x["id"])).collect::<Vec<_>>());
    let label = |id: &str| s(&arr(&d["scale"]).iter().find(|l| l["id"] == id).unwrap()["label"]).to_string();
    for (row, x) in rows[1..].iter().zip(records) {
        assert_eq!(row[url], format!("{base}#/inspections/{}", s(&x["id"])));
        for r in arr(&x["ratings"]) {
            let col = rows[0].iter().position(|h| h.ends_with(s(&r["standard"]))).unwrap_or_else(|| panic!("no column for {}", r["standard"]));
            assert!(col > url, "standards follow the inspection's fields");
            assert_eq!(row[col], label(s(&r["rating"])), "{} {}", x["id"], r["standard"]);
        }
    }
    // Findings and recommendations: every one, with its link.
    for (rows, list) in [(&tables[1], "findings"), (&tables[2], "recommendations")] {
        let want: Vec<&str> = records.iter().flat_map(|x| arr(&x[list]).iter()).map(|r| s(&r["id"])).collect();
        let got: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(got, want, "every one of the file's {list}");
        for r in &rows[1..] {
            assert_eq!(r.last().unwrap(), &format!("{base}#/{list}/{}", r[0]));
        }
    }
    b.assert_accessible("the about page with its downloads").await;
    b.assert_no_console_errors().await;
}

// ---------------------------------------------------------------------------
// Print
// ---------------------------------------------------------------------------

/// What of `selector` is visible (as the page is laid out now).
async fn visible(b: &Browser, selector: &str) -> Vec<String> {
    let v = b
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0])) \
               .filter(e => e.checkVisibility({visibilityProperty: true, opacityProperty: true})) \
               .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + e.textContent.trim().slice(0, 40))",
            vec![json!(selector)],
        )
        .await;
    arr(&v).iter().map(|x| s(x).to_string()).collect()
}

async fn emulate_media(b: &Browser, media: &str) {
    b.cdp("Emulation.setEmulatedMedia", json!({"media": media})).await;
}

/// The width an A4 page gives its content (210 mm less 14 mm margins
/// either side) in CSS pixels.
const A4_CONTENT: u32 = 690;

#[tokio::test]
async fn an_inspection_and_a_region_print_on_a4_without_navigation_filters_or_buttons_with_link_addresses() {
    let b = Browser::start().await;
    b.set_window_size(A4_CONTENT, 1000).await;
    b.open(&format!("#/inspections/{ID}")).await;
    b.wait_ready().await;
    let hidden_in_print = "nav, #filters, .filters, button, .copy-link, .skip-link, .button";
    assert!(!visible(&b, "nav, button").await.is_empty(), "the screen shows the navigation and buttons");

    emulate_media(&b, "print").await;
    b.wait_until("the page's address for the printout", "!!document.querySelector('.site-footer[data-address]')", vec![]).await;
    assert_eq!(visible(&b, hidden_in_print).await, Vec::<String>::new(), "printed: no navigation, filter bar or button");
    assert!(!visible(&b, "main h1, table.standards, .finding, .recommendation").await.is_empty(), "printed: the content");
    assert_eq!(b.js("return getComputedStyle(document.querySelector('table.standards')).breakInside").await, json!("avoid"), "the ratings table stays whole");
    // Links print their full address after their text.
    let after = b
        .js("return Array.from(document.querySelectorAll('main a[href]')).map(a => [a.href, getComputedStyle(a, '::after').content])")
        .await;
    assert!(!arr(&after).is_empty());
    for pair in arr(&after) {
        assert!(s(&pair[1]).contains(s(&pair[0])) || s(&pair[1]) == "none", "a link prints its address: {pair}");
    }
    let routes: Vec<&Value> = arr(&after).iter().filter(|p| s(&p[0]).contains("#/")).collect();
    assert!(!routes.is_empty() && routes.iter().all(|p| s(&p[1]).contains(&b.server.base_url())), "in-page links print their full address: {routes:?}");
    let foot = b.js("return getComputedStyle(document.querySelector('.site-footer'), '::before').content").await;
    assert!(s(&foot).contains(&format!("#/inspections/{ID}")), "the page's own address: {foot}");
    // Nothing is wider than the page.
    let wide = b
        .js("return Array.from(document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + '.' + e.className).slice(0, 5)")
        .await;
    assert_eq!(wide, json!([]), "printed at A4 width, nothing sticks out");

    emulate_media(&b, "screen").await;
    b.wait_until("the navigation back on screen", "!!document.querySelector('nav') && document.querySelector('nav').checkVisibility()", vec![]).await;

    // A region's page, with its charts and their tables, fits the width too.
    b.open("#/regions/south-west").await;
    b.wait_ready().await;
    b.wait_for("section.chart-frame svg g.mark").await;
    emulate_media(&b, "print").await;
    b.wait_for(".chart-print-table table").await;
    assert_eq!(visible(&b, hidden_in_print).await, Vec::<String>::new(), "a region printed: no navigation or button");
    let wide = b
        .js("return Array.from(document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + '.' + e.className).slice(0, 5)")
        .await;
    assert_eq!(wide, json!([]), "a region printed at A4 width, nothing sticks out");
    emulate_media(&b, "screen").await;
}

#[tokio::test]
async fn a_list_prints_without_its_filter_bar() {
    let b = Browser::start().await;
    b.open("#/findings?region=wales").await;
    b.wait_ready().await;
    assert!(!visible(&b, "#filters").await.is_empty());
    emulate_media(&b, "print").await;
    b.wait_until("print layout", "!!document.querySelector('.site-footer[data-address]')", vec![]).await;
    assert_eq!(visible(&b, "nav, #filters, button, .copy-link").await, Vec::<String>::new());
    assert!(!visible(&b, "#results li.item").await.is_empty(), "the findings print");
}

#[tokio::test]
async fn charts_print_with_their_tables() {
    let b = Browser::start().await;
    for route in ["#/regions/south-west", "#/?region=wales"] {
        b.open(route).await;
        b.wait_ready().await;
        b.wait_for("section.chart-frame svg g.mark").await;
        assert_eq!(b.count(".chart-print-table").await, 0, "{route}: on screen, the switch shows a chart's table");
        let charts = b.count("section.chart-frame .chart-plot svg").await;
        // A chart switched to its table on screen prints as chart and table too.
        b.click("section.chart-frame button.chart-switch").await;
        b.wait_for("section.chart-frame .chart-body > .table-wrap").await;
        emulate_media(&b, "print").await;
        b.wait_until("every chart drawn", "document.querySelectorAll('section.chart-frame .chart-plot svg').length === arguments[0]", vec![json!(charts)]).await;
        assert!(charts >= 2, "{route}: {charts} charts");
        b.wait_until("each chart's table", "document.querySelectorAll('.chart-print-table table').length === arguments[0]", vec![json!(charts)]).await;
        let pairs = b
            .js("return Array.from(document.querySelectorAll('section.chart-frame')).filter(f => f.querySelector('.chart-plot svg')).map(f => \
                 [f.querySelector('h2, h3').textContent.trim(), f.querySelector('.chart-print-table caption').textContent.trim(), \
                  f.querySelector('.chart-plot svg').checkVisibility(), f.querySelector('.chart-print-table table').checkVisibility()])")
            .await;
        for p in arr(&pairs) {
            assert_eq!(p[0], p[1], "{route}: the table is the chart's own");
            assert_eq!((&p[2], &p[3]), (&json!(true), &json!(true)), "{route}: chart and table both print: {p}");
        }
        assert_eq!(visible(&b, "nav, button, .chart-hint").await, Vec::<String>::new(), "{route}");
        emulate_media(&b, "screen").await;
        b.wait_until("the print tables gone", "document.querySelectorAll('.chart-print-table').length === 0", vec![]).await;
    }
}
