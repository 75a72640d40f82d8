//! The hostile-input corpus (`tests/hostile/`), natively: every backup,
//! link and stored value in it gives the typed error and the Dutch message
//! its manifest line names, and the corpus lists every file once. The
//! browser test `tests/browser/hostile.rs` runs the same cases in a browser.
#![cfg(not(target_arch = "wasm32"))]

#[path = "hostile/corpus.rs"]
mod corpus;

use std::collections::BTreeSet;

#[test]
fn every_hostile_input_gives_its_error_and_dutch_message() {
    let mismatches = corpus::mismatches();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn the_corpus_has_every_kind_and_the_starting_cases() {
    use corpus::Kind::*;
    let cases = corpus::cases();
    for kind in [Backup, ScheduleLink, ReportLink, StoredDiary] {
        assert!(cases.iter().any(|case| case.kind == kind), "{kind:?}");
    }
    for (file, error) in [
        ("backup-year-9999.json", "ImpossibleDays"),
        ("backup-array-of-empty-keys.json", "NotABackup"),
        ("backup-truncated.json", "Damaged"),
        ("schedule-flipped-character.txt", "Altered"),
        ("report-cut.txt", "Incomplete"),
        ("report-is-a-schedule.txt", "ScheduleLink"),
        ("stored-diary-not-json.txt", "Unreadable"),
    ] {
        assert!(
            cases
                .iter()
                .any(|case| case.file == file && case.error == error),
            "{file} gives {error}"
        );
    }
}

#[test]
fn every_file_in_the_folder_is_built_in_and_named_once_in_the_manifest() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile");
    let not_inputs = ["README.md", "cases.json", "corpus.rs"];
    let on_disk: BTreeSet<String> = std::fs::read_dir(folder)
        .expect("tests/hostile")
        .map(|entry| {
            entry
                .expect("a file")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| !not_inputs.contains(&name.as_str()))
        .collect();
    let built_in: BTreeSet<String> = corpus::FILES
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();
    let in_manifest: Vec<String> = corpus::cases().into_iter().map(|case| case.file).collect();
    assert_eq!(
        built_in, on_disk,
        "corpus::FILES lists every file in the folder"
    );
    assert_eq!(
        in_manifest.iter().cloned().collect::<BTreeSet<_>>(),
        on_disk,
        "cases.json names every file"
    );
    assert_eq!(
        in_manifest.len(),
        on_disk.len(),
        "cases.json names each file once"
    );
}
