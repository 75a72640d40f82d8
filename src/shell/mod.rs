//! The frame around every page: skip link, header (with the language
//! switch), bottom navigation, the `Page` wrapper (heading, browser title,
//! focus), home and "not found".

pub mod boot;
pub mod contact;
pub mod device;
pub mod first_frame;
mod header;
mod home;
mod language;
mod nav;
mod not_found;
mod page;

pub use contact::ClinicContact;
pub use header::AppHeader;
pub use home::Home;
pub use language::LanguageSwitch;
pub use nav::BottomNav;
pub use not_found::NotFound;
pub use page::{provide_page_focus, Page};

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::pwa::UpdateNotice;
use crate::routes::BasePath;

/// Shares the deployment's base path with every component that makes links.
pub fn provide_base_path(base: BasePath) -> BasePath {
    provide_context(base);
    base
}

/// The base path provided by [`provide_base_path`].
pub fn use_base_path() -> BasePath {
    use_context::<BasePath>().unwrap_or(BasePath::ROOT)
}

/// Navigates to an app path such as `/dagboek` from code (after a save,
/// say). The router adds the base path itself here, unlike in `href`s, so
/// this takes the path without it.
pub fn use_app_navigate() -> impl Fn(&str) + Clone {
    let navigate = leptos_router::hooks::use_navigate();
    move |app_path: &str| navigate(app_path, Default::default())
}

/// The page frame: a skip link for keyboard users, the header, the page
/// itself in `<main>`, and the thumb-sized tabs at the bottom.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    provide_page_focus();
    let main = NodeRef::<leptos::html::Main>::new();
    // The router would treat "#inhoud" as a navigation and swallow the
    // browser's own jump, so the skip link moves focus itself.
    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main.get() {
            // Focus can only fail on a detached element; then there is nothing to skip to.
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#inhoud" on:click=skip_to_main>
            {i18n.shell().skip_to_content}
        </a>
        <AppHeader />
        <UpdateNotice />
        <main id="inhoud" class="page" tabindex="-1" node_ref=main>
            {children()}
        </main>
        <BottomNav />
    }
}
