//! The guided session's screen in a real browser, its doors faked at the
//! JavaScript boundary (see `device.rs`) and its clock in the test's hands:
//! the counts are spoken in order, in the app's language and its voice,
//! and nothing is said before the patient's tap; the screen lock is taken
//! while the session runs and let go on pause and at the end; without a
//! voice of the language the switch says so and the session counts on,
//! silently.

use heup_rug::app::App;
use wasm_bindgen_test::*;

use super::device::{js, log, Fakes};
use super::support::{button, mount, one, settle, storage, text, until, visit, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

/// The page's clock stands still until [`advance`] moves it.
const STILL_CLOCK: &str = r#"
    F.clock = Date.now();
    F.ticks = 0;
    F.replace(Date, "now", () => { F.ticks += 1; return F.clock; });
"#;

/// Moves the page's clock on by `seconds`, a second at a time, each time
/// waiting for the session's next tick to take it in.
async fn advance(seconds: u32) {
    for _ in 0..seconds {
        let ticks = js("return F.ticks").as_f64().unwrap();
        js("F.clock += 1000");
        until("the session's next tick", || {
            js("return F.ticks").as_f64().unwrap() > ticks + 1.0
        })
        .await;
    }
    settle().await;
}

/// What the fake voice was asked to say: (text, lang, voice).
fn spoken() -> Vec<(String, String, String)> {
    let said = js(r#"return F.log.filter((e) => e[0] === "speak").map((e) => e.slice(1).join("|")).join("\n")"#)
        .as_string()
        .unwrap();
    said.lines()
        .map(|line| {
            let parts: Vec<&str> = line.split('|').collect();
            (parts[0].into(), parts[1].into(), parts[2].into())
        })
        .collect()
}

fn count(root: &web_sys::HtmlElement) -> String {
    text(&one(root, ".session-big"))
}

/// The bridge's session page, mounted and asking the pain before.
async fn bridge_session_asking_the_pain() -> Mounted {
    visit("/dagboek/doe-mee?oefening=bruggetje");
    let mounted = mount(App);
    let root = mounted.root.clone();
    until("the pain question", || {
        text(&root).contains("voor je begint?")
    })
    .await;
    mounted
}

#[wasm_bindgen_test]
async fn counts_are_spoken_after_the_tap_in_the_apps_voice_and_the_screen_stays_on_while_it_runs() {
    storage().clear().unwrap();
    let _fakes = Fakes::new(&format!(
        r#"F.speech([["Stem EN", "en-GB", true], ["Stem NL", "nl-NL", true]]);
           F.wakeLock("yes"); F.vibrate(); F.audio(); {STILL_CLOCK}"#
    ));
    let mounted = bridge_session_asking_the_pain().await;
    let root = mounted.root.clone();
    settle().await;
    assert!(
        !log().contains("speak") && !log().contains("request"),
        "{}",
        log()
    );

    button(&root, "Sla over").click();
    until("the session screen", || text(&root).contains("1 van 10")).await;
    settle().await;
    assert!(log().contains(r#"["request","screen"]"#), "{}", log());
    let aloud = one(&root, ".session-aloud");
    until("the voice check", || {
        aloud.get_attribute("disabled").is_none()
    })
    .await;
    aloud.click();

    // The bridge: seven seconds a repetition.
    advance(7).await;
    assert_eq!(count(&root), "2 van 10");
    advance(7).await;
    assert_eq!(count(&root), "3 van 10");
    let said = spoken();
    assert_eq!(
        said,
        [
            ("2".into(), "nl-NL".into(), "Stem NL".into()),
            ("3".into(), "nl-NL".into(), "Stem NL".into())
        ],
        "{}",
        log()
    );

    // A pause lets the screen sleep and stops the voice; nothing moves.
    button(&root, "Pauze").click();
    until("the lock let go", || log().contains(r#"["release"]"#)).await;
    advance(10).await;
    assert_eq!(count(&root), "3 van 10");
    assert_eq!(spoken().len(), 2);
    button(&root, "Verder").click();
    until("the lock taken again", || {
        log().matches(r#"["request","screen"]"#).count() == 2
    })
    .await;

    // Stopping ends the session and lets the screen sleep.
    button(&root, "Stop met oefenen").click();
    until("the pain question after", || {
        text(&root).contains("na het oefenen?")
    })
    .await;
    assert_eq!(log().matches(r#"["release"]"#).count(), 2, "{}", log());
    drop(mounted);
}

#[wasm_bindgen_test]
async fn without_a_voice_of_the_language_the_switch_says_so_and_the_session_counts_silently() {
    storage().clear().unwrap();
    let _fakes = Fakes::new(&format!(
        r#"F.speech([["Stem EN", "en-GB", true]]); F.wakeLock("yes"); {STILL_CLOCK}"#
    ));
    let mounted = bridge_session_asking_the_pain().await;
    let root = mounted.root.clone();
    button(&root, "Pijn 4").click();
    until("the no-voice sentence", || {
        text(&root).contains("Je telefoon heeft geen Nederlandse stem.")
    })
    .await;
    let aloud = one(&root, ".session-aloud");
    assert!(aloud.get_attribute("disabled").is_some());
    advance(7).await;
    assert_eq!(count(&root), "2 van 10");
    assert!(!log().contains("speak"), "{}", log());
    drop(mounted);
}

#[wasm_bindgen_test]
async fn count_aloud_and_silence_stay_as_the_patient_left_them_for_the_next_session() {
    storage().clear().unwrap();
    let _fakes = Fakes::new(&format!(
        r#"F.speech([["Stem NL", "nl-NL", true]]); F.wakeLock("yes"); F.vibrate(); F.audio();
           {STILL_CLOCK}"#
    ));
    let session_screen = || async {
        let mounted = bridge_session_asking_the_pain().await;
        let root = mounted.root.clone();
        button(&root, "Sla over").click();
        until("the session screen", || text(&root).contains("1 van 10")).await;
        let aloud = one(&root, ".session-aloud");
        until("the voice check", || {
            aloud.get_attribute("disabled").is_none()
        })
        .await;
        mounted
    };
    let checkbox = |root: &web_sys::HtmlElement, selector: &str| -> web_sys::HtmlInputElement {
        use wasm_bindgen::JsCast;
        one(root, selector).dyn_into().unwrap()
    };

    // The first session: counting aloud on, sound off.
    let first = session_screen().await;
    assert!(!checkbox(&first.root, ".session-aloud").checked());
    assert!(checkbox(&first.root, ".session-sound").checked());
    one(&first.root, ".session-aloud").click();
    one(&first.root, ".session-sound").click();
    settle().await;
    drop(first);

    // The next session, after a reload: the same choices, and they act.
    storage().remove_item("heup-rug:sessie").unwrap();
    js("F.log = []");
    let next = session_screen().await;
    assert!(checkbox(&next.root, ".session-aloud").checked());
    assert!(!checkbox(&next.root, ".session-sound").checked());
    advance(7).await;
    assert_eq!(count(&next.root), "2 van 10");
    assert_eq!(spoken().len(), 1, "{}", log());
    assert!(!log().contains("vibrate"), "{}", log());
    assert!(
        js("return F.tones.length").as_f64() == Some(0.0),
        "{}",
        log()
    );
    drop(next);
}
