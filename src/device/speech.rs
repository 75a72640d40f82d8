//! The phone's own speech voice (Web Speech API `speechSynthesis`): which
//! languages it can speak, saying a short text, and stopping.
//!
//! Kept general, not tied to the exercise session: reading a page aloud
//! will use the same door. Without `speechSynthesis`, or without a voice of
//! the app's language, nothing is said and the caller learns so from
//! [`voices_for`], to tell the patient in one sentence.

use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{call, global, property};
use crate::i18n::Lang;

/// Whether the phone can speak a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voices {
    /// A voice of the language is on this phone (preferring localService
    /// voices, which work offline).
    Ready,
    /// Speech exists, but no voice of this language.
    NoVoice,
    /// This browser has no speechSynthesis.
    NoSpeech,
}

/// How long to wait for the browser to fill its voice list (Chrome fills
/// it late, after `voiceschanged`).
const VOICE_LIST_WAIT_MS: i32 = 2_000;

/// Whether `lang` can be spoken; waits for `voiceschanged` when the voice
/// list is still empty (Chrome fills it late), at most ~2 seconds, then
/// answers with what it has.
pub async fn voices_for(lang: Lang) -> Voices {
    let Some(synth) = global("speechSynthesis") else {
        return Voices::NoSpeech;
    };
    if voice_list(&synth).length() == 0 {
        voice_list_filled(&synth).await;
    }
    match voice_of(&synth, lang) {
        Some(_) => Voices::Ready,
        None => Voices::NoVoice,
    }
}

/// Says a short `text` in `lang` with that language's voice set explicitly
/// on the utterance (iOS ignores `utterance.lang`), also setting
/// `utterance.lang` ("nl-NL", "en-GB"); first cancels anything still being
/// said, so counts never queue up behind each other. Does nothing when
/// there is no voice of that language.
pub fn say(text: &str, lang: Lang) {
    let Some(synth) = global("speechSynthesis") else {
        return;
    };
    let Some(voice) = voice_of(&synth, lang) else {
        return;
    };
    let Some(utterance) = utterance(text) else {
        return;
    };
    let _ = Reflect::set(&utterance, &JsValue::from_str("voice"), &voice);
    let _ = Reflect::set(
        &utterance,
        &JsValue::from_str("lang"),
        &JsValue::from_str(speech_tag(lang)),
    );
    call(&synth, "cancel", &[]);
    call(&synth, "speak", &[&utterance]);
}

/// Stops speaking at once (pause, stop, leaving the page).
pub fn silence() {
    if let Some(synth) = global("speechSynthesis") {
        call(&synth, "cancel", &[]);
    }
}

/// The language and region a voice is asked for: the variant patients of
/// a Dutch clinic most likely have on their phone.
pub fn speech_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    }
}

/// What the choice of a voice looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VoiceInfo<'a> {
    /// The voice's BCP 47 tag, "nl-NL" (Android may write "nl_NL").
    pub tag: &'a str,
    /// Whether the voice runs on the phone itself, so it works offline.
    pub on_device: bool,
}

/// The best voice for `lang` among `voices` (by index): only voices of that
/// language; one on the phone itself before one that needs the internet,
/// then the region of [`speech_tag`] (nl-NL before nl-BE), then the
/// browser's order.
pub fn best_voice(lang: Lang, voices: &[VoiceInfo]) -> Option<usize> {
    voices
        .iter()
        .enumerate()
        .filter(|(_, voice)| Lang::from_tag(voice.tag) == Some(lang))
        .min_by_key(|(_, voice)| {
            let same_region = voice
                .tag
                .replace('_', "-")
                .eq_ignore_ascii_case(speech_tag(lang));
            (!voice.on_device, !same_region)
        })
        .map(|(index, _)| index)
}

/// The voice the phone should use for `lang`, if it has one.
fn voice_of(synth: &JsValue, lang: Lang) -> Option<JsValue> {
    let voices = voice_list(synth);
    let tags: Vec<String> = voices
        .iter()
        .map(|voice| {
            property(&voice, "lang")
                .and_then(|tag| tag.as_string())
                .unwrap_or_default()
        })
        .collect();
    let infos: Vec<VoiceInfo> = voices
        .iter()
        .zip(&tags)
        .map(|(voice, tag)| VoiceInfo {
            tag,
            on_device: property(&voice, "localService").and_then(|local| local.as_bool())
                == Some(true),
        })
        .collect();
    best_voice(lang, &infos).map(|index| voices.get(index as u32))
}

/// `speechSynthesis.getVoices()`, empty when it fails.
fn voice_list(synth: &JsValue) -> Array {
    call(synth, "getVoices", &[])
        .map(|list| Array::from(&list))
        .unwrap_or_default()
}

/// Resolves at the first `voiceschanged`, or after [`VOICE_LIST_WAIT_MS`].
async fn voice_list_filled(synth: &JsValue) {
    let event = JsValue::from_str("voiceschanged");
    let mut timer = None;
    let mut listener = None;
    let filled = Promise::new(&mut |resolve, _| {
        call(synth, "addEventListener", &[&event, &resolve]);
        timer = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, VOICE_LIST_WAIT_MS)
            .ok();
        listener = Some(resolve);
    });
    let _ = JsFuture::from(filled).await;
    if let Some(listener) = listener {
        call(synth, "removeEventListener", &[&event, &listener]);
    }
    if let Some(timer) = timer {
        window().clear_timeout_with_handle(timer);
    }
}

/// A new `SpeechSynthesisUtterance` of `text`, if the browser can make one.
fn utterance(text: &str) -> Option<JsValue> {
    let class: Function = global("SpeechSynthesisUtterance")?.dyn_into().ok()?;
    Reflect::construct(&class, &Array::of1(&JsValue::from_str(text))).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(tag: &str, on_device: bool) -> VoiceInfo<'_> {
        VoiceInfo { tag, on_device }
    }

    #[test]
    fn a_voice_of_the_language_is_chosen_among_others() {
        let voices = [
            voice("en-US", true),
            voice("en-GB", true),
            voice("nl-NL", true),
        ];
        assert_eq!(best_voice(Lang::Nl, &voices), Some(2));
        assert_eq!(best_voice(Lang::En, &voices), Some(1));
    }

    #[test]
    fn a_voice_on_the_phone_comes_before_one_that_needs_the_internet() {
        let voices = [
            voice("nl-NL", false),
            voice("nl-BE", true),
            voice("nl-NL", true),
        ];
        assert_eq!(best_voice(Lang::Nl, &voices), Some(2));
        let online_only = [voice("nl-NL", false)];
        assert_eq!(best_voice(Lang::Nl, &online_only), Some(0));
    }

    #[test]
    fn the_clinics_region_comes_first_and_android_tags_count() {
        let voices = [voice("nl-BE", true), voice("nl_NL", true)];
        assert_eq!(best_voice(Lang::Nl, &voices), Some(1));
    }

    #[test]
    fn no_voice_of_the_language_is_none() {
        let voices = [voice("en-US", true), voice("de-DE", true), voice("", true)];
        assert_eq!(best_voice(Lang::Nl, &voices), None);
        assert_eq!(best_voice(Lang::Nl, &[]), None);
    }
}
