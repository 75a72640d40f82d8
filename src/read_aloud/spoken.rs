//! What a voice is given to say for a written text: the symbols and
//! abbreviations voices read badly, written out from one small table per
//! language. What is read stays what is written; only its spelling changes.

use crate::i18n::Lang;

/// How one language says what voices read badly.
pub(super) struct SpokenForms {
    /// Symbols, matched anywhere: "±" is "ongeveer".
    pub symbols: &'static [(char, &'static str)],
    /// Abbreviations, matched as whole words: "bijv." is "bijvoorbeeld".
    pub abbreviations: &'static [(&'static str, &'static str)],
    /// Between two numbers joined by a dash: "0–10" is "0 tot 10".
    pub to: &'static str,
}

const DUTCH: SpokenForms = SpokenForms {
    symbols: &[
        ('×', "keer"),
        ('±', "ongeveer"),
        ('&', "en"),
        ('%', "procent"),
        ('°', "graden"),
    ],
    abbreviations: &[
        ("bijv.", "bijvoorbeeld"),
        ("bv.", "bijvoorbeeld"),
        ("o.a.", "onder andere"),
        ("ca.", "ongeveer"),
        ("enz.", "enzovoort"),
        ("min.", "minuten"),
        ("sec.", "seconden"),
    ],
    to: "tot",
};

const ENGLISH: SpokenForms = SpokenForms {
    symbols: &[
        ('×', "times"),
        ('±', "about"),
        ('&', "and"),
        ('%', "percent"),
        ('°', "degrees"),
    ],
    abbreviations: &[
        ("e.g.", "for example"),
        ("i.e.", "that is"),
        ("etc.", "et cetera"),
        ("approx.", "approximately"),
        ("min.", "minutes"),
        ("sec.", "seconds"),
    ],
    to: "to",
};

pub(super) fn spoken_forms(lang: Lang) -> &'static SpokenForms {
    match lang {
        Lang::Nl => &DUTCH,
        Lang::En => &ENGLISH,
    }
}

/// The abbreviation of `lang` (written, spoken) that starts at byte `at`
/// of `text` as a whole word, if any: "min." in "examin." is none.
pub(super) fn abbreviation_at(
    text: &str,
    at: usize,
    lang: Lang,
) -> Option<(&'static str, &'static str)> {
    if text[..at].ends_with(char::is_alphanumeric) {
        return None;
    }
    let rest = &text[at..];
    spoken_forms(lang)
        .abbreviations
        .iter()
        .copied()
        .find(|(written, _)| {
            rest.get(..written.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(written))
        })
}

/// `text` as the voice should say it in `lang`: "3 × 10 keer (0–10)" is
/// said as "3 keer 10 keer (0 tot 10)". Spaces are evened out.
pub fn for_speech(text: &str, lang: Lang) -> String {
    let forms = spoken_forms(lang);
    let mut said = String::with_capacity(text.len() + 16);
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let rest = &text[at..];
        if let Some((written, spoken)) = abbreviation_at(text, at, lang) {
            said.push_str(spoken);
            at += written.len();
            continue;
        }
        if let Some(&(_, spoken)) = forms.symbols.iter().find(|(symbol, _)| *symbol == c) {
            said.push(' ');
            said.push_str(spoken);
            said.push(' ');
        } else if c == '–' && joins_numbers(&text[..at], &rest[c.len_utf8()..]) {
            said.push(' ');
            said.push_str(forms.to);
            said.push(' ');
        } else {
            said.push(c);
        }
        at += c.len_utf8();
    }
    said.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a dash between `before` and `after` joins two numbers ("0–10").
fn joins_numbers(before: &str, after: &str) -> bool {
    before.trim_end().ends_with(|c: char| c.is_ascii_digit())
        && after.trim_start().starts_with(|c: char| c.is_ascii_digit())
}
