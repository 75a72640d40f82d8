//! `/schema#<payload>`: the page a schedule link opens. It shows the
//! schedule in plain words and puts it in the diary with one tap; when the
//! patient already has a schedule it first lists what changes, and ends
//! with the safety line (the "call now" signs). A link that
//! gives no schedule gets a message that fits the reason, and nothing is
//! read or written.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::summary::ScheduleSummary;
use crate::clinic::changes::ScheduleChanges;
use crate::clinic::link::{self, LinkError};
use crate::clinic::texts::clinic_texts;
use crate::diary::texts::diary_texts;
use crate::diary::{CurrentSchedule, Schedule};
use crate::i18n::use_i18n;
use crate::routes::Part;
use crate::safety::SafetyLine;
use crate::shell::{use_app_navigate, use_base_path, Page};
use crate::storage;

/// The page for a schedule link: the proposal, or why the link does not work.
#[component]
pub fn AcceptPage() -> impl IntoView {
    let hash = use_location().hash;
    // Runs again only when the fragment changes (another link in this tab).
    move || match link::decode(&hash.get()) {
        Ok(schedule) => view! { <Proposal schedule /> }.into_any(),
        Err(error) => view! { <BrokenLink error /> }.into_any(),
    }
}

/// A schedule from a link, with the one tap that puts it in the diary.
#[component]
fn Proposal(schedule: Schedule) -> impl IntoView {
    let lang = use_i18n().lang();
    let t = clinic_texts(lang);
    let diary_t = diary_texts(lang);
    let base = use_base_path();
    let navigate = use_app_navigate();
    let current = storage::load::<CurrentSchedule>();
    let problem = current
        .problem
        .as_ref()
        .map(|problem| diary_t.problem(problem));
    let current = current.value.schedule;
    let already = current.as_ref() == Some(&schedule);
    let changes = current
        .as_ref()
        .filter(|_| !already)
        .map(|current| ScheduleChanges::between(current, &schedule));
    let replaces = changes.is_some();
    let failed = RwSignal::new(None::<&'static str>);

    let accept = {
        let schedule = schedule.clone();
        move |_| {
            let accepted = schedule.clone();
            match storage::modify::<CurrentSchedule>(|current| current.schedule = Some(accepted)) {
                Ok(_) => navigate(Part::Diary.path()),
                Err(error) => failed.set(Some(diary_t.write_error(error))),
            }
        }
    };
    let changes_view = changes.map(|changes| {
        let lines = changes.describe(lang);
        let list = if lines.is_empty() {
            view! { <p>{t.change_nothing}</p> }.into_any()
        } else {
            view! {
                <ul class="schedule-changes">
                    {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        };
        view! {
            <section class="notice important" aria-labelledby="schedule-changes-heading">
                <h2 id="schedule-changes-heading">{t.changes_heading}</h2>
                <p>{t.changes_intro}</p>
                {list}
            </section>
        }
    });
    let action = if already {
        view! {
            <p class="notice" role="status">{t.already_accepted}</p>
            <div class="actions">
                <A href=base.href(Part::Diary.path()) attr:class="button">{t.to_diary}</A>
            </div>
        }
        .into_any()
    } else {
        let label = if replaces { t.replace } else { t.accept };
        view! {
            <div class="actions">
                <button type="button" class="button wide" on:click=accept>{label}</button>
            </div>
        }
        .into_any()
    };

    view! {
        <Page title=t.accept_title class="schedule-link">
            {problem.map(|problem| view! { <p class="notice warning" role="alert">{problem}</p> })}
            <p class="lead">{t.accept_intro}</p>
            <ScheduleSummary schedule linked=true />
            {changes_view}
            <p class="notice warning" role="alert" hidden=move || failed.get().is_none()>
                {move || failed.get()}
            </p>
            {action}
            <p class="hint">{t.accept_privacy}</p>
            <p class="hint">{t.accept_take_care}</p>
            <SafetyLine />
        </Page>
    }
}

/// Why the link gives no schedule, and that nothing changed.
#[component]
fn BrokenLink(error: LinkError) -> impl IntoView {
    let t = clinic_texts(use_i18n().lang());
    let base = use_base_path();
    let needs_newer_app = error.needs_newer_app();
    if needs_newer_app {
        // The link stays in the address: once the new version is in, the
        // reload that switches to it opens this same link again.
        crate::pwa::bridge::look_for_update();
    }
    view! {
        <Page title=t.error_title class="schedule-link">
            <div class="notice warning" role="alert">
                <p>{t.link_error(&error)}</p>
                {needs_newer_app.then(|| view! { <p>{t.error_get_newer_app}</p> })}
                <p><strong>{t.error_nothing_changed}</strong></p>
            </div>
            <div class="actions">
                <A href=base.href(Part::Diary.path()) attr:class="button">{t.to_diary}</A>
                <A href=base.href("/") attr:class="button secondary">{t.to_home}</A>
            </div>
        </Page>
    }
}
