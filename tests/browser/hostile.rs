//! The hostile-input corpus (`tests/hostile/`) in a real browser: every
//! backup, link and stored value in it gives, through the same public
//! functions, the typed error and the Dutch message its manifest line
//! names; and each stored value put where the diary keeps it is loaded by
//! the storage door with that message, the damaged ones kept aside as they
//! were.

#[path = "../hostile/corpus.rs"]
mod corpus;

use heup_rug::diary::texts::diary_texts;
use heup_rug::diary::Diary;
use heup_rug::i18n::Lang;
use heup_rug::storage::{kept_aside, kept_aside_of, load, Record};
use wasm_bindgen_test::*;

use super::support::storage;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_hostile_input_gives_its_error_and_dutch_message() {
    let mismatches = corpus::mismatches();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[wasm_bindgen_test]
fn a_hostile_stored_diary_is_loaded_by_the_storage_door_as_the_corpus_says() {
    let stored = corpus::cases()
        .into_iter()
        .filter(|case| case.kind == corpus::Kind::StoredDiary);
    for case in stored {
        storage().clear().unwrap();
        let text = corpus::input(&case.file).expect("in corpus::FILES");
        storage().set_item(Diary::KEY, text).unwrap();
        let loaded = load::<Diary>();
        match loaded.problem {
            None => {
                assert_eq!(case.error, "Ok", "{}", case.file);
                assert!(!loaded.value.is_empty(), "{}", case.file);
            }
            Some(problem) => {
                let message = diary_texts(Lang::Nl).problem(&problem);
                assert!(
                    !case.message.is_empty() && message.contains(&case.message),
                    "{}: {message}",
                    case.file
                );
            }
        }
        // Unreadable: kept aside as it was; newer: left where it was.
        let aside = kept_aside_of::<Diary>();
        if case.error == "Unreadable" {
            assert_eq!(aside.len(), 1, "{}", case.file);
            assert_eq!(kept_aside(&aside[0].key).as_deref(), Some(text));
        } else {
            assert!(aside.is_empty(), "{}", case.file);
            assert_eq!(
                storage().get_item(Diary::KEY).unwrap().as_deref(),
                Some(text)
            );
        }
    }
    storage().clear().unwrap();
}
