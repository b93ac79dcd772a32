#[cfg(target_arch = "wasm32")]
fn main() {
    inspection_explorer::browser::panic_message::install();
    inspection_explorer::browser::hash_guard::install();
    yew::Renderer::<yew_router::Router>::with_props(inspection_explorer::app::router_props()).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("inspection-explorer is a web page: build it with `scripts/serve` (Trunk), not `cargo run`.");
}
