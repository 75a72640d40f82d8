//! One question on its own screen: where in the test the patient is, the
//! question (for a home test: its drawing and two lines of instructions
//! first), big answer buttons, and the way back.

use leptos::prelude::*;

use super::drawing::SelfTestDrawing;
use super::test_page::focus_when;
use crate::self_check::texts::SelfCheckTexts;
use crate::self_check::{progress, Answer, Group, QuestionId, QUESTIONS};

/// The question at `index` in the test, with `chosen` marked when the
/// patient comes back to it.
#[component]
pub fn QuestionScreen(
    t: &'static SelfCheckTexts,
    index: usize,
    chosen: Option<Answer>,
    take_focus: bool,
    on_answer: Callback<Answer>,
    on_back: Callback<()>,
) -> impl IntoView {
    let id = QUESTIONS[index].id;
    let text = (t.question)(id);
    let (number, total) = progress(index);
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when(take_focus, heading);

    let group = match id.group() {
        Group::Safety => t.group_safety,
        Group::Complaints => t.group_complaints,
        Group::SelfTests => t.group_self_tests,
    };
    // A home test is introduced by its name, drawing and instructions; the
    // question itself follows them. Any other question is its own heading.
    let (title, instructions) = match id {
        QuestionId::SelfTest(test) => {
            let test_text = (t.self_test)(test);
            let instructions = view! {
                <SelfTestDrawing test label=test_text.picture names=test_text.labels />
                <ol class="self-test-steps">
                    {test_text.steps.into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}
                </ol>
                <p class="self-test-care">{t.self_test_care}</p>
                <p class="question-prompt" id="zelftest-vraag">{text.prompt}</p>
            };
            (test_text.name, Some(instructions))
        }
        _ => (text.prompt, None),
    };
    let is_self_test = instructions.is_some();
    let heading_id = (!is_self_test).then_some("zelftest-vraag");

    let buttons = id
        .options()
        .iter()
        .map(|&answer| {
            let pressed = if chosen == Some(answer) {
                "true"
            } else {
                "false"
            };
            view! {
                <button
                    type="button"
                    class="answer-button"
                    aria-pressed=pressed
                    on:click=move |_| on_answer.run(answer)
                >
                    {(t.answer)(answer).button}
                </button>
            }
        })
        .collect_view();

    view! {
        <section class="question" class:self-test=is_self_test>
            <p class="question-group">{group}</p>
            <p class="question-progress">{(t.progress)(number, total)}</p>
            <progress class="question-bar" max=total.to_string() value=number.to_string() aria-hidden="true"></progress>
            <h2 node_ref=heading tabindex="-1" id=heading_id>{title}</h2>
            {instructions}
            {text.hint.map(|hint| view! { <p class="question-hint">{hint}</p> })}
            <div class="answer-list" role="group" aria-labelledby="zelftest-vraag">
                {buttons}
            </div>
            {(index > 0).then(|| view! {
                <button type="button" class="button button-secondary back-button" on:click=move |_| on_back.run(())>
                    {t.back}
                </button>
            })}
        </section>
    }
}
