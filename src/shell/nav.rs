//! The bottom navigation: four big tabs, one per part, reachable by thumb.

use leptos::prelude::*;
use leptos_router::components::A;

use super::use_base_path;
use crate::i18n::use_i18n;
use crate::routes::Part;

/// The outline of a part's icon, drawn on a 24×24 grid with round strokes.
pub(super) fn tab_icon(part: Part) -> &'static str {
    match part {
        // An open book.
        Part::Explainer => "M12 6.5C10 5 7 4.5 3.5 5v13c3.5-.5 6.5 0 8.5 1.5 2-1.5 5-2 8.5-1.5V5C17 4.5 14 5 12 6.5zM12 6.5v13",
        // A clipboard with a tick.
        Part::SelfCheck => "M9 4h6v2.5H9zM7 5H5.5v15h13V5H17M8.5 13l2.5 2.5 4.5-5",
        // A figure stepping forward into a lunge.
        Part::Exercises => "M13 5.5a1.5 1.5 0 1 0 0-.01M12.5 8.5l-2 5.5 4 2 -1 4.5M10.5 14l-4 1.5-1 4M12.5 9.5l4 2.5",
        // A calendar page.
        Part::Diary => "M4.5 6h15v13.5h-15zM4.5 10h15M8.5 4v4M15.5 4v4M8 13.5h2M11 13.5h2M14 13.5h2M8 16.5h2",
    }
}

/// The navigation bar. The router's `<A>` marks the current part with
/// `aria-current="page"`, also on deeper pages such as `/uitleg/<section>`.
#[component]
pub fn BottomNav() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base_path();
    let tabs = Part::ALL.map(|part| {
        view! {
            <li>
                <A href=base.href(part.path()) attr:class="tab">
                    <svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d=tab_icon(part) />
                    </svg>
                    <span class="tab-label">{move || i18n.shell().part_name(part)}</span>
                </A>
            </li>
        }
    });
    view! {
        <nav class="bottom-nav" aria-label=i18n.shell().main_nav_label>
            <ul>{tabs.into_iter().collect_view()}</ul>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{shell_texts, Lang};

    #[test]
    fn every_tab_has_a_distinct_label_and_icon() {
        for &lang in Lang::ALL {
            let texts = shell_texts(lang);
            let labels: Vec<_> = Part::ALL.iter().map(|&p| texts.part_name(p)).collect();
            let icons: Vec<_> = Part::ALL.iter().map(|&p| tab_icon(p)).collect();
            for i in 0..labels.len() {
                assert!(
                    !labels[i + 1..].contains(&labels[i]),
                    "{lang:?}: label {} twice",
                    labels[i]
                );
                assert!(
                    !icons[i + 1..].contains(&icons[i]),
                    "icon of {:?} twice",
                    Part::ALL[i]
                );
            }
        }
    }
}
