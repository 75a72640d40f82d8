//! `/kliniek`: where a physiotherapist builds a schedule link. Pick
//! exercises (each at its usual dose, which can be changed), days per week,
//! an optional start date and note; the link, a copy button and the QR code
//! follow the form as it is filled in, so what is shown is never stale. A
//! note with a web address or a phone number gets no link, and the reason
//! (`form::FormProblem`).
//! Everything happens on the device, so it works offline too. Not in the
//! patient's navigation. `/kliniek#<schedule payload>` opens with that
//! schedule filled in: the report page links here so the next schedule is
//! one edit away.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::link_field::{LinkField, LinkFieldTexts, QrCode};
use super::summary::ScheduleSummary;
use super::web;
use crate::clinic::form::{self, ClinicForm, FormProblem};
use crate::clinic::link::{self, link_url};
use crate::clinic::texts::clinic_texts;
use crate::diary::schedule::SCHEDULE_NOTE_MAX_CHARS;
use crate::diary::views::{DaysPerWeekField, DoseFields};
use crate::diary::Schedule;
use crate::exercises::{dose_in_words, exercise, Dose, ExerciseId};
use crate::i18n::use_i18n;
use crate::shell::{use_base_path, Page};

/// One exercise of the form: ticked or not, and its dose (`None` while the
/// dose fields hold numbers that do not fit).
#[derive(Clone, Copy)]
struct Pick {
    id: ExerciseId,
    ticked: RwSignal<bool>,
    dose: RwSignal<Option<Dose>>,
}

#[component]
pub fn ClinicPage() -> impl IntoView {
    let lang = use_i18n().lang();
    let t = clinic_texts(lang);
    // `/kliniek#<schedule payload>` (from a patient's report) fills the
    // form in with that schedule; anything else starts empty.
    let prefill = link::decode(&use_location().hash.get_untracked()).ok();
    let picks = ExerciseId::ALL.map(|id| {
        let planned = prefill.as_ref().and_then(|schedule| schedule.dose_of(id));
        Pick {
            id,
            ticked: RwSignal::new(planned.is_some()),
            dose: RwSignal::new(Some(planned.unwrap_or(exercise(id, lang).usual_dose))),
        }
    });
    let days = RwSignal::new(
        prefill
            .as_ref()
            .map_or(5, |schedule| schedule.days_per_week)
            .to_string(),
    );
    let start = RwSignal::new(
        prefill
            .as_ref()
            .and_then(|schedule| schedule.start)
            .map(|day| day.iso())
            .unwrap_or_default(),
    );
    let note = RwSignal::new(prefill.map(|schedule| schedule.note).unwrap_or_default());
    let built = Memo::new(move |_| {
        form::build(&ClinicForm {
            picks: picks
                .iter()
                .filter(|pick| pick.ticked.get())
                .map(|pick| (pick.id, pick.dose.get()))
                .collect(),
            days_per_week: days.get(),
            start: start.get(),
            note: note.get(),
        })
    });
    // A note the form refuses (too long, a web address, a phone number) is
    // marked on the field itself, pointing at the reason below it.
    let note_refused = move || {
        built.with(|built| {
            matches!(
                built,
                Err(FormProblem::NoteTooLong | FormProblem::NoteContact(_))
            )
        })
    };
    let origin = web::origin();
    let base = use_base_path();

    let rows = picks.map(|pick| view! { <PickRow pick /> });
    // Rebuilt on every change to the form, so the link is never stale.
    let result = move || match built.get() {
        Ok((schedule, payload)) => {
            view! { <LinkOutput url=link_url(&origin, base, &payload) schedule /> }.into_any()
        }
        Err(problem) => {
            let name = match problem {
                FormProblem::Dose(id) => exercise(id, lang).name,
                _ => "",
            };
            view! {
                <p id="clinic-problem" class="notice clinic-problem" role="status">
                    {t.form_problem(problem, name)}
                </p>
            }
            .into_any()
        }
    };

    view! {
        <Page title=t.clinic_title class="clinic-builder">
            <p class="lead">{t.clinic_intro}</p>
            <p class="hint">{t.clinic_offline}</p>
            <fieldset class="schedule-pick clinic-picks">
                <legend>{t.pick_legend}</legend>
                {rows.into_iter().collect_view()}
            </fieldset>
            <div class="clinic-fields">
                <DaysPerWeekField label=t.days_label days />
                <label>
                    <span>{t.start_label}</span>
                    <input type="date" bind:value=start />
                </label>
                <label>
                    <span>{t.note_label}</span>
                    <textarea
                        rows="3"
                        maxlength=SCHEDULE_NOTE_MAX_CHARS.to_string()
                        aria-invalid=move || note_refused().then_some("true")
                        aria-describedby=move || note_refused().then_some("clinic-problem")
                        bind:value=note
                    ></textarea>
                </label>
                <p class="hint">{t.note_hint}</p>
                <p class="hint">
                    {move || (t.note_count)(note.with(|n| n.chars().count()), SCHEDULE_NOTE_MAX_CHARS)}
                </p>
            </div>
            {result}
        </Page>
    }
}

/// An exercise to tick, with its dose fields once ticked.
#[component]
fn PickRow(pick: Pick) -> impl IntoView {
    let lang = use_i18n().lang();
    let info = exercise(pick.id, lang);
    let on_dose = Callback::new(move |dose| pick.dose.set(dose));
    view! {
        <div class="clinic-pick" role="group" aria-label=info.name>
            <label class="check-row">
                <input
                    type="checkbox"
                    prop:checked=pick.ticked
                    on:change=move |_| pick.ticked.update(|ticked| *ticked = !*ticked)
                />
                <span>
                    {info.name}
                    <span class="hint">{dose_in_words(pick.id, info.usual_dose, lang)}</span>
                </span>
            </label>
            <Show when=move || pick.ticked.get()>
                <DoseFields
                    initial=pick.dose.get_untracked().unwrap_or(info.usual_dose)
                    on_change=on_dose
                />
            </Show>
        </div>
    }
}

/// The link to copy, and the sheet to print: the QR code and the schedule.
#[component]
fn LinkOutput(url: String, schedule: Schedule) -> impl IntoView {
    let t = clinic_texts(use_i18n().lang());
    let texts = LinkFieldTexts {
        label: t.link_label,
        copy: t.copy,
        copied: t.copied,
        copy_failed: t.copy_failed,
    };
    view! {
        <section class="clinic-link" aria-labelledby="clinic-link-heading">
            <h2 id="clinic-link-heading">{t.link_heading}</h2>
            <LinkField url=url.clone() texts>
                <button type="button" class="button secondary" on:click=|_| web::print_page()>{t.print}</button>
            </LinkField>
        </section>
        <section class="clinic-sheet" aria-labelledby="clinic-sheet-heading">
            <h2 id="clinic-sheet-heading">{t.sheet_title}</h2>
            <QrCode text=url label=t.qr_label />
            <p>{t.sheet_scan}</p>
            <ScheduleSummary schedule linked=false />
        </section>
    }
}
