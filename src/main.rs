//! Browser entry point; everything lives in the library.

fn main() {
    heup_rug::start();
}
