//! The session's doors to the browser, with each API faked at the
//! JavaScript boundary (the app's wasm is the real one): the speech voice
//! of the app's language is chosen and set on what is said, a late voice
//! list is waited for, a missing voice or missing speech says nothing; the
//! screen lock is taken, held once, let go and noticed when the browser
//! lets it go; cues stay silent before the patient's first tap, then sound
//! and vibrate, each cue told apart, on phones that lack either API.

use std::cell::RefCell;
use std::rc::Rc;

use heup_rug::device::cues::{self, Cue};
use heup_rug::device::speech::{self, Voices};
use heup_rug::device::wake_lock::{self, NotKept};
use heup_rug::i18n::Lang;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

use super::support::until;

wasm_bindgen_test_configure!(run_in_browser);

/// The fakes, defined once per page. `replace` puts a fake in place of a
/// browser object and remembers the real one; `restore` puts every real
/// one back. Every call a fake receives is written to `log`.
const FAKES: &str = r#"
if (!globalThis.__deviceFakes) {
    const saved = [];
    const F = {
        log: [],
        tones: [],
        sentinels: [],
        replace(target, name, value) {
            saved.push([target, name, Object.getOwnPropertyDescriptor(target, name)]);
            Object.defineProperty(target, name, { value, configurable: true, writable: true });
        },
        restore() {
            while (saved.length) {
                const [target, name, real] = saved.pop();
                if (real) Object.defineProperty(target, name, real); else delete target[name];
            }
            F.log = []; F.tones = []; F.sentinels = [];
        },
        speech(voices) {
            const synth = new EventTarget();
            synth.voices = voices.map(([name, lang, localService]) => ({ name, lang, localService }));
            synth.getVoices = () => synth.voices.slice();
            synth.speak = (u) => F.log.push(["speak", u.text, u.lang, u.voice && u.voice.name]);
            synth.cancel = () => F.log.push(["cancel"]);
            F.replace(window, "speechSynthesis", synth);
            F.replace(window, "SpeechSynthesisUtterance", class {
                constructor(text) { this.text = text; this.lang = ""; this.voice = null; }
            });
            F.synth = synth;
        },
        voicesArrive(ms, voices) {
            setTimeout(() => {
                F.synth.voices = voices.map(([name, lang, localService]) => ({ name, lang, localService }));
                F.synth.dispatchEvent(new Event("voiceschanged"));
            }, ms);
        },
        wakeLock(answer) {
            F.replace(navigator, "wakeLock", {
                request(type) {
                    F.log.push(["request", type]);
                    if (answer === "refuse") {
                        return Promise.reject(new DOMException("Battery saver", "NotAllowedError"));
                    }
                    const sentinel = new EventTarget();
                    sentinel.released = false;
                    sentinel.release = () => {
                        F.log.push(["release"]);
                        F.browserReleases(sentinel);
                        return Promise.resolve();
                    };
                    F.sentinels.push(sentinel);
                    if (answer === "slowly") return new Promise((r) => setTimeout(() => r(sentinel), 50));
                    return Promise.resolve(sentinel);
                },
            });
        },
        browserReleases(sentinel = F.sentinels[F.sentinels.length - 1]) {
            if (sentinel.released) return;
            sentinel.released = true;
            sentinel.dispatchEvent(new Event("release"));
        },
        audio() {
            class Param {
                constructor(set) { this.set = set; }
                setValueAtTime(value, at) { this.set(value, at); }
                linearRampToValueAtTime(value, at) { this.set(value, at); }
            }
            F.replace(window, "AudioContext", class {
                constructor() { F.log.push(["new AudioContext"]); this.currentTime = 10; this.destination = {}; }
                resume() { F.log.push(["resume"]); return Promise.resolve(); }
                close() { F.log.push(["close"]); return Promise.resolve(); }
                createGain() {
                    const tone = F.tones[F.tones.length - 1];
                    return { gain: new Param((v) => { tone.loudest = Math.max(tone.loudest, v); }), connect() {} };
                }
                createOscillator() {
                    const tone = { hertz: 0, start: 0, stop: 0, loudest: 0 };
                    F.tones.push(tone);
                    return {
                        frequency: new Param((v) => { tone.hertz = v; }),
                        connect() {},
                        start(at) { tone.start = at - 10; },
                        stop(at) { tone.stop = at - 10; },
                    };
                }
            });
        },
        vibrate() {
            F.replace(navigator, "vibrate", (pattern) => { F.log.push(["vibrate", ...pattern]); return true; });
        },
    };
    globalThis.__deviceFakes = F;
}
"#;

/// Runs `body` as a JavaScript function with the fakes in scope as `F`.
pub(super) fn js(body: &str) -> JsValue {
    js_sys::Function::new_no_args(FAKES)
        .call0(&JsValue::UNDEFINED)
        .expect("define the fakes");
    js_sys::Function::new_no_args(&format!("const F = globalThis.__deviceFakes; {body}"))
        .call0(&JsValue::UNDEFINED)
        .unwrap_or_else(|error| panic!("{body}: {error:?}"))
}

/// The fakes of one test: `setup` puts them in place (after undoing what
/// a failed test may have left); dropping this puts the real objects back.
pub(super) struct Fakes;

impl Fakes {
    pub(super) fn new(setup: &str) -> Fakes {
        js("F.restore()");
        js(setup);
        Fakes
    }
}

impl Drop for Fakes {
    fn drop(&mut self) {
        js("F.restore()");
    }
}

/// Everything the fakes were asked, as JSON.
pub(super) fn log() -> String {
    js("return JSON.stringify(F.log)").as_string().unwrap()
}

fn clear_log() {
    js("F.log = []; F.tones = []");
}

/// The tones played since the log was cleared: (hertz, start, stop,
/// loudest gain), times in seconds from the cue's start.
fn tones() -> Vec<(f64, f64, f64, f64)> {
    let tones = js("return F.tones.map((t) => [t.hertz, t.start, t.stop, t.loudest])");
    js_sys::Array::from(&tones)
        .iter()
        .map(|tone| {
            let part = |i| js_sys::Array::from(&tone).get(i).as_f64().unwrap();
            (part(0), part(1), part(2), part(3))
        })
        .collect()
}

fn now() -> f64 {
    js_sys::Date::now()
}

// --- Speech -------------------------------------------------------------

#[wasm_bindgen_test]
async fn the_voice_of_the_apps_language_is_set_on_what_is_said() {
    let _fakes = Fakes::new(
        r#"F.speech([["Daniel", "en-GB", true], ["Samantha", "en-US", true], ["Xander", "nl-NL", true]])"#,
    );
    assert_eq!(speech::voices_for(Lang::Nl).await, Voices::Ready);
    speech::say("drie", Lang::Nl);
    assert_eq!(log(), r#"[["cancel"],["speak","drie","nl-NL","Xander"]]"#);
    clear_log();
    speech::say("three", Lang::En);
    assert_eq!(log(), r#"[["cancel"],["speak","three","en-GB","Daniel"]]"#);
}

#[wasm_bindgen_test]
async fn a_voice_on_the_phone_comes_before_one_that_needs_the_internet() {
    let _fakes = Fakes::new(
        r#"F.speech([["Google Nederlands", "nl-NL", false], ["Xander", "nl-NL", true]])"#,
    );
    assert_eq!(speech::voices_for(Lang::Nl).await, Voices::Ready);
    speech::say("vier", Lang::Nl);
    assert_eq!(log(), r#"[["cancel"],["speak","vier","nl-NL","Xander"]]"#);
}

#[wasm_bindgen_test]
async fn an_empty_voice_list_is_waited_for_until_the_voices_arrive() {
    let _fakes = Fakes::new(r#"F.speech([]); F.voicesArrive(300, [["Xander", "nl-NL", true]])"#);
    let asked = now();
    assert_eq!(speech::voices_for(Lang::Nl).await, Voices::Ready);
    let waited = now() - asked;
    assert!(
        (250.0..1_500.0).contains(&waited),
        "answered after {waited} ms, not when the voices arrived"
    );
}

#[wasm_bindgen_test]
async fn a_voice_list_that_stays_empty_is_waited_for_about_two_seconds() {
    let _fakes = Fakes::new("F.speech([])");
    let asked = now();
    assert_eq!(speech::voices_for(Lang::Nl).await, Voices::NoVoice);
    let waited = now() - asked;
    assert!(
        (1_500.0..3_500.0).contains(&waited),
        "answered after {waited} ms"
    );
}

#[wasm_bindgen_test]
async fn without_a_voice_of_the_language_nothing_is_said() {
    let _fakes = Fakes::new(r#"F.speech([["Daniel", "en-GB", true], ["Anna", "de-DE", true]])"#);
    assert_eq!(speech::voices_for(Lang::Nl).await, Voices::NoVoice);
    speech::say("drie", Lang::Nl);
    assert_eq!(log(), "[]");
}

#[wasm_bindgen_test]
async fn without_speech_nothing_is_said_and_nothing_breaks() {
    let _fakes = Fakes::new(r#"F.replace(window, "speechSynthesis", undefined)"#);
    assert_eq!(speech::voices_for(Lang::Nl).await, Voices::NoSpeech);
    speech::say("drie", Lang::Nl);
    speech::silence();
}

#[wasm_bindgen_test]
async fn each_count_cuts_off_the_one_before_and_silence_stops_it() {
    let _fakes = Fakes::new(r#"F.speech([["Xander", "nl-NL", true]])"#);
    speech::say("een", Lang::Nl);
    speech::say("twee", Lang::Nl);
    speech::silence();
    assert_eq!(
        log(),
        concat!(
            r#"[["cancel"],["speak","een","nl-NL","Xander"],"#,
            r#"["cancel"],["speak","twee","nl-NL","Xander"],["cancel"]]"#
        )
    );
}

// --- Wake lock ----------------------------------------------------------

#[wasm_bindgen_test]
async fn the_screen_is_kept_on_until_the_app_lets_it_sleep() {
    wake_lock::let_screen_sleep();
    let _fakes = Fakes::new(r#"F.wakeLock("grant")"#);
    assert!(wake_lock::supported());
    assert_eq!(wake_lock::keep_screen_on().await, Ok(()));
    assert!(wake_lock::is_held());
    assert_eq!(wake_lock::keep_screen_on().await, Ok(()));
    assert_eq!(log(), r#"[["request","screen"]]"#, "asked once");
    wake_lock::let_screen_sleep();
    assert_eq!(log(), r#"[["request","screen"],["release"]]"#);
    assert!(!wake_lock::is_held());
}

#[wasm_bindgen_test]
async fn a_lock_the_browser_lets_go_is_no_longer_held_and_is_asked_again() {
    wake_lock::let_screen_sleep();
    let _fakes = Fakes::new(r#"F.wakeLock("grant")"#);
    assert_eq!(wake_lock::keep_screen_on().await, Ok(()));
    js("F.browserReleases()");
    assert!(
        !wake_lock::is_held(),
        "the page was hidden: the lock is gone"
    );
    assert_eq!(wake_lock::keep_screen_on().await, Ok(()));
    assert!(wake_lock::is_held());
    assert_eq!(log(), r#"[["request","screen"],["request","screen"]]"#);
    wake_lock::let_screen_sleep();
}

#[wasm_bindgen_test]
async fn a_lock_that_arrives_after_the_pause_is_let_go_at_once() {
    wake_lock::let_screen_sleep();
    let _fakes = Fakes::new(r#"F.wakeLock("slowly")"#);
    let answer = Rc::new(RefCell::new(None));
    let answered = answer.clone();
    wasm_bindgen_futures::spawn_local(async move {
        *answered.borrow_mut() = Some(wake_lock::keep_screen_on().await);
    });
    until("the lock to be asked for", || log().contains("request")).await;
    wake_lock::let_screen_sleep();
    until("the slow lock to arrive and be let go", || {
        answer.borrow().is_some() && log().contains("release")
    })
    .await;
    assert_eq!(*answer.borrow(), Some(Ok(())));
    assert!(!wake_lock::is_held());
    assert_eq!(log(), r#"[["request","screen"],["release"]]"#);
}

#[wasm_bindgen_test]
async fn without_the_api_the_screen_is_not_kept() {
    wake_lock::let_screen_sleep();
    let _fakes = Fakes::new(r#"F.replace(navigator, "wakeLock", undefined)"#);
    assert!(!wake_lock::supported());
    assert_eq!(wake_lock::keep_screen_on().await, Err(NotKept::Unsupported));
    assert!(!wake_lock::is_held());
}

#[wasm_bindgen_test]
async fn a_refused_lock_is_reported() {
    wake_lock::let_screen_sleep();
    let _fakes = Fakes::new(r#"F.wakeLock("refuse")"#);
    assert!(wake_lock::supported());
    assert_eq!(wake_lock::keep_screen_on().await, Err(NotKept::Refused));
    assert!(!wake_lock::is_held());
}

// --- Cues ---------------------------------------------------------------

#[wasm_bindgen_test]
fn cues_wait_for_the_first_tap_then_sound_and_vibrate() {
    cues::close();
    let _fakes = Fakes::new("F.audio(); F.vibrate()");
    cues::play(Cue::Repetition);
    assert_eq!(log(), "[]", "nothing before the tap");
    assert!(tones().is_empty());

    cues::unlock();
    assert_eq!(log(), r#"[["new AudioContext"],["resume"]]"#);
    clear_log();
    cues::play(Cue::Repetition);
    assert_eq!(log(), r#"[["vibrate",40]]"#);
    assert_eq!(tones().len(), 1);
    let (hertz, start, stop, _) = tones()[0];
    assert_eq!(hertz, 880.0);
    assert!(start >= 0.0 && stop > start, "played now: {start}..{stop}");

    cues::close();
    clear_log();
    cues::play(Cue::Repetition);
    assert_eq!(log(), "[]", "closed: nothing until the next tap");
}

#[wasm_bindgen_test]
fn each_cue_is_short_quiet_and_told_apart() {
    cues::close();
    let _fakes = Fakes::new("F.audio(); F.vibrate()");
    cues::unlock();
    let mut heard = Vec::new();
    for cue in Cue::ALL {
        clear_log();
        cues::play(cue);
        let tones = tones();
        assert!(!tones.is_empty(), "{cue:?} sounds");
        for &(_, start, stop, loudest) in &tones {
            assert!(
                start >= 0.0 && stop < 0.3,
                "{cue:?} lasts {start}..{stop} s"
            );
            assert!(loudest > 0.0 && loudest <= 0.3, "{cue:?} at gain {loudest}");
        }
        let felt = log();
        assert!(
            felt.starts_with(r#"[["vibrate","#),
            "{cue:?} vibrates: {felt}"
        );
        let pitches: Vec<u32> = tones.iter().map(|t| t.0 as u32).collect();
        heard.push((pitches, felt));
    }
    for (i, a) in heard.iter().enumerate() {
        for b in &heard[i + 1..] {
            assert_ne!(a.0, b.0, "two cues sound the same");
            assert_ne!(a.1, b.1, "two cues feel the same");
        }
    }
    cues::close();
}

#[wasm_bindgen_test]
fn a_phone_without_vibration_or_sound_cues_with_what_it_has() {
    cues::close();
    let fakes = Fakes::new(r#"F.audio(); F.replace(navigator, "vibrate", undefined)"#);
    cues::unlock();
    cues::play(Cue::HoldEnd);
    assert_eq!(tones().len(), 2, "sounds without vibration (Safari)");
    cues::close();
    drop(fakes);

    let fakes = Fakes::new(
        r#"F.vibrate(); F.replace(window, "AudioContext", undefined);
           F.replace(window, "webkitAudioContext", undefined)"#,
    );
    cues::unlock();
    cues::play(Cue::HoldEnd);
    assert_eq!(log(), r#"[["vibrate",80,60,80]]"#, "vibrates without sound");
    cues::close();
    drop(fakes);

    let _fakes = Fakes::new(
        r#"F.replace(navigator, "vibrate", undefined); F.replace(window, "AudioContext", undefined);
           F.replace(window, "webkitAudioContext", undefined)"#,
    );
    cues::unlock();
    cues::play(Cue::ExerciseEnd);
    cues::close();
}
