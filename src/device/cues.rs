//! A short sound and a vibration at each change in a session (a
//! repetition, the end of a hold, of a rest, of an exercise), so a patient
//! lying on the floor knows without looking.
//!
//! Owns the app's one `AudioContext`. Browsers refuse sound until the
//! patient has tapped, so nothing plays before [`unlock`], which the tap
//! that starts or resumes a session calls. Without Web Audio the phone only
//! vibrates; without `navigator.vibrate` (Safari) it only sounds; without
//! both a cue does nothing.

use std::cell::RefCell;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::{call, global, property};

/// A change in a session that the patient hears and feels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    Repetition,
    HoldEnd,
    RestEnd,
    ExerciseEnd,
}

impl Cue {
    /// Every cue, for tests that compare them.
    pub const ALL: [Cue; 4] = [
        Cue::Repetition,
        Cue::HoldEnd,
        Cue::RestEnd,
        Cue::ExerciseEnd,
    ];

    /// The cue's tone: notes from its start, each under 300 ms in all. One
    /// tick per repetition; the ends of a hold and a rest two notes (down
    /// when letting go, up when starting again); three rising notes at the
    /// end of an exercise.
    pub fn notes(self) -> &'static [Note] {
        const REPETITION: &[Note] = &[note(880.0, 0.0, 0.07)];
        const HOLD_END: &[Note] = &[note(784.0, 0.0, 0.09), note(523.0, 0.12, 0.09)];
        const REST_END: &[Note] = &[note(523.0, 0.0, 0.09), note(784.0, 0.12, 0.09)];
        const EXERCISE_END: &[Note] = &[
            note(523.0, 0.0, 0.07),
            note(659.0, 0.09, 0.07),
            note(784.0, 0.18, 0.09),
        ];
        match self {
            Cue::Repetition => REPETITION,
            Cue::HoldEnd => HOLD_END,
            Cue::RestEnd => REST_END,
            Cue::ExerciseEnd => EXERCISE_END,
        }
    }

    /// The cue's vibration, as `navigator.vibrate` takes it: milliseconds
    /// on, off, on, ….
    pub fn vibration(self) -> &'static [u32] {
        match self {
            Cue::Repetition => &[40],
            Cue::HoldEnd => &[80, 60, 80],
            Cue::RestEnd => &[200],
            Cue::ExerciseEnd => &[80, 60, 80, 60, 200],
        }
    }
}

/// One note of a cue's tone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Note {
    /// The pitch.
    pub hertz: f64,
    /// Seconds from the start of the cue.
    pub start: f64,
    /// How long it sounds, in seconds.
    pub seconds: f64,
}

/// A note of `hertz` from `start` for `seconds`.
const fn note(hertz: f64, start: f64, seconds: f64) -> Note {
    Note {
        hertz,
        start,
        seconds,
    }
}

/// The loudness of a note (gain, 0–1): quiet, a phone on the floor is near.
const VOLUME: f64 = 0.2;
/// Seconds a note takes to swell and fade, so it starts and ends without a click.
const FADE: f64 = 0.01;

/// Sound after the patient's tap.
struct Unlocked {
    /// The one `AudioContext`, when the browser has Web Audio.
    audio: Option<JsValue>,
}

thread_local! {
    /// Set by [`unlock`]: the patient has tapped, so cues may play.
    static UNLOCKED: RefCell<Option<Unlocked>> = const { RefCell::new(None) };
}

/// Must be called inside the patient's tap handler before any cue:
/// creates or resumes the one `AudioContext` (browsers refuse sound before
/// a tap, and suspend it after a call or a hidden page). Safe to call again.
pub fn unlock() {
    UNLOCKED.with_borrow_mut(|unlocked| {
        let unlocked = unlocked.get_or_insert_with(|| Unlocked {
            audio: new_audio_context(),
        });
        if let Some(audio) = &unlocked.audio {
            call(audio, "resume", &[]);
        }
    });
}

/// Plays `cue` where the phone allows it: a short quiet tone and a short
/// vibration. Does nothing before [`unlock`].
pub fn play(cue: Cue) {
    UNLOCKED.with_borrow(|unlocked| {
        let Some(unlocked) = unlocked else {
            return;
        };
        if let Some(audio) = &unlocked.audio {
            sound(audio, cue);
        }
        vibrate(cue);
    });
}

/// Closes the sound when a session ends or the page is left, so the phone
/// gives its audio back (to the patient's music); the next cue needs
/// [`unlock`] again.
pub fn close() {
    if let Some(Unlocked { audio: Some(audio) }) = UNLOCKED.take() {
        call(&audio, "close", &[]);
    }
}

/// A new `AudioContext` (`webkitAudioContext` on older Safari), if the
/// browser has Web Audio.
fn new_audio_context() -> Option<JsValue> {
    let class: Function = global("AudioContext")
        .or_else(|| global("webkitAudioContext"))?
        .dyn_into()
        .ok()?;
    Reflect::construct(&class, &Array::new()).ok()
}

fn sound(audio: &JsValue, cue: Cue) {
    let now = property(audio, "currentTime")
        .and_then(|time| time.as_f64())
        .unwrap_or(0.0);
    for note in cue.notes() {
        tone(audio, *note, now + note.start);
    }
}

/// One note at `at` seconds on the context's clock: an oscillator through
/// a gain that swells and fades.
fn tone(audio: &JsValue, note: Note, at: f64) -> Option<()> {
    let end = at + note.seconds;
    let oscillator = call(audio, "createOscillator", &[])?;
    let gain = call(audio, "createGain", &[])?;
    let frequency = property(&oscillator, "frequency")?;
    call(
        &frequency,
        "setValueAtTime",
        &[&note.hertz.into(), &at.into()],
    )?;
    let volume = property(&gain, "gain")?;
    call(&volume, "setValueAtTime", &[&0.0.into(), &at.into()])?;
    call(
        &volume,
        "linearRampToValueAtTime",
        &[&VOLUME.into(), &(at + FADE).into()],
    )?;
    call(
        &volume,
        "linearRampToValueAtTime",
        &[&0.0.into(), &end.into()],
    )?;
    call(&oscillator, "connect", &[&gain])?;
    call(&gain, "connect", &[&property(audio, "destination")?])?;
    call(&oscillator, "start", &[&at.into()])?;
    call(&oscillator, "stop", &[&end.into()])?;
    Some(())
}

fn vibrate(cue: Cue) {
    let Some(navigator) = global("navigator") else {
        return;
    };
    let pattern: Array = cue
        .vibration()
        .iter()
        .map(|&ms| JsValue::from(ms))
        .collect();
    call(&navigator, "vibrate", &[&pattern]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end_of(cue: Cue) -> f64 {
        cue.notes()
            .iter()
            .map(|note| note.start + note.seconds)
            .fold(0.0, f64::max)
    }

    #[test]
    fn every_cue_is_short() {
        for cue in Cue::ALL {
            assert!(end_of(cue) < 0.3, "{cue:?} sounds {} s", end_of(cue));
            let buzz: u32 = cue.vibration().iter().sum();
            assert!(buzz <= 500, "{cue:?} vibrates {buzz} ms");
        }
    }

    #[test]
    fn every_cue_sounds_and_feels_different() {
        for (i, a) in Cue::ALL.iter().enumerate() {
            for b in &Cue::ALL[i + 1..] {
                assert_ne!(a.notes(), b.notes(), "{a:?} and {b:?} sound the same");
                assert_ne!(
                    a.vibration(),
                    b.vibration(),
                    "{a:?} and {b:?} feel the same"
                );
            }
        }
    }
}
