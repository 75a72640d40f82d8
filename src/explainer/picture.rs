//! The interactive picture: a side view of pelvis and lower back that
//! follows two sliders (hip flexor tightness, glute strength), with a
//! one-line caption and a text alternative that follow them too. The
//! geometry comes from [`Figure`]; this view only draws it and moves it
//! smoothly, or at once for readers who asked their phone for less motion.

use leptos::prelude::*;

use super::figure::{
    Figure, Placement, Point, FEMUR_OUTLINE, FORAMEN, HEIGHT, HIP, PELVIS_OUTLINE, SACRUM_OUTLINE,
    SOCKET_RADIUS, VERTEBRA_BODY, VERTEBRA_PROCESS, WIDTH,
};
use super::posture::{ease_in_out, Levels, Sliders, LEVEL_MAX};
use super::texts::picture_texts;
use crate::decimal::{one_decimal, Fixed};
use crate::i18n::use_i18n;

/// How long the picture takes to follow a slider, in milliseconds.
const ANIMATION_MS: f64 = 250.0;

/// The picture with its caption and its two sliders.
#[component]
pub fn PosturePicture() -> impl IntoView {
    let i18n = use_i18n();
    let t = picture_texts(i18n.lang());
    let sliders = RwSignal::new(Sliders::START);
    let shown = RwSignal::new(Sliders::START.levels());
    follow(sliders, shown);
    let figure = Memo::new(move |_| Figure::new(shown.get()));

    let flexors = Signal::derive(move || sliders.get().flexor_tightness);
    let glutes = Signal::derive(move || sliders.get().glute_strength);

    view! {
        <section class="posture" aria-labelledby="posture-heading">
            <h3 id="posture-heading">{t.heading}</h3>
            <p>{t.instruction}</p>
            <figure class="posture-figure">
                <svg
                    class="posture-drawing"
                    viewBox=format!("0 0 {} {}", Fixed::<0>(WIDTH), Fixed::<0>(HEIGHT))
                    role="img"
                    aria-label=move || t.describe(sliders.get())
                >
                    <Drawing figure />
                    <Labels />
                </svg>
                <figcaption class="posture-caption" aria-live="polite">
                    {move || t.caption(sliders.get())}
                </figcaption>
            </figure>
            <div class="posture-sliders">
                <LevelSlider
                    id="posture-flexors"
                    label=t.flexor_label
                    low=t.flexor_low
                    high=t.flexor_high
                    value=flexors
                    on_change=move |level| sliders.update(|s| s.flexor_tightness = level)
                />
                <LevelSlider
                    id="posture-glutes"
                    label=t.glute_label
                    low=t.glute_low
                    high=t.glute_high
                    value=glutes
                    on_change=move |level| sliders.update(|s| s.glute_strength = level)
                />
            </div>
            <p class="posture-note">{t.simplified}</p>
        </section>
    }
}

/// The bones and muscles, in drawing order: back to front.
#[component]
fn Drawing(figure: Memo<Figure>) -> impl IntoView {
    let pelvis = move || figure.with(|f| f.pelvis.transform());
    let ghost = move |side: f64| {
        figure.with(|f| {
            Placement {
                at: f.pelvis.at,
                angle: f.pelvis.angle + side * f.sway,
            }
            .transform()
        })
    };
    // Weak glutes leave the pelvis less steady: faint outlines show how far
    // it may sway.
    let sways = move || figure.with(|f| f.unsteady);
    let vertebrae = (0..5)
        .map(|i| {
            view! {
                <g class="vertebra" transform=move || figure.with(|f| f.vertebrae[i].transform())>
                    <path class="bone" d=VERTEBRA_PROCESS />
                    <path class="bone vertebra-body" d=VERTEBRA_BODY />
                </g>
            }
        })
        .collect_view();
    let (foramen, foramen_rx, foramen_ry) = FORAMEN;
    view! {
        <Show when=sways>
            <g class="pelvis-sway" transform=move || ghost(-1.0)>
                <path d=PELVIS_OUTLINE />
            </g>
            <g class="pelvis-sway" transform=move || ghost(1.0)>
                <path d=PELVIS_OUTLINE />
            </g>
        </Show>
        <g class="pelvis" transform=pelvis>
            <path class="bone" d=PELVIS_OUTLINE />
            <ellipse class="bone-hole" cx=one_decimal(foramen.x) cy=one_decimal(foramen.y) rx=one_decimal(foramen_rx) ry=one_decimal(foramen_ry) />
            <circle class="socket" cx="0" cy="0" r=one_decimal(SOCKET_RADIUS) />
            <path class="bone sacrum" d=SACRUM_OUTLINE />
        </g>
        <g transform=placed(HIP)>
            <path class="bone femur" d=FEMUR_OUTLINE />
        </g>
        {vertebrae}
        <path class="muscle glute" d=move || figure.with(|f| f.glute.clone()) />
        <path
            class="muscle flexor"
            d=move || figure.with(|f| f.flexor.clone())
            stroke-width=move || figure.with(|f| one_decimal(f.flexor_width))
        />
    }
}

/// Names of the parts, placed where each part is whatever the sliders say.
/// The muscles' names take the muscles' colours.
#[component]
fn Labels() -> impl IntoView {
    let i18n = use_i18n();
    let t = picture_texts(i18n.lang());
    let label = move |(x, y): (f64, f64),
                      anchor: &'static str,
                      class: &'static str,
                      text: &'static str| {
        view! {
            <text class=format!("posture-label {class}") x=one_decimal(x) y=one_decimal(y) text-anchor=anchor>
                {text}
            </text>
        }
    };
    view! {
        <g aria-hidden="true">
            {label((8.0, 18.0), "start", "", t.label_back)}
            {label((312.0, 18.0), "end", "", t.label_front)}
            {label((312.0, 62.0), "end", "", t.label_spine)}
            {label((312.0, 122.0), "end", "is-flexor", t.label_flexor)}
            {label((60.0, 168.0), "start", "", t.label_pelvis)}
            {label((24.0, 236.0), "start", "is-glute", t.label_glute)}
            {label((228.0, 294.0), "start", "", t.label_femur)}
        </g>
    }
}

/// A labelled range input from 0 to [`LEVEL_MAX`], with the words for both
/// ends on either side of it, so it reads "Bilspieren: zwak ——— sterk" in
/// one line under its label, and its value read out with them, "3 van 10,
/// van zwak naar sterk".
#[component]
fn LevelSlider(
    id: &'static str,
    label: &'static str,
    low: &'static str,
    high: &'static str,
    value: Signal<u8>,
    on_change: impl Fn(u8) + 'static,
) -> impl IntoView {
    let t = picture_texts(use_i18n().lang());
    let on_input = move |ev: leptos::ev::Event| {
        // A range input only ever reports whole numbers within its bounds;
        // anything else is ignored rather than moving the picture.
        if let Ok(level) = event_target_value(&ev).parse::<u8>() {
            on_change(level.min(LEVEL_MAX));
        }
    };
    view! {
        <div class="level-slider">
            <label for=id>{label}</label>
            <span class="level-slider-end" aria-hidden="true">{low}</span>
            <input
                type="range"
                id=id
                min="0"
                max=LEVEL_MAX
                step="1"
                prop:value=move || value.get().to_string()
                aria-valuetext=move || (t.level)(value.get(), LEVEL_MAX, low, high)
                on:input=on_input
            />
            <span class="level-slider-end" aria-hidden="true">{high}</span>
        </div>
    }
}

fn placed(at: Point) -> String {
    Placement { at, angle: 0.0 }.transform()
}

/// Keeps `shown` following `target`: smoothly over [`ANIMATION_MS`], or at
/// once when the reader's phone asks for reduced motion.
fn follow(target: RwSignal<Sliders>, shown: RwSignal<Levels>) {
    // Each slider change starts a new run; an older run still in flight
    // sees that it is stale and stops, so two runs never fight.
    let run = StoredValue::new(0_u32);
    Effect::new(move |_| {
        let to = target.get().levels();
        let from = shown.get_untracked();
        run.update_value(|r| *r = r.wrapping_add(1));
        if from == to {
            return;
        }
        if prefers_reduced_motion() {
            shown.set(to);
        } else {
            animate(from, to, js_sys::Date::now(), run.get_value(), run, shown);
        }
    });
}

fn animate(
    from: Levels,
    to: Levels,
    started: f64,
    this_run: u32,
    run: StoredValue<u32>,
    shown: RwSignal<Levels>,
) {
    request_animation_frame(move || {
        if run.try_get_value() != Some(this_run) {
            return;
        }
        let progress = (js_sys::Date::now() - started) / ANIMATION_MS;
        // `try_set` gives the value back when the picture is gone.
        let gone = shown
            .try_set(from.toward(to, ease_in_out(progress)))
            .is_some();
        if !gone && progress < 1.0 {
            animate(from, to, started, this_run, run, shown);
        }
    });
}

/// Whether the reader asked the phone for less motion.
fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}
