//! The test itself, at `/zelftest`: the start, one question per screen, the
//! red-flag stop, the inflammatory-pattern screen, and saving the finished
//! test. The draft is written to
//! storage after every answer, so a reload resumes at the same question.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::gp::{MentionScreen, SeeGpScreen};
use super::notice::{storage_messages, StorageNotice};
use super::question::QuestionScreen;
use super::result::ResultView;
use crate::calendar::Day;
use crate::i18n::{use_i18n, Lang};
use crate::routes::Part;
use crate::self_check::texts::{texts, SelfCheckTexts};
use crate::self_check::{
    progress, result_path, score, Answer, Answers, Draft, DraftRecord, Group, Outcome, RedFlag,
    SavedResults, Screen, Standing, Stop, HISTORY_PATH, QUESTIONS,
};
use crate::shell::first_frame::{element, escape, PageStart};
use crate::shell::{use_base_path, Page};
use crate::storage::{self, WriteError};

/// What the page shows; derived from the draft, so it follows a reload,
/// another tab, and going back.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Showing {
    Intro,
    /// A test started on an earlier day: go on, or start again?
    Resume {
        started: Day,
        index: usize,
    },
    Question {
        index: usize,
        chosen: Option<Answer>,
    },
    SeeGp(Stop),
    Mention(Vec<RedFlag>),
    Finished(Answers),
}

fn showing(draft: Option<&Draft>, today: Day, resumed: bool) -> Showing {
    let Some(draft) = draft else {
        return Showing::Intro;
    };
    let screen = draft.screen();
    if draft.started_before(today) && !resumed {
        let index = match screen {
            Screen::Question { index } => index,
            _ => QUESTIONS.len() - 1,
        };
        return Showing::Resume {
            started: draft.started(),
            index,
        };
    }
    match screen {
        Screen::Question { index } => Showing::Question {
            index,
            chosen: draft.current_answer(),
        },
        Screen::SeeGp(stop) => Showing::SeeGp(stop),
        Screen::Mention(flags) => Showing::Mention(flags),
        Screen::Finished => Showing::Finished(draft.answers().clone()),
    }
}

/// The self-check page.
#[component]
pub fn SelfCheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let today = Day::today();

    let loaded_draft = storage::load::<DraftRecord>();
    let loaded_results = storage::load::<SavedResults>();
    let draft = RwSignal::new(loaded_draft.value.draft);
    let earlier_results = RwSignal::new(loaded_results.value.len());
    let problems = RwSignal::new(
        loaded_draft
            .problem
            .into_iter()
            .chain(loaded_results.problem)
            .collect::<Vec<_>>(),
    );
    let write_error = RwSignal::new(None::<WriteError>);
    let save_error = RwSignal::new(None::<WriteError>);
    let resumed = RwSignal::new(false);

    // The same test open in another tab: follow its answers.
    storage::watch::<DraftRecord>(move |loaded| {
        draft.set(loaded.value.draft);
        if let Some(problem) = loaded.problem {
            problems.update(|problems| problems.push(problem));
        }
    });
    storage::watch::<SavedResults>(move |loaded| earlier_results.set(loaded.value.len()));

    // What is on screen counts: a failed write keeps it there, and says so.
    let store = move |next: Option<Draft>| {
        draft.set(next.clone());
        write_error.set(storage::replace(&DraftRecord { draft: next }).err());
    };
    let edit = move |change: &dyn Fn(&mut Draft) -> bool| {
        if let Some(mut next) = draft.get_untracked() {
            if change(&mut next) {
                store(Some(next));
            }
        }
    };
    let start = move || {
        resumed.set(true);
        store(Some(Draft::new(Day::today())));
    };

    let finish = move || {
        let Some(answers) = draft.with_untracked(|d| d.as_ref().map(|d| d.answers().clone()))
        else {
            return;
        };
        let mut saved_as = None;
        match storage::modify::<SavedResults>(|saved| saved_as = saved.add(Day::today(), answers)) {
            Ok(_) => {
                save_error.set(None);
                if let Some(id) = saved_as {
                    // The result is safe. Should clearing the draft fail, a
                    // reload the same day offers the same answers again,
                    // which `SavedResults::add` does not save twice.
                    let _ = storage::replace(&DraftRecord::default());
                    navigate(&result_path(id), Default::default());
                }
            }
            Err(error) => save_error.set(Some(error)),
        }
    };

    let showing = Memo::new(move |_| draft.with(|d| showing(d.as_ref(), today, resumed.get())));
    // The first screen keeps the page's own focus on its heading; every
    // later screen takes focus, so a screen reader reads the new question.
    let screens_shown = StoredValue::new(0_u32);

    let screen = move || {
        let t = texts(i18n.lang());
        let take_focus = screens_shown.get_value() > 0;
        screens_shown.update_value(|shown| *shown += 1);
        match showing.get() {
            Showing::Intro => {
                view! { <Intro t earlier_results on_start=Callback::new(move |()| start()) /> }
                    .into_any()
            }
            Showing::Resume { started, index } => view! {
                <Resume
                    t
                    started
                    index
                    take_focus
                    on_continue=Callback::new(move |()| resumed.set(true))
                    on_restart=Callback::new(move |()| start())
                />
            }
            .into_any(),
            Showing::Question { index, chosen } => view! {
                <QuestionScreen
                    t
                    index
                    chosen
                    take_focus
                    on_answer=Callback::new(move |answer| edit(&|d| d.answer(answer)))
                    on_back=Callback::new(move |()| edit(&Draft::back))
                />
            }
            .into_any(),
            Showing::SeeGp(stop) => view! {
                <SeeGpScreen
                    t
                    stop
                    take_focus
                    on_wrong_tap=Callback::new(move |()| edit(&|d| {
                        d.retract_red_flags();
                        true
                    }))
                />
            }
            .into_any(),
            Showing::Mention(flags) => view! {
                <MentionScreen
                    t
                    flags
                    take_focus
                    on_continue=Callback::new(move |()| edit(&Draft::continue_after_mention))
                    on_back=Callback::new(move |()| edit(&Draft::back))
                />
            }
            .into_any(),
            Showing::Finished(answers) => {
                let finish = finish.clone();
                let retry = finish.clone();
                Effect::new(move |_| finish());
                let unsaved = match score(&answers) {
                    Outcome::Scored(score) => Some(score),
                    Outcome::SeeGp(_) => None,
                };
                view! {
                    {move || match save_error.get() {
                        None => view! { <p class="saving" role="status">{t.saving}</p> }.into_any(),
                        Some(error) => {
                            let retry = retry.clone();
                            view! {
                                <div class="storage-notice" role="alert">
                                    <p>{t.write_error(error)}</p>
                                    <button type="button" class="button" on:click=move |_| retry()>
                                        {t.retry_saving}
                                    </button>
                                </div>
                                {unsaved.clone().map(|score| {
                                    let standing = Standing::AsSaved(score.verdict());
                                    view! { <ResultView t date=today score standing compare=Vec::new() take_focus /> }
                                })}
                            }
                            .into_any()
                        }
                    }}
                }
                .into_any()
            }
        }
    };

    view! {
        <Page title=texts(i18n.lang()).page_title class="self-check">
            <StorageNotice messages=Signal::derive(move || {
                storage_messages(texts(i18n.lang()), &problems.get(), write_error.get())
            }) />
            {screen}
        </Page>
    }
}

/// The start: what the test is, how long it takes, that it stays on the
/// phone and is no diagnosis.
#[component]
fn Intro(
    t: &'static SelfCheckTexts,
    earlier_results: RwSignal<usize>,
    on_start: Callback<()>,
) -> impl IntoView {
    let base = use_base_path();
    view! {
        <div class="self-check-intro">
            <p class="lead">{t.intro_lead}</p>
            <p>{intro_length(t)}</p>
            <p>{t.intro_safety}</p>
            <p>{t.intro_privacy}</p>
            <button type="button" class="button button-wide" on:click=move |_| on_start.run(())>
                {t.start}
            </button>
            {move || {
                let count = earlier_results.get();
                (count > 0).then(|| view! {
                    <p class="earlier-results">
                        <A href=base.href(HISTORY_PATH) attr:class="link-row">{(t.earlier_results)(count)}</A>
                    </p>
                })
            }}
            <p class="note">{t.not_a_diagnosis}</p>
        </div>
    }
}

/// How many questions, and how many of them are small tests at home.
fn intro_length(t: &SelfCheckTexts) -> String {
    let home_tests = QUESTIONS
        .iter()
        .filter(|question| question.id.group() == Group::SelfTests)
        .count();
    (t.intro_length)(QUESTIONS.len(), home_tests)
}

/// The page's start as a static first frame (`crate::shell::first_frame`):
/// the heading and `Intro` as a first visit shows it (no earlier results).
/// The start button answers once the app runs, a moment later.
pub fn first_frame(lang: Lang) -> PageStart {
    let t = texts(lang);
    let intro = [
        element("p", "lead", t.intro_lead),
        element("p", "", &intro_length(t)),
        element("p", "", t.intro_safety),
        element("p", "", t.intro_privacy),
        format!(
            r#"<button type="button" class="button button-wide">{}</button>"#,
            escape(t.start)
        ),
        element("p", "note", t.not_a_diagnosis),
    ];
    PageStart {
        path: Part::SelfCheck.path().to_owned(),
        heading: t.page_title,
        class: "self-check",
        body: format!(r#"<div class="self-check-intro">{}</div>"#, intro.concat()),
    }
}

/// A test started on an earlier day: go on where it was, or start again.
#[component]
fn Resume(
    t: &'static SelfCheckTexts,
    started: Day,
    index: usize,
    take_focus: bool,
    on_continue: Callback<()>,
    on_restart: Callback<()>,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when(take_focus, heading);
    let (question, total) = progress(index);
    view! {
        <section class="resume">
            <h2 node_ref=heading tabindex="-1">{t.resume_heading}</h2>
            <p>{(t.resume_body)(&(t.date)(started), question, total)}</p>
            <div class="answer-list">
                <button type="button" class="button button-wide" on:click=move |_| on_continue.run(())>
                    {t.resume_continue}
                </button>
                <button type="button" class="button button-secondary button-wide" on:click=move |_| on_restart.run(())>
                    {t.restart}
                </button>
            </div>
        </section>
    }
}

/// Moves focus to `heading` once it is on the page, when `take_focus`.
pub(super) fn focus_when(take_focus: bool, heading: NodeRef<leptos::html::H2>) {
    if take_focus {
        Effect::new(move |_| {
            if let Some(heading) = heading.get() {
                // Focus only fails on a detached node; then there is nothing to announce.
                let _ = heading.focus();
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn the_page_shows_what_the_draft_says() {
        let today = day("2026-11-25");
        assert_eq!(showing(None, today, false), Showing::Intro);

        let mut draft = Draft::new(today);
        draft.answer(Answer::No);
        draft.answer(Answer::No);
        draft.back();
        assert_eq!(
            showing(Some(&draft), today, false),
            Showing::Question {
                index: 1,
                chosen: Some(Answer::No)
            }
        );

        draft.answer(Answer::Yes);
        assert_eq!(
            showing(Some(&draft), today, false),
            Showing::SeeGp(Stop {
                urgency: crate::self_check::Urgency::Now,
                flags: vec![RedFlag::SaddleNumbness],
                risks: Vec::new(),
                mentions: Vec::new(),
            })
        );
    }

    #[test]
    fn a_test_from_an_earlier_day_asks_first_unless_the_patient_chose() {
        let mut draft = Draft::new(day("2026-11-20"));
        draft.answer(Answer::No);
        let today = day("2026-11-25");
        assert_eq!(
            showing(Some(&draft), today, false),
            Showing::Resume {
                started: day("2026-11-20"),
                index: 1
            }
        );
        assert_eq!(
            showing(Some(&draft), today, true),
            Showing::Question {
                index: 1,
                chosen: None
            }
        );
    }

    #[test]
    fn a_complete_test_is_finished() {
        let today = day("2026-11-25");
        let mut draft = Draft::new(today);
        for question in QUESTIONS {
            let answer = match question.id.options() {
                [Answer::Yes, no, ..] => *no,
                options => options[0],
            };
            assert!(draft.answer(answer));
        }
        assert_eq!(
            showing(Some(&draft), today, false),
            Showing::Finished(draft.answers().clone())
        );
    }
}
