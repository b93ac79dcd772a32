#[cfg(target_arch = "wasm32")]
fn main() {}
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("inspection-explorer is a web page: build it with `scripts/serve` (Trunk), not `cargo run`.");
}
