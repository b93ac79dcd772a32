use std::rc::Rc;

use yew::prelude::*;

use crate::browser::download::{save_file, save_text};
use crate::browser::png::svg_to_png;
use crate::catalog_context::use_catalog;
use crate::charts::{ChartData, ChartKind, Scene};
use crate::export::image::{chart_image, image_name, ChartImage, Credit, PNG_SCALE};
use crate::wording::dataset_date;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub data: Rc<ChartData>,
    pub kind: ChartKind,
    /// The chart as it is drawn on the page.
    pub scene: Rc<Scene>,
    /// The chart's CSV file name, which the images' names follow.
    pub file_name: AttrValue,
}

/// "Download image" as a PNG (twice the chart's size) and as an SVG: the
/// chart as drawn, with its title, key and the dataset's credit, made in the
/// page when a button is pressed.
#[function_component]
pub fn ChartImageButtons(props: &Props) -> Html {
    let catalog = use_catalog();
    let image = {
        let (data, kind, scene) = (props.data.clone(), props.kind.clone(), props.scene.clone());
        move || {
            let d = catalog.dataset();
            let credit = Credit { dataset: d.title.clone(), updated: dataset_date(d), licence: d.licence.clone() };
            chart_image(&data, &kind, &scene, &credit)
        }
    };
    let (png_name, svg_name) = (image_name(&props.file_name, "png"), image_name(&props.file_name, "svg"));
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
