use proptest::prelude::*;

use super::spoken::spoken_forms;
use super::{for_speech, pieces, MAX_PIECE_CHARS};
use crate::i18n::completeness::every_part;
use crate::i18n::Lang::{self, En, Nl};

fn piece_texts(text: &str, lang: Lang) -> Vec<&str> {
    pieces(text, lang)
        .into_iter()
        .map(|range| &text[range])
        .collect()
}

/// Whether `said` still has a range of numbers written with a dash ("0–10").
fn has_number_range(said: &str) -> bool {
    let digit = |c: char| c.is_ascii_digit();
    said.match_indices('–').any(|(at, dash)| {
        said[..at].trim_end().ends_with(digit)
            && said[at + dash.len()..].trim_start().starts_with(digit)
    })
}

#[test]
fn dutch_symbols_and_abbreviations_are_said_in_words() {
    assert_eq!(
        for_speech("Doe 3 × 10 keer, bijv. ±5 minuten per dag (pijn 0–10).", Nl),
        "Doe 3 keer 10 keer, bijvoorbeeld ongeveer 5 minuten per dag (pijn 0 tot 10)."
    );
    assert_eq!(
        for_speech("2× per dag, Heup & Rug", Nl),
        "2 keer per dag, Heup en Rug"
    );
}

#[test]
fn english_symbols_and_abbreviations_are_said_in_words() {
    assert_eq!(
        for_speech("Hold 2 × 30 seconds, e.g. on the stairs (pain 0 – 10).", En),
        "Hold 2 times 30 seconds, for example on the stairs (pain 0 to 10)."
    );
}

#[test]
fn abbreviations_count_only_as_whole_words_and_a_dash_only_between_numbers() {
    // "min." inside a longer word, and a dash between words, stay as written.
    assert_eq!(
        for_speech("het examin. klachten – vaak samen", Nl),
        "het examin. klachten – vaak samen"
    );
    assert_eq!(for_speech("Min. 5 keer", Nl), "minuten 5 keer");
}

#[test]
fn every_entry_of_each_languages_table_is_said_as_its_words() {
    for lang in [Nl, En] {
        let forms = spoken_forms(lang);
        let symbols = forms
            .symbols
            .iter()
            .map(|(symbol, spoken)| (symbol.to_string(), *spoken));
        let abbreviations = forms
            .abbreviations
            .iter()
            .map(|(written, spoken)| (written.to_string(), *spoken));
        for (written, spoken) in symbols.chain(abbreviations) {
            let said = for_speech(&format!("a {written} b"), lang);
            assert_eq!(said, format!("a {spoken} b"), "{lang:?}: {written}");
        }
    }
}

#[test]
fn a_text_is_read_sentence_by_sentence_not_stopping_at_abbreviations_or_numbers() {
    assert_eq!(
        piece_texts(
            "Dit is één. En twee?  Ja! Bijv. dit is 1.5 keer zo veel.\nNieuwe regel",
            Nl
        ),
        [
            "Dit is één.",
            "En twee?",
            "Ja!",
            "Bijv. dit is 1.5 keer zo veel.",
            "Nieuwe regel"
        ]
    );
    assert_eq!(
        piece_texts("Stand up, e.g. from a chair. Then sit (slowly.) Rest.", En),
        [
            "Stand up, e.g. from a chair.",
            "Then sit (slowly.)",
            "Rest."
        ]
    );
    assert_eq!(
        piece_texts("Zeg \"stop.\" Dan rust.", Nl),
        ["Zeg \"stop.\"", "Dan rust."]
    );
    assert!(pieces("  \n ", Nl).is_empty());
}

#[test]
fn a_long_sentence_is_read_in_parts_at_its_pauses_then_between_words() {
    let clause = "je tilt je bekken rustig op tot je romp en bovenbenen een lijn vormen";
    let long = format!("{clause}, {clause}, {clause}.");
    let parts = piece_texts(&long, Nl);
    // As much as fits: two clauses (142 characters), then the third.
    assert_eq!(
        parts,
        [format!("{clause}, {clause},"), format!("{clause}.")]
    );

    let without_pauses = format!("{clause} {clause} {clause}.");
    let parts = piece_texts(&without_pauses, Nl);
    assert!(parts.len() > 1, "{parts:?}");
    assert!(
        parts
            .iter()
            .all(|part| part.chars().count() <= MAX_PIECE_CHARS),
        "{parts:?}"
    );
    assert_eq!(parts.join(" "), without_pauses);

    let one_word = "a".repeat(MAX_PIECE_CHARS + 10);
    assert_eq!(
        piece_texts(&format!("{one_word} b."), Nl),
        [one_word.as_str(), "b."]
    );
}

#[test]
fn every_text_that_can_be_read_aloud_is_read_in_short_pieces_with_its_symbols_in_words() {
    for lang in [Nl, En] {
        let forms = spoken_forms(lang);
        for (part, texts) in every_part(lang) {
            if !["explainer", "exercises", "self_check"].contains(&part) {
                continue;
            }
            for (name, text) in texts.entries() {
                for piece in piece_texts(text, lang) {
                    let where_ = format!("{lang:?} {part}.{name}: {piece}");
                    assert!(
                        piece.chars().count() <= MAX_PIECE_CHARS,
                        "too long: {where_}"
                    );
                    let said = for_speech(piece, lang);
                    assert!(
                        !said.contains(|c| forms.symbols.iter().any(|(symbol, _)| *symbol == c)),
                        "{where_}"
                    );
                    assert!(!has_number_range(&said), "{where_}");
                }
            }
        }
    }
}

proptest! {
    #[test]
    fn pieces_keep_every_word_in_order_and_stay_short(text in "[a-zé0-9 .,;:!?–\n\"()]{0,400}", english in any::<bool>()) {
        let lang = if english { En } else { Nl };
        let found = pieces(&text, lang);
        let mut end = 0;
        for range in &found {
            prop_assert!(range.start >= end && range.start < range.end);
            end = range.end;
            let piece = &text[range.clone()];
            prop_assert_eq!(piece.trim(), piece);
            prop_assert!(piece.chars().count() <= MAX_PIECE_CHARS || !piece.contains(char::is_whitespace), "{:?}", piece);
        }
        let kept: String = found.iter().flat_map(|range| text[range.clone()].split_whitespace()).collect();
        let all: String = text.split_whitespace().collect();
        prop_assert_eq!(kept, all);
    }
}
