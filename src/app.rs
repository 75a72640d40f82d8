//! The root component: language, base path, router and the route table.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::i18n::provide_i18n;
use crate::routes::Part;
use crate::self_check::{ResultPage, SavedResultsPage, SelfCheckPage};
use crate::shell::{boot, provide_base_path, Home, NotFound, PartPage, Shell};

/// The whole app. Every page has a real path, so a link in an e-mail can open
/// any of them directly; unknown paths get a friendly "not found".
#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n();
    let base = provide_base_path(boot::base_path());
    Effect::new(move |_| boot::set_html_lang(i18n.lang().tag()));

    view! {
        <Router base=base.as_str()>
            <Shell>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/uitleg") view=|| view! { <PartPage part=Part::Explainer /> } />
                    <Route path=path!("/zelftest") view=SelfCheckPage />
                    <Route path=path!("/zelftest/uitslagen") view=SavedResultsPage />
                    <Route path=path!("/zelftest/uitslag/:id") view=ResultPage />
                    <Route path=path!("/oefeningen") view=|| view! { <PartPage part=Part::Exercises /> } />
                    <Route path=path!("/dagboek") view=|| view! { <PartPage part=Part::Diary /> } />
                </Routes>
            </Shell>
        </Router>
    }
}
