//! Reads the clinic file (`clinic.toml`, or the file `CLINIC=` names) and
//! writes its checked values for the app: `clinic_macros.rs` (the
//! `clinic_name!()` literal texts use) and `clinic.rs` (the `CLINIC`
//! constant). A mistake in the file stops the build with the file, the
//! line and what to write instead. The checks are `src/config/file.rs`.

#[path = "src/config/file.rs"]
#[allow(dead_code)]
mod file;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=CLINIC");
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let chosen = file::chosen_file();
    println!("cargo:rerun-if-changed={}", root.join(&chosen).display());
    println!("cargo:rerun-if-changed=src/config/file.rs");
    let clinic = file::load(&root, &chosen).unwrap_or_else(|message| fail(&message));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out.join("clinic_macros.rs"), &clinic.macros_source());
    write(&out.join("clinic.rs"), &clinic.constant_source());
}

fn write(path: &std::path::Path, text: &str) {
    if let Err(error) = std::fs::write(path, text) {
        fail(&format!("cannot write {}: {error}", path.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("\nThe clinic file has a mistake:\n  {message}\n");
    std::process::exit(1);
}
