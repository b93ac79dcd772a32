// The WebAssembly build's allocator (Cargo.toml, docs/SIZE.md).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use inspection_explorer::browser::takeover::APP_ROOT;
    inspection_explorer::browser::panic_message::install();
    // Before the router starts, so that it never reads an unreadable hash.
    inspection_explorer::browser::hash_guard::install();
    let root = gloo::utils::document().get_element_by_id(APP_ROOT).expect("index.html holds the app's element");
    yew::Renderer::<inspection_explorer::app::App>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("inspection-explorer is a web page: build it with `scripts/serve` (Trunk), not `cargo run`.");
}
