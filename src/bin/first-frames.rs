//! Prints the static first frame of every content page as JSON, for the
//! release build (`scripts/pwa-build.mjs`) to write into each page's HTML
//! file. Native only; see `heup_rug::shell::first_frame`.
//!
//! Usage: `cargo run --bin first-frames -- [<public url, such as /heup-rug/>]`

#![forbid(unsafe_code)]

use heup_rug::routes::BasePath;
use heup_rug::shell::first_frame::first_frames;

fn main() {
    let public_url = std::env::args().nth(1);
    let base = BasePath::from_base_href(public_url.as_deref());
    let frames = first_frames(base);
    match serde_json::to_string(&frames) {
        Ok(json) => println!("{json}"),
        Err(error) => {
            eprintln!("first-frames: {error}");
            std::process::exit(1);
        }
    }
}
