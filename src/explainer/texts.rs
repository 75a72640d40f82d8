//! The explainer's interface texts (navigation, reading time, the picture's
//! labels, captions and text alternative), one table per language. The
//! article's own text lives in the content tables.

use super::posture::{Caption, Curve, Sliders, Steadiness, Tilt, LEVEL_MAX};
use crate::i18n::Lang;

/// Texts around the sections: start page, table of contents, paging.
#[derive(Debug)]
pub struct ExplainerTexts {
    /// On the start page, under the article's opening: how it is split up.
    pub guide: fn(sections: usize) -> String,
    pub begin: &'static str,
    pub toc_heading: &'static str,
    /// Reading time of one section, e.g. "3 minuten lezen".
    pub reading_time: fn(minutes: u32) -> String,
    /// Reading time of the whole explainer.
    pub total_reading_time: fn(minutes: u32) -> String,
    /// Under a section's heading: where it stands and how long it takes.
    pub section_meta: fn(number: usize, total: usize, minutes: u32) -> String,
    pub pager_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub all_topics: &'static str,
    pub source_note: &'static str,
}

/// Texts of the interactive picture of pelvis and lower back.
#[derive(Debug)]
pub struct PictureTexts {
    pub heading: &'static str,
    pub instruction: &'static str,
    pub flexor_label: &'static str,
    pub flexor_low: &'static str,
    pub flexor_high: &'static str,
    pub glute_label: &'static str,
    pub glute_low: &'static str,
    pub glute_high: &'static str,
    /// A slider's value as a screen reader says it, with the words at its
    /// two ends, e.g. "3 van 10, van zwak naar sterk".
    pub level: fn(level: u8, max: u8, low: &str, high: &str) -> String,
    /// Captions, one per [`Caption`]: what the drawn posture shows. Those
    /// of a less steady pelvis name the dashed outlines that show it.
    pub caption_normal: &'static str,
    pub caption_flexors: &'static str,
    pub caption_glutes: &'static str,
    pub caption_both: &'static str,
    pub caption_less_steady: &'static str,
    pub tilt_back: &'static str,
    pub tilt_upright: &'static str,
    pub tilt_forward: &'static str,
    pub tilt_strongly_forward: &'static str,
    pub curve_flatter: &'static str,
    pub curve_normal: &'static str,
    pub curve_hollow: &'static str,
    pub curve_very_hollow: &'static str,
    pub steady: &'static str,
    pub less_steady: &'static str,
    /// The picture's text alternative, from the slider levels and the words
    /// for the tilt, curve and steadiness.
    pub alt:
        fn(flexors: u8, glutes: u8, max: u8, tilt: &str, curve: &str, steadiness: &str) -> String,
    pub label_front: &'static str,
    pub label_back: &'static str,
    pub label_spine: &'static str,
    pub label_pelvis: &'static str,
    pub label_femur: &'static str,
    pub label_flexor: &'static str,
    pub label_glute: &'static str,
    pub simplified: &'static str,
}

impl PictureTexts {
    /// The one-line explanation under the picture, read off the posture it
    /// draws.
    pub fn caption(&self, sliders: Sliders) -> &'static str {
        match sliders.caption() {
            Caption::Normal => self.caption_normal,
            Caption::FlexorsPullForward => self.caption_flexors,
            Caption::GlutesWeak => self.caption_glutes,
            Caption::Both => self.caption_both,
            Caption::LessSteady => self.caption_less_steady,
        }
    }

    /// The text alternative of the picture, describing what it shows.
    pub fn describe(&self, sliders: Sliders) -> String {
        let posture = sliders.posture();
        let tilt = match posture.tilt() {
            Tilt::Back => self.tilt_back,
            Tilt::Upright => self.tilt_upright,
            Tilt::Forward => self.tilt_forward,
            Tilt::StronglyForward => self.tilt_strongly_forward,
        };
        let curve = match posture.curve() {
            Curve::Flatter => self.curve_flatter,
            Curve::Normal => self.curve_normal,
            Curve::Hollow => self.curve_hollow,
            Curve::VeryHollow => self.curve_very_hollow,
        };
        let steadiness = match posture.steadiness() {
            Steadiness::Steady => self.steady,
            Steadiness::LessSteady => self.less_steady,
        };
        (self.alt)(
            sliders.flexor_tightness,
            sliders.glute_strength,
            LEVEL_MAX,
            tilt,
            curve,
            steadiness,
        )
    }
}

static NL: ExplainerTexts = ExplainerTexts {
    guide: |sections| {
        format!("Hoe dat zit, lees je hier in {sections} korte delen. Begin bij het begin, of kies zelf een onderwerp.")
    },
    begin: "Begin met lezen",
    toc_heading: "Inhoud",
    reading_time: |minutes| match minutes {
        1 => "1 minuut lezen".to_owned(),
        _ => format!("{minutes} minuten lezen"),
    },
    total_reading_time: |minutes| format!("Alles lezen duurt ongeveer {minutes} minuten."),
    section_meta: |number, total, minutes| match minutes {
        1 => format!("Deel {number} van {total} · 1 minuut lezen"),
        _ => format!("Deel {number} van {total} · {minutes} minuten lezen"),
    },
    pager_label: "Vorig en volgend deel",
    previous: "Vorige",
    next: "Volgende",
    all_topics: "Alle onderwerpen",
    source_note: "Deze uitleg is gemaakt op basis van een artikel van Rugcentrum Hilversum. \
                  Hij vervangt geen onderzoek of behandeling.",
};

static PICTURE_NL: PictureTexts = PictureTexts {
    heading: "Probeer het zelf",
    instruction: "Schuif met de twee schuifjes. Kijk wat er gebeurt met je bekken en je onderrug.",
    flexor_label: "Heupbuigers",
    flexor_low: "soepel",
    flexor_high: "strak",
    glute_label: "Bilspieren",
    glute_low: "zwak",
    glute_high: "sterk",
    level: |level, max, low, high| format!("{level} van {max}, van {low} naar {high}"),
    caption_normal: "Normale stand: je bekken staat recht en je onderrug is licht hol.",
    caption_flexors: "Strakke heupbuigers trekken je bekken naar voren: je onderrug wordt holler.",
    caption_glutes: "Zwakke bilspieren: je bekken kan naar achteren kantelen en minder stevig staan (stippellijnen); je onderrug wordt vlakker.",
    caption_both: "Strakke heupbuigers trekken je bekken naar voren; door zwakke bilspieren kan het minder stevig staan (stippellijnen).",
    caption_less_steady: "Je bekken staat recht, maar door zwakke bilspieren kan het minder stevig staan (stippellijnen).",
    tilt_back: "kantelt iets naar achteren",
    tilt_upright: "staat recht",
    tilt_forward: "kantelt naar voren",
    tilt_strongly_forward: "kantelt sterk naar voren",
    curve_flatter: "is vlakker dan normaal",
    curve_normal: "is licht hol, zoals normaal",
    curve_hollow: "is holler dan normaal",
    curve_very_hollow: "is erg hol",
    steady: "Het bekken staat stevig.",
    less_steady: "Het bekken staat minder stevig en kan heen en weer gaan.",
    alt: |flexors, glutes, max, tilt, curve, steadiness| {
        format!(
            "Zijaanzicht van bekken en onderrug. Heupbuigers: {flexors} van {max} strak. \
             Bilspieren: {glutes} van {max} sterk. Het bekken {tilt} en de onderrug {curve}. {steadiness}"
        )
    },
    label_front: "voorkant →",
    label_back: "← achterkant",
    label_spine: "onderrug",
    label_pelvis: "bekken",
    label_femur: "dijbeen",
    label_flexor: "heupbuiger",
    label_glute: "bilspier",
    simplified: "Dit plaatje is vereenvoudigd. Bij ieder mens werkt het net iets anders.",
};

static EN: ExplainerTexts = ExplainerTexts {
    guide: |sections| {
        format!("You can read how this works here, in {sections} short parts. Start at the beginning, or choose a topic yourself.")
    },
    begin: "Start reading",
    toc_heading: "Contents",
    reading_time: |minutes| match minutes {
        1 => "1 minute to read".to_owned(),
        _ => format!("{minutes} minutes to read"),
    },
    total_reading_time: |minutes| format!("Reading everything takes about {minutes} minutes."),
    section_meta: |number, total, minutes| match minutes {
        1 => format!("Part {number} of {total} · 1 minute to read"),
        _ => format!("Part {number} of {total} · {minutes} minutes to read"),
    },
    pager_label: "Previous and next part",
    previous: "Previous",
    next: "Next",
    all_topics: "All topics",
    source_note: "This explanation is based on an article by Rugcentrum Hilversum. \
                  It does not replace an examination or treatment.",
};

static PICTURE_EN: PictureTexts = PictureTexts {
    heading: "Try it yourself",
    instruction: "Move the two sliders. See what happens to your pelvis and your lower back.",
    flexor_label: "Hip flexors",
    flexor_low: "supple",
    flexor_high: "tight",
    glute_label: "Glutes",
    glute_low: "weak",
    glute_high: "strong",
    level: |level, max, low, high| format!("{level} of {max}, from {low} to {high}"),
    caption_normal: "Normal posture: your pelvis is upright and your lower back curves slightly.",
    caption_flexors: "Tight hip flexors pull your pelvis forwards: your lower back curves more.",
    caption_glutes: "Weak glutes: your pelvis can tip back and stand less steadily (dashed lines); your lower back flattens.",
    caption_both: "Tight hip flexors pull your pelvis forwards; weak glutes can make it stand less steadily (dashed lines).",
    caption_less_steady: "Your pelvis is upright, but weak glutes can make it stand less steadily (dashed lines).",
    tilt_back: "tips back a little",
    tilt_upright: "is upright",
    tilt_forward: "tips forwards",
    tilt_strongly_forward: "tips strongly forwards",
    curve_flatter: "is flatter than normal",
    curve_normal: "curves slightly, as normal",
    curve_hollow: "curves more than normal",
    curve_very_hollow: "curves very much",
    steady: "The pelvis is steady.",
    less_steady: "The pelvis is less steady and can sway back and forth.",
    alt: |flexors, glutes, max, tilt, curve, steadiness| {
        format!(
            "Side view of pelvis and lower back. Hip flexors: {flexors} of {max} tight. \
             Glutes: {glutes} of {max} strong. The pelvis {tilt} and the lower back {curve}. {steadiness}"
        )
    },
    label_front: "front →",
    label_back: "← back",
    label_spine: "lower back",
    label_pelvis: "pelvis",
    label_femur: "thigh bone",
    label_flexor: "hip flexor",
    label_glute: "glute",
    simplified: "This picture is simplified. It works a little differently in every person.",
};

/// The explainer's interface texts in `lang`.
pub fn texts(lang: Lang) -> &'static ExplainerTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The picture's texts in `lang`.
pub fn picture_texts(lang: Lang) -> &'static PictureTexts {
    match lang {
        Lang::Nl => &PICTURE_NL,
        Lang::En => &PICTURE_EN,
    }
}

#[cfg(test)]
mod tests {
    use super::super::posture::Posture;
    use super::*;

    #[test]
    fn reading_times_are_said_in_plain_words() {
        let t = texts(Lang::Nl);
        assert!((t.guide)(10).contains("10 korte delen"));
        assert_eq!((t.reading_time)(1), "1 minuut lezen");
        assert_eq!((t.reading_time)(3), "3 minuten lezen");
        assert_eq!((t.section_meta)(2, 10, 1), "Deel 2 van 10 · 1 minuut lezen");
        assert_eq!(
            (t.section_meta)(4, 10, 3),
            "Deel 4 van 10 · 3 minuten lezen"
        );
        assert_eq!(
            (t.total_reading_time)(14),
            "Alles lezen duurt ongeveer 14 minuten."
        );
    }

    #[test]
    fn reading_times_are_said_in_plain_english() {
        let t = texts(Lang::En);
        assert!((t.guide)(10).contains("10 short parts"));
        assert_eq!((t.reading_time)(1), "1 minute to read");
        assert_eq!((t.reading_time)(3), "3 minutes to read");
        assert_eq!(
            (t.section_meta)(4, 10, 3),
            "Part 4 of 10 · 3 minutes to read"
        );
    }

    #[test]
    fn the_english_text_alternative_says_what_the_picture_shows() {
        let p = picture_texts(Lang::En);
        assert_eq!(
            p.describe(Sliders::START),
            "Side view of pelvis and lower back. Hip flexors: 5 of 10 tight. \
             Glutes: 5 of 10 strong. The pelvis is upright and the lower back \
             curves slightly, as normal. The pelvis is steady."
        );
        let tight = p.describe(Sliders {
            flexor_tightness: 10,
            glute_strength: 5,
        });
        assert!(tight.contains("tips strongly forwards"), "{tight}");
        assert!(tight.contains("curves very much"), "{tight}");
        assert!(tight.contains("is steady"), "{tight}");
        let both = p.describe(Sliders {
            flexor_tightness: 10,
            glute_strength: 2,
        });
        assert!(both.contains("tips forwards"), "{both}");
        assert!(both.contains("less steady"), "{both}");
        let weak = p.describe(Sliders {
            flexor_tightness: 5,
            glute_strength: 0,
        });
        assert!(weak.contains("tips back a little"), "{weak}");
        assert!(weak.contains("is flatter than normal"), "{weak}");
    }

    #[test]
    fn the_text_alternative_says_what_the_picture_shows() {
        let p = picture_texts(Lang::Nl);
        let start = p.describe(Sliders::START);
        assert_eq!(
            start,
            "Zijaanzicht van bekken en onderrug. Heupbuigers: 5 van 10 strak. \
             Bilspieren: 5 van 10 sterk. Het bekken staat recht en de onderrug \
             is licht hol, zoals normaal. Het bekken staat stevig."
        );
        let tight = p.describe(Sliders {
            flexor_tightness: 10,
            glute_strength: 5,
        });
        assert!(tight.contains("kantelt sterk naar voren"), "{tight}");
        assert!(tight.contains("is erg hol"), "{tight}");
        assert!(tight.contains("staat stevig"), "{tight}");
        let both = p.describe(Sliders {
            flexor_tightness: 10,
            glute_strength: 2,
        });
        assert!(both.contains("kantelt naar voren"), "{both}");
        assert!(both.contains("is holler dan normaal"), "{both}");
        assert!(both.contains("minder stevig"), "{both}");
        // Supple flexors and strong glutes are a normal posture, not a
        // flatter back.
        let supple = p.describe(Sliders {
            flexor_tightness: 0,
            glute_strength: 10,
        });
        assert_eq!(
            supple,
            start
                .replace("5 van 10 strak", "0 van 10 strak")
                .replace("5 van 10 sterk", "10 van 10 sterk")
        );
        let weak = p.describe(Sliders {
            flexor_tightness: 5,
            glute_strength: 0,
        });
        assert!(weak.contains("kantelt iets naar achteren"), "{weak}");
        assert!(weak.contains("is vlakker dan normaal"), "{weak}");
        assert!(weak.contains("minder stevig"), "{weak}");
    }

    /// Whether each caption's words fit the posture drawn: forward, back,
    /// less steady, hollower, flatter, for every setting of the sliders.
    #[test]
    fn every_caption_says_what_the_picture_shows() {
        type Claims = [(&'static str, fn(&Posture) -> bool); 6];
        let forward = |p: &Posture| matches!(p.tilt(), Tilt::Forward | Tilt::StronglyForward);
        let nl: Claims = [
            ("naar voren", forward),
            ("naar achteren", |p| p.tilt() == Tilt::Back),
            ("minder stevig", |p| {
                p.steadiness() == Steadiness::LessSteady
            }),
            ("vlakker", |p| p.curve() == Curve::Flatter),
            // The dashed outlines are drawn exactly when it is less steady.
            ("(stippellijnen)", |p| {
                p.steadiness() == Steadiness::LessSteady
            }),
            ("staat recht", |p| p.tilt() == Tilt::Upright),
        ];
        let en: Claims = [
            ("forwards", forward),
            ("tip back", |p| p.tilt() == Tilt::Back),
            ("less steadily", |p| {
                p.steadiness() == Steadiness::LessSteady
            }),
            ("flattens", |p| p.curve() == Curve::Flatter),
            ("(dashed lines)", |p| {
                p.steadiness() == Steadiness::LessSteady
            }),
            ("upright", |p| p.tilt() == Tilt::Upright),
        ];
        for (lang, claims, hollower) in [(Lang::Nl, nl, "holler"), (Lang::En, en, "curves more")] {
            let p = picture_texts(lang);
            for flexor_tightness in 0..=LEVEL_MAX {
                for glute_strength in 0..=LEVEL_MAX {
                    let sliders = Sliders {
                        flexor_tightness,
                        glute_strength,
                    };
                    let (caption, posture) = (p.caption(sliders), sliders.posture());
                    for (words, holds) in claims {
                        assert_eq!(
                            caption.contains(words),
                            holds(&posture),
                            "{lang:?} {sliders:?}: {caption:?} and {words:?} ({posture:?})"
                        );
                    }
                    if caption.contains(hollower) {
                        assert!(
                            matches!(posture.curve(), Curve::Hollow | Curve::VeryHollow),
                            "{caption}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_caption_is_one_short_line() {
        for &lang in Lang::ALL {
            let p = picture_texts(lang);
            for caption in [
                p.caption_normal,
                p.caption_flexors,
                p.caption_glutes,
                p.caption_both,
                p.caption_less_steady,
            ] {
                assert_eq!(caption.matches('.').count(), 1, "one sentence: {caption}");
                assert!(caption.split_whitespace().count() <= 17, "short: {caption}");
                // No setting is held up as the goal.
                for goal in ["balans", "balance", "ideaal", "ideal", "goed", "good"] {
                    assert!(!caption.to_lowercase().contains(goal), "{caption}");
                }
            }
        }
    }
}
