//! Prints every patient-facing text of the app, Dutch and English side by
//! side with its id and source, as one printable HTML page for the
//! physiotherapist who reviews and signs the content. Native only; see
//! `heup_rug::review`.
//!
//! Usage: `cargo run --bin content-review -- [<version, such as a commit>] > target/content-review.html`
//! (`scripts/content-review.sh` does this and names the commit).

#![forbid(unsafe_code)]

fn main() {
    let version = std::env::args().nth(1);
    print!("{}", heup_rug::review::review_html(version.as_deref()));
}
