//! Who checked the content, in words: the reviewer, the date and the
//! content version from `clinic.toml`'s `[review]`, or that the clinic has
//! not checked it yet. Never a reviewer the clinic did not name. Pure, so
//! both cases are tested natively whatever the build's clinic.

use super::texts::about_texts;
use crate::calendar::Day;
use crate::config::Review;
use crate::i18n::{dates::full_date, Lang};

/// The sentences about the content check in `lang`: the check and, when
/// the clinic set one, the next check; or the one "not yet checked"
/// sentence when `review` is `None`.
pub fn sign_off(review: Option<Review>, lang: Lang) -> Vec<String> {
    let t = about_texts(lang);
    let Some(review) = review else {
        return vec![t.not_checked.to_owned()];
    };
    let checked = (t.checked)(
        review.reviewer,
        review.registration,
        &date_in_words(review.date, lang),
        review.content_version,
    );
    let next = review
        .next_review
        .map(|date| (t.next_check)(&date_in_words(date, lang)));
    std::iter::once(checked).chain(next).collect()
}

/// "20 november 2026" for "2026-11-20". The build refuses any other form
/// of date (`config::file`), so the fallback to the date as written is
/// only a safeguard: never a wrong date, never a panic.
fn date_in_words(date: &str, lang: Lang) -> String {
    Day::parse(date).map_or_else(|| date.to_owned(), |day| full_date(day, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fictional clinic's review (tests/fixtures/voorbeeld-kliniek.toml).
    const REVIEW: Review = Review {
        reviewer: "A. Voorbeeld, fysiotherapeut",
        registration: Some("BIG 00000000000"),
        date: "2026-11-20",
        content_version: "2026.2",
        next_review: Some("2027-11-20"),
    };

    #[test]
    fn a_review_names_the_reviewer_the_date_in_words_and_the_versions() {
        assert_eq!(
            sign_off(Some(REVIEW), Lang::Nl),
            [
                "Inhoud gecontroleerd door A. Voorbeeld, fysiotherapeut (BIG 00000000000) op 20 november 2026. \
                 Inhoudsversie 2026.2.",
                "Volgende controle: 20 november 2027",
            ]
        );
        assert_eq!(
            sign_off(Some(REVIEW), Lang::En),
            [
                "Content checked by A. Voorbeeld, fysiotherapeut (BIG 00000000000) on 20 November 2026. \
                 Content version 2026.2.",
                "Next check: 20 November 2027",
            ]
        );
    }

    #[test]
    fn a_review_without_registration_or_next_date_leaves_them_out() {
        let review = Review {
            registration: None,
            next_review: None,
            ..REVIEW
        };
        assert_eq!(
            sign_off(Some(review), Lang::Nl),
            ["Inhoud gecontroleerd door A. Voorbeeld, fysiotherapeut op 20 november 2026. Inhoudsversie 2026.2."]
        );
        assert_eq!(
            sign_off(Some(review), Lang::En),
            ["Content checked by A. Voorbeeld, fysiotherapeut on 20 November 2026. Content version 2026.2."]
        );
    }

    #[test]
    fn without_a_review_the_page_says_the_clinic_has_not_checked_it() {
        assert_eq!(
            sign_off(None, Lang::Nl),
            [concat!(
                "De inhoud is nog niet gecontroleerd door ",
                clinic_name!(),
                "."
            )]
        );
        assert_eq!(
            sign_off(None, Lang::En),
            [concat!(
                "The content has not yet been checked by ",
                clinic_name!(),
                "."
            )]
        );
    }

    #[test]
    fn a_date_that_is_no_date_is_shown_as_written() {
        let review = Review {
            date: "binnenkort",
            next_review: None,
            ..REVIEW
        };
        assert!(sign_off(Some(review), Lang::Nl)[0].contains(" op binnenkort."));
    }
}
