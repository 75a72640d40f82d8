//! Helpers for mounting components in the test page.

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A fresh element appended to `<body>`, to mount one test's view into.
pub fn test_root() -> HtmlElement {
    let root = document().create_element("div").expect("create a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("append the div");
    root.unchecked_into()
}

/// A view mounted for one test. Dropping it cleans up everything the view
/// set up, including window listeners (the router's click handler), so the
/// next test in the same page starts clean.
pub struct Mounted {
    pub root: HtmlElement,
    owner: Owner,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.owner.cleanup();
        self.root.remove();
    }
}

/// Mounts `view` into a fresh element; it stays mounted until the returned
/// guard is dropped.
pub fn mount<F, N>(view: F) -> Mounted
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let root = test_root();
    let owner = Owner::new();
    // The mount's own owner is a child of `owner`; cleaning `owner` up on
    // drop reaches it even where the view's effects keep it referenced.
    owner.with(|| mount_to(root.clone(), view).forget());
    Mounted { root, owner }
}

/// Puts the browser at `path` (as a link from an e-mail would) before a
/// router is mounted.
pub fn visit(path: &str) {
    window()
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .expect("replaceState");
}

/// All elements under `root` matching `selector`.
pub fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

/// The one element under `root` matching `selector`.
pub fn one(root: &HtmlElement, selector: &str) -> HtmlElement {
    let found = all(root, selector);
    assert_eq!(
        found.len(),
        1,
        "expected one {selector}, found {}",
        found.len()
    );
    found.into_iter().next().expect("checked above")
}

/// The page's `localStorage`.
pub fn storage() -> web_sys::Storage {
    window()
        .local_storage()
        .expect("storage allowed")
        .expect("localStorage")
}

/// Fills the rest of the storage quota with ballast, halving the chunk
/// until even a small write no longer fits. Hand the result to
/// [`Ballast::remove`] before asserting, so a failure leaves room.
pub fn fill_quota() -> Ballast {
    let mut chunk = "x".repeat(4 * 1024 * 1024);
    let mut keys = 0;
    while chunk.len() >= 16 {
        if storage()
            .set_item(&format!("ballast-{keys}"), &chunk)
            .is_ok()
        {
            keys += 1;
        } else {
            chunk.truncate(chunk.len() / 2);
        }
    }
    Ballast { keys }
}

/// The ballast [`fill_quota`] wrote.
pub struct Ballast {
    keys: usize,
}

impl Ballast {
    /// Frees the quota again.
    pub fn remove(self) {
        for i in 0..self.keys {
            storage().remove_item(&format!("ballast-{i}")).unwrap();
        }
    }
}

/// All the text under `root`, as one string.
pub fn text(root: &HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

/// The button under `root` whose text or accessible label is exactly
/// `name`, if any.
pub fn find_button(root: &HtmlElement, name: &str) -> Option<HtmlElement> {
    all(root, "button").into_iter().find(|b| {
        b.get_attribute("aria-label").as_deref() == Some(name)
            || b.text_content().unwrap_or_default().trim() == name
    })
}

/// The button under `root` whose text or accessible label is exactly `name`.
pub fn button(root: &HtmlElement, name: &str) -> HtmlElement {
    find_button(root, name).unwrap_or_else(|| panic!("no button {name:?}"))
}

/// Lets effects and the router's navigation run.
pub async fn settle() {
    leptos::task::tick().await;
    gloo_timers_sleep(20).await;
}

async fn gloo_timers_sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timeout resolves");
}
