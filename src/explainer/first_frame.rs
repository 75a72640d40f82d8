//! The explainer's pages as static first frames (see
//! `crate::shell::first_frame`): the start page whole, it is text only, and
//! each section's heading with its opening text up to the first block the
//! app must draw itself (the picture, the link buttons, the questions).

use super::content::{explainer, Block, Section};
use super::pages::section_meta;
use super::texts::texts;
use super::SectionId;
use crate::i18n::{shell_texts, Lang};
use crate::routes::{BasePath, Part};
use crate::shell::first_frame::{element, escape, PageStart};

/// At most this many blocks of a section: more than a phone's first screen
/// holds, and the rest arrives with the app.
const OPENING_BLOCKS: usize = 6;

/// The start page and every section.
pub fn first_frames(lang: Lang, base: BasePath) -> Vec<PageStart> {
    let ex = explainer(lang);
    let mut pages = vec![start_page(lang, base)];
    pages.extend(
        ex.sections
            .iter()
            .map(|section| section_start(lang, section)),
    );
    pages
}

/// `ExplainerStart`, whole.
fn start_page(lang: Lang, base: BasePath) -> PageStart {
    let (ex, t) = (explainer(lang), texts(lang));
    let intro: String = ex
        .intro
        .iter()
        .map(|text| element("p", "lead", text))
        .collect();
    let entries: String = ex
        .sections
        .iter()
        .map(|section| {
            format!(
                r#"<li><a href="{href}" class="toc-link"><span class="toc-title">{title}</span><span class="toc-summary">{summary}</span><span class="toc-time">{time}</span></a></li>"#,
                href = base.href(&section.id.path()),
                title = escape(section.title),
                summary = escape(section.summary),
                time = escape(&(t.reading_time)(ex.reading_minutes(section))),
            )
        })
        .collect();
    let body = format!(
        concat!(
            "{intro}{guide}",
            r#"<p><a href="{begin_href}" class="button">{begin}</a></p>"#,
            r#"<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">{toc_heading}</h2>"#,
            r#"<ol class="toc-list">{entries}</ol>{total}</nav>{note}"#,
        ),
        intro = intro,
        guide = element("p", "", &(t.guide)(ex.sections.len())),
        begin_href = base.href(&SectionId::ALL[0].path()),
        begin = escape(t.begin),
        toc_heading = escape(t.toc_heading),
        entries = entries,
        total = element(
            "p",
            "toc-total",
            &(t.total_reading_time)(ex.total_reading_minutes())
        ),
        note = element("p", "note", t.source_note),
    );
    PageStart {
        path: Part::Explainer.path().to_owned(),
        heading: shell_texts(lang).part_name(Part::Explainer),
        class: "explainer-start",
        body,
    }
}

/// `SectionView`'s top: the heading, where the section stands, and its
/// opening text blocks.
fn section_start(lang: Lang, section: &'static Section) -> PageStart {
    let opening: String = section
        .blocks
        .iter()
        .take(OPENING_BLOCKS)
        .map_while(text_block)
        .collect();
    PageStart {
        path: section.id.path(),
        heading: section.title,
        class: "explainer-section",
        body: element("p", "section-meta", &section_meta(lang, section)) + &opening,
    }
}

/// A block as `blocks_view` draws it, for the blocks that are only text.
fn text_block(block: &Block) -> Option<String> {
    match block {
        Block::Paragraph(text) => Some(element("p", "", text)),
        Block::Heading(text) => Some(element("h2", "", text)),
        Block::Note(text) => Some(element("p", "note", text)),
        Block::List(items) => {
            let items: String = items.iter().map(|item| element("li", "", item)).collect();
            Some(format!(r#"<ul class="explainer-list">{items}</ul>"#))
        }
        Block::Advice(_)
        | Block::Links(_)
        | Block::Questions(_)
        | Block::Picture
        | Block::Invitation => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_opens_with_its_text_up_to_the_picture() {
        let pages = first_frames(Lang::Nl, BasePath::ROOT);
        let steers = pages
            .iter()
            .find(|page| page.path == SectionId::HipSteersBack.path())
            .expect("the section on how the hip steers the back");
        assert_eq!(steers.heading, "Hoe je heup je onderrug beïnvloedt");
        assert!(steers
            .body
            .starts_with(r#"<p class="section-meta">Deel 2 van 10 · "#));
        assert!(steers.body.contains("<h2>De stand van je bekken</h2>"));
        assert!(steers
            .body
            .contains("Strakke heupbuigers trekken je bekken naar voren."));
        // The picture comes next: the app draws it and everything below.
        assert!(!steers.body.contains("Bukken, tillen en lopen"));
    }

    #[test]
    fn every_section_shows_some_of_its_own_text() {
        for page in first_frames(Lang::Nl, BasePath::ROOT) {
            assert!(
                page.body.matches("<p").count() >= 2,
                "{}: only {}",
                page.path,
                page.body
            );
        }
    }

    #[test]
    fn the_start_page_lists_every_section_with_its_link() {
        let pages = first_frames(Lang::Nl, BasePath::from_base_href(Some("/heup-rug/")));
        let start = &pages[0];
        assert_eq!(start.path, "/uitleg");
        for section in explainer(Lang::Nl).sections {
            let link = format!(
                r#"<a href="/heup-rug{}" class="toc-link">"#,
                section.id.path()
            );
            assert!(start.body.contains(&link), "{link}");
        }
    }
}
