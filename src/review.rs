//! The content review: every patient-facing text of the app, Dutch and
//! English side by side, each with its id and its source, as one printable
//! HTML page a physiotherapist reads on paper and signs
//! (`cargo run --bin content-review`, or `scripts/content-review.sh`).
//!
//! The texts come from the same lists the completeness test walks
//! ([`every_part`]), so a text added to a feature's table shows up here
//! without a change to this module. The sources come from the data where
//! the app keeps them (each red flag's guideline in the self-check's
//! triage rules) and otherwise from [`SOURCES`], by the start of a text's
//! id; docs/content-sources.md has the full reasoning. The app itself never
//! calls this module, so it stays out of the wasm.

use crate::i18n::completeness::{every_part, Texts};
use crate::i18n::Lang;
use crate::self_check::{
    flag_rule, QuestionId, Urgency, COMBINATIONS, FLAG_RULES, QUESTIONS, RISK_FACTORS,
};

/// One text in both languages, with where it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewRow {
    /// Stable id: the part, then the field name or index, e.g.
    /// `exercises.bruggetje.steps[2]`.
    pub id: String,
    pub dutch: String,
    pub english: String,
    pub source: String,
}

/// The texts of one part of the app (a feature), in the order its table
/// lists them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewPart {
    /// The part's name in the code, e.g. `self_check`.
    pub key: &'static str,
    /// Its heading for the reviewer.
    pub title: &'static str,
    pub rows: Vec<ReviewRow>,
}

/// Sources by the start of a text's id within a part: (part, id prefix,
/// source). The longest prefix that matches wins; a text matching none is
/// interface text ([`INTERFACE`]).
pub const SOURCES: &[(&str, &str, &str)] = &[
    // Explainer: the article, section by section.
    ("explainer", "content.", ARTICLE),
    ("explainer", "content.intro", "Artikel, openingsalinea"),
    (
        "explainer",
        "content.invitation",
        "Artikel, slotkop “Wil je onderzoeken of jouw rugklachten uit de heup komen?”; de oproep om een afspraak te maken is van de app",
    ),
    ("explainer", "content.heupgewricht", "Artikel, kop “Hoe het heupgewricht werkt” (en de openingsalinea)"),
    ("explainer", "content.heup-en-onderrug", "Artikel, kop “Waarom de heup zo'n grote invloed heeft op de onderrug”"),
    ("explainer", "content.heupbeperkingen", "Artikel, kop “Welke heupbeperkingen rugklachten kunnen veroorzaken”"),
    ("explainer", "content.klachten", "Artikel, kop “Symptomen die wijzen op heup-gerelateerde rugklachten”"),
    ("explainer", "content.onderzoek", "Artikel, kop “Hoe Rugcentrum Hilversum de heup onderzoekt”"),
    ("explainer", "content.behandeling", "Artikel, kop “Behandeling van heup-gerelateerde rugklachten”"),
    ("explainer", "content.thuis-oefenen", "Artikel, kop “Thuisadviezen en oefeningen voor de heup en onderrug”"),
    ("explainer", "content.leefstijl", "Artikel, kop “Leefstijl en preventie”"),
    ("explainer", "content.conclusie", "Artikel, kop “Conclusie”"),
    (
        "explainer",
        "content.vragen",
        "Artikel, kop “Veelgestelde vragen” (het artikel geeft alleen de antwoorden; de vragen zijn van de app)",
    ),
    (
        "explainer",
        "interface.picture.",
        "Artikel, kop “Waarom de heup zo'n grote invloed heeft op de onderrug”: “Strakke heupbuigers trekken het bekken naar voren … Zwakke bilspieren doen het tegenovergestelde”; vereenvoudigde tekening van de app",
    ),
    // Self-check; the red flags and the stop screens are in `self_check_source`.
    (
        "self_check",
        "intro_safety",
        "Rode vlaggen: NHG M54, NHG M55 (zie de bron bij elke vraag)",
    ),
    (
        "self_check",
        "gp_",
        "Rode vlaggen: NHG M54, NHG M55 (zie de bron bij elke vraag)",
    ),
    (
        "self_check",
        "AgeBand.",
        "NHG M54 (wervelfractuur: leeftijd weegt mee bij een val)",
    ),
    (
        "self_check",
        "Nerve(",
        "NHG M55 (lumbosacraal radiculair syndroom: uitstralende pijn tot onder de knie, met of zonder doof gevoel, tintelingen of krachtverlies)",
    ),
    (
        "self_check",
        "nerve_root_",
        "NHG M55 (lumbosacraal radiculair syndroom: uitstralende pijn tot onder de knie, met of zonder doof gevoel, tintelingen of krachtverlies)",
    ),
    (
        "self_check",
        "Symptom(",
        "Artikel, kop “Symptomen die wijzen op heup-gerelateerde rugklachten”",
    ),
    ("self_check", "Duration.", DESIGN_SCORING),
    (
        "self_check",
        "SelfTest(",
        "Ontwerp van de app: thuisversie van het onderzoek in het artikel (kop “Hoe Rugcentrum Hilversum de heup onderzoekt”)",
    ),
    ("self_check", "self_test_care", DESIGN_SAFETY),
    ("self_check", "band_", DESIGN_SCORING),
    ("self_check", "how_", DESIGN_SCORING),
    ("self_check", "reasons_heading", DESIGN_SCORING),
    ("self_check", "no_reasons", DESIGN_SCORING),
    ("self_check", "skipped", DESIGN_SCORING),
    ("self_check", "points", DESIGN_SCORING),
    ("self_check", "advice_", DESIGN_SCORING),
    ("self_check", "not_a_diagnosis", DESIGN_SAFETY),
    (
        "self_check",
        "invite_",
        "Artikel, slotkop “Wil je onderzoeken of jouw rugklachten uit de heup komen?”",
    ),
    // Exercises: chosen by the app from the article's exercise types.
    ("exercises", "library.usual_pain", DESIGN_PAIN),
    ("exercises", "library.stop_rules", DESIGN_PAIN),
    ("exercises", "library.after_stopping", DESIGN_PAIN),
    ("exercises", "library.hip_surgery", DESIGN_SAFETY),
    ("exercises", "library.not_a_replacement", DESIGN_SAFETY),
    ("exercises", "heupmobiliteit.", "Artikel, Thuisadviezen: “Dagelijks lichte mobiliteitsoefeningen voor de heup helpen stijfheid te verminderen”; oefening, dosis en stappen: ontwerp van de app"),
    ("exercises", "bruggetje.", "Artikel, Thuisadviezen: “bruggetjes en heupextensie”; actieve fase: “hip hinge, bridge en lunge variaties”; dosis en stappen: ontwerp van de app"),
    ("exercises", "heupextensie.", "Artikel, Thuisadviezen: “bruggetjes en heupextensie”; dosis en stappen: ontwerp van de app"),
    ("exercises", "schelp.", "Artikel, actieve fase: “Gerichte bilspieractivatie”; onderzoek: “gluteus medius”; oefening, dosis en stappen: ontwerp van de app"),
    ("exercises", "zijlig-been-heffen.", "Artikel, actieve fase: “Gerichte bilspieractivatie”; oefening, dosis en stappen: ontwerp van de app"),
    ("exercises", "heupscharnier.", "Artikel, actieve fase: “hip hinge”; “Wanneer de heup onvoldoende buigt bij bukken …”; dosis en stappen: ontwerp van de app"),
    ("exercises", "uitvalspas.", "Artikel, actieve fase: “lunge variaties”; dosis en stappen: ontwerp van de app"),
    ("exercises", "heuprotatie-90-90.", "Artikel, Thuisadviezen: “Werken aan heuprotatie maakt draaibewegingen soepeler”; oefening, dosis en stappen: ontwerp van de app"),
    ("exercises", "heupbuiger-rekken.", "Artikel: “Door veel zitten raken heupbuigers vaak verkort”; oefening, dosis en stappen: ontwerp van de app"),
    ("exercises", "wandelen.", "Artikel, Thuisadviezen: “Wandelen stimuleert doorbloeding, ritme en coördinatie”; dosis: ontwerp van de app"),
    ("exercises", "zitpauze.", "Artikel, Thuisadviezen: “Langdurig zitten regelmatig onderbreken met bewegen”; “elk half uur”: ontwerp van de app"),
    // Diary and the clinic's schedule: the texts that advise.
    ("diary", "more_pain_warning", DESIGN_PAIN),
    ("diary", "pain_change", "Artikel, Veelgestelde vragen: “Veel mensen merken binnen één tot drie weken verschil wanneer zij consistent oefenen …”; de berekening is van de app"),
    ("diary", "exercise_effect", "Berekening van de app uit je eigen dagboek (geen bron nodig); het advies om het te bespreken: ontwerp van de app"),
    ("diary", "pain_scale_hint", "Numerieke pijnschaal 0–10 (NRS), gangbaar in de fysiotherapie"),
    ("clinic", "accept_take_care", DESIGN_PAIN),
    ("shell", "home_not_a_diagnosis", DESIGN_SAFETY),
    // The about page: where the content comes from, the sign-off, the
    // intended use and what the app stores.
    ("about", "article_source", ARTICLE),
    ("about", "guidelines", GUIDELINES),
    (
        "about",
        "exercises_source",
        "docs/content-sources.md, Oefeningen: de soorten oefeningen uit het artikel; stappen, dosis en stopregels: ontwerp van de app (gangbare fysiotherapie); de “bel nu”-tekens: NHG M54, NHG M55",
    ),
    ("about", "checked", "clinic.toml, [review]: wie de inhoud controleerde, wanneer en welke inhoudsversie"),
    ("about", "not_checked", "clinic.toml zonder [review]: de kliniek heeft de inhoud nog niet gecontroleerd"),
    ("about", "next_check", "clinic.toml, [review] next_review"),
    ("about", "audience", INTENDED_USE),
    ("about", "not_", INTENDED_USE),
    ("about", "help_lead", INTENDED_USE),
    ("about", "storage", STORAGE),
    ("about", "nothing_sent", STORAGE),
    ("about", "no_account", STORAGE),
    ("about", "delete_lead", STORAGE),
];

const ARTICLE: &str = "Artikel “Hoe de heup de onderrug beïnvloedt” (Rugcentrum Hilversum)";
const INTERFACE: &str = "Interfacetekst";
const GUIDELINES: &str = "docs/content-sources.md, Zelftest: rode vlaggen, Sources: de richtlijnen van de waarschuwingstekens (NHG M54, NHG M55, KNGF 2021, NICE CKS)";
const INTENDED_USE: &str = "docs/intended-use.md, Intended purpose en Not for";
const STORAGE: &str = "Technisch feit: alles staat in de opslag van de browser (src/storage); de app haalt niets van een ander adres en stuurt niets zonder dat de patiënt een link of bestand deelt (ARCHITECTURE.md, Invariants; tests/e2e/privacy.spec.ts)";
const DESIGN_SCORING: &str =
    "Ontwerp van de app: puntentelling en uitslag (src/self_check/scoring.rs; docs/content-sources.md, Scoring)";
const DESIGN_SAFETY: &str = "Veiligheidstekst van de app; te bevestigen door de fysiotherapeut";
const DESIGN_PAIN: &str =
    "Pijnmonitoring zoals gangbaar in de fysiotherapie (ontwerp van de app); pijn tot onder de knie en nieuw doof gevoel: zenuwwortelsignalen (NHG M55); te bevestigen door de fysiotherapeut";

/// The heading of each part for the reviewer; a part not named here keeps
/// its name from the code.
const PART_TITLES: &[(&str, &str)] = &[
    ("shell", "Algemeen: kop, menu en startpagina"),
    ("dates", "Datums"),
    ("explainer", "Uitleg"),
    ("self_check", "Zelftest"),
    ("exercises", "Oefeningen"),
    ("diary", "Dagboek en oefenschema"),
    (
        "clinic",
        "Oefenschema van de fysiotherapeut (link en QR-code)",
    ),
    ("report", "Verslag voor de fysiotherapeut"),
    ("pwa", "Installeren en updates"),
    ("about", "Over deze app"),
];

/// The source of the self-check text `name` where the app keeps it in its
/// data: a red-flag question's guideline, and for each stop screen the
/// guidelines of the flags with that urgency.
fn self_check_source(name: &str) -> Option<String> {
    for question in QUESTIONS {
        if !name.starts_with(&format!("{:?}.", question.id)) {
            continue;
        }
        match question.id {
            QuestionId::RedFlag(flag) => return Some(flag_rule(flag).source.to_string()),
            QuestionId::RiskFactor(factor) => {
                return RISK_FACTORS
                    .iter()
                    .find(|rule| rule.factor == factor)
                    .map(|rule| rule.source.to_string())
            }
            _ => {}
        }
    }
    let screens = [
        ("gp_now.", Urgency::Now),
        ("gp_today.", Urgency::Today),
        ("gp_within_days.", Urgency::WithinDays),
        ("mention_", Urgency::Mention),
    ];
    let (_, urgency) = screens
        .into_iter()
        .find(|(prefix, _)| name.starts_with(*prefix))?;
    urgency_sources(urgency)
}

/// The sources of every sign and combination of `urgency`, joined.
fn urgency_sources(urgency: Urgency) -> Option<String> {
    let sources: Vec<&str> = FLAG_RULES
        .iter()
        .filter(|rule| rule.urgency == urgency)
        .map(|rule| rule.source)
        .chain(
            COMBINATIONS
                .iter()
                .filter(|combination| combination.urgency == urgency)
                .map(|combination| combination.source),
        )
        .collect();
    (!sources.is_empty()).then(|| sources.join(" · "))
}

/// The help page's and the safety line's sources: each sign's and
/// combination's own, the "call now" signs' for the line and the numbness
/// advice, all urgencies' for the opening.
fn safety_source(name: &str) -> Option<String> {
    if let Some(flag) = FLAG_RULES
        .iter()
        .find(|rule| name == format!("sign({:?})", rule.flag))
    {
        return Some(flag.source.to_string());
    }
    if let Some(combination) = COMBINATIONS
        .iter()
        .find(|combination| name == format!("combination({:?})", combination.sign))
    {
        return Some(combination.source.to_string());
    }
    match name {
        "safety_line" | "line" | "numbness_help" => urgency_sources(Urgency::Now),
        "intro" => Some(
            [Urgency::Now, Urgency::Today, Urgency::WithinDays]
                .into_iter()
                .filter_map(urgency_sources)
                .collect::<Vec<_>>()
                .join(" · "),
        ),
        _ => None,
    }
}

/// The source of the text `name` of `part`.
pub fn source(part: &str, name: &str) -> String {
    let special = match part {
        "self_check" => self_check_source(name),
        "safety" => safety_source(name),
        _ => None,
    };
    if let Some(source) = special {
        return source;
    }
    SOURCES
        .iter()
        .filter(|(p, prefix, _)| *p == part && name.starts_with(prefix))
        .max_by_key(|(_, prefix, _)| prefix.len())
        .map_or(INTERFACE, |(_, _, source)| *source)
        .to_string()
}

/// Whether a text is worth reviewing: a text without letters (a number,
/// or the "-" that marks where a picture stands in the explainer) is not.
fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// Every part of the app with its texts in both languages.
pub fn review_parts() -> Vec<ReviewPart> {
    let english: Vec<(&str, Texts)> = every_part(Lang::En);
    every_part(Lang::Nl)
        .into_iter()
        .map(|(key, dutch)| {
            let en = english
                .iter()
                .find(|(other, _)| *other == key)
                .map(|(_, texts)| texts.entries());
            let rows = dutch
                .entries()
                .iter()
                .filter(|(_, text)| has_words(text))
                .map(|(name, text)| ReviewRow {
                    id: format!("{key}.{name}"),
                    dutch: text.clone(),
                    english: en
                        .and_then(|en| en.iter().find(|(other, _)| other == name))
                        .map_or_else(|| "(ontbreekt)".to_string(), |(_, text)| text.clone()),
                    source: source(key, name),
                })
                .collect();
            let title = PART_TITLES
                .iter()
                .find(|(part, _)| *part == key)
                .map_or(key, |(_, title)| *title);
            ReviewPart { key, title, rows }
        })
        .collect()
}

/// `text` with the characters that mean something in HTML escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The print style: landscape A4, the table's head on every page, no row
/// split over two pages.
const STYLE: &str = "
@page { size: A4 landscape; margin: 12mm; }
body { font: 10pt/1.35 system-ui, sans-serif; color: #000; margin: 0 auto; max-width: 290mm; padding: 8px; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; }
p, li { max-width: 60em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #777; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td { white-space: pre-line; }
.id { width: 15%; font: 8pt/1.3 ui-monospace, monospace; }
.text { width: 29%; }
.source { width: 19%; font-size: 8.5pt; }
.ok { width: 8%; font-size: 8.5pt; }
.sign { margin-top: 18pt; break-inside: avoid; border: 1px solid #000; padding: 8pt 12pt; }
.sign dl { display: grid; grid-template-columns: 12em 1fr; gap: 14pt 8pt; margin: 10pt 0 0; }
.sign dt { font-weight: bold; }
.sign dd { margin: 0; border-bottom: 1px solid #000; min-height: 16pt; }
.sign .tall { min-height: 40pt; }
@media print { .parts { display: none; } h2 { break-before: page; } h2.first { break-before: auto; } }
";

/// The whole review page. `version` names the version of the app the
/// texts come from (a commit), so the signature belongs to it.
pub fn review_html(version: Option<&str>) -> String {
    let parts = review_parts();
    let count: usize = parts.iter().map(|part| part.rows.len()).sum();
    let mut html = String::new();
    html.push_str("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str("<title>Heup &amp; Rug: alle teksten ter controle</title>\n");
    html.push_str(&format!("<style>{STYLE}</style>\n</head>\n<body>\n"));
    html.push_str("<h1>Heup &amp; Rug: alle teksten voor patiënten, ter controle</h1>\n");
    let version = version.map_or_else(
        || format!("versie {}", env!("CARGO_PKG_VERSION")),
        |version| format!("versie {}", escape(version)),
    );
    html.push_str(&format!(
        "<p>{count} teksten in het Nederlands en het Engels, uit de teksttabellen van de app ({version}). \
         Het Nederlands is de brontekst; het Engels is de vertaling en moet hetzelfde zeggen.</p>\n"
    ));
    html.push_str(
        "<p>Lees elke tekst tegen zijn bron. Kruis in de laatste kolom aan wat klopt, of schrijf er een opmerking bij. \
         Een X, Y of getal in een tekst is een voorbeeldwaarde; de app vult daar een naam, datum of aantal in. \
         De uitleg per tekst staat in docs/content-sources.md; de risico's en hun maatregelen in docs/intended-use.md.</p>\n",
    );
    html.push_str("<ul class=\"parts\">\n");
    for part in &parts {
        html.push_str(&format!(
            "<li><a href=\"#{}\">{}</a> ({})</li>\n",
            part.key,
            escape(part.title),
            part.rows.len()
        ));
    }
    html.push_str("</ul>\n");
    for (i, part) in parts.iter().enumerate() {
        let class = if i == 0 { " class=\"first\"" } else { "" };
        html.push_str(&format!(
            "<h2 id=\"{}\"{class}>{}</h2>\n<table>\n<thead><tr><th class=\"id\">Id</th>\
             <th class=\"text\">Nederlands</th><th class=\"text\">English</th>\
             <th class=\"source\">Bron</th><th class=\"ok\">Akkoord</th></tr></thead>\n<tbody>\n",
            part.key,
            escape(part.title)
        ));
        for row in &part.rows {
            html.push_str(&format!(
                "<tr><td class=\"id\">{}</td><td class=\"text\" lang=\"nl\">{}</td>\
                 <td class=\"text\" lang=\"en\">{}</td><td class=\"source\">{}</td><td class=\"ok\">☐</td></tr>\n",
                escape(&row.id),
                escape(&row.dutch),
                escape(&row.english),
                escape(&row.source)
            ));
        }
        html.push_str("</tbody>\n</table>\n");
    }
    html.push_str(&format!(
        "<section class=\"sign\">\n<h2 class=\"first\">Beoordeeld en akkoord</h2>\n\
         <p>Ik heb alle teksten hierboven ({count}, {version}) gelezen tegen hun bron. \
         Wat niet klopt, staat in de opmerkingen of in de kolom Akkoord.</p>\n<dl>\n\
         <dt>Naam</dt><dd></dd>\n\
         <dt>BIG-registratie</dt><dd></dd>\n\
         <dt>Datum</dt><dd></dd>\n\
         <dt>Handtekening</dt><dd class=\"tall\"></dd>\n\
         <dt>Opmerkingen</dt><dd class=\"tall\"></dd>\n\
         </dl>\n</section>\n</body>\n</html>\n"
    ));
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::{exercise, library_texts, ExerciseId};
    use crate::explainer::explainer;
    use crate::self_check::texts;

    /// The table row of the text with this id.
    fn row<'a>(html: &'a str, id: &str) -> Option<&'a str> {
        let cell = format!("<td class=\"id\">{}</td>", escape(id));
        html.split("<tr>").find(|row| row.starts_with(&cell))
    }

    #[test]
    fn the_review_holds_every_dutch_text_of_sample_tables() {
        let html = review_html(None);
        let mut dutch: Vec<String> = Vec::new();
        let library = library_texts(Lang::Nl);
        dutch.extend(library.stop_rules.iter().map(|rule| rule.to_string()));
        dutch.push(library.after_stopping.to_string());
        for id in ExerciseId::ALL {
            let e = exercise(id, Lang::Nl);
            dutch.extend(e.steps.iter().map(|step| step.to_string()));
            dutch.push(e.feel.to_string());
        }
        let t = texts(Lang::Nl);
        for screen in [&t.gp_now, &t.gp_today, &t.gp_within_days] {
            dutch.extend([screen.heading, screen.why, screen.next].map(String::from));
        }
        dutch.extend(explainer(Lang::Nl).intro.iter().map(|p| p.to_string()));
        for text in dutch {
            assert!(
                html.contains(&format!(
                    "<td class=\"text\" lang=\"nl\">{}</td>",
                    escape(&text)
                )),
                "missing: {text}"
            );
        }
    }

    #[test]
    fn every_red_flag_stands_with_its_guideline() {
        let html = review_html(None);
        let mut flags = 0;
        for question in QUESTIONS {
            if let QuestionId::RedFlag(flag) = question.id {
                let id = format!("self_check.{:?}.prompt", question.id);
                let row = row(&html, &id).unwrap_or_else(|| panic!("no row {id}"));
                let source = escape(flag_rule(flag).source);
                assert!(
                    row.contains(&format!("<td class=\"source\">{source}</td>")),
                    "{id} without {source}: {row}"
                );
                flags += 1;
            }
        }
        assert_eq!(flags, FLAG_RULES.len());
    }

    #[test]
    fn texts_are_escaped_and_the_markup_is_balanced() {
        assert_eq!(
            escape("<b> & 'x' \"y\""),
            "&lt;b&gt; &amp; &#39;x&#39; &quot;y&quot;"
        );
        let html = review_html(Some("<abc&>"));
        assert!(html.contains("versie &lt;abc&amp;&gt;"));
        assert!(!html.contains("<abc"));
        // "Heup & Rug", the app's name, is a text with an ampersand.
        assert!(html.contains("<td class=\"text\" lang=\"nl\">Heup &amp; Rug</td>"));
        assert!(!html.contains("Heup & Rug"));
        for tag in ["tr", "td", "th", "table", "h2", "section", "dl"] {
            assert_eq!(
                html.matches(&format!("<{tag}>")).count()
                    + html.matches(&format!("<{tag} ")).count(),
                html.matches(&format!("</{tag}>")).count(),
                "<{tag}> not balanced"
            );
        }
    }

    #[test]
    fn no_text_or_source_is_empty_and_every_part_is_there() {
        let parts = review_parts();
        let keys: Vec<&str> = parts.iter().map(|part| part.key).collect();
        for key in [
            "explainer",
            "self_check",
            "exercises",
            "diary",
            "clinic",
            "report",
            "pwa",
            "shell",
        ] {
            assert!(keys.contains(&key), "{key} missing");
        }
        for part in &parts {
            assert!(!part.rows.is_empty(), "{}", part.key);
            for row in &part.rows {
                for text in [&row.dutch, &row.english, &row.source] {
                    assert!(!text.trim().is_empty(), "{} has an empty text", row.id);
                }
                assert_ne!(row.english, "(ontbreekt)", "{} has no English", row.id);
            }
        }
        let html = review_html(None);
        assert!(!html.contains("\"></td>"), "an empty cell");
        let ids: Vec<&str> = parts
            .iter()
            .flat_map(|p| p.rows.iter().map(|r| r.id.as_str()))
            .collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "ids are not unique");
    }

    #[test]
    fn the_sign_off_leaves_the_reviewer_to_be_filled_in_by_hand() {
        let html = review_html(None);
        let sign = html
            .split("<section class=\"sign\">")
            .nth(1)
            .unwrap_or_default();
        for label in ["Naam", "BIG-registratie", "Datum", "Handtekening"] {
            assert!(
                sign.contains(&format!("<dt>{label}</dt><dd></dd>"))
                    || sign.contains(&format!("<dt>{label}</dt><dd class=\"tall\"></dd>")),
                "{label} is not an empty line"
            );
        }
    }

    #[test]
    fn sources_follow_the_article_and_the_guidelines() {
        assert_eq!(
            source("explainer", "content.klachten[1].list[0]"),
            "Artikel, kop “Symptomen die wijzen op heup-gerelateerde rugklachten”"
        );
        assert_eq!(source("explainer", "content.nieuw[0].paragraph"), ARTICLE);
        assert!(source("self_check", "Nerve(BelowKnee).prompt").starts_with("NHG M55"));
        assert!(source("self_check", "gp_now.heading").contains("cauda-equinasyndroom"));
        assert_eq!(source("diary", "menu_today"), INTERFACE);
        // Risk factors and the help page carry their guideline too.
        assert!(source("self_check", "RiskFactor(Osteoporosis).prompt").starts_with("NHG M54"));
        let bladder = format!("sign({:?})", crate::self_check::RedFlag::BladderOrBowel);
        assert_eq!(
            source("safety", &bladder),
            flag_rule(crate::self_check::RedFlag::BladderOrBowel).source
        );
        assert!(source("safety", "safety_line").contains("NHG M55"));
        assert!(source("self_check", "gp_today.why").contains("wervelfractuur"));
        // The about page: the article, the guidelines, the sign-off.
        assert_eq!(source("about", "article_source"), ARTICLE);
        assert_eq!(source("about", "guidelines[3]"), GUIDELINES);
        assert!(source("about", "not_checked").starts_with("clinic.toml"));
        assert_eq!(source("about", "not_for[1]"), INTENDED_USE);
    }
}
