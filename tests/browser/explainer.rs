//! The explainer in a real browser: the picture's sliders move the pelvis
//! and the lower back and change the text alternative and caption; deep
//! links open a section; previous and next follow the reading order.

use heup_rug::app::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlInputElement};

use super::support::{mount, one, settle, until, visit};

wasm_bindgen_test_configure!(run_in_browser);

fn text(root: &HtmlElement, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn attribute(root: &HtmlElement, selector: &str, name: &str) -> String {
    one(root, selector).get_attribute(name).unwrap_or_default()
}

/// The turn in an SVG transform such as `translate(1 2) rotate(-3.50)`.
fn rotation(transform: &str) -> f64 {
    transform
        .split("rotate(")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .and_then(|angle| angle.trim().parse().ok())
        .unwrap_or_else(|| panic!("no rotation in {transform:?}"))
}

/// Moves a range input as a reader would: a new value, then `input`.
fn slide(root: &HtmlElement, selector: &str, value: &str) {
    let input: HtmlInputElement = one(root, selector).unchecked_into();
    input.set_value(value);
    let event = Event::new("input").expect("an input event");
    input.dispatch_event(&event).expect("dispatch");
}

#[wasm_bindgen_test]
async fn the_sliders_move_the_pelvis_and_the_lower_back_and_describe_it() {
    visit("/uitleg/heup-en-onderrug");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;

    let pelvis = || attribute(root, "g.pelvis", "transform");
    let top_vertebra = || {
        let all = super::support::all(root, "g.vertebra");
        assert_eq!(all.len(), 5, "five lumbar vertebrae");
        all[4].get_attribute("transform").unwrap_or_default()
    };
    let alt = || attribute(root, "svg.posture-drawing", "aria-label");
    let caption = || text(root, ".posture-caption");

    assert_eq!(attribute(root, "svg.posture-drawing", "role"), "img");
    assert_eq!(rotation(&pelvis()), 0.0, "starts upright");
    assert!(alt().contains("staat recht"), "{}", alt());
    let start = (pelvis(), top_vertebra(), alt(), caption());

    // Tight hip flexors: the pelvis tips forward (clockwise, facing right).
    slide(root, "#posture-flexors", "10");
    until("the pelvis tilts forward", || rotation(&pelvis()) == 10.0).await;
    assert_ne!(top_vertebra(), start.1, "the lower back moves along");
    assert!(alt().contains("10 van 10 strak"), "{}", alt());
    assert!(alt().contains("naar voren"), "{}", alt());
    assert!(
        caption().starts_with("Strakke heupbuigers"),
        "{}",
        caption()
    );
    assert_eq!(
        attribute(root, "#posture-flexors", "aria-valuetext"),
        "10 van 10, van soepel naar strak"
    );

    // Weak glutes as well: the pelvis turns back a little from there and
    // stands less steadily.
    let tight = rotation(&pelvis());
    slide(root, "#posture-glutes", "0");
    until("weak glutes turn the pelvis back a little", || {
        rotation(&pelvis()) < tight - 4.0
    })
    .await;
    assert!(alt().contains("0 van 10 sterk"), "{}", alt());
    assert!(alt().contains("minder stevig"), "{}", alt());

    // Both back to the start: the picture is where it began.
    slide(root, "#posture-flexors", "5");
    slide(root, "#posture-glutes", "5");
    until("back to the start", || pelvis() == start.0).await;
    assert_eq!((alt(), caption()), (start.2, start.3));
}

#[wasm_bindgen_test]
async fn supple_flexors_and_strong_glutes_keep_the_normal_posture() {
    visit("/uitleg/heup-en-onderrug");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let pelvis = || attribute(root, "g.pelvis", "transform");
    let caption = || text(root, ".posture-caption");
    let start = (pelvis(), caption());
    assert!(start.1.starts_with("Normale stand"), "{}", start.1);

    slide(root, "#posture-flexors", "0");
    slide(root, "#posture-glutes", "10");
    // Once the page has stopped changing (any animation has run its
    // course), nothing has moved.
    settle().await;
    assert_eq!((pelvis(), caption()), start);
    assert!(super::support::all(root, ".pelvis-sway").is_empty());
}

#[wasm_bindgen_test]
async fn weak_glutes_turn_the_pelvis_back_a_little_and_show_it_less_steady() {
    visit("/uitleg/heup-en-onderrug");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let pelvis = || rotation(&attribute(root, "g.pelvis", "transform"));
    assert!(super::support::all(root, ".pelvis-sway").is_empty());

    slide(root, "#posture-glutes", "0");
    // The sway outlines are separate groups: `g.pelvis` is the pelvis itself.
    until("weak glutes turn the pelvis back 5°", || pelvis() == -5.0).await;
    until("faint outlines show the sway", || {
        super::support::all(root, ".pelvis-sway").len() == 2
    })
    .await;
    let alt = attribute(root, "svg.posture-drawing", "aria-label");
    assert!(alt.contains("kantelt iets naar achteren"), "{alt}");
    assert!(alt.contains("minder stevig"), "{alt}");
    let caption = text(root, ".posture-caption");
    assert!(caption.starts_with("Zwakke bilspieren"), "{caption}");
    assert!(caption.contains("vlakker"), "{caption}");
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_its_section_and_paging_follows_the_reading_order() {
    visit("/uitleg/klachten");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    assert_eq!(text(root, "h1"), "Klachten die op je heup wijzen");
    assert_eq!(
        document().title(),
        "Klachten die op je heup wijzen · Heup & Rug"
    );
    assert_eq!(
        attribute(root, "main a[href=\"/zelftest\"]", "class"),
        "explainer-link"
    );

    one(root, "a.pager-next").click();
    settle().await;
    assert_eq!(
        text(root, "h1"),
        "Zo onderzoekt Rugcentrum Hilversum je heup"
    );
    assert!(text(root, ".section-meta").starts_with("Deel 5 van 10"));

    one(root, "a.pager-previous").click();
    settle().await;
    one(root, "a.pager-previous").click();
    settle().await;
    assert_eq!(text(root, "h1"), "Welke heupproblemen rugklachten geven");
}

#[wasm_bindgen_test]
async fn an_unknown_section_shows_not_found() {
    visit("/uitleg/bestaat-niet");
    let mounted = mount(App);
    settle().await;
    assert_eq!(text(&mounted.root, "h1"), "Pagina niet gevonden");
}
