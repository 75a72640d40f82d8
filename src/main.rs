//! Browser entry point; everything lives in the library.

#![forbid(unsafe_code)]

fn main() {
    heup_rug::start();
}
