//! The storage door in a real browser: damaged values are kept aside, a
//! full quota is reported without losing what was stored, a newer format is
//! left alone, changes apply to what is stored now (two tabs), and a
//! storage that throws or forgets is reported, never believed.

use super::support::{fill_quota, storage, StorageStub};
use heup_rug::storage::{
    encode, forget_everything, kept_aside_of, load, modify, replace, Record, StorageProblem,
    WriteError,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
struct Notes {
    lines: Vec<String>,
}

impl Record for Notes {
    const KEY: &'static str = "heup-rug:test-notes";
    const VERSION: u32 = 1;
}

fn keys_starting_with(prefix: &str) -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|key| key.starts_with(prefix))
        .collect()
}

fn notes(lines: &[&str]) -> Notes {
    Notes {
        lines: lines.iter().map(|line| (*line).to_owned()).collect(),
    }
}

fn start_clean() {
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn nothing_stored_loads_empty_without_a_problem() {
    start_clean();
    let loaded = load::<Notes>();
    assert_eq!(loaded.value, Notes::default());
    assert_eq!(loaded.problem, None);
}

#[wasm_bindgen_test]
fn a_change_is_stored_and_loads_again() {
    start_clean();
    let after = modify::<Notes>(|n| n.lines.push("bruggetje 3x10".into())).unwrap();
    assert_eq!(after, notes(&["bruggetje 3x10"]));
    assert_eq!(load::<Notes>().value, notes(&["bruggetje 3x10"]));
}

#[wasm_bindgen_test]
fn a_damaged_value_is_kept_aside_and_never_written_over() {
    start_clean();
    let damaged = r#"{"version":1,"data":{"lines":["bruggetje", 12"#;
    storage().set_item(Notes::KEY, damaged).unwrap();

    let loaded = load::<Notes>();
    let Some(StorageProblem::Unreadable { kept_as }) = loaded.problem else {
        panic!("expected Unreadable, got {:?}", loaded.problem);
    };
    assert_eq!(loaded.value, Notes::default(), "the rest keeps working");
    assert_eq!(
        storage().get_item(&kept_as).unwrap().as_deref(),
        Some(damaged)
    );

    modify::<Notes>(|n| n.lines.push("nieuw".into())).unwrap();
    assert_eq!(
        storage().get_item(&kept_as).unwrap().as_deref(),
        Some(damaged),
        "the copy survives new writes"
    );
    assert_eq!(load::<Notes>().value, notes(&["nieuw"]));
}

#[wasm_bindgen_test]
fn a_change_on_a_damaged_value_keeps_it_aside_first() {
    start_clean();
    storage().set_item(Notes::KEY, "niet eens json").unwrap();
    modify::<Notes>(|n| n.lines.push("nieuw".into())).unwrap();
    let aside = keys_starting_with(&format!("{}:onleesbaar:", Notes::KEY));
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        storage().get_item(&aside[0]).unwrap().as_deref(),
        Some("niet eens json")
    );
}

#[wasm_bindgen_test]
fn a_newer_format_is_left_alone() {
    start_clean();
    let newer = r#"{"version":9,"data":{"regels":[]}}"#;
    storage().set_item(Notes::KEY, newer).unwrap();
    assert_eq!(load::<Notes>().problem, Some(StorageProblem::NewerVersion));
    assert_eq!(
        modify::<Notes>(|n| n.lines.push("x".into())),
        Err(WriteError::NewerVersion)
    );
    assert_eq!(
        storage().get_item(Notes::KEY).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_stored_value_survives() {
    start_clean();
    replace(&notes(&["eerste"])).unwrap();
    let ballast = fill_quota();
    let big_line = "y".repeat(64 * 1024);
    let result = modify::<Notes>(|n| n.lines.push(big_line.clone()));
    ballast.remove();
    assert_eq!(result, Err(WriteError::Full));
    assert_eq!(
        load::<Notes>().value,
        notes(&["eerste"]),
        "what was stored is untouched"
    );
}

#[wasm_bindgen_test]
fn changes_apply_to_what_is_stored_now_so_two_tabs_keep_both() {
    start_clean();
    replace(&notes(&["tab 1"])).unwrap();
    let seen_by_tab_1 = load::<Notes>().value;
    // Another tab adds a line after tab 1 loaded.
    storage()
        .set_item(Notes::KEY, &encode(&notes(&["tab 1", "tab 2"])))
        .unwrap();
    assert_eq!(
        load::<Notes>().value,
        notes(&["tab 1", "tab 2"]),
        "a load reads what is stored now, not what this tab saw before"
    );
    let after = modify::<Notes>(|n| n.lines.push("tab 1 weer".into())).unwrap();
    assert_eq!(seen_by_tab_1, notes(&["tab 1"]), "tab 1 really saw less");
    assert_eq!(after, notes(&["tab 1", "tab 2", "tab 1 weer"]));
    assert_eq!(load::<Notes>().value, after, "and that is what is stored");
}

#[wasm_bindgen_test]
fn a_damaged_value_in_a_full_storage_is_never_written_over() {
    start_clean();
    let damaged = format!(
        r#"{{"version":1,"data":{{"lines":["{}"#,
        "z".repeat(256 * 1024)
    );
    storage().set_item(Notes::KEY, &damaged).unwrap();
    let ballast = fill_quota();
    let loaded = load::<Notes>();
    let written = modify::<Notes>(|n| n.lines.push("nieuw".into()));
    let stored = storage().get_item(Notes::KEY).unwrap();
    let aside = keys_starting_with(&format!("{}:onleesbaar:", Notes::KEY));
    ballast.remove();
    assert_eq!(
        loaded.problem,
        Some(StorageProblem::UnreadableNotMoved),
        "no room to copy it aside, and the patient is told"
    );
    assert_eq!(
        written,
        Err(WriteError::Unreadable),
        "nothing is written over it"
    );
    assert_eq!(stored.as_deref(), Some(damaged.as_str()));
    assert!(aside.is_empty(), "{aside:?}");
}

#[wasm_bindgen_test]
fn deleting_everything_leaves_other_apps_on_the_same_site_alone() {
    start_clean();
    replace(&notes(&["van ons"])).unwrap();
    storage()
        .set_item("heup-rug:dagboek:onleesbaar:2026-01-01T00:00:00.000Z", "x")
        .unwrap();
    storage()
        .set_item("rugcentrum:afspraken", "van de kliniek")
        .unwrap();
    storage()
        .set_item("heup-rugzak", "lijkt op ons, is het niet")
        .unwrap();
    assert!(forget_everything());
    assert_eq!(keys_starting_with("heup-rug:"), Vec::<String>::new());
    assert_eq!(
        storage()
            .get_item("rugcentrum:afspraken")
            .unwrap()
            .as_deref(),
        Some("van de kliniek")
    );
    assert_eq!(
        storage().get_item("heup-rugzak").unwrap().as_deref(),
        Some("lijkt op ons, is het niet")
    );
}

#[wasm_bindgen_test]
fn storage_that_throws_on_every_call_is_reported_and_nothing_claims_success() {
    start_clean();
    replace(&notes(&["van voor de blokkade"])).unwrap();
    let blocked = StorageStub::throwing();
    let loaded = load::<Notes>();
    let written = modify::<Notes>(|n| n.lines.push("nieuw".into()));
    let forgotten = forget_everything();
    let kept_aside = kept_aside_of::<Notes>().len();
    blocked.restore();

    assert_eq!(loaded.problem, Some(StorageProblem::Unavailable));
    assert_eq!(loaded.value, Notes::default());
    assert_eq!(written, Err(WriteError::Unavailable));
    assert!(
        !forgotten,
        "deleting cannot be reported done when nothing could be reached"
    );
    assert_eq!(kept_aside, 0);
    assert_eq!(
        load::<Notes>().value,
        notes(&["van voor de blokkade"]),
        "once storage answers again, what was stored is all there"
    );
}

#[wasm_bindgen_test]
fn a_write_the_browser_does_not_keep_is_reported_as_not_kept() {
    start_clean();
    replace(&notes(&["eerste"])).unwrap();
    let forgetful = StorageStub::dropping_writes();
    let written = modify::<Notes>(|n| n.lines.push("verloren".into()));
    let loaded = load::<Notes>();
    forgetful.restore();

    assert_eq!(written, Err(WriteError::NotKept));
    assert_eq!(
        loaded.value,
        notes(&["eerste"]),
        "the app does not believe its own copy"
    );
    assert_eq!(loaded.problem, None);
}
