//! How much of an exercise: the usual dose in the library, what a schedule
//! prescribes, and what a patient logs in the diary.

use serde::{Deserialize, Serialize};

/// An amount of exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Dose {
    /// Sets of repetitions, e.g. 3 × 10.
    Reps { sets: u8, reps: u8 },
    /// Sets of a position held for some seconds, e.g. 3 × 30 s.
    Hold { sets: u8, seconds: u16 },
    /// Minutes of continuous activity, e.g. 20 minutes of walking.
    Minutes { minutes: u16 },
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn stores_as_tagged_json() {
        let json = serde_json::to_string(&Dose::Reps { sets: 3, reps: 10 }).unwrap();
        assert_eq!(json, r#"{"kind":"reps","sets":3,"reps":10}"#);
        let back: Dose = serde_json::from_str(r#"{"kind":"minutes","minutes":20}"#).unwrap();
        assert_eq!(back, Dose::Minutes { minutes: 20 });
    }
}
