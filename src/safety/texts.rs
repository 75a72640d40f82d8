//! The safety net's own few words: the help page's title and opening, the
//! header's link to it, and the frame of the safety line. The warning signs
//! and the advice per urgency are not here: they are the self-check's
//! (see `help`). One table per language.

use crate::i18n::Lang;

/// Texts of the help page and the safety line.
#[derive(Debug)]
pub struct SafetyTexts {
    /// The help page's heading, also the words of every link to it.
    pub page_title: &'static str,
    /// The short link to the help page in the header of every page.
    pub header_link: &'static str,
    /// The help page's opening: what it lists and why.
    pub intro: &'static str,
    /// Above the signs of one urgency.
    pub signs_lead: &'static str,
    /// The safety line around the "call now" signs, already joined.
    pub line: fn(signs: &str) -> String,
    /// The word before the last of a list of signs.
    pub or: &'static str,
    /// A sign that needs the GP only together with one of `partners`.
    pub together_with: fn(sign: &str, partners: &str) -> String,
    /// The age band that makes an ordinary fall urgent, as a partner.
    pub fifty_or_over: &'static str,
    /// After the exercise page's stop rules: new numbness between the legs
    /// or in both legs is for the GP now, not for the physiotherapist later.
    pub numbness_help: &'static str,
}

static NL: SafetyTexts = SafetyTexts {
    page_title: "Wanneer direct hulp?",
    header_link: "Direct hulp?",
    intro: "Bij sommige klachten moet een huisarts naar je rug kijken: soms meteen, soms vandaag, soms binnen een \
            paar dagen. Hier lees je welke klachten dat zijn. De zelftest vraagt naar dezelfde klachten.",
    signs_lead: "Bij deze klachten:",
    line: |signs| format!("Bel nu je huisarts of de huisartsenpost bij {signs}."),
    or: "of",
    together_with: |sign, partners| format!("{sign}, samen met {partners}"),
    fifty_or_over: "50 jaar of ouder",
    numbness_help: "Voelt de huid tussen je benen doof, of allebei je benen? Wacht dan niet op je fysiotherapeut: \
                    bel nu je huisarts.",
};

static EN: SafetyTexts = SafetyTexts {
    page_title: "When to get help quickly?",
    header_link: "Get help?",
    intro: "With some symptoms a GP needs to look at your back: sometimes at once, sometimes today, sometimes \
            within a few days. Here you can read which symptoms these are. The self-check asks about the same \
            symptoms.",
    signs_lead: "With these symptoms:",
    line: |signs| format!("Call your GP or the out-of-hours GP service now if you have {signs}."),
    or: "or",
    together_with: |sign, partners| format!("{sign}, together with {partners}"),
    fifty_or_over: "aged 50 or over",
    numbness_help: "If the skin between your legs feels numb, or both your legs do, do not wait for your \
                    physiotherapist: call your GP now.",
};

/// The safety net's texts in `lang`.
pub fn safety_texts(lang: Lang) -> &'static SafetyTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Every text of the safety net in `lang`, for the completeness test
/// and the printable review.
pub(super) fn every_text(lang: Lang) -> crate::i18n::completeness::Texts {
    let t = safety_texts(lang);
    let mut texts = crate::i18n::completeness::Texts::default();
    texts
        .add("page_title", t.page_title)
        .add("header_link", t.header_link)
        .add("intro", t.intro)
        .add("signs_lead", t.signs_lead)
        .add("line", (t.line)("X"))
        .add("or", t.or)
        .add("numbness_help", t.numbness_help)
        .add("together_with", (t.together_with)("X", "Y"))
        .add("fifty_or_over", t.fifty_or_over)
        .add("safety_line", super::help::safety_line(lang));
    for group in super::help::help_groups() {
        for flag in group.flags {
            texts.add(format!("sign({flag:?})"), super::help::sign(lang, flag));
        }
        for combination in group.combinations {
            texts.add(
                format!("combination({:?})", combination.sign),
                super::help::combination_words(lang, combination),
            );
        }
    }
    texts
}
