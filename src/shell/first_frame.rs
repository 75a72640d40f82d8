//! The first frame of the content pages as static HTML. The release build
//! writes it into each page's own HTML file (`scripts/pwa-build.mjs`, through
//! `src/bin/first-frames.rs`), so a patient who taps a link in an e-mail
//! reads the page's title and first words while the WebAssembly is still on
//! its way. When the app starts it removes this frame and draws the same
//! page in the same place (`boot::clear_boot_notice`).
//!
//! Everything here is drawn from the same typed content and texts as the
//! views, with the same elements and classes, so the two cannot disagree
//! in words; an end-to-end test checks that they do not move either. Only
//! the top of each page is written: what the app adds below it moves
//! nothing. Dutch only: `public/startup.js` removes the frame when the
//! patient's language is another, and shows the loading notice instead.
//! Pure, so the texts are tested natively.

use crate::clinic::texts::clinic_texts;
use crate::config::CLINIC;
use crate::exercises::library_texts;
use crate::explainer;
use crate::i18n::{shell_texts, Lang};
use crate::routes::{BasePath, Part};
use crate::safety::{safety_texts, HELP_PATH};
use crate::self_check;

use super::header::LOGO_LINE;
use super::language::GLOBE_LINES;
use super::nav::tab_icon;

/// The language the first frames are written in: the clinic's.
pub const FIRST_FRAME_LANG: Lang = Lang::Nl;

/// The top of one page as `Page` shows it: its path in the app, its heading
/// and the first of its content.
pub struct PageStart {
    /// The app path, such as `/uitleg/heupgewricht`.
    pub path: String,
    /// The `<h1>`, also the browser tab's title.
    pub heading: &'static str,
    /// The extra class of the page's `<article>` (see `Page`).
    pub class: &'static str,
    /// The HTML below the heading.
    pub body: String,
}

/// A page's first frame, ready to be written into its HTML file.
#[derive(Debug, serde::Serialize)]
pub struct FirstFrame {
    /// The app path, such as `/uitleg/heupgewricht` (`/` for the start page).
    pub path: String,
    /// The document title, as `Page` sets it, escaped for the `<title>`
    /// element.
    pub title: String,
    /// The frame: skip link, header, `<main>` with the page's top, tabs.
    pub html: String,
}

/// The first frames of every page whose top is the same for every patient:
/// the start page, the explainer, the self-check's start, the exercise
/// library and a schedule link.
pub fn first_frames(base: BasePath) -> Vec<FirstFrame> {
    let lang = FIRST_FRAME_LANG;
    let mut pages = vec![home_start(lang, base)];
    pages.extend(explainer::first_frames(lang, base));
    pages.push(self_check::first_frame(lang));
    pages.push(library_start(lang));
    pages.push(schedule_link_start(lang));
    pages
        .into_iter()
        .map(|page| frame(lang, base, page))
        .collect()
}

/// The page in the shell: what `Shell`, `AppHeader`, `Page` and `BottomNav`
/// draw, with the tab of the page's part marked as the router marks it.
fn frame(lang: Lang, base: BasePath, page: PageStart) -> FirstFrame {
    let t = shell_texts(lang);
    let other = Lang::ALL.iter().copied().filter(|&other| other != lang);
    let language_switches: String = other
        .map(|other| {
            format!(
                r#"<button type="button" class="language-switch" lang="{tag}"><svg class="language-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9"></circle><path d="{GLOBE_LINES}"></path></svg><span>{name}</span></button>"#,
                tag = other.tag(),
                name = escape(other.own_name()),
            )
        })
        .collect();
    let tabs: String = Part::ALL
        .iter()
        .map(|&part| {
            format!(
                r#"<li><a href="{href}" class="tab"{current}><svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="{icon}"></path></svg><span class="tab-label">{name}</span></a></li>"#,
                href = base.href(part.path()),
                current = current_mark(is_within(&page.path, part.path())),
                icon = tab_icon(part),
                name = escape(t.part_name(part)),
            )
        })
        .collect();
    let html = format!(
        concat!(
            r#"<div id="first-frame">"#,
            r##"<a class="skip-link" href="#inhoud">{skip}</a>"##,
            r#"<header class="app-header"><a href="{home}" class="app-name" aria-label="{home_label}"{home_current}>"#,
            r#"<svg class="app-logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><circle cx="16" cy="16" r="15" class="app-logo-disc"></circle><path d="{line}" class="app-logo-line"></path></svg>"#,
            r#"<span class="app-title"><span class="app-short-name">{app_name}</span> <span class="app-clinic">{clinic}</span></span></a><a href="{help}" class="help-link"{help_current}>{help_link}</a>{language_switches}</header>"#,
            r#"<main id="inhoud" class="page" tabindex="-1"><article class="page-body {class}"><h1 tabindex="-1">{heading}</h1>{body}</article></main>"#,
            r#"<nav class="bottom-nav" aria-label="{nav_label}"><ul>{tabs}</ul></nav>"#,
            "</div>",
        ),
        skip = escape(t.skip_to_content),
        home = base.href("/"),
        home_label = escape(t.home_link_label),
        home_current = current_mark(page.path == "/"),
        line = LOGO_LINE,
        app_name = escape(t.app_name),
        clinic = escape(CLINIC.name),
        help = base.href(HELP_PATH),
        help_current = current_mark(is_within(&page.path, HELP_PATH)),
        help_link = escape(safety_texts(lang).header_link),
        language_switches = language_switches,
        class = page.class,
        heading = escape(page.heading),
        body = page.body,
        nav_label = escape(t.main_nav_label),
        tabs = tabs,
    );
    FirstFrame {
        title: escape(&(t.page_title)(page.heading)),
        path: page.path,
        html,
    }
}

/// Whether `path` is `section` or below it, as the router's links decide
/// which one is current (`/uitleg/heupgewricht` is within `/uitleg`).
fn is_within(path: &str, section: &str) -> bool {
    path.strip_prefix(section)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The attribute the router puts on a link to the current page.
fn current_mark(current: bool) -> &'static str {
    if current {
        r#" aria-current="page""#
    } else {
        ""
    }
}

/// `Home`'s top: the introduction and the four parts.
fn home_start(lang: Lang, base: BasePath) -> PageStart {
    let t = shell_texts(lang);
    let cards: String = Part::ALL
        .iter()
        .map(|&part| {
            format!(
                r#"<li><a href="{href}" class="part-card"><span class="part-card-name">{name}</span><span class="part-card-blurb">{blurb}</span></a></li>"#,
                href = base.href(part.path()),
                name = escape(t.part_name(part)),
                blurb = escape(t.part_blurb(part)),
            )
        })
        .collect();
    PageStart {
        path: "/".to_owned(),
        heading: t.home_title,
        class: "home",
        body: format!(
            r#"{lead}{heading}<ul class="part-cards">{cards}</ul>"#,
            lead = element("p", "lead", t.home_intro),
            heading = element("h2", "", t.home_parts_heading),
        ),
    }
}

/// `LibraryPage`'s top: its introduction.
fn library_start(lang: Lang) -> PageStart {
    PageStart {
        path: Part::Exercises.path().to_owned(),
        heading: shell_texts(lang).part_name(Part::Exercises),
        class: "library",
        body: element("p", "lead", library_texts(lang).intro),
    }
}

/// `AcceptPage`'s top for a schedule link (the schedule itself is in the
/// link's `#`, which only the app reads).
fn schedule_link_start(lang: Lang) -> PageStart {
    let t = clinic_texts(lang);
    PageStart {
        path: "/schema".to_owned(),
        heading: t.accept_title,
        class: "schedule-link",
        body: element("p", "lead", t.accept_intro),
    }
}

/// `<tag class="class">text</tag>`, the text escaped; no class when empty.
pub fn element(tag: &str, class: &str, text: &str) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(r#" class="{class}""#)
    };
    format!("<{tag}{class}>{}</{tag}>", escape(text))
}

/// Text made safe for HTML, in an element or an attribute (quoted with
/// `"` or with `'`).
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame_of<'a>(frames: &'a [FirstFrame], path: &str) -> &'a FirstFrame {
        frames
            .iter()
            .find(|frame| frame.path == path)
            .unwrap_or_else(|| panic!("no first frame for {path}"))
    }

    #[test]
    fn the_pages_a_clinic_e_mail_links_to_each_have_a_first_frame() {
        let frames = first_frames(BasePath::ROOT);
        for path in [
            "/",
            "/uitleg",
            "/uitleg/heupgewricht",
            "/zelftest",
            "/oefeningen",
            "/schema",
        ] {
            frame_of(&frames, path);
        }
        for id in explainer::SectionId::ALL {
            frame_of(&frames, &id.path());
        }
        let mut paths: Vec<_> = frames.iter().map(|frame| frame.path.as_str()).collect();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), frames.len(), "a page twice");
    }

    #[test]
    fn a_frame_shows_the_page_s_heading_and_title_and_marks_its_tab() {
        let frames = first_frames(BasePath::ROOT);
        let section = frame_of(&frames, "/uitleg/heupgewricht");
        assert!(section
            .html
            .contains(r#"<h1 tabindex="-1">Hoe je heupgewricht werkt</h1>"#));
        assert_eq!(section.title, "Hoe je heupgewricht werkt · Heup &amp; Rug");
        assert!(section
            .html
            .contains(r#"<a href="/uitleg" class="tab" aria-current="page">"#));
        assert_eq!(section.html.matches(r#"aria-current="page""#).count(), 1);

        let home = frame_of(&frames, "/");
        assert!(home.html.contains(r#"class="app-name" aria-label="Heup &amp; Rug Rugcentrum Hilversum, naar de startpagina" aria-current="page">"#), "{}", home.html);
        assert_eq!(home.html.matches(r#"aria-current="page""#).count(), 1);
    }

    #[test]
    fn links_and_texts_are_right_under_a_sub_path_and_escaped() {
        let base = BasePath::from_base_href(Some("/heup-rug/"));
        let frames = first_frames(base);
        let home = frame_of(&frames, "/");
        assert!(home
            .html
            .contains(r#"<a href="/heup-rug/" class="app-name""#));
        assert!(home
            .html
            .contains(r#"<a href="/heup-rug/dagboek" class="tab">"#));
        assert!(home
            .html
            .contains(r#"<a href="/heup-rug/zelftest" class="part-card">"#));
        assert!(home.html.contains(&format!(
            r#"<span class="app-short-name">Heup &amp; Rug</span> <span class="app-clinic">{}</span>"#,
            escape(CLINIC.name)
        )));
        assert!(home
            .html
            .contains(r#"<a href="/heup-rug/hulp" class="help-link">Direct hulp?</a>"#));
        assert!(!home.html.contains("Heup & Rug"));
        assert_eq!(
            escape(r#"<a href="x">R&D</a>"#),
            "&lt;a href=&quot;x&quot;&gt;R&amp;D&lt;/a&gt;"
        );
    }

    #[test]
    fn a_single_quote_cannot_end_an_attribute() {
        // A clinic named "'t Rugcentrum" in an attribute quoted with '.
        let attribute = format!("<a title='{}'>", escape("'t Rugcentrum' onmouseover='x"));
        assert_eq!(
            attribute,
            "<a title='&#39;t Rugcentrum&#39; onmouseover=&#39;x'>"
        );
        assert_eq!(
            attribute.matches('\'').count(),
            2,
            "only the attribute's own quotes"
        );
    }

    #[test]
    fn is_within_follows_path_segments() {
        assert!(is_within("/uitleg", "/uitleg"));
        assert!(is_within("/uitleg/heupgewricht", "/uitleg"));
        assert!(!is_within("/uitlegger", "/uitleg"));
        assert!(!is_within("/", "/uitleg"));
    }
}
