//! The diary's home: today's list (what is planned and what is done), the
//! streak, and the start of the three-tap logging flow.

use leptos::prelude::*;
use leptos_router::components::A;

use super::notices::{BackupReminder, SafariNotice, StorageNotice, UndoBar};
use super::quick_log::QuickLog;
use super::{exercise_name, DiaryMenu};
use crate::calendar::Day;
use crate::diary::stats::{adherence, streaks};
use crate::diary::store::use_diary;
use crate::diary::texts::diary_texts;
use crate::diary::DiaryEntry;
use crate::exercises::{dose_in_words, exercise, Dose, ExerciseId};
use crate::i18n::{dates, use_i18n};
use crate::pwa::InstallOffer;
use crate::routes::session_path;
use crate::session::session_texts;
use crate::shell::{use_base_path, Page};

/// How many days back "recently done" looks when there is no schedule.
const RECENT_DAYS: i32 = 14;

/// `/dagboek`: today's list and logging.
#[component]
pub fn TodayPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_diary();
    let base = use_base_path();
    let t = diary_texts(i18n.lang());
    let today = Day::today();
    let logging = RwSignal::new(None::<ExerciseId>);
    let picking = RwSignal::new(false);

    let schedule = Memo::new(move |_| {
        store
            .schedule
            .with(|current| current.schedule.clone().filter(|s| s.applies_on(today)))
    });
    let done_today = Memo::new(move |_| store.diary.with(|diary| diary.on_day(today).to_vec()));
    let streak = Memo::new(move |_| store.diary.with(|diary| streaks(diary, today)));
    let week_days = Memo::new(move |_| {
        store.diary.with(|diary| {
            adherence(diary, schedule.get().as_ref(), today, 1)
                .first()
                .map_or(0, |week| week.exercised_days)
        })
    });
    // The rows to log from: the schedule, or what was done recently.
    let rows = Memo::new(move |_| match schedule.get() {
        Some(schedule) => schedule
            .exercises
            .iter()
            .map(|p| (p.exercise, Some(p.dose)))
            .collect::<Vec<_>>(),
        None => store
            .diary
            .with(|diary| diary.recent_exercises(today, RECENT_DAYS))
            .into_iter()
            .map(|id| (id, None))
            .collect(),
    });
    let close = Callback::new(move |()| {
        logging.set(None);
        picking.set(false);
    });
    let start = move |id: ExerciseId| logging.set(Some(id));

    let plan_intro = move || match schedule.get() {
        Some(schedule) => {
            let summary = if schedule.from_clinic {
                (t.schedule_from_clinic)(schedule.days_per_week)
            } else {
                (t.schedule_own)(schedule.days_per_week)
            };
            let note = (!schedule.note.is_empty()).then(|| {
                view! { <p class="physio-note"><strong>{t.schedule_note}</strong> " " {schedule.note.clone()}</p> }
            });
            view! {
                <p>
                    {summary} " " {(t.week_progress)(week_days.get(), schedule.days_per_week)} " "
                    <A href=base.href("/dagboek/schema")>{t.change_schedule}</A>
                </p>
                {note}
            }
            .into_any()
        }
        None => {
            // A schedule that has not started yet (a start day from the clinic).
            let starts = store
                .schedule
                .with(|current| current.schedule.as_ref().and_then(|s| s.start));
            match starts {
                Some(start) => view! {
                    <p>
                        {(t.schedule_starts)(&dates::weekday_and_date(start, i18n.lang()))} " "
                        <A href=base.href("/dagboek/schema")>{t.change_schedule}</A>
                    </p>
                }
                .into_any(),
                None => view! {
                    <p>
                        {t.no_schedule} " " <A href=base.href("/dagboek/schema")>{t.make_schedule}</A>
                    </p>
                }
                .into_any(),
            }
        }
    };

    let list = move || {
        let rows = rows.get();
        let heading = if schedule.get().is_some() {
            t.planned_heading
        } else {
            t.recent_heading
        };
        (!rows.is_empty()).then(|| {
            view! {
                <h3>{heading}</h3>
                <ul class="log-list">
                    {rows
                        .into_iter()
                        .map(|(id, planned)| view! { <LogRow id planned done_today on_log=Callback::new(start) /> })
                        .collect_view()}
                </ul>
            }
        })
    };

    let home = move || {
        view! {
            <h2>{(t.today_heading)(&dates::weekday_and_date(today, i18n.lang()))}</h2>
            <p class="streak">
                {move || match streak.get().current {
                    0 => t.streak_none.to_owned(),
                    days => (t.streak_days)(days),
                }}
            </p>
            {plan_intro}
            <p>
                <A href=base.href(&session_path(None)) attr:class="button wide session-start">
                    {session_texts(i18n.lang()).page_title}
                </A>
            </p>
            {list}
            <Show
                // With nothing planned or done before, the list of every
                // exercise shows at once: still three taps to log the first one.
                when=move || picking.get() || rows.with(Vec::is_empty)
                fallback=move || view! {
                    <button type="button" class="button secondary wide" on:click=move |_| picking.set(true)>
                        {t.other_exercise}
                    </button>
                }
            >
                <ExercisePicker on_pick=Callback::new(start) />
            </Show>
            <h3>{t.done_today_heading}</h3>
            <DoneToday entries=done_today />
        }
    };

    view! {
        <Page title=t.title class="diary">
            <DiaryMenu />
            <StorageNotice />
            <SafariNotice />
            <InstallOffer only_with_prompt=true />
            <BackupReminder />
            <UndoBar />
            {move || match logging.get() {
                Some(id) => view! { <QuickLog id on_close=close /> }.into_any(),
                None => home().into_any(),
            }}
        </Page>
    }
}

/// One exercise to log: its name, dose, whether it is done today, and the
/// big "Loggen" button (the first of the three taps).
#[component]
fn LogRow(
    id: ExerciseId,
    planned: Option<Dose>,
    done_today: Memo<Vec<DiaryEntry>>,
    on_log: Callback<ExerciseId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = diary_texts(i18n.lang());
    let name = move || exercise_name(id, i18n.lang());
    let done =
        move || done_today.with(|entries| entries.iter().rev().find(|e| e.exercise == id).cloned());
    let dose_text = move || {
        let lang = i18n.lang();
        dose_in_words(id, planned.unwrap_or(exercise(id, lang).usual_dose), lang)
    };
    view! {
        <li class="log-row" class:is-done=move || done().is_some()>
            <div class="log-row-text">
                <span class="log-row-name">{name}</span>
                <span class="log-row-dose">{dose_text}</span>
                {move || done().map(|entry| view! {
                    <span class="log-row-done">
                        {t.done} " · " {(t.pain_from_to)(entry.pain_before.value(), entry.pain_after.value())}
                    </span>
                })}
            </div>
            <button type="button" class="button" aria-label=move || (t.log_label)(name()) on:click=move |_| on_log.run(id)>
                {t.log}
            </button>
        </li>
    }
}

/// What was logged today, each with a way to change it.
#[component]
fn DoneToday(entries: Memo<Vec<DiaryEntry>>) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    let t = diary_texts(i18n.lang());
    move || {
        let entries = entries.get();
        if entries.is_empty() {
            return view! { <p class="hint">{t.nothing_today}</p> }.into_any();
        }
        view! {
            <ul class="entry-list">
                {entries
                    .into_iter()
                    .map(|entry| {
                        let name = exercise_name(entry.exercise, i18n.lang());
                        let href = base.href(&format!("/dagboek/bewerk/{}", entry.id.as_str()));
                        view! {
                            <li class="entry">
                                <span class="entry-name">{name}</span>
                                <span>
                                    {dose_in_words(entry.exercise, entry.dose, i18n.lang())} " · "
                                    {(t.pain_from_to)(entry.pain_before.value(), entry.pain_after.value())}
                                </span>
                                <A href=href attr:class="entry-edit" attr:aria-label=(t.edit_label)(name)>{t.edit}</A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    }
}

/// Every exercise of the library as a big button, to log any of them.
#[component]
pub fn ExercisePicker(on_pick: Callback<ExerciseId>) -> impl IntoView {
    let i18n = use_i18n();
    let t = diary_texts(i18n.lang());
    view! {
        <section class="exercise-picker" aria-labelledby="exercise-picker-heading">
            <h3 id="exercise-picker-heading">{t.pick_heading}</h3>
            <ul>
                {ExerciseId::ALL
                    .into_iter()
                    .map(|id| view! {
                        <li>
                            <button type="button" class="pick-button" on:click=move |_| on_pick.run(id)>
                                {move || exercise_name(id, i18n.lang())}
                            </button>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
