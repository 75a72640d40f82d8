//! How each kind of content block is shown: paragraphs, lists, advice with
//! its exercises, link buttons, questions that open, the picture and the
//! clinic's invitation.

use leptos::prelude::*;
use leptos_router::components::A;

use super::content::{Advice, Block, Invitation, Link, Question};
use super::picture::PosturePicture;
use crate::shell::{use_base_path, ClinicContact};

/// The blocks of a section, in order.
pub fn blocks_view(blocks: &'static [Block], invitation: &'static Invitation) -> impl IntoView {
    blocks
        .iter()
        .map(|block| block_view(block, invitation))
        .collect_view()
}

fn block_view(block: &'static Block, invitation: &'static Invitation) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{*text}</p> }.into_any(),
        Block::Heading(text) => view! { <h2>{*text}</h2> }.into_any(),
        Block::List(items) => view! {
            <ul class="explainer-list">
                {items.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
        Block::Advice(advice) => view! {
            <ul class="advice">{advice.iter().map(advice_view).collect_view()}</ul>
        }
        .into_any(),
        Block::Links(links) => links_view(links, "explainer-links").into_any(),
        Block::Note(text) => view! { <p class="note">{*text}</p> }.into_any(),
        Block::Questions(questions) => view! {
            <div class="faq">{questions.iter().map(question_view).collect_view()}</div>
        }
        .into_any(),
        Block::Picture => view! { <PosturePicture /> }.into_any(),
        Block::Invitation => invitation_view(invitation).into_any(),
    }
}

fn advice_view(advice: &'static Advice) -> impl IntoView {
    view! {
        <li class="advice-item">
            <p>{advice.text}</p>
            {(!advice.links.is_empty()).then(|| links_view(advice.links, "exercise-links"))}
        </li>
    }
}

fn question_view(question: &'static Question) -> impl IntoView {
    view! {
        <details class="faq-item">
            <summary>{question.question}</summary>
            <div class="faq-answer">
                {question.answer.iter().map(|text| view! { <p>{*text}</p> }).collect_view()}
                {(!question.links.is_empty()).then(|| links_view(question.links, "explainer-links"))}
            </div>
        </details>
    }
}

fn invitation_view(invitation: &'static Invitation) -> impl IntoView {
    view! {
        <aside class="invitation" aria-labelledby="invitation-title">
            <h2 id="invitation-title">{invitation.title}</h2>
            {invitation.body.iter().map(|text| view! { <p>{*text}</p> }).collect_view()}
            <ClinicContact />
        </aside>
    }
}

/// Links as a list of big buttons; `class` sets their look.
fn links_view(links: &'static [Link], class: &'static str) -> impl IntoView {
    let base = use_base_path();
    view! {
        <ul class=class>
            {links
                .iter()
                .map(|link| {
                    view! {
                        <li>
                            <A href=base.href(&link.target.path()) attr:class="explainer-link">
                                {link.label}
                            </A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
