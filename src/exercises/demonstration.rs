//! The exercise page's demonstration: one large figure moving through the
//! exercise, with a button that pauses it (WCAG 2.2.2) and paused by
//! itself while it is scrolled out of sight. For a patient whose phone asks
//! for reduced motion it is the start and end positions side by side,
//! still.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, SvgsvgElement};

use super::figure::drawing;
use super::motion::Tempo;
use super::picture::{MovingFigure, PoseSvg};
use super::texts::{library_texts, LibraryTexts};
use super::{exercise, Dose, Exercise, ExerciseId};
use crate::i18n::use_i18n;

/// How exercise `id` is shown: moving, or with `still` (the phone asks for
/// reduced motion) its start and end side by side.
#[component]
pub fn Demonstration(id: ExerciseId, still: bool) -> impl IntoView {
    let lang = use_i18n().lang();
    let (exercise, texts) = (exercise(id, lang), library_texts(lang));
    if still {
        view! { <StillPictures exercise texts /> }.into_any()
    } else {
        view! { <MovingPicture exercise texts /> }.into_any()
    }
}

/// Whether the patient asked the phone for less motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// The text written in while the end position is held, if the exercise
/// holds it.
fn hold_cue(exercise: &Exercise, texts: &LibraryTexts) -> Option<String> {
    match (drawing(exercise.id).tempo, exercise.usual_dose) {
        (Tempo::Stretch, Dose::Hold { seconds, .. }) => Some((texts.hold_seconds)(seconds)),
        (Tempo::Repetitions { hold_counts }, _) if hold_counts > 0 => {
            Some((texts.hold_counts)(hold_counts))
        }
        _ => None,
    }
}

#[component]
fn MovingPicture(exercise: &'static Exercise, texts: &'static LibraryTexts) -> impl IntoView {
    let figure = NodeRef::<leptos::svg::Svg>::new();
    let paused = RwSignal::new(false);
    let on_screen = RwSignal::new(true);
    watch_on_screen(figure, on_screen);
    Effect::new(move |_| {
        let running = !paused.get() && on_screen.get();
        if let Some(svg) = figure.get() {
            let svg: SvgsvgElement = svg.unchecked_into();
            if running {
                svg.unpause_animations();
            } else {
                svg.pause_animations();
            }
        }
    });
    let label = (texts.moving_label)(exercise.start_picture, exercise.end_picture);
    view! {
        <figure class="ex-demo">
            <MovingFigure drawing=drawing(exercise.id) label cue=hold_cue(exercise, texts) node_ref=figure />
            <button
                type="button"
                class="button secondary ex-play"
                class:ex-paused=move || paused.get()
                on:click=move |_| paused.update(|paused| *paused = !*paused)
            >
                {move || if paused.get() { texts.play } else { texts.pause }}
            </button>
        </figure>
    }
}

/// Keeps `on_screen` telling whether any of `target` is in sight.
fn watch_on_screen(target: NodeRef<leptos::svg::Svg>, on_screen: RwSignal<bool>) {
    Effect::new(move |_| {
        let Some(element) = target.get() else {
            return;
        };
        let seen = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.iter().last() {
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                on_screen.try_set(entry.is_intersecting());
            }
        });
        // Without the observer (a very old browser) the figure just keeps moving.
        let Ok(observer) = IntersectionObserver::new(seen.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&element);
        // Both live as long as the page: the observer stops watching and
        // the callback is freed when it goes.
        let kept = StoredValue::new_local((observer, seen));
        on_cleanup(move || {
            kept.try_with_value(|(observer, _)| observer.disconnect());
        });
    });
}

/// The start and end drawings side by side, each labelled and with its
/// text alternative.
#[component]
fn StillPictures(exercise: &'static Exercise, texts: &'static LibraryTexts) -> impl IntoView {
    let picture = drawing(exercise.id);
    let poses = [
        (&picture.start, None, texts.start, exercise.start_picture),
        (
            &picture.end,
            Some(picture.motion),
            texts.end,
            exercise.end_picture,
        ),
    ];
    let frame = picture.frame();
    let figures = poses.map(|(pose, motion, caption, alt)| {
        view! {
            <figure class="ex-pose">
                <PoseSvg pose props=picture.props frame motion label=alt />
                <figcaption>{caption}</figcaption>
            </figure>
        }
    });
    view! {
        <div class="ex-pictures" role="group" aria-label=(texts.pictures_label)(exercise.name)>
            {figures.into_iter().collect_view()}
        </div>
    }
}
