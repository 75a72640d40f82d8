//! The pieces a text is read in: its sentences, and a sentence too long
//! for one utterance in parts. Chrome stops an utterance after about 15
//! seconds; at a slow pace that is some 150 characters.

use std::ops::Range;

use super::spoken::abbreviation_at;
use crate::i18n::Lang;

/// The longest piece, in characters, unless one word is longer.
pub const MAX_PIECE_CHARS: usize = 150;

/// The pieces of `text` in reading order, as byte ranges of `text` without
/// the spaces between them: each sentence (ending at ".", "?", "!" or a
/// line break, not at an abbreviation of `lang` such as "bijv." or in a
/// number such as "1.5"), a sentence longer than [`MAX_PIECE_CHARS`] in
/// parts at its commas, colons and dashes, or else between words.
pub fn pieces(text: &str, lang: Lang) -> Vec<Range<usize>> {
    sentences(text, lang)
        .into_iter()
        .flat_map(|sentence| parts(text, sentence))
        .collect()
}

/// The sentences of `text`, trimmed, none empty.
fn sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        // An abbreviation is passed over whole: its dots end nothing.
        if let Some((written, _)) = abbreviation_at(text, at, lang) {
            at += written.len();
            continue;
        }
        at += c.len_utf8();
        let rest = &text[at..];
        let ends = match c {
            '\n' => true,
            '.' | '?' | '!' => {
                // Closing quotes or brackets belong to the sentence.
                let closers =
                    rest.len() - rest.trim_start_matches(['"', '\'', ')', '”', '’']).len();
                at += closers;
                text[at..].is_empty() || text[at..].starts_with(char::is_whitespace)
            }
            _ => false,
        };
        if ends {
            found.extend(trimmed(text, start..at));
            start = at;
        }
    }
    found.extend(trimmed(text, start..text.len()));
    found
}

/// `sentence` in parts of at most [`MAX_PIECE_CHARS`]: cut after the last
/// comma, semicolon, colon or dash that leaves a part short enough, else
/// at the last space, else (one very long word) after it.
fn parts(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut rest = sentence;
    while text[rest.clone()].chars().count() > MAX_PIECE_CHARS {
        let piece = &text[rest.clone()];
        let limit = piece
            .char_indices()
            .nth(MAX_PIECE_CHARS)
            .map_or(piece.len(), |(at, _)| at);
        let pause = piece[..limit]
            .rmatch_indices([',', ';', ':', '–'])
            .map(|(at, mark)| at + mark.len())
            .find(|&end| piece[end..].starts_with(char::is_whitespace));
        let space_at_limit = piece[limit..]
            .starts_with(char::is_whitespace)
            .then_some(limit);
        let cut = pause
            .or(space_at_limit)
            .or_else(|| piece[..limit].rfind(char::is_whitespace))
            .filter(|&cut| cut > 0)
            .unwrap_or_else(|| piece.find(char::is_whitespace).unwrap_or(piece.len()));
        found.extend(trimmed(text, rest.start..rest.start + cut));
        rest = rest.start + cut..rest.end;
        match trimmed(text, rest.clone()) {
            Some(left) => rest = left,
            None => return found,
        }
    }
    found.extend(trimmed(text, rest));
    found
}

/// `range` of `text` without the whitespace at its ends; `None` when only
/// whitespace is left.
fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let piece = &text[range.clone()];
    let start = range.start + (piece.len() - piece.trim_start().len());
    let end = range.end - (piece.len() - piece.trim_end().len());
    (start < end).then_some(start..end)
}
