//! How much of an exercise: the usual dose in the library, what a schedule
//! prescribes, and what a patient logs in the diary; and [`dose_in_words`],
//! the one way the app writes a dose, "per kant" included.

use serde::{Deserialize, Serialize};

use super::{exercise, ExerciseId};
use crate::i18n::Lang;

/// An amount of exercise.
///
/// Stored as `{"kind":"reps","sets":3,"reps":10}`. It is read through
/// [`StoredDose`], a flat record: serde's own reader for a tagged enum
/// buffers every field first and costs about 7 KB of wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "StoredDose")]
pub enum Dose {
    /// Sets of repetitions, e.g. 3 × 10.
    Reps { sets: u8, reps: u8 },
    /// Sets of a position held for some seconds, e.g. 3 × 30 s.
    Hold { sets: u8, seconds: u16 },
    /// Minutes of continuous activity, e.g. 20 minutes of walking.
    Minutes { minutes: u16 },
}

/// A stored dose as it is read: the kind and whichever numbers it carries.
#[derive(Deserialize)]
struct StoredDose {
    kind: DoseKind,
    sets: Option<u8>,
    reps: Option<u8>,
    seconds: Option<u16>,
    minutes: Option<u16>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum DoseKind {
    Reps,
    Hold,
    Minutes,
}

impl TryFrom<StoredDose> for Dose {
    type Error = &'static str;

    fn try_from(stored: StoredDose) -> Result<Dose, &'static str> {
        let dose = match stored.kind {
            DoseKind::Reps => stored
                .sets
                .zip(stored.reps)
                .map(|(sets, reps)| Dose::Reps { sets, reps }),
            DoseKind::Hold => stored
                .sets
                .zip(stored.seconds)
                .map(|(sets, seconds)| Dose::Hold { sets, seconds }),
            DoseKind::Minutes => stored.minutes.map(|minutes| Dose::Minutes { minutes }),
        };
        dose.ok_or("a dose without its numbers")
    }
}

impl Dose {
    /// Whether the numbers make sense: at least one of everything, and not
    /// more than anyone does in a day (guards imports and links).
    pub fn is_plausible(self) -> bool {
        match self {
            Dose::Reps { sets, reps } => (1..=10).contains(&sets) && (1..=100).contains(&reps),
            Dose::Hold { sets, seconds } => {
                (1..=10).contains(&sets) && (1..=600).contains(&seconds)
            }
            Dose::Minutes { minutes } => (1..=480).contains(&minutes),
        }
    }
}

/// How doses are written out in one language.
struct DoseTexts {
    reps: fn(sets: u8, reps: u8) -> String,
    hold: fn(sets: u8, seconds: u16) -> String,
    minutes: fn(minutes: u16) -> String,
    /// A dose done once on each side, e.g. "3 × 10 keer per kant".
    each_side: fn(dose: &str) -> String,
}

static NL: DoseTexts = DoseTexts {
    reps: |sets, reps| match sets {
        1 => format!("{reps} keer"),
        _ => format!("{sets} × {reps} keer"),
    },
    hold: |sets, seconds| match sets {
        1 => format!("{seconds} seconden vasthouden"),
        _ => format!("{sets} × {seconds} seconden vasthouden"),
    },
    minutes: |minutes| match minutes {
        1 => "1 minuut".to_owned(),
        _ => format!("{minutes} minuten"),
    },
    each_side: |dose| format!("{dose} per kant"),
};

static EN: DoseTexts = DoseTexts {
    reps: |sets, reps| match sets {
        1 => format!("{reps} times"),
        _ => format!("{sets} sets of {reps}"),
    },
    hold: |sets, seconds| match sets {
        1 => format!("hold for {seconds} seconds"),
        _ => format!("hold {sets} × {seconds} seconds"),
    },
    minutes: |minutes| match minutes {
        1 => "1 minute".to_owned(),
        _ => format!("{minutes} minutes"),
    },
    each_side: |dose| format!("{dose} each side"),
};

fn dose_texts(lang: Lang) -> &'static DoseTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Every way of writing a dose in `lang`, for the completeness test.
pub(super) fn every_text(lang: Lang) -> crate::i18n::completeness::Texts {
    let mut texts = crate::i18n::completeness::Texts::default();
    let doses = [
        Dose::Reps { sets: 1, reps: 8 },
        Dose::Reps { sets: 3, reps: 10 },
        Dose::Hold {
            sets: 1,
            seconds: 45,
        },
        Dose::Hold {
            sets: 2,
            seconds: 30,
        },
        Dose::Minutes { minutes: 1 },
        Dose::Minutes { minutes: 20 },
    ];
    for dose in doses {
        texts.add(format!("{dose:?}"), dose.amount(lang));
    }
    texts.add("each_side", (dose_texts(lang).each_side)("X"));
    texts
}

/// The dose of `exercise` in words: "3 × 10 keer" for an exercise done
/// with both legs at once, "3 × 10 keer per kant" ("3 sets of 10 each
/// side") for one done once on each side. Every page that shows a dose
/// (library, exercise page, schedules, the diary's lists, history, print,
/// CSV, the report) writes it with this function, so a dose reads the same
/// everywhere. `None` is an exercise of a newer version of the app, whose
/// sides this version cannot know: its dose alone.
pub fn dose_in_words(exercise_id: impl Into<Option<ExerciseId>>, dose: Dose, lang: Lang) -> String {
    let amount = dose.amount(lang);
    match exercise_id.into() {
        Some(id) if exercise(id, lang).each_side => (dose_texts(lang).each_side)(&amount),
        _ => amount,
    }
}

impl Dose {
    /// The amount in words, e.g. "3 × 10 keer" or "20 minuten" ("3 sets of
    /// 10", "20 minutes"), without the sides: [`dose_in_words`] adds them.
    fn amount(self, lang: Lang) -> String {
        let texts = dose_texts(lang);
        match self {
            Dose::Reps { sets, reps } => (texts.reps)(sets, reps),
            Dose::Hold { sets, seconds } => (texts.hold)(sets, seconds),
            Dose::Minutes { minutes } => (texts.minutes)(minutes),
        }
    }
}

/// The kinds of dose this version reads, as stored (`"kind"`): a stored
/// dose of another kind comes from a newer version of the app.
pub const DOSE_KINDS: [&str; 3] = ["reps", "hold", "minutes"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_dose_is_known_as_such() {
        for dose in [
            Dose::Reps { sets: 3, reps: 10 },
            Dose::Hold {
                sets: 2,
                seconds: 30,
            },
            Dose::Minutes { minutes: 20 },
        ] {
            let stored = serde_json::to_value(dose).unwrap();
            let kind = stored["kind"].as_str().unwrap_or_default().to_owned();
            assert!(DOSE_KINDS.contains(&kind.as_str()), "{kind}");
        }
    }

    #[test]
    fn plausible_doses_are_accepted_and_absurd_ones_refused() {
        let cases = [
            (Dose::Reps { sets: 3, reps: 10 }, true),
            (Dose::Reps { sets: 0, reps: 10 }, false),
            (Dose::Reps { sets: 3, reps: 0 }, false),
            (Dose::Reps { sets: 11, reps: 10 }, false),
            (
                Dose::Hold {
                    sets: 2,
                    seconds: 30,
                },
                true,
            ),
            (
                Dose::Hold {
                    sets: 2,
                    seconds: 601,
                },
                false,
            ),
            (Dose::Minutes { minutes: 20 }, true),
            (Dose::Minutes { minutes: 0 }, false),
            (Dose::Minutes { minutes: 481 }, false),
        ];
        for (dose, plausible) in cases {
            assert_eq!(dose.is_plausible(), plausible, "{dose:?}");
        }
    }

    #[test]
    fn describes_doses_in_plain_english() {
        let cases = [
            (Dose::Reps { sets: 3, reps: 10 }, "3 sets of 10"),
            (Dose::Reps { sets: 1, reps: 8 }, "8 times"),
            (
                Dose::Hold {
                    sets: 2,
                    seconds: 30,
                },
                "hold 2 × 30 seconds",
            ),
            (
                Dose::Hold {
                    sets: 1,
                    seconds: 45,
                },
                "hold for 45 seconds",
            ),
            (Dose::Minutes { minutes: 20 }, "20 minutes"),
            (Dose::Minutes { minutes: 1 }, "1 minute"),
        ];
        for (dose, text) in cases {
            assert_eq!(dose_in_words(None, dose, Lang::En), text);
        }
    }

    #[test]
    fn describes_doses_in_plain_dutch() {
        let cases = [
            (Dose::Reps { sets: 3, reps: 10 }, "3 × 10 keer"),
            (Dose::Reps { sets: 1, reps: 8 }, "8 keer"),
            (
                Dose::Hold {
                    sets: 2,
                    seconds: 30,
                },
                "2 × 30 seconden vasthouden",
            ),
            (
                Dose::Hold {
                    sets: 1,
                    seconds: 45,
                },
                "45 seconden vasthouden",
            ),
            (Dose::Minutes { minutes: 20 }, "20 minuten"),
            (Dose::Minutes { minutes: 1 }, "1 minuut"),
        ];
        for (dose, text) in cases {
            assert_eq!(dose_in_words(None, dose, Lang::Nl), text);
        }
    }

    #[test]
    fn one_sided_exercises_say_per_side_in_both_languages() {
        let dose = Dose::Reps { sets: 2, reps: 10 };
        let hold = Dose::Hold {
            sets: 2,
            seconds: 30,
        };
        let cases = [
            (
                ExerciseId::HipMobility,
                dose,
                Lang::Nl,
                "2 × 10 keer per kant",
            ),
            (
                ExerciseId::HipMobility,
                dose,
                Lang::En,
                "2 sets of 10 each side",
            ),
            (
                ExerciseId::HipFlexorStretch,
                hold,
                Lang::Nl,
                "2 × 30 seconden vasthouden per kant",
            ),
            (
                ExerciseId::HipFlexorStretch,
                hold,
                Lang::En,
                "hold 2 × 30 seconds each side",
            ),
            (ExerciseId::Bridge, dose, Lang::Nl, "2 × 10 keer"),
            (ExerciseId::Bridge, dose, Lang::En, "2 sets of 10"),
            (
                ExerciseId::Walking,
                Dose::Minutes { minutes: 20 },
                Lang::Nl,
                "20 minuten",
            ),
            (
                ExerciseId::Walking,
                Dose::Minutes { minutes: 20 },
                Lang::En,
                "20 minutes",
            ),
        ];
        for (id, dose, lang, text) in cases {
            assert_eq!(dose_in_words(id, dose, lang), text, "{id:?} {lang:?}");
        }
    }

    #[test]
    fn every_one_sided_exercise_says_so_and_no_other_does() {
        for &lang in Lang::ALL {
            for id in ExerciseId::ALL {
                let e = exercise(id, lang);
                let words = dose_in_words(id, e.usual_dose, lang);
                let says_sides = words.ends_with("per kant") || words.ends_with("each side");
                assert_eq!(says_sides, e.each_side, "{id:?} {lang:?}: {words}");
            }
        }
    }

    #[test]
    fn stores_as_tagged_json() {
        let json = serde_json::to_string(&Dose::Reps { sets: 3, reps: 10 }).unwrap();
        assert_eq!(json, r#"{"kind":"reps","sets":3,"reps":10}"#);
        let back: Dose = serde_json::from_str(r#"{"kind":"minutes","minutes":20}"#).unwrap();
        assert_eq!(back, Dose::Minutes { minutes: 20 });
    }

    #[test]
    fn reads_every_kind_back_in_any_field_order() {
        for dose in [
            Dose::Reps { sets: 3, reps: 10 },
            Dose::Hold {
                sets: 2,
                seconds: 45,
            },
            Dose::Minutes { minutes: 20 },
        ] {
            let json = serde_json::to_string(&dose).unwrap();
            assert_eq!(serde_json::from_str::<Dose>(&json).unwrap(), dose);
        }
        let reordered: Dose =
            serde_json::from_str(r#"{"seconds":30,"sets":3,"kind":"hold"}"#).unwrap();
        assert_eq!(
            reordered,
            Dose::Hold {
                sets: 3,
                seconds: 30
            }
        );
    }

    #[test]
    fn refuses_a_dose_without_its_numbers() {
        for json in [
            r#"{"kind":"reps","sets":3}"#,
            r#"{"kind":"hold","seconds":30}"#,
            r#"{"kind":"minutes","sets":3,"reps":10}"#,
            r#"{"kind":"jumps","minutes":5}"#,
            r#"{"kind":"reps","sets":-1,"reps":10}"#,
        ] {
            assert!(serde_json::from_str::<Dose>(json).is_err(), "{json}");
        }
    }
}
