//! The guided session's texts, per language: the shape here, the Dutch in
//! `nl.rs` (B1: short sentences, everyday words), the English in `en.rs`.
//! The spoken counts are texts too, so the voice speaks the app's language.

use crate::i18n::completeness::Texts;
use crate::i18n::Lang;

/// Every text of the guided session in one language.
#[derive(Debug)]
pub struct SessionTexts {
    /// The page's heading and the words of every button that starts it.
    pub page_title: &'static str,
    pub intro: &'static str,
    /// Without a schedule: which exercises to do.
    pub choose_heading: &'static str,
    pub choose_hint: &'static str,
    /// When the latest self-check's exercises are ticked already.
    pub from_self_check: &'static str,
    pub start: &'static str,
    pub pain_before: &'static str,
    pub pain_after: &'static str,
    pub skip_pain: &'static str,
    /// "Oefening 1 van 3".
    pub exercise_of: fn(n: usize, of: usize) -> String,
    /// The big count, "3 van 10".
    pub count_of: fn(n: u32, of: u32) -> String,
    /// Under the count, "Ronde 1 van 2".
    pub set_of: fn(n: u8, of: u8) -> String,
    pub first_side: &'static str,
    pub other_side: &'static str,
    pub get_into_position: &'static str,
    pub holding: &'static str,
    pub come_back: &'static str,
    pub rest: &'static str,
    /// During a rest: "Straks ronde 2 van 3".
    pub next_set: fn(n: u8, of: u8) -> String,
    pub switch_sides: &'static str,
    /// Walking: "nog 12:30".
    pub time_left: fn(minutes: u32, seconds: u32) -> String,
    pub seconds_left: fn(seconds: u32) -> String,
    pub pause: &'static str,
    pub resume: &'static str,
    pub paused: &'static str,
    pub tap_to_pause: &'static str,
    pub end_rest: &'static str,
    pub skip_exercise: &'static str,
    pub stop_session: &'static str,
    pub count_aloud: &'static str,
    pub no_voice: &'static str,
    pub no_speech: &'static str,
    pub sound: &'static str,
    pub screen_may_sleep: &'static str,
    pub when_to_stop: &'static str,
    /// Spoken and shown when an exercise begins.
    pub next_exercise: fn(name: &str) -> String,
    pub say_hold: &'static str,
    pub say_let_go: &'static str,
    pub say_rest: &'static str,
    pub say_done: &'static str,
    pub done_heading: &'static str,
    pub done_intro: &'static str,
    pub skipped: &'static str,
    pub not_done: &'static str,
    pub change: &'static str,
    pub need_pain: &'static str,
    pub save: &'static str,
    pub saved: fn(count: usize) -> String,
    pub nothing_done: &'static str,
    pub to_diary: &'static str,
    pub resume_heading: &'static str,
    pub resume_body: &'static str,
    pub resume_session: &'static str,
    pub log_what_was_done: &'static str,
    pub start_again: &'static str,
}

/// The texts in `lang`.
pub fn session_texts(lang: Lang) -> &'static SessionTexts {
    match lang {
        Lang::Nl => &super::nl::SESSION,
        Lang::En => &super::en::SESSION,
    }
}

/// Every text of the session in `lang`, for the completeness test.
pub(crate) fn every_text(lang: Lang) -> Texts {
    let t = session_texts(lang);
    let mut texts = Texts::default();
    texts
        .add("page_title", t.page_title)
        .add("intro", t.intro)
        .add("choose_heading", t.choose_heading)
        .add("choose_hint", t.choose_hint)
        .add("from_self_check", t.from_self_check)
        .add("start", t.start)
        .add("pain_before", t.pain_before)
        .add("pain_after", t.pain_after)
        .add("skip_pain", t.skip_pain)
        .add("exercise_of", (t.exercise_of)(1, 3))
        .add("count_of", (t.count_of)(3, 10))
        .add("set_of", (t.set_of)(1, 2))
        .add("first_side", t.first_side)
        .add("other_side", t.other_side)
        .add("get_into_position", t.get_into_position)
        .add("holding", t.holding)
        .add("come_back", t.come_back)
        .add("rest", t.rest)
        .add("next_set", (t.next_set)(2, 3))
        .add("switch_sides", t.switch_sides)
        .add("time_left", (t.time_left)(12, 30))
        .add("seconds_left", (t.seconds_left)(20))
        .add("pause", t.pause)
        .add("resume", t.resume)
        .add("paused", t.paused)
        .add("tap_to_pause", t.tap_to_pause)
        .add("end_rest", t.end_rest)
        .add("skip_exercise", t.skip_exercise)
        .add("stop_session", t.stop_session)
        .add("count_aloud", t.count_aloud)
        .add("no_voice", t.no_voice)
        .add("no_speech", t.no_speech)
        .add("sound", t.sound)
        .add("screen_may_sleep", t.screen_may_sleep)
        .add("when_to_stop", t.when_to_stop)
        .add("next_exercise", (t.next_exercise)("X"))
        .add("say_hold", t.say_hold)
        .add("say_let_go", t.say_let_go)
        .add("say_rest", t.say_rest)
        .add("say_done", t.say_done)
        .add("done_heading", t.done_heading)
        .add("done_intro", t.done_intro)
        .add("skipped", t.skipped)
        .add("not_done", t.not_done)
        .add("change", t.change)
        .add("need_pain", t.need_pain)
        .add("save", t.save)
        .add("saved", (t.saved)(2))
        .add("nothing_done", t.nothing_done)
        .add("to_diary", t.to_diary)
        .add("resume_heading", t.resume_heading)
        .add("resume_body", t.resume_body)
        .add("resume_session", t.resume_session)
        .add("log_what_was_done", t.log_what_was_done)
        .add("start_again", t.start_again);
    texts
}
