//! The fields for how much was done: sets and repetitions, sets and seconds, or
//! minutes, depending on the exercise.

use leptos::prelude::*;

use crate::diary::texts::diary_texts;
use crate::exercises::Dose;
use crate::i18n::use_i18n;

/// The two numbers of a dose as the patient types them (minutes use one).
fn parts(dose: Dose) -> (u16, u16) {
    match dose {
        Dose::Reps { sets, reps } => (sets.into(), reps.into()),
        Dose::Hold { sets, seconds } => (sets.into(), seconds),
        Dose::Minutes { minutes } => (minutes, 0),
    }
}

/// A dose of the same kind as `like`, from typed numbers, if they fit.
fn rebuild(like: Dose, first: u16, second: u16) -> Option<Dose> {
    let dose = match like {
        Dose::Reps { .. } => Dose::Reps {
            sets: u8::try_from(first).ok()?,
            reps: u8::try_from(second).ok()?,
        },
        Dose::Hold { .. } => Dose::Hold {
            sets: u8::try_from(first).ok()?,
            seconds: second,
        },
        Dose::Minutes { .. } => Dose::Minutes { minutes: first },
    };
    dose.is_plausible().then_some(dose)
}

/// Number fields for a dose, of the same kind as `initial`. `on_change`
/// gets the dose after every keystroke, or `None` while the numbers don't fit.
#[component]
pub fn DoseFields(initial: Dose, on_change: Callback<Option<Dose>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = diary_texts(i18n.lang());
    let (first, second) = parts(initial);
    let first = RwSignal::new(first.to_string());
    let second = RwSignal::new(second.to_string());
    let (first_label, second_label) = match initial {
        Dose::Reps { .. } => (t.dose_sets, Some(t.dose_reps)),
        Dose::Hold { .. } => (t.dose_sets, Some(t.dose_seconds)),
        Dose::Minutes { .. } => (t.dose_minutes, None),
    };
    Effect::new(move |previous: Option<()>| {
        let number = |text: String| text.trim().parse::<u16>().ok();
        let dose = number(first.get())
            .and_then(|a| rebuild(initial, a, number(second.get()).unwrap_or(0)));
        // The first run only reads the starting numbers; report real edits.
        if previous.is_some() {
            on_change.run(dose);
        }
    });
    view! {
        <div class="dose-fields">
            <label>
                <span>{first_label}</span>
                <input type="number" inputmode="numeric" min="1" bind:value=first />
            </label>
            {second_label.map(|label| view! {
                <label>
                    <span>{label}</span>
                    <input type="number" inputmode="numeric" min="1" bind:value=second />
                </label>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_numbers_become_a_dose_of_the_same_kind_when_plausible() {
        let reps = Dose::Reps { sets: 3, reps: 10 };
        assert_eq!(rebuild(reps, 2, 12), Some(Dose::Reps { sets: 2, reps: 12 }));
        assert_eq!(rebuild(reps, 0, 12), None);
        assert_eq!(rebuild(reps, 300, 12), None, "does not wrap around u8");
        let hold = Dose::Hold {
            sets: 2,
            seconds: 30,
        };
        assert_eq!(
            rebuild(hold, 3, 45),
            Some(Dose::Hold {
                sets: 3,
                seconds: 45
            })
        );
        let minutes = Dose::Minutes { minutes: 20 };
        assert_eq!(rebuild(minutes, 35, 0), Some(Dose::Minutes { minutes: 35 }));
        assert_eq!(rebuild(minutes, 0, 0), None);
        for dose in [reps, hold, minutes] {
            let (a, b) = parts(dose);
            assert_eq!(rebuild(dose, a, b), Some(dose), "round trip of {dose:?}");
        }
    }
}
