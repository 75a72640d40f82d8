//! The exercise library in a real browser: the list shows every exercise
//! as a link, an exercise page shows its drawings, numbered steps and its
//! three actions in order, and an unknown exercise gets "not found".

use heup_rug::app::App;
use heup_rug::exercises::{dose_in_words, exercise, Demonstration, ExerciseId, LibraryPage};
use heup_rug::i18n::{provide_i18n, Lang};
use heup_rug::routes::BasePath;
use heup_rug::shell::{provide_base_path, provide_page_focus};
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, SvgsvgElement};

use super::support::{all, button, find_button, mount, one, settle, text, until, visit};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_list_links_to_every_exercise_with_its_name_and_dose() {
    visit("/oefeningen");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;

    let cards = all(root, "main a.ex-card");
    assert_eq!(cards.len(), ExerciseId::ALL.len());
    for id in ExerciseId::ALL {
        let e = exercise(id, Lang::Nl);
        let card = cards
            .iter()
            .find(|card| card.get_attribute("href").as_deref() == Some(id.path().as_str()))
            .unwrap_or_else(|| panic!("no link to {}", id.path()));
        assert_eq!(text(&one(card, ".ex-card-name")), e.name);
        assert_eq!(text(&one(card, ".ex-card-goal")), e.goal);
        assert_eq!(
            text(&one(card, ".ex-card-dose")),
            dose_in_words(id, e.usual_dose, Lang::Nl)
        );
    }
    let groups: Vec<_> = all(root, ".ex-group h2").iter().map(text).collect();
    assert_eq!(
        groups,
        [
            "Soepel bewegen",
            "Sterker worden",
            "Meer bewegen op een dag"
        ]
    );

    one(root, r#"a[href="/oefeningen/schelp"]"#).click();
    until("the clamshell's page", || {
        all(root, "h1").iter().map(text).eq(["Schelpoefening"])
    })
    .await;
}

#[wasm_bindgen_test]
async fn an_exercise_page_shows_the_moving_drawing_numbered_steps_and_its_three_actions() {
    visit("/oefeningen/bruggetje");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let bridge = exercise(ExerciseId::Bridge, Lang::Nl);

    assert_eq!(text(&one(root, "h1")), "Bruggetje");
    assert_eq!(document().title(), "Bruggetje · Heup & Rug");

    let figure = one(root, r#".ex-demo svg.ex-moving[role="img"]"#);
    let label = figure.get_attribute("aria-label").unwrap_or_default();
    assert!(
        label.contains(bridge.start_picture) && label.contains(bridge.end_picture),
        "{label}"
    );
    assert!(label.starts_with("Bewegende tekening"), "{label}");
    assert!(
        all(&figure, "animate").len() >= 5,
        "the body moves: hips, thighs and shins at least"
    );
    // Out and back: an arrow for each way.
    assert_eq!(all(&figure, "path.ex-motion").len(), 2);
    assert_eq!(text(&one(&figure, "text.ex-cue")), "Houd 2 tellen vast");
    assert!(
        all(root, ".ex-pictures").is_empty(),
        "no still pair beside it"
    );

    let steps: Vec<_> = all(root, "ol.ex-steps > li").iter().map(text).collect();
    assert_eq!(steps, bridge.steps);
    assert!(text(&one(root, ".ex-stop")).contains("duidelijk erger is dan je gewend bent"));

    // Three actions, in this order, each saying what it does.
    let actions: Vec<_> = all(root, ".ex-actions a.button, .ex-actions button")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        actions,
        [
            "Doe mee",
            "Ik heb deze oefening gedaan",
            "Zet in mijn schema"
        ]
    );
    let session = one(root, "a.ex-session");
    assert_eq!(
        session.get_attribute("href").as_deref(),
        Some("/dagboek/doe-mee?oefening=bruggetje")
    );
    let log = one(root, "a.ex-log");
    assert_eq!(
        log.get_attribute("href").as_deref(),
        Some("/dagboek/nieuw?oefening=bruggetje")
    );
}

/// The moving drawing's own clock, in seconds.
fn clock(figure: &SvgsvgElement) -> f32 {
    figure.get_current_time()
}

/// A small moving drawing of the test's own, added under `root`, whose
/// clock shows that the page's time passes.
fn witness(root: &HtmlElement) -> SvgsvgElement {
    let holder = document().create_element("div").expect("a div");
    holder.set_inner_html(
        r#"<svg class="witness" viewBox="0 0 2 2"><rect width="1" height="1"><animate attributeName="x" from="0" to="1" dur="1s" repeatCount="indefinite"/></rect></svg>"#,
    );
    root.append_child(&holder).expect("appended");
    one(root, "svg.witness").unchecked_into()
}

#[wasm_bindgen_test]
async fn the_drawing_stops_out_of_sight_and_with_the_pause_button_and_plays_again() {
    visit("/oefeningen/schelp");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let figure: SvgsvgElement = one(root, "svg.ex-moving").unchecked_into();
    // Room below the page, to scroll the drawing out of sight.
    let below = document().create_element("div").expect("a div");
    below
        .set_attribute("style", "height: 4000px")
        .expect("a height");
    root.append_child(&below).expect("appended");
    figure.scroll_into_view();
    let before = clock(&figure);
    until("the drawing to move", || {
        !figure.animations_paused() && clock(&figure) > before + 0.2
    })
    .await;

    below.scroll_into_view();
    until("the drawing to stop out of sight", || {
        figure.animations_paused()
    })
    .await;
    figure.scroll_into_view();
    until("the drawing to move again back in sight", || {
        !figure.animations_paused()
    })
    .await;

    button(root, "Pauzeer").click();
    settle().await;
    assert!(figure.animations_paused());
    assert!(find_button(root, "Pauzeer").is_none());
    // Nothing moves while paused: the page's time goes on, as a drawing
    // that plays beside it shows, and the paused one's clock stands still.
    let stopped = clock(&figure);
    let witness = witness(root);
    let started = clock(&witness);
    until("the page's time to go on by half a second", || {
        clock(&witness) > started + 0.5
    })
    .await;
    assert!(figure.animations_paused());
    assert_eq!(clock(&figure), stopped, "nothing moves while paused");

    button(root, "Speel af").click();
    settle().await;
    assert!(!figure.animations_paused());
    until("the drawing to move again", || {
        clock(&figure) > stopped + 0.2
    })
    .await;
    assert!(find_button(root, "Pauzeer").is_some());
}

#[wasm_bindgen_test]
async fn with_reduced_motion_start_and_end_stand_still_side_by_side() {
    let mounted = mount(|| {
        provide_i18n();
        view! { <Demonstration id=ExerciseId::Bridge still=true /> }
    });
    settle().await;
    let root = &mounted.root;
    let bridge = exercise(ExerciseId::Bridge, Lang::Nl);
    assert!(all(root, "animate").is_empty(), "nothing moves");
    assert!(all(root, "svg.ex-moving").is_empty());
    assert!(all(root, "button").is_empty(), "nothing to pause");

    let pictures = all(root, ".ex-pictures figure");
    let captions: Vec<_> = pictures
        .iter()
        .map(|figure| text(&one(figure, "figcaption")))
        .collect();
    assert_eq!(captions, ["Begin", "Eind"]);
    let (alts, drawings): (Vec<_>, Vec<_>) = pictures
        .iter()
        .map(|figure| {
            let svg = one(figure, r#"svg[role="img"]"#);
            (
                svg.get_attribute("aria-label").unwrap_or_default(),
                svg.inner_html(),
            )
        })
        .unzip();
    assert_eq!(alts, [bridge.start_picture, bridge.end_picture]);
    assert_ne!(
        drawings[0], drawings[1],
        "the end picture shows the body in another pose"
    );
    let arrows: Vec<_> = pictures
        .iter()
        .map(|figure| all(figure, "path.ex-motion").len())
        .collect();
    assert_eq!(arrows, [0, 1], "only the end picture shows the movement");
}

#[wasm_bindgen_test]
async fn walking_has_no_chair_and_the_sitting_break_has_one() {
    for (path, chairs) in [("/oefeningen/wandelen", 0), ("/oefeningen/zitpauze", 1)] {
        visit(path);
        let mounted = mount(App);
        settle().await;
        assert_eq!(
            all(&mounted.root, ".ex-demo path.ex-prop").len(),
            chairs,
            "{path}"
        );
    }
}

#[wasm_bindgen_test]
async fn an_unknown_exercise_shows_not_found() {
    visit("/oefeningen/handstand");
    let mounted = mount(App);
    settle().await;
    assert_eq!(text(&one(&mounted.root, "h1")), "Pagina niet gevonden");
    assert!(all(&mounted.root, ".ex-demo, .ex-pictures").is_empty());
}

#[wasm_bindgen_test]
async fn links_carry_the_sub_path_the_app_is_deployed_under() {
    visit("/heup-rug/oefeningen");
    let mounted = mount(|| {
        provide_i18n();
        provide_page_focus();
        let base = provide_base_path(BasePath::from_base_href(Some("/heup-rug/")));
        view! { <Router base=base.as_str()><LibraryPage /></Router> }
    });
    settle().await;
    let mut hrefs: Vec<_> = all(&mounted.root, "a.ex-card")
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    let mut expected: Vec<_> = ExerciseId::ALL
        .iter()
        .map(|id| format!("/heup-rug/oefeningen/{}", id.slug()))
        .collect();
    hrefs.sort();
    expected.sort();
    assert_eq!(hrefs, expected);
}
