//! An SVG image as a PNG, drawn in the page: no request anywhere.

use gloo::file::Blob;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement};

/// Draws `svg` (`width` × `height` CSS pixels) `scale` times as large on a
/// white canvas and gives the canvas as a PNG. The SVG is loaded as a
/// `data:` URL, which the page's Content-Security-Policy allows for images
/// and which leaves the canvas readable.
pub async fn svg_to_png(svg: &str, width: u32, height: u32, scale: u32) -> Result<Blob, JsValue> {
    let image = HtmlImageElement::new()?;
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{}", utf8_percent_encode(svg, NON_ALPHANUMERIC)));
    JsFuture::from(image.decode()).await?;
    let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas")?.dyn_into()?;
    let (w, h) = (width * scale, height * scale);
    canvas.set_width(w);
    canvas.set_height(h);
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or_else(|| JsValue::from_str("no 2D canvas"))?.dyn_into()?;
    context.set_fill_style_str("#fff");
    context.fill_rect(0.0, 0.0, w as f64, h as f64);
    context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w as f64, h as f64)?;
    let png = JsFuture::from(js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(e) = canvas.to_blob(&resolve) {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
    }))
    .await?;
    png.dyn_into::<web_sys::Blob>().map(Blob::from).map_err(|_| JsValue::from_str("the canvas made no PNG"))
}
