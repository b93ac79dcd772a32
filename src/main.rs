#[cfg(target_arch = "wasm32")]
fn main() {
    inspection_explorer::browser::panic_message::install();
    // Before the router starts, so that it never reads an unreadable hash.
    inspection_explorer::browser::hash_guard::install();
    yew::Renderer::<inspection_explorer::app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("inspection-explorer is a web page: build it with `scripts/serve` (Trunk), not `cargo run`.");
}
