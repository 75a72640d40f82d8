//! `/dagboek/doe-mee`: the guided session from start to diary. First what
//! to do (one exercise from its page, today's schedule, or the patient's
//! choice) and the pain now; then the session screen (the moving figure and
//! a big count from the same clock, pause, skip, stop); then the pain again
//! and what was done, editable, into the diary in one tap. The session is
//! kept in storage at every step, so a reload or a call resumes it.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::SvgsvgElement;

use super::announce::{announce, Announcement};
use super::run::{Done, Event, Run};
use super::texts::{session_texts, SessionTexts};
use super::timeline::{Doing, Side, Step};
use crate::calendar::Day;
use crate::device::{cues, speech, wake_lock};
use crate::diary::store::use_diary;
use crate::diary::texts::diary_texts;
use crate::diary::{DiaryEntry, DoseFields, PainScale, PainScore};
use crate::exercises::figure::drawing;
use crate::exercises::{
    dose_in_words, exercise, library_texts, prefers_reduced_motion, Demonstration, ExerciseId,
    MovingFigure, StopRules,
};
use crate::i18n::choice::Settings;
use crate::i18n::{use_i18n, Lang};
use crate::safety::SafetyLine;
use crate::self_check::{suggestions, SavedResult, SavedResults};
use crate::shell::{use_base_path, Page};
use crate::storage::{self, Record};

/// A session begun and not yet put in the diary, kept so a reload or a
/// phone call does not lose it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OpenSession {
    pub session: Option<KeptSession>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptSession {
    pub day: Day,
    pub run: Run,
    pub pain_before: Option<PainScore>,
}

impl Record for OpenSession {
    const KEY: &'static str = "heup-rug:sessie";
    const VERSION: u32 = 1;
}

/// Where the patient is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// A session of today was left unfinished.
    Resume,
    /// No schedule: which exercises?
    Choose,
    PainBefore,
    Running,
    PainAfter,
    Summary,
    Saved(usize),
}

/// The exercises to do: the one named in the address, else today's
/// schedule in its order. Empty when the patient has to choose.
fn planned_steps(
    named: Option<ExerciseId>,
    schedule: Option<&crate::diary::Schedule>,
) -> Vec<Step> {
    let planned = |id: ExerciseId| {
        schedule
            .and_then(|s| s.exercises.iter().find(|p| p.exercise == id))
            .map_or(exercise(id, Lang::Nl).usual_dose, |p| p.dose)
    };
    match (named, schedule) {
        (Some(id), _) => vec![Step {
            exercise: id,
            dose: planned(id),
        }],
        (None, Some(schedule)) => schedule.exercises.clone(),
        (None, None) => Vec::new(),
    }
}

/// The page.
#[component]
pub fn SessionPage() -> impl IntoView {
    let lang = use_i18n().lang();
    let t = session_texts(lang);
    let store = use_diary();
    let query = use_query_map();
    let today = Day::today();
    let named = query
        .read_untracked()
        .get_str("oefening")
        .and_then(ExerciseId::from_slug);
    let schedule = store.schedule.with_untracked(|current| {
        current
            .schedule
            .clone()
            .filter(|schedule| schedule.applies_on(today))
    });
    let steps = RwSignal::new(planned_steps(named, schedule.as_ref()));
    // A session begun today and left unfinished (a reload, a call).
    let kept = storage::load::<OpenSession>()
        .value
        .session
        .filter(|kept| kept.day == today && kept.run.elapsed() > 0.0);
    let run = RwSignal::new(Run::new(&steps.get_untracked()));
    let pain_before = RwSignal::new(None::<PainScore>);
    let pain_after = RwSignal::new(None::<PainScore>);
    let stage = RwSignal::new(if kept.is_some() {
        Stage::Resume
    } else if steps.with_untracked(Vec::is_empty) {
        Stage::Choose
    } else {
        Stage::PainBefore
    });
    let kept = StoredValue::new(kept);

    let keep = move || {
        let session = KeptSession {
            day: today,
            run: run.get_untracked(),
            pain_before: pain_before.get_untracked(),
        };
        // Best effort: a session that cannot be kept still runs.
        let _ = storage::replace(&OpenSession {
            session: Some(session),
        });
    };
    let forget = move || {
        let _ = storage::replace(&OpenSession::default());
    };

    // Starting happens inside the patient's tap, so sound and voice may play.
    let begin = move || {
        cues::unlock();
        run.set(Run::new(&steps.get_untracked()));
        stage.set(Stage::Running);
    };

    let content = move || {
        match stage.get() {
        Stage::Resume => {
            // Takes the kept session back into the page, paused or stopped.
            let take_kept = move |settle: fn(&mut Run)| {
                if let Some(kept) = kept.get_value() {
                    let mut kept_run = kept.run;
                    settle(&mut kept_run);
                    steps.set(kept_run.steps().to_vec());
                    pain_before.set(kept.pain_before);
                    run.set(kept_run);
                }
            };
            let resume = Callback::new(move |()| {
                take_kept(Run::pause);
                cues::unlock();
                stage.set(Stage::Running);
            });
            let log_it = Callback::new(move |()| {
                take_kept(Run::stop);
                keep();
                stage.set(Stage::PainAfter);
            });
            // A session that reached its end (or was stopped) has nothing
            // left to go on with: only logging it or starting again.
            let can_go_on = kept.with_value(|kept| {
                kept.as_ref().is_some_and(|kept| !kept.run.is_over())
            });
            let again = Callback::new(move |()| {
                forget();
                stage.set(if steps.with_untracked(Vec::is_empty) {
                    Stage::Choose
                } else {
                    Stage::PainBefore
                });
            });
            view! {
                <section class="session-resume">
                    <h2>{t.resume_heading}</h2>
                    <p>{t.resume_body}</p>
                    <div class="actions">
                        {can_go_on.then(|| action(t.resume_session, Look::Main, resume))}
                        {action(t.log_what_was_done, Look::Secondary, log_it)}
                        {action(t.start_again, Look::Secondary, again)}
                    </div>
                </section>
            }
            .into_any()
        }
        Stage::Choose => view! { <Choose steps on_start=Callback::new(move |()| stage.set(Stage::PainBefore)) /> }.into_any(),
        Stage::PainBefore => {
            let pick = Callback::new(move |score| {
                pain_before.set(Some(score));
                begin();
            });
            view! {
                <ol class="session-plan">
                    {steps.get_untracked().into_iter().map(|step| view! {
                        <li>{exercise(step.exercise, lang).name} " · " {dose_in_words(step.exercise, step.dose, lang)}</li>
                    }).collect_view()}
                </ol>
                <PainScale question=t.pain_before chosen=pain_before on_pick=pick />
                {action(t.skip_pain, Look::Secondary, Callback::new(move |()| begin()))}
            }
            .into_any()
        }
        Stage::Running => view! {
            <SessionScreen run on_step=Callback::new(move |()| keep()) on_end=Callback::new(move |()| {
                keep();
                stage.set(Stage::PainAfter);
            }) />
        }
        .into_any(),
        Stage::PainAfter => {
            let pick = Callback::new(move |score| {
                pain_after.set(Some(score));
                stage.set(Stage::Summary);
            });
            view! {
                <PainScale question=t.pain_after chosen=pain_after on_pick=pick />
                {action(t.skip_pain, Look::Secondary, Callback::new(move |()| stage.set(Stage::Summary)))}
            }
            .into_any()
        }
        Stage::Summary => view! {
            <Summary done=run.get_untracked().done() pain_before pain_after on_saved=Callback::new(move |count| {
                forget();
                stage.set(Stage::Saved(count));
            }) />
        }
        .into_any(),
        Stage::Saved(count) => {
            let base = use_base_path();
            view! {
                <p class="notice saved" role="status">{(t.saved)(count)}</p>
                <p><A href=base.href("/dagboek") attr:class="button">{t.to_diary}</A></p>
            }
            .into_any()
        }
    }
    };
    view! {
        <Page title=t.page_title class="session">
            // The running screen needs the room for the figure and the count.
            <p class="lead" hidden=move || stage.get() == Stage::Running>{t.intro}</p>
            {content}
        </Page>
    }
}

/// Without a schedule: the patient ticks the exercises to do.
#[component]
fn Choose(steps: RwSignal<Vec<Step>>, on_start: Callback<()>) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = session_texts(lang);
    // The exercises the latest self-check suggested, ticked to start with.
    let suggested: Vec<ExerciseId> = storage::load::<SavedResults>()
        .value
        .latest()
        .and_then(SavedResult::score)
        .map(|score| suggestions(&score).exercises)
        .unwrap_or_default();
    let from_self_check = !suggested.is_empty();
    let chosen = RwSignal::new(suggested);
    let items = ExerciseId::ALL.map(|id| {
        let ticked = move || chosen.with(|c| c.contains(&id));
        let toggle = move |_| {
            chosen.update(|c| match c.iter().position(|&x| x == id) {
                Some(at) => {
                    c.remove(at);
                }
                None => c.push(id),
            })
        };
        view! {
            <li>
                <label class="session-choice">
                    <input type="checkbox" prop:checked=ticked on:change=toggle />
                    " " {exercise(id, lang).name}
                </label>
            </li>
        }
    });
    let start = move |_| {
        let picked: Vec<Step> = chosen
            .get_untracked()
            .into_iter()
            .map(|id| Step {
                exercise: id,
                dose: exercise(id, lang).usual_dose,
            })
            .collect();
        if !picked.is_empty() {
            steps.set(picked);
            on_start.run(());
        }
    };
    view! {
        <h2>{t.choose_heading}</h2>
        <p>{t.choose_hint}</p>
        {from_self_check.then(|| view! { <p>{t.from_self_check}</p> })}
        <ul class="session-choices">{items.into_iter().collect_view()}</ul>
        <button type="button" class="button" disabled=move || chosen.with(Vec::is_empty) on:click=start>
            {t.start}
        </button>
    }
}

/// How often the session screen moves on, in milliseconds.
const TICK_MS: u64 = 100;

/// The session screen: figure and count, pause, skip, stop.
#[component]
fn SessionScreen(run: RwSignal<Run>, on_step: Callback<()>, on_end: Callback<()>) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = session_texts(lang);
    let library = library_texts(lang);
    let still = prefers_reduced_motion();
    // "Tel hardop" and the sound stay as the patient left them last time.
    let settings = storage::load::<Settings>().value;
    let aloud = RwSignal::new(settings.count_aloud);
    let sound = RwSignal::new(!settings.silent);
    let voices = RwSignal::new(None::<speech::Voices>);
    let live = RwSignal::new(String::new());
    leptos::task::spawn_local(async move {
        let found = speech::voices_for(lang).await;
        voices.try_set(Some(found));
    });

    // Counts are spoken only with the switch on and a voice of the language.
    let can_speak = Memo::new(move |_| voices.get() == Some(speech::Voices::Ready));
    let speaking = Memo::new(move |_| aloud.get() && can_speak.get());

    let name = move |id: ExerciseId| exercise(id, lang).name;
    // Every event is told before the screen may close: ending the session
    // removes this screen and its signals, so that comes last.
    let tell = move |events: Vec<Event>| {
        let mut ended = false;
        for event in events {
            let Some(Announcement {
                cue,
                spoken,
                live: line,
            }) = run.try_with_untracked(|run| announce(event, run, t, name))
            else {
                return;
            };
            if let (Some(cue), Some(true)) = (cue, sound.try_get_untracked()) {
                cues::play(cue);
            }
            if let (Some(words), Some(true)) = (spoken, speaking.try_get_untracked()) {
                speech::say(&words, lang);
            }
            if let Some(line) = line {
                live.try_set(line);
            }
            match event {
                Event::Ended => ended = true,
                Event::Began(_) => on_step.run(()),
                Event::HoldEnded(_) => {}
            }
        }
        if ended {
            wake_lock::let_screen_sleep();
            on_end.run(());
        }
    };
    let start_running = move || {
        let events = run.try_update(Run::resume).unwrap_or_default();
        leptos::task::spawn_local(async move {
            let _ = wake_lock::keep_screen_on().await;
        });
        tell(events);
    };
    let pause = move || {
        run.update(Run::pause);
        wake_lock::let_screen_sleep();
        speech::silence();
        on_step.run(());
    };
    let toggle = move || {
        cues::unlock();
        if run.with_untracked(Run::is_paused) {
            start_running();
        } else {
            pause();
        }
    };
    // The screen opens on a tap (begin, or go on where the patient was),
    // and that tap starts the session.
    if run.with_untracked(|run| run.is_paused() && !run.is_over()) {
        start_running();
    }

    // The clock: seconds of real time move the session on.
    // Whole milliseconds since 1970: the last tick's moment.
    let last = StoredValue::new(js_sys::Date::now() as u64);
    let ticker = set_interval_with_handle(
        move || {
            // After the screen closed, a tick already queued finds nothing.
            let Some(before) = last.try_get_value() else {
                return;
            };
            let now = js_sys::Date::now() as u64;
            let seconds = (now.saturating_sub(before) as f64 / 1000.0).min(1.0);
            last.set_value(now);
            if run.with_untracked(|run| !run.is_paused() && !run.is_over()) {
                let events = run
                    .try_update(|run| run.advance(seconds))
                    .unwrap_or_default();
                tell(events);
            }
        },
        std::time::Duration::from_millis(TICK_MS),
    )
    .ok();
    // A hidden page (a call, another app) pauses the session.
    let hidden = Closure::<dyn Fn()>::new(move || {
        if document().hidden() && run.with_untracked(|run| !run.is_paused()) {
            pause();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", hidden.as_ref().unchecked_ref());
    let hidden = StoredValue::new_local(hidden);
    on_cleanup(move || {
        if let Some(ticker) = ticker {
            ticker.clear();
        }
        hidden.try_with_value(|hidden| {
            let _ = document().remove_event_listener_with_callback(
                "visibilitychange",
                hidden.as_ref().unchecked_ref(),
            );
        });
        wake_lock::let_screen_sleep();
        speech::silence();
        // The phone's audio is free again (the patient's music).
        cues::close();
    });

    // The figure and the count in view when the screen opens, however far
    // down the page the tap that opened it was (landscape has little room).
    let stage_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(stage) = stage_ref.get() {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            stage.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });

    let now = Memo::new(move |_| run.with(Run::now));
    let step = Memo::new(move |_| now.get().map(|now| now.segment.step));
    let figure = NodeRef::<leptos::svg::Svg>::new();
    // The figure shows the session's own moment, so it never disagrees
    // with the count.
    Effect::new(move |_| {
        let time = now.get().map_or(0.0, |now| now.figure_time);
        if let Some(svg) = figure.get() {
            let svg: SvgsvgElement = svg.unchecked_into();
            svg.pause_animations();
            svg.set_current_time(time);
        }
    });
    let picture = move || {
        step.get().map(|index| {
            let id = run.with_untracked(|run| run.steps()[index].exercise);
            let e = exercise(id, lang);
            if still {
                view! { <Demonstration id still=true /> }.into_any()
            } else {
                let label = (library.moving_label)(e.start_picture, e.end_picture);
                view! { <MovingFigure drawing=drawing(id) label cue=None node_ref=figure /> }
                    .into_any()
            }
        })
    };
    let heading = move || {
        step.get().map(|index| {
            let (id, count) =
                run.with_untracked(|run| (run.steps()[index].exercise, run.steps().len()));
            view! {
                <p class="session-which">{(t.exercise_of)(index + 1, count)}</p>
                <h2 class="session-name">{exercise(id, lang).name}</h2>
            }
        })
    };
    let count = move || now.get().map(|now| count_view(now, t));
    let paused = move || run.with(Run::is_paused);
    let resting = move || {
        now.get()
            .is_some_and(|now| matches!(now.segment.doing, Doing::Rest { .. } | Doing::Switch))
    };
    let voice_note = move || match voices.get() {
        Some(speech::Voices::NoVoice) => Some(t.no_voice),
        Some(speech::Voices::NoSpeech) => Some(t.no_speech),
        _ => None,
    };

    view! {
        <section class="session-screen" class:session-paused=paused>
            {heading}
            <div class="session-stage" node_ref=stage_ref on:click=move |_| toggle()>
                <div class="session-figure">{picture}</div>
                <div class="session-count">{count}</div>
                <p class="session-paused-label" hidden=move || !paused()>{t.paused}</p>
            </div>
            <p class="visually-hidden" aria-live="polite">{move || live.get()}</p>
            <p class="hint">{t.tap_to_pause}</p>
            <div class="session-controls">
                <button type="button" class="button session-pause" on:click=move |_| toggle()>
                    {move || if paused() { t.resume } else { t.pause }}
                </button>
                {move || resting().then(|| action(t.end_rest, Look::Secondary, Callback::new(move |()| {
                    let events = run.try_update(Run::end_rest).unwrap_or_default();
                    tell(events);
                })))}
                {action(t.skip_exercise, Look::Secondary, Callback::new(move |()| {
                    let events = run.try_update(Run::skip_exercise).unwrap_or_default();
                    tell(events);
                }))}
                {action(t.stop_session, Look::Secondary, Callback::new(move |()| {
                    run.update(Run::stop);
                    speech::silence();
                    wake_lock::let_screen_sleep();
                    on_end.run(());
                }))}
            </div>
            <div class="session-settings">
                <label>
                    <input type="checkbox" class="session-aloud" prop:checked=move || speaking.get() disabled=move || !can_speak.get()
                        on:change=move |_| flip_and_keep(aloud, |kept, on| kept.count_aloud = on) />
                    " " {t.count_aloud}
                </label>
                {move || voice_note().map(|note| view! { <p class="hint">{note}</p> })}
                <label>
                    <input type="checkbox" class="session-sound" prop:checked=move || sound.get()
                        on:change=move |_| flip_and_keep(sound, |kept, on| kept.silent = !on) />
                    " " {t.sound}
                </label>
                {(!wake_lock::supported()).then(|| view! { <p class="hint">{t.screen_may_sleep}</p> })}
            </div>
            <details class="session-stop">
                <summary>{t.when_to_stop}</summary>
                <StopRules texts=library />
            </details>
            <SafetyLine />
        </section>
    }
}

/// The big count and the line under it.
fn count_view(now: super::run::Now, t: &'static SessionTexts) -> impl IntoView {
    let side = |side: Option<Side>| match side {
        Some(Side::First) => Some(t.first_side),
        Some(Side::Other) => Some(t.other_side),
        None => None,
    };
    let (big, small): (String, Vec<String>) = match now.segment.doing {
        Doing::Repetition {
            set,
            sets,
            rep,
            reps,
            side: on,
        } => {
            let mut small = vec![(t.set_of)(set, sets)];
            small.extend(side(on).map(str::to_owned));
            if let Some(left) = now.holding {
                small.insert(0, format!("{} {left}", t.holding));
            }
            ((t.count_of)(rep.into(), reps.into()), small)
        }
        Doing::Hold {
            set,
            sets,
            side: on,
            ..
        } => {
            let mut small = vec![(t.set_of)(set, sets)];
            small.extend(side(on).map(str::to_owned));
            match now.holding {
                Some(left) => (
                    left.to_string(),
                    [vec![t.holding.to_owned()], small].concat(),
                ),
                None => {
                    let going_in = now.segment.held().is_some_and(|(from, _)| now.into < from);
                    let doing = if going_in {
                        t.get_into_position
                    } else {
                        t.come_back
                    };
                    (doing.to_owned(), small)
                }
            }
        }
        Doing::Steady { .. } => ((t.time_left)(now.left / 60, now.left % 60), Vec::new()),
        Doing::Rest { next_set, sets } => (
            t.rest.to_owned(),
            vec![(t.seconds_left)(now.left), (t.next_set)(next_set, sets)],
        ),
        Doing::Switch => (t.switch_sides.to_owned(), vec![(t.seconds_left)(now.left)]),
    };
    view! {
        <p class="session-big">{big}</p>
        {small.into_iter().map(|line| view! { <p class="session-small">{line}</p> }).collect_view()}
    }
}

/// What was done, editable, and the pain; one tap puts it in the diary.
#[component]
fn Summary(
    done: Vec<Done>,
    pain_before: RwSignal<Option<PainScore>>,
    pain_after: RwSignal<Option<PainScore>>,
    on_saved: Callback<usize>,
) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = session_texts(lang);
    let diary = diary_texts(lang);
    let store = use_diary();
    let error = RwSignal::new(None::<&'static str>);
    // Each exercise with what will be logged, changed by the patient.
    let rows: Vec<(Done, RwSignal<Option<crate::exercises::Dose>>)> = done
        .into_iter()
        .map(|done| (done, RwSignal::new(done.dose)))
        .collect();
    let anything = {
        let rows = rows.clone();
        Memo::new(move |_| rows.iter().any(|(_, dose)| dose.get().is_some()))
    };
    let items = rows
        .iter()
        .map(|&(done, dose)| {
            let id = done.step.exercise;
            let editing = RwSignal::new(false);
            let status = move || match dose.get() {
                Some(dose) => dose_in_words(id, dose, lang),
                None if done.skipped => t.skipped.to_owned(),
                None => t.not_done.to_owned(),
            };
            view! {
                <li class="session-done">
                    <span class="session-done-name">{exercise(id, lang).name}</span>
                    ": " <span class="session-done-dose">{status}</span>
                    {move || (done.dose.is_some() && !editing.get()).then(|| view! {
                        " " <button type="button" class="link-button" on:click=move |_| editing.set(true)>{t.change}</button>
                    })}
                    {move || editing.get().then(|| view! {
                        <DoseFields initial=dose.get_untracked().unwrap_or(done.step.dose)
                            on_change=Callback::new(move |changed: Option<crate::exercises::Dose>| {
                                if changed.is_some() {
                                    dose.set(changed);
                                }
                            }) />
                    })}
                </li>
            }
        })
        .collect_view();
    let rows = StoredValue::new(rows);
    let save = Callback::new(move |()| {
        let (Some(before), Some(after)) = (pain_before.get_untracked(), pain_after.get_untracked())
        else {
            error.set(Some(t.need_pain));
            return;
        };
        let now = js_sys::Date::now() as u64;
        let planned: Vec<_> = rows.with_value(|rows| {
            rows.iter()
                .filter_map(|(done, dose)| {
                    dose.get_untracked().map(|dose| (done.step.exercise, dose))
                })
                .collect()
        });
        let entries: Vec<DiaryEntry> = planned
            .into_iter()
            .enumerate()
            // One millisecond apart, so they keep the session's order.
            .map(|(n, (exercise, dose))| {
                DiaryEntry::logged(
                    Day::today(),
                    exercise,
                    dose,
                    (before, after),
                    now + n as u64,
                )
            })
            .collect();
        let count = entries.len();
        match store.change(move |diary| {
            for entry in entries {
                diary.put(entry);
            }
        }) {
            Ok(()) => on_saved.run(count),
            Err(failure) => error.set(Some(diary.write_error(failure))),
        }
    });
    // Both pains are asked for while one is missing and something was done.
    let asking = Memo::new(move |_| {
        (pain_before.get().is_none() || pain_after.get().is_none()) && anything.get()
    });
    view! {
        <h2>{t.done_heading}</h2>
        <p>{t.done_intro}</p>
        <ul class="session-done-list">{items}</ul>
        {move || asking.get().then(|| view! {
            <p>{t.need_pain}</p>
            {ask_pain(t.pain_before, pain_before)}
            {ask_pain(t.pain_after, pain_after)}
        })}
        {move || error.get().map(|message| view! { <p class="notice error" role="alert">{message}</p> })}
        {move || if anything.get() {
            action(t.save, Look::Main, save)
        } else {
            view! { <p>{t.nothing_done}</p> }.into_any()
        }}
    }
}

/// How a button looks: the page's main step, or one beside it.
#[derive(Clone, Copy)]
enum Look {
    Main,
    Secondary,
}

/// A button that does one thing. The session's buttons all go through
/// here, so the app carries the code of one button instead of one each.
fn action(label: &'static str, look: Look, on_click: Callback<()>) -> AnyView {
    let class = match look {
        Look::Main => "button",
        Look::Secondary => "button secondary",
    };
    view! { <button type="button" class=class on:click=move |_| on_click.run(())>{label}</button> }
        .into_any()
}

/// Flips a session switch and keeps its new state in the settings with
/// `keep`, for the next session. Best effort: unkept, it lasts for this one.
fn flip_and_keep(switch: RwSignal<bool>, keep: fn(&mut Settings, bool)) {
    let on = !switch.get_untracked();
    switch.set(on);
    let _ = storage::modify(|kept: &mut Settings| keep(kept, on));
}

/// The pain question for a score not given yet; gone once it is.
fn ask_pain(question: &'static str, chosen: RwSignal<Option<PainScore>>) -> impl IntoView {
    move || {
        chosen.with(Option::is_none).then(|| {
            view! { <PainScale question chosen on_pick=Callback::new(move |s| chosen.set(Some(s))) /> }
        })
    }
}
