//! The root component: language, base path, router and the route table.

use leptos::prelude::*;
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    path,
};

use crate::clinic::views::{AcceptPage, ClinicPage};
use crate::diary::views::{
    DataPage, DiaryArea, EditPage, HistoryPage, LogPage, PrintPage, ProgressPage, SchedulePage,
    TodayPage,
};
use crate::exercises::{ExercisePage, LibraryPage};
use crate::explainer::{ExplainerStart, SectionPage};
use crate::i18n::provide_i18n;
use crate::pwa::{keep_storage_once_installed, InstallPage};
use crate::self_check::{ResultPage, SavedResultsPage, SelfCheckPage};
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
                    </ParentRoute>
                    <Route path=path!("/schema") view=AcceptPage />
                    <Route path=path!("/kliniek") view=ClinicPage />
                    <Route path=path!("/installeren") view=InstallPage />
                </Routes>
            </Shell>
        </Router>
    }
}
