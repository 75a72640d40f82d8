//! Reads the clinic file for the web build (a `pre_build` hook in
//! `Trunk.toml`) and writes into `target/clinic/`:
//! - `clinic.json`: the values `scripts/pwa-build.mjs` puts into the
//!   manifest, the page head and the service worker's name;
//! - `_colours.scss`: the brand colours, which `style/_tokens.scss` uses;
//! - `icon.svg`: `public/icons/icon.svg` in the brand colour.
//!
//! The file is `clinic.toml`, or the one `CLINIC=` names. A mistake stops
//! the build with the file, the line and what to write instead (the same
//! checks as `build.rs`: `heup_rug::config::file`). Native only.
//!
//! Usage: `cargo run --bin clinic-config -- [<folder>]`

#![forbid(unsafe_code)]

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use heup_rug::config::file::{self, DEFAULT_BRAND};
    use std::path::Path;

    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/clinic".to_owned());
    let chosen = file::chosen_file();
    let fail = |message: String| -> ! {
        eprintln!("\nThe clinic file has a mistake:\n  {message}\n");
        std::process::exit(1);
    };
    // Relative to where the build runs: the repository root.
    let clinic = file::load(Path::new("."), &chosen).unwrap_or_else(|message| fail(message));

    let json = serde_json::json!({
        "file": chosen,
        "name": clinic.name,
        "short_name": clinic.short_name,
        "site_url": clinic.site_url,
        "base_path": clinic.base_path,
        "brand": clinic.colours.brand,
        "brand_dark": clinic.colours.brand_dark,
    });
    let scss = format!(
        "// Written by src/bin/clinic-config.rs from {chosen}; do not edit.\n\
         $brand: {};\n$brand-dark: {};\n",
        clinic.colours.brand, clinic.colours.brand_dark
    );
    let icon = std::fs::read_to_string("public/icons/icon.svg")
        .unwrap_or_else(|error| fail(format!("public/icons/icon.svg: {error}")))
        .replace(DEFAULT_BRAND, &clinic.colours.brand);

    let out = Path::new(&out);
    let write = |name: &str, text: &str| {
        std::fs::create_dir_all(out)
            .and_then(|()| std::fs::write(out.join(name), text))
            .unwrap_or_else(|error| {
                fail(format!(
                    "cannot write {}: {error}",
                    out.join(name).display()
                ))
            });
    };
    write("clinic.json", &format!("{json:#}\n"));
    write("_colours.scss", &scss);
    write("icon.svg", &icon);
    println!("Clinic: {} (from {chosen})", clinic.name);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
