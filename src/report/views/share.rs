//! "Stuur je voortgang naar je fysiotherapeut", on the diary's progress
//! and data pages: choose the period (and whether notes go along), read in
//! plain words exactly what the link will hold, then make the link to
//! share, copy or show as a QR code. Nothing leaves the phone unless the
//! patient sends it.

use leptos::prelude::*;

use super::words::{ReportNotes, ReportWords};
use crate::calendar::Day;
use crate::clinic::views::web;
use crate::clinic::views::{LinkField, LinkFieldTexts, QrCode};
use crate::diary::store::use_diary;
use crate::i18n::use_i18n;
use crate::report::link::{encode, link_url};
use crate::report::model::{Period, Report, NOTES_MAX, NOTE_MAX_CHARS, PERIOD_WEEKS};
use crate::report::texts::report_texts;
use crate::shell::use_base_path;

#[component]
pub fn ShareProgress() -> impl IntoView {
    let t = report_texts(use_i18n().lang());
    let store = use_diary();
    let schedule = Memo::new(move |_| store.schedule.with(|s| s.schedule.clone()));
    view! {
        <section class="report-share" aria-labelledby="report-share-heading">
            <h2 id="report-share-heading">{t.share_heading}</h2>
            <p>{t.share_intro}</p>
            {move || match schedule.get() {
                None => view! { <p class="hint">{t.share_needs_schedule}</p> }.into_any(),
                Some(schedule) => view! { <ShareForm has_start=schedule.start.is_some() /> }.into_any(),
            }}
        </section>
    }
}

/// The choices, the preview and, once asked for, the link.
#[component]
fn ShareForm(has_start: bool) -> impl IntoView {
    let t = report_texts(use_i18n().lang());
    let store = use_diary();
    let today = Day::today();
    let period = RwSignal::new(Period::Weeks(PERIOD_WEEKS[0]));
    let with_notes = RwSignal::new(false);
    let made = RwSignal::new(false);
    let report =
        Memo::new(move |_| {
            let schedule = store.schedule.with(|s| s.schedule.clone())?;
            Some(store.diary.with(|diary| {
                Report::build(diary, &schedule, today, period.get(), with_notes.get())
            }))
        });
    let choices = has_start
        .then_some((Period::SinceStart, t.period_since_start.to_owned()))
        .into_iter()
        .chain(PERIOD_WEEKS.map(|weeks| (Period::Weeks(weeks), (t.period_weeks)(weeks))))
        .map(|(choice, label)| {
            view! {
                <label class="check-row">
                    <input type="radio" name="report-period" prop:checked=move || period.get() == choice
                        on:change=move |_| period.set(choice) />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    let preview = move || {
        report.get().map(|report| {
            let notes = if report.notes.is_empty() {
                view! { <p>{t.preview_no_notes}</p> }.into_any()
            } else {
                view! {
                    <p>{(t.preview_notes)(report.notes.len())}</p>
                    <ReportNotes report=report.clone() />
                }
                .into_any()
            };
            view! {
                <ReportWords report=report.clone() />
                <p>{(t.preview_schedule)(report.schedule.exercises.len(), report.schedule.days_per_week)}</p>
                {notes}
            }
        })
    };
    let origin = web::origin();
    let base = use_base_path();
    let link = move || {
        made.get().then(|| {
            report
                .with(|report| report.as_ref().and_then(encode))
                .map(|payload| view! { <ReportLink url=link_url(&origin, base, &payload) /> })
        })
    };
    view! {
        <fieldset class="report-period-pick">
            <legend>{t.period_legend}</legend>
            {choices}
        </fieldset>
        <label class="check-row">
            <input type="checkbox" prop:checked=with_notes
                on:change=move |_| with_notes.update(|notes| *notes = !*notes) />
            <span>{(t.notes_label)(NOTES_MAX, NOTE_MAX_CHARS)}</span>
        </label>
        <div class="report-preview">
            <h3>{t.preview_heading}</h3>
            {preview}
            <p>{t.preview_never}</p>
        </div>
        <p class="notice warning">{t.share_privacy}</p>
        <div class="actions" hidden=move || made.get()>
            <button type="button" class="button" on:click=move |_| made.set(true)>{t.make_link}</button>
        </div>
        {link}
    }
}

/// The made link: share (where the phone has a share sheet), copy, QR code.
#[component]
fn ReportLink(url: String) -> impl IntoView {
    let t = report_texts(use_i18n().lang());
    let shared = RwSignal::new(false);
    let share = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            leptos::task::spawn_local(async move {
                shared.set(web::share_link(t.share_title, &url).await);
            });
        }
    };
    let texts = LinkFieldTexts {
        label: t.link_label,
        copy: t.copy,
        copied: t.copied,
        copy_failed: t.copy_failed,
    };
    view! {
        <div class="report-link">
            <LinkField url=url.clone() texts>
                {web::can_share().then(|| view! {
                    <button type="button" class="button secondary" on:click=share>{t.share}</button>
                })}
            </LinkField>
            <p class="notice" role="status" hidden=move || !shared.get()>{t.shared}</p>
            <QrCode text=url label=t.qr_label />
            <p class="hint">{t.qr_hint}</p>
        </div>
    }
}
