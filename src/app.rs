//! The root component: language, base path, router and the route table.

use leptos::prelude::*;
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    path,
};

use crate::about::AboutPage;
use crate::clinic::views::{AcceptPage, ClinicPage};
use crate::diary::views::{
    DataPage, DiaryArea, EditPage, HistoryPage, LogPage, PrintPage, ProgressPage, SchedulePage,
    TodayPage,
};
use crate::exercises::{ExercisePage, LibraryPage};
use crate::explainer::{ExplainerStart, SectionPage};
use crate::i18n::provide_i18n;
use crate::pwa::{keep_storage_once_installed, InstallPage};
use crate::report::views::ReportPage;
use crate::safety::HelpPage;
use crate::self_check::{ResultPage, SavedResultsPage, SelfCheckPage};
use crate::session::SessionPage;
use crate::shell::{boot, provide_base_path, Home, NotFound, Shell};

/// The whole app. Every page has a real path, so a link in an e-mail can open
/// any of them directly; unknown paths get a friendly "not found".
#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n();
    let base = provide_base_path(boot::base_path());
    Effect::new(move |_| boot::set_html_lang(i18n.lang().tag()));
    keep_storage_once_installed();

    view! {
        <Router base=base.as_str()>
            <Shell>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/uitleg") view=ExplainerStart />
                    <Route path=path!("/uitleg/:section") view=SectionPage />
                    <Route path=path!("/zelftest") view=SelfCheckPage />
                    <Route path=path!("/zelftest/uitslagen") view=SavedResultsPage />
                    <Route path=path!("/zelftest/uitslag/:id") view=ResultPage />
                    <Route path=path!("/oefeningen") view=LibraryPage />
                    <Route path=path!("/oefeningen/:exercise") view=ExercisePage />
                    <ParentRoute path=path!("/dagboek") view=DiaryArea>
                        <Route path=path!("") view=TodayPage />
                        <Route path=path!("nieuw") view=LogPage />
                        <Route path=path!("bewerk/:id") view=EditPage />
                        <Route path=path!("geschiedenis") view=HistoryPage />
                        <Route path=path!("voortgang") view=ProgressPage />
                        <Route path=path!("gegevens") view=DataPage />
                        <Route path=path!("overzicht") view=PrintPage />
                        <Route path=path!("schema") view=SchedulePage />
                        <Route path=path!("doe-mee") view=SessionPage />
                    </ParentRoute>
                    <Route path=path!("/schema") view=AcceptPage />
                    <Route path=path!("/kliniek") view=ClinicPage />
                    <Route path=path!("/verslag") view=ReportPage />
                    <Route path=path!("/installeren") view=InstallPage />
                    <Route path=path!("/hulp") view=HelpPage />
                    <Route path=path!("/over") view=AboutPage />
                </Routes>
            </Shell>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// The first path segments of the routes above (`""` for the start page).
    fn route_sections() -> BTreeSet<String> {
        include_str!("app.rs")
            .split(concat!("path!(", "\"/"))
            .skip(1)
            .map(|rest| rest.split(['/', '"']).next().unwrap_or_default().to_owned())
            .collect()
    }

    /// The sections the service worker answers from its cache.
    fn service_worker_sections() -> BTreeSet<String> {
        let worker = include_str!("../public/service-worker.js");
        let list = worker
            .split_once("const APP_PAGES = new Set([")
            .and_then(|(_, rest)| rest.split_once("])"))
            .expect("APP_PAGES in public/service-worker.js")
            .0;
        list.split(',')
            .map(|name| name.trim().trim_matches('"').to_owned())
            .collect()
    }

    /// Offline, a route the worker does not know would fail to open; a
    /// section it knows that the app lost would hide another site's page.
    #[test]
    fn the_service_worker_opens_exactly_the_app_s_routes_offline() {
        let routes = route_sections();
        assert!(
            routes.contains("") && routes.contains("dagboek"),
            "{routes:?}"
        );
        assert_eq!(service_worker_sections(), routes);
    }
}
