//! The reminder section of the diary's schedule page: pick weekdays (as
//! many as the schedule's days per week) or, without a schedule, just a
//! time for a daily reminder, and download it as a calendar file the
//! phone's calendar opens.

use leptos::prelude::*;

use super::web;
use crate::calendar::Day;
use crate::clinic::reminder::{Reminder, ReminderWords, Weekdays, DEFAULT_TIME, FILE_NAME};
use crate::clinic::texts::clinic_texts;
use crate::diary::files::{download, Delivery};
use crate::diary::store::use_diary;
use crate::i18n::{dates, use_i18n};
use crate::routes::Part;
use crate::shell::use_base_path;

/// "Herinnering in je agenda", below the schedule. Follows the schedule:
/// when it changes, the weekday choice starts afresh.
#[component]
pub fn ReminderSection() -> impl IntoView {
    let t = clinic_texts(use_i18n().lang());
    let store = use_diary();
    view! {
        <section class="reminder" aria-labelledby="reminder-heading">
            <h2 id="reminder-heading">{t.reminder_heading}</h2>
            {move || {
                let plan = store.schedule.with(|current| {
                    current
                        .schedule
                        .as_ref()
                        .map(|schedule| (schedule.days_per_week, schedule.start))
                });
                view! { <ReminderForm plan /> }
            }}
        </section>
    }
}

/// The form for one plan: `Some((days per week, start))` with a schedule,
/// `None` for a daily reminder.
#[component]
fn ReminderForm(plan: Option<(u8, Option<Day>)>) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = clinic_texts(lang);
    let base = use_base_path();
    let days_per_week = plan.map(|(days, _)| days);
    let weekdays = RwSignal::new(Weekdays::spread(days_per_week.unwrap_or(1)));
    let time = RwSignal::new(DEFAULT_TIME.to_owned());
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<&'static str>);

    let add = move |_| {
        done.set(None);
        let planned = Reminder::plan(
            days_per_week,
            weekdays.get_untracked(),
            &time.get_untracked(),
            Day::today(),
            plan.and_then(|(_, start)| start),
        );
        let reminder = match planned {
            Ok(reminder) => reminder,
            Err(error) => {
                problem.set(Some(t.reminder_problem(error)));
                return;
            }
        };
        problem.set(None);
        let origin = web::origin();
        let diary_url = format!("{origin}{}", base.href(Part::Diary.path()));
        let description = (t.reminder_description)(&diary_url);
        let words = ReminderWords {
            summary: t.reminder_summary,
            description: &description,
        };
        let file = reminder.calendar_file(&origin, &diary_url, &words, web::now_millis());
        done.set(Some(match download(FILE_NAME, "text/calendar", &file) {
            Delivery::Downloaded | Delivery::Shared => t.reminder_done,
            Delivery::Cancelled | Delivery::Failed => t.reminder_failed,
        }));
    };

    let weekday_pick = days_per_week.map(|days| {
        view! {
            <fieldset class="schedule-pick weekday-pick">
                <legend>{(t.reminder_days_legend)(days)}</legend>
                {(0..7)
                    .map(|day| view! {
                        <label class="check-row">
                            <input
                                type="checkbox"
                                prop:checked=move || weekdays.get().is_on(day)
                                on:change=move |_| weekdays.update(|picked| *picked = picked.toggled(day))
                            />
                            <span>{dates::weekday_name(day, lang)}</span>
                        </label>
                    })
                    .collect_view()}
            </fieldset>
        }
    });
    view! {
        <p>{if plan.is_some() { t.reminder_intro_schedule } else { t.reminder_intro_daily }}</p>
        {weekday_pick}
        <label class="reminder-time">
            <span>{t.reminder_time}</span>
            <input type="time" bind:value=time />
        </label>
        <p class="form-error" role="alert" hidden=move || problem.get().is_none()>{move || problem.get()}</p>
        <div class="actions">
            <button type="button" class="button" on:click=add>{t.reminder_add}</button>
        </div>
        <p class="notice" role="status" hidden=move || done.get().is_none()>{move || done.get()}</p>
        <p class="hint">{t.reminder_privacy}</p>
    }
}
