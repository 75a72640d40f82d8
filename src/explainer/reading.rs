//! Estimated reading time, computed from the words of a text. Pure.

/// Words a reader reads per minute. Adults read non-fiction silently at
/// about 240 words a minute; our readers are often older, in pain and on a
/// small screen, and read to understand, so the estimate is deliberately
/// slower.
pub const WORDS_PER_MINUTE: usize = 150;

/// The number of words in `text`: runs of characters between spaces that
/// hold at least one letter or digit (so a lone dash or arrow is no word).
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// Whole minutes to read `words` words, rounded up, and at least one: a
/// reader plans with "2 minutes", not "1.3".
pub fn reading_minutes(words: usize) -> u32 {
    let minutes = words.div_ceil(WORDS_PER_MINUTE).max(1);
    u32::try_from(minutes).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_punctuation() {
        let cases = [
            ("", 0),
            ("   ", 0),
            ("Je heup", 2),
            ("Pijn bij opstaan uit een stoel", 6),
            ("heup- en rugklachten – vaak samen", 5),
            ("Veel mensen merken binnen één tot drie weken verschil.", 9),
            ("1 tot 3 weken → sneller", 5),
            ("gluteus (bilspier)", 2),
        ];
        for (text, words) in cases {
            assert_eq!(count_words(text), words, "{text:?}");
        }
    }

    #[test]
    fn rounds_reading_time_up_to_whole_minutes() {
        let cases = [
            (0, 1),
            (1, 1),
            (WORDS_PER_MINUTE, 1),
            (WORDS_PER_MINUTE + 1, 2),
            (3 * WORDS_PER_MINUTE, 3),
            (3 * WORDS_PER_MINUTE + 20, 4),
        ];
        for (words, minutes) in cases {
            assert_eq!(reading_minutes(words), minutes, "{words} words");
        }
    }
}
