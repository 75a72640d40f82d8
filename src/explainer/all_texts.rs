//! Every text of the explainer (the article's content and the interface
//! texts), listed for the completeness test in `crate::i18n::completeness`
//! and for the content review (`src/bin/content-review.rs`).

use super::content::{explainer, Block, Link};
use super::posture::Sliders;
use super::texts::{picture_texts, texts};
use crate::i18n::completeness::Texts;
use crate::i18n::Lang;

/// Every text of the explainer in `lang`.
pub(super) fn every_text(lang: Lang) -> Texts {
    let mut texts = Texts::default();
    texts
        .nest("content", content_texts(lang))
        .nest("interface", interface_texts(lang));
    texts
}

/// The article's texts in `lang`. The
/// names follow the structure (section, block, kind, link target), so a
/// translation with a block, an item or a link more or less is caught too.
fn content_texts(lang: Lang) -> Texts {
    fn links(texts: &mut Texts, name: &str, links: &[Link]) {
        for link in links {
            texts.add(format!("{name}.link({:?})", link.target), link.label);
        }
    }
    let ex = explainer(lang);
    let mut texts = Texts::default();
    texts
        .list("intro", ex.intro)
        .add("invitation.title", ex.invitation.title)
        .list("invitation.body", ex.invitation.body);
    for section in ex.sections {
        let slug = section.id.slug();
        texts
            .add(format!("{slug}.title"), section.title)
            .add(format!("{slug}.summary"), section.summary);
        for (i, block) in section.blocks.iter().enumerate() {
            let name = format!("{slug}[{i}]");
            match block {
                Block::Paragraph(text) => texts.add(format!("{name}.paragraph"), *text),
                Block::Heading(text) => texts.add(format!("{name}.heading"), *text),
                Block::Note(text) => texts.add(format!("{name}.note"), *text),
                Block::List(items) => texts.list(&format!("{name}.list"), items),
                Block::Advice(advice) => {
                    for (j, item) in advice.iter().enumerate() {
                        texts.add(format!("{name}.advice[{j}]"), item.text);
                        links(&mut texts, &format!("{name}.advice[{j}]"), item.links);
                    }
                    &mut texts
                }
                Block::Links(list) => {
                    links(&mut texts, &name, list);
                    &mut texts
                }
                Block::Questions(questions) => {
                    for (j, q) in questions.iter().enumerate() {
                        let name = format!("{name}.question[{j}]");
                        texts
                            .add(name.clone(), q.question)
                            .list(&format!("{name}.answer"), q.answer);
                        links(&mut texts, &name, q.links);
                    }
                    &mut texts
                }
                // The picture's texts are in the interface texts; the
                // invitation is listed once, above.
                Block::Picture => texts.add(format!("{name}.picture"), "-"),
                Block::Invitation => texts.add(format!("{name}.invitation"), "-"),
            };
        }
    }
    texts
}

/// Every interface text of the explainer in `lang`, for the completeness
/// test; texts with numbers are shown with sample numbers.
fn interface_texts(lang: Lang) -> Texts {
    let (t, p) = (texts(lang), picture_texts(lang));
    let mut texts = Texts::default();
    texts
        .add("guide", (t.guide)(10))
        .add("begin", t.begin)
        .add("toc_heading", t.toc_heading)
        .add("reading_time(1)", (t.reading_time)(1))
        .add("reading_time(3)", (t.reading_time)(3))
        .add("total_reading_time", (t.total_reading_time)(14))
        .add("section_meta(1)", (t.section_meta)(2, 10, 1))
        .add("section_meta(3)", (t.section_meta)(4, 10, 3))
        .add("pager_label", t.pager_label)
        .add("previous", t.previous)
        .add("next", t.next)
        .add("all_topics", t.all_topics)
        .add("source_note", t.source_note)
        .add("picture.heading", p.heading)
        .add("picture.instruction", p.instruction)
        .add("picture.flexor_label", p.flexor_label)
        .add("picture.flexor_low", p.flexor_low)
        .add("picture.flexor_high", p.flexor_high)
        .add("picture.glute_label", p.glute_label)
        .add("picture.glute_low", p.glute_low)
        .add("picture.glute_high", p.glute_high)
        .add("picture.level", (p.level)(3, 10, "X", "Y"))
        .add("picture.caption_normal", p.caption_normal)
        .add("picture.caption_flexors", p.caption_flexors)
        .add("picture.caption_glutes", p.caption_glutes)
        .add("picture.caption_both", p.caption_both)
        .add("picture.caption_less_steady", p.caption_less_steady)
        .add("picture.tilt_back", p.tilt_back)
        .add("picture.tilt_upright", p.tilt_upright)
        .add("picture.tilt_forward", p.tilt_forward)
        .add("picture.tilt_strongly_forward", p.tilt_strongly_forward)
        .add("picture.curve_flatter", p.curve_flatter)
        .add("picture.curve_normal", p.curve_normal)
        .add("picture.curve_hollow", p.curve_hollow)
        .add("picture.curve_very_hollow", p.curve_very_hollow)
        .add("picture.steady", p.steady)
        .add("picture.less_steady", p.less_steady)
        .add("picture.alt", p.describe(Sliders::START))
        .add("picture.label_front", p.label_front)
        .add("picture.label_back", p.label_back)
        .add("picture.label_spine", p.label_spine)
        .add("picture.label_pelvis", p.label_pelvis)
        .add("picture.label_femur", p.label_femur)
        .add("picture.label_flexor", p.label_flexor)
        .add("picture.label_glute", p.label_glute)
        .add("picture.simplified", p.simplified);
    texts
}
