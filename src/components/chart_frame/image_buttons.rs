use std::rc::Rc;

use yew::prelude::*;

use crate::browser::download::{save_file, save_text};
use crate::browser::png::svg_to_png;
use crate::catalog_context::SharedCatalog;
use crate::charts::{ChartData, ChartKind, Scene};
use crate::export::image::{chart_image, image_name, ChartImage, Credit, PNG_SCALE};
use crate::wording::dataset_date;

/// What a chart's image is drawn from.
pub struct ImageOf {
    pub data: Rc<ChartData>,
    pub kind: ChartKind,
    /// The chart as it is drawn on the page.
    pub scene: Rc<Scene>,
    /// The chart's CSV file name, which the images' names follow.
    pub file_name: AttrValue,
    /// Whose numbers they are, for the credit under the chart.
    pub catalog: SharedCatalog,
}

/// "Download image" as a PNG (twice the chart's size) and as an SVG: the
/// chart as drawn, with its title, key and the dataset's credit, made in the
/// page when a button is pressed. A plain function of the frame, which keeps
/// the state.
pub fn image_buttons(of: ImageOf) -> Html {
    let ImageOf { data, kind, scene, file_name, catalog } = of;
    let image = Rc::new(move || {
        let d = catalog.dataset();
        let credit = Credit { dataset: d.title.clone(), updated: dataset_date(d), licence: d.licence.clone() };
        chart_image(&data, &kind, &scene, &credit)
    });
    let (png_name, svg_name) = (image_name(&file_name, "png"), image_name(&file_name, "svg"));
    let png = {
        let (image, name) = (image.clone(), png_name.clone());
        Callback::from(move |_: MouseEvent| {
            let ChartImage { svg, width, height } = image();
            let name = name.clone();
            yew::platform::spawn_local(async move {
                if let Err(e) = svg_to_png(&svg, width, height, PNG_SCALE).await.and_then(|png| save_file(&name, png)) {
                    gloo::console::error!(e);
                }
            });
        })
    };
    let svg = {
        let name = svg_name.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(e) = save_text(&name, &image().svg, "image/svg+xml") {
                gloo::console::error!(e);
            }
        })
    };
    html! {
        <>
            <button type="button" class="download-image" data-file-name={png_name} onclick={png}>{"Download image (PNG)"}</button>
            <button type="button" class="download-image" data-file-name={svg_name} onclick={svg}>{"Download image (SVG)"}</button>
        </>
    }
}
