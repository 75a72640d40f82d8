//! Helpers for mounting components in the test page.

use std::cell::Cell;
use std::rc::Rc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, MutationObserver, MutationObserverInit};

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

/// The moment the page's clock starts at: Wednesday 25 November 2026, 10:00
/// in Amsterdam (09:00 UTC), the same as the end-to-end tests. Time flows
/// on from there.
pub const NOW_UTC_MS: f64 = 1_795_597_200_000.0;

/// Fixes the page's clock: `Date.now()` and `new Date()` start at
/// [`NOW_UTC_MS`] and tick on, so "today" is the same day whenever the
/// tests run (across midnight, on a daylight-saving change). The app reads
/// time only through `Date`. Done once per page; [`storage`] and [`mount`]
/// call it, so every test has it before it reads or writes anything.
pub fn fix_clock() {
    js_sys::Function::new_no_args(&format!(
        "if (!globalThis.__heupRugFixedClock) {{
            const RealDate = Date;
            const startedAt = RealDate.now();
            const now = () => {NOW_UTC_MS} + (RealDate.now() - startedAt);
            class FixedDate extends RealDate {{
                constructor(...args) {{
                    if (args.length === 0) super(now()); else super(...args);
                }}
                static now() {{ return now(); }}
            }}
            globalThis.Date = FixedDate;
            globalThis.__heupRugFixedClock = true;
        }}"
    ))
    .call0(&wasm_bindgen::JsValue::UNDEFINED)
    .expect("the clock is fixed");
}

/// Mounts `view` into a fresh element; it stays mounted until the returned
/// guard is dropped.
pub fn mount<F, N>(view: F) -> Mounted
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    fix_clock();
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

/// The page's `localStorage` (on the fixed clock, see [`fix_clock`]).
pub fn storage() -> web_sys::Storage {
    fix_clock();
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

/// How long [`until`] and [`settle`] wait before they give up: far longer
/// than anything here takes, so only a real failure reaches it.
const PATIENCE_MS: f64 = 10_000.0;

/// Waits until `condition` holds, looking again after every animation
/// frame (effects, the router and the browser's own work run in between);
/// panics naming `what` when it still does not hold after [`PATIENCE_MS`].
pub async fn until(what: &str, mut condition: impl FnMut() -> bool) {
    let started = now_ms();
    loop {
        run_reactive_tasks().await;
        if condition() {
            return;
        }
        give_up_after(started, what);
        next_frame().await;
    }
}

/// Lets effects, the router's navigation and the work they start run:
/// waits until a whole round (the reactive system's tasks, then an
/// animation frame) passes without any change to the page. Something that
/// arrives later on its own (a file read, a promise of the browser) is
/// waited for with [`until`].
pub async fn settle() {
    let changes = Rc::new(Cell::new(0));
    let counted = Rc::clone(&changes);
    let count = Closure::<dyn Fn(js_sys::Array)>::new(move |records: js_sys::Array| {
        counted.set(counted.get() + records.length());
    });
    let observer =
        MutationObserver::new(count.as_ref().unchecked_ref()).expect("a MutationObserver");
    let options = MutationObserverInit::new();
    options.set_subtree(true);
    options.set_child_list(true);
    options.set_attributes(true);
    options.set_character_data(true);
    observer
        .observe_with_options(&document(), &options)
        .expect("the page is observed");
    let started = now_ms();
    loop {
        run_reactive_tasks().await;
        next_frame().await;
        let changed = changes.replace(0) + observer.take_records().length();
        if changed == 0 {
            break;
        }
        give_up_after(started, "the page to stop changing");
    }
    observer.disconnect();
}

/// Runs the reactive system's queued tasks. The tests run in no fixed
/// order, so the first to wait may do so before any view was mounted: this
/// sets up the executor that mounting would (once; later calls find it).
async fn run_reactive_tasks() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    leptos::task::tick().await;
}

/// Panics when [`PATIENCE_MS`] have passed since `started` while waiting
/// for `what`.
fn give_up_after(started: f64, what: &str) {
    let waited = now_ms() - started;
    assert!(
        waited < PATIENCE_MS,
        "waited {} s for {what}",
        (waited / 1000.0).round()
    );
}

/// Milliseconds on the page's own clock, which the fixed `Date` leaves alone.
fn now_ms() -> f64 {
    window().performance().expect("performance").now()
}

/// Waits for the browser's next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .request_animation_frame(&resolve)
            .expect("requestAnimationFrame");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("a frame comes");
}

/// Makes `localStorage` misbehave for one test, as some browsers do, by
/// replacing parts of `Storage.prototype`. Call [`StorageStub::restore`]
/// before asserting, so a failure does not leave the next test without
/// storage.
pub struct StorageStub {
    prototype: js_sys::Object,
    saved: Vec<(&'static str, js_sys::Object)>,
}

impl StorageStub {
    /// Every call throws, as where the browser blocks storage (some private
    /// windows, storage switched off for the site).
    pub fn throwing() -> Self {
        let blocked = js_sys::Function::new_no_args(
            "throw new DOMException('The operation is insecure.', 'SecurityError');",
        );
        let mut stub = Self::new();
        for method in ["getItem", "setItem", "removeItem", "key", "clear"] {
            stub.define(method, "value", &blocked);
        }
        stub.define("length", "get", &blocked);
        stub
    }

    /// Writes are accepted without an error but not kept.
    pub fn dropping_writes() -> Self {
        let mut stub = Self::new();
        stub.define("setItem", "value", &js_sys::Function::new_no_args(""));
        stub
    }

    fn new() -> Self {
        let constructor = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
            .expect("the Storage interface");
        let prototype = js_sys::Reflect::get(&constructor, &"prototype".into())
            .expect("Storage.prototype")
            .unchecked_into();
        Self {
            prototype,
            saved: Vec::new(),
        }
    }

    /// Replaces property `name` with a descriptor `{ <slot>: function }`.
    fn define(&mut self, name: &'static str, slot: &str, function: &js_sys::Function) {
        let original = js_sys::Object::get_own_property_descriptor(&self.prototype, &name.into());
        self.saved.push((name, original.unchecked_into()));
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(&descriptor, &slot.into(), function).expect("descriptor");
        js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into())
            .expect("descriptor");
        js_sys::Object::define_property(&self.prototype, &name.into(), &descriptor);
    }

    /// Puts the browser's own storage back.
    pub fn restore(self) {
        for (name, original) in self.saved.iter().rev() {
            js_sys::Object::define_property(&self.prototype, &(*name).into(), original);
        }
    }
}
