//! The diary's parent route: loads the diary once for all its pages, and
//! the menu every diary page shows under its heading.

use leptos::prelude::*;
use leptos_router::components::{Outlet, A};

use crate::diary::store::DiaryStore;
use crate::diary::texts::diary_texts;
use crate::i18n::use_i18n;
use crate::shell::use_base_path;

/// The frame of every `/dagboek/...` page: provides the diary state, so
/// moving between diary pages does not load it again.
#[component]
pub fn DiaryArea() -> impl IntoView {
    DiaryStore::provide();
    view! { <Outlet /> }
}

/// The diary's own menu: today, history, progress, data.
#[component]
pub fn DiaryMenu() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    let t = diary_texts(i18n.lang());
    view! {
        <nav class="diary-menu" aria-label=t.menu_label>
            <A href=base.href("/dagboek") exact=true>{t.menu_today}</A>
            <A href=base.href("/dagboek/geschiedenis")>{t.menu_history}</A>
            <A href=base.href("/dagboek/voortgang")>{t.menu_progress}</A>
            <A href=base.href("/dagboek/gegevens")>{t.menu_data}</A>
        </nav>
    }
}
