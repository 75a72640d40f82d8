//! The explainer in Dutch, at language level B1: the clinic's article "Hoe de
//! heup de onderrug beïnvloedt", rewritten in short sentences and everyday
//! words, with the medical name in brackets the first time on each page.
//! Every claim comes from the article; the questions of the FAQ are written
//! to fit the article's answers.

use super::content::{Advice, Block, Explainer, Invitation, Link, Question, Section, Target};
use super::SectionId;
use crate::exercises::ExerciseId;
use crate::routes::Part;

/// The explainer in Dutch.
pub static EXPLAINER: Explainer = Explainer {
    intro: &[
        "Je onderrug en je heupen werken samen bij bijna elke beweging die je maakt. \
         Bij lopen, traplopen, bukken, draaien, zitten en tillen heb je een goed werkende heup nodig.",
    ],
    invitation: Invitation {
        title: "Wil je weten of jouw rugklachten uit je heup komen?",
        body: &[
            concat!("Bij ", clinic_name!(), " onderzoeken we hoe jouw heupen en onderrug samenwerken. \
             Daarna maken we een plan. Dat plan moet je heup beter laten bewegen, en de kracht en controle van je heup verbeteren."),
            "Het doel: je onderrug minder belasten. En weer vertrouwen krijgen in bewegen.",
            concat!("Maak een afspraak bij ", clinic_name!(), ". Ben je al patiënt? Vraag er dan naar bij je volgende afspraak."),
        ],
    },
    sections: &[
        HIP_JOINT,
        HIP_STEERS_BACK,
        LIMITATIONS,
        SYMPTOMS,
        EXAMINATION,
        TREATMENT,
        HOME_ADVICE,
        LIFESTYLE,
        CONCLUSION,
        FAQ,
    ],
};

const fn to_section(id: SectionId, label: &'static str) -> Link {
    Link {
        target: Target::Section(id),
        label,
    }
}

const fn to_exercise(id: ExerciseId, label: &'static str) -> Link {
    Link {
        target: Target::Exercise(id),
        label,
    }
}

const TO_SELF_CHECK: Link = Link {
    target: Target::Part(Part::SelfCheck),
    label: "Doe de zelftest",
};

const HIP_JOINT: Section = Section {
    id: SectionId::HipJoint,
    title: "Hoe je heupgewricht werkt",
    summary: "Een kogelgewricht met sterke banden en spieren.",
    blocks: &[
        Block::Paragraph(
            concat!("Bij ", clinic_name!(), " zien we vaak dat rugklachten ontstaan als de heupen minder goed bewegen. \
             Of als de spieren rond de heup niet goed samenwerken."),
        ),
        Block::Paragraph(
            "Als je weet hoe je heup je onderrug beïnvloedt, kun je de oorzaak van je klachten beter in beeld krijgen. \
             En je ziet waarom heuptraining een belangrijk deel is van het herstel van je rug (rugrevalidatie).",
        ),
        Block::Heading("Een kogelgewricht"),
        Block::Paragraph(
            "Je heup is een kogelgewricht. De ronde heupkop draait in de heupkom. \
             Daardoor kun je je been buigen, strekken, opzij bewegen en draaien. \
             Je heup kan dus veel kanten op.",
        ),
        Block::Paragraph(
            "Het gewricht is gemaakt om stevig, sterk en soepel te zijn. \
             Zo kan het goed tegen belasting die steeds terugkomt. \
             Bijvoorbeeld bij wandelen, rennen, traplopen en tillen.",
        ),
        Block::Heading("Wat houdt je heup stevig en sterk?"),
        Block::List(&[
            "Het gewrichtskapsel en stevige banden (ligamenten) begrenzen hoe ver je heup kan bewegen. \
             Zij zorgen vooral voor stevigheid (stabiliteit).",
            "Je bilspieren (gluteus) geven kracht en controle. \
             Ze steunen je onderrug bij alles wat je op een dag doet.",
            "Je heupbuigers zitten aan de voorkant van je heup. Aan de achterkant van je bovenbeen zitten de hamstrings. \
             Samen beïnvloeden ze hoe je bekken staat, en daarmee ook de stand van je onderrug (lumbale wervelkolom).",
            "Diepe draaispieren van je heup (diepe heuprotatoren) sturen je heup fijn bij. \
             Ze geven stevigheid bij lopen, draaien en balansoefeningen.",
        ]),
        Block::Paragraph(
            "Werkt een van deze onderdelen minder goed? Dan moet je onderrug dat opvangen (compenseren).",
        ),
    ],
};

const HIP_STEERS_BACK: Section = Section {
    id: SectionId::HipSteersBack,
    title: "Hoe je heup je onderrug beïnvloedt",
    summary: "Je heup heeft veel invloed op hoe je bekken staat en vangt veel beweging op.",
    blocks: &[
        Block::Heading("De stand van je bekken"),
        Block::Paragraph(
            "Je heup heeft veel invloed op hoe je bekken staat. \
             Strakke heupbuigers trekken je bekken naar voren. \
             Je onderrug wordt dan holler en de druk op je onderrug wordt groter.",
        ),
        Block::Paragraph(
            "Zwakke bilspieren (gluteus) kunnen juist het omgekeerde doen. \
             Je bekken wordt dan minder goed op zijn plaats gehouden, of je onderrug wordt vlakker.",
        ),
        Block::Picture,
        Block::Note(
            "Goed om te weten: je rug is sterk. Pijn betekent niet dat er iets kapot is. \
             Door te bewegen en te oefenen kan je heup weer meer werk overnemen.",
        ),
        Block::Heading("Bukken, tillen en lopen"),
        Block::Paragraph(
            "Bij bukken, tillen en lopen moet je heup een groot deel van de beweging opvangen. \
             Doet je heup dat niet? Dan gaat de beweging naar je onderrug.",
        ),
        Block::Paragraph(
            "Krachten die via je been je lichaam binnenkomen, gaan via je heup naar je wervelkolom. \
             Is je heup stijf of niet stevig? Dan wordt je onderrug daardoor zwaarder belast.",
        ),
        Block::Heading("Draaien en reiken"),
        Block::Paragraph(
            "Je onderrug kan maar weinig draaien. Je heup moet juist veel draai- en reikbewegingen mogelijk maken. \
             Kan je heup minder goed draaien (beperkte heuprotatie)? \
             Dan moet het draaien uit je onderrug komen. Je onderrug krijgt dan meer te doen, en dat kan pijn geven.",
        ),
        Block::Heading("Als je bilspieren niet goed meedoen"),
        Block::Paragraph(
            "Spannen je bilspieren niet goed aan? Dan nemen je rugspieren werk over dat eigenlijk bij de heup hoort. \
             Je rugspieren worden dan snel moe en je onderrug gaat pijn doen.",
        ),
    ],
};

const LIMITATIONS: Section = Section {
    id: SectionId::Limitations,
    title: "Welke heupproblemen rugklachten geven",
    summary: concat!("Vijf patronen die ", clinic_name!(), " vaak ziet."),
    blocks: &[
        Block::Paragraph(
            concat!("Bij ", clinic_name!(), " zien we een paar patronen vaak terugkomen. Herken je er een?"),
        ),
        Block::List(&[
            "Heupbuigers die door veel zitten vaak korter worden. Je bekken kantelt dan naar voren en de druk in je onderrug wordt hoger.",
            "Zwakke bilspieren (gluteus). De spieren van je onderrug moeten dan extra hard werken \
             bij traplopen, opstaan en tillen.",
            "Een heup die minder goed kan draaien (beperkte heuprotatie). Je onderrug moet dan meer draaiing opvangen.",
            "Een heup die niet stevig genoeg wordt gehouden (instabiliteit). Je onderrug wordt dan steeds wisselend belast.",
            "Een heup die te weinig buigt als je bukt. Dan komt bijna alle beweging uit je onderrug (lumbale wervelkolom). \
             Daardoor gaat je onderrug sneller pijn doen.",
        ]),
        Block::Links(&[
            to_section(SectionId::HipSteersBack, "Bekijk het plaatje van bekken en onderrug"),
        ]),
    ],
};

const SYMPTOMS: Section = Section {
    id: SectionId::Symptoms,
    title: "Klachten die op je heup wijzen",
    summary: "Zeven klachten die veel mensen herkennen.",
    blocks: &[
        Block::Paragraph(
            "Komen je rugklachten (deels) uit je heup? Veel mensen herkennen dan deze klachten:",
        ),
        Block::List(&[
            "Een zeurende onderrug na zitten of wandelen",
            "Pijn als je opstaat uit een stoel",
            "Moeite met traplopen",
            "Een stijf gevoel of een drukkend gevoel in je bil",
            "Pijn als je vooroverbuigt of iets tilt",
            "Pijn die uitstraalt naar je bil of bovenbeen",
            "Minder kracht in één been of bil",
        ]),
        Block::Paragraph(
            "Deze klachten worden vaak duidelijk minder als je heupen weer beter bewegen. \
             En als je bilspieren sterker worden en beter meedoen.",
        ),
        Block::Note(
            "Herken je klachten? Dat is nog geen diagnose. \
             De zelftest helpt je op een rij te zetten wat je merkt. Hij vervangt geen onderzoek.",
        ),
        Block::Links(&[TO_SELF_CHECK]),
        Block::Invitation,
    ],
};

const EXAMINATION: Section = Section {
    id: SectionId::Examination,
    title: concat!("Zo onderzoekt ", clinic_name!(), " je heup"),
    summary: "Hoe je heup beweegt, hoe sterk je bilspieren zijn en hoe je beweegt.",
    blocks: &[
        Block::Paragraph(
            concat!("Bij ", clinic_name!(), " onderzoekt een team van verschillende zorgverleners (multidisciplinair team) je heup. \
             Zo gaat dat:"),
        ),
        Block::List(&[
            "Eerst kijken ze hoe goed je heup beweegt: buigen (flexie), strekken (extensie) en draaien (rotatie).",
            "Daarna testen ze hoe goed je bilspieren aanspannen, zoals de middelste bilspier (gluteus medius). \
             En of die spieren genoeg kracht en controle geven.",
            "Ze kijken ook naar de stand van je bekken en je onderrug, en hoe goed die bewegen.",
            "Ze kijken hoe je beweegt bij lopen, door je knieën zakken (squatten), traplopen en andere gewone bewegingen. \
             Zo zien ze hoe goed je die bewegingen stuurt en hoe je heup en onderrug samenwerken.",
            "Ze letten op spanning in je heupbuigers, hamstrings en de spieren aan de binnenkant van je bovenbeen (adductoren).",
            "En ze kijken hoe stevig je staat en beweegt bij wat je dagelijks doet. Dan is het beeld compleet.",
        ]),
    ],
};

const TREATMENT: Section = Section {
    id: SectionId::Treatment,
    title: "De behandeling: eerst ruimte, dan trainen",
    summary: "Twee fases: ontspannen en losmaken, daarna zelf oefenen.",
    blocks: &[
        Block::Heading("Fase 1: ruimte en ontspanning (passieve fase)"),
        Block::Paragraph(
            "In de eerste fase gaat het om ruimte, ontspanning en weer goed kunnen bewegen. \
             Passief betekent hier: je wordt vooral behandeld. \
             Dat geeft vaak snel wat verlichting. Voor verandering die blijft, is de tweede fase nodig: zelf oefenen.",
        ),
        Block::List(&[
            "De therapeut beweegt je heupgewricht (mobilisaties).",
            "De therapeut behandelt je heupbuigers, bilspieren en hamstrings met de handen (manuele technieken). \
             Zo worden de spieren minder gespannen en kun je verder bewegen.",
            "Waar nodig maakt de therapeut ook je onderrug en bekken beweeglijker.",
            "Spieren die te hard werken (overactieve spieren) worden ontspannen. \
             Dat haalt vaak snel druk van je onderrug.",
        ]),
        Block::Heading("Fase 2: zelf trainen (actieve fase)"),
        Block::Paragraph(
            "In de tweede fase ga je zelf aan de slag. Hier ontstaat de echte verandering, die blijft.",
        ),
        Block::Advice(&[
            Advice {
                text: "Je leert je bilspieren gericht aan te spannen. \
                       Zo nemen je heupen weer een groter deel van het werk over.",
                links: &[
                    to_exercise(ExerciseId::Clamshell, "Schelpoefening"),
                    to_exercise(ExerciseId::SideLyingAbduction, "Been zijwaarts heffen"),
                ],
            },
            Advice {
                text: "Je heup leert weer in alle richtingen goed bewegen.",
                links: &[
                    to_exercise(ExerciseId::HipMobility, "Knie naar je borst"),
                    to_exercise(ExerciseId::HipFlexorStretch, "Heupbuiger rekken"),
                ],
            },
            Advice {
                text: "Je oefent hoe je je bekken stevig houdt terwijl je beweegt. \
                       Zo stuur je je bewegingen beter.",
                links: &[],
            },
            Advice {
                text: "Je traint kracht met oefeningen als de heupscharnier (hip hinge), \
                       het bruggetje (bridge) en varianten van de uitvalspas (lunge).",
                links: &[
                    to_exercise(ExerciseId::HipHinge, "Buigen vanuit je heupen"),
                    to_exercise(ExerciseId::Bridge, "Bruggetje"),
                    to_exercise(ExerciseId::Lunge, "Uitvalspas"),
                ],
            },
            Advice {
                text: "Je oefent gewone bewegingen: lopen, tillen en traplopen.",
                links: &[],
            },
        ]),
        Block::Paragraph("Hoe zwaar je oefent, bouw je stap voor stap op."),
    ],
};

const HOME_ADVICE: Section = Section {
    id: SectionId::HomeAdvice,
    title: "Thuis oefenen: adviezen",
    summary: "Wat je zelf elke dag kunt doen voor je heup en onderrug.",
    blocks: &[
        Block::Paragraph("Dit kun je thuis doen voor je heup en je onderrug:"),
        Block::Advice(&[
            Advice {
                text: "Doe elke dag lichte oefeningen om je heup te laten bewegen. Dat helpt tegen stijfheid.",
                links: &[
                    to_exercise(ExerciseId::HipMobility, "Knie naar je borst"),
                    to_exercise(ExerciseId::HipFlexorStretch, "Heupbuiger rekken"),
                ],
            },
            Advice {
                text: "Train je bilspieren rustig en gecontroleerd. Bijvoorbeeld met het bruggetje \
                       en met je been naar achteren strekken (heupextensie). Zo krijgt je onderrug meer steun.",
                links: &[
                    to_exercise(ExerciseId::Bridge, "Bruggetje"),
                    to_exercise(ExerciseId::HipExtension, "Been naar achteren"),
                ],
            },
            Advice {
                text: "Zit je lang? Sta dan regelmatig op en beweeg even. \
                       Zo worden je heupen en rug minder belast.",
                links: &[to_exercise(ExerciseId::SittingBreak, "Zitpauze")],
            },
            Advice {
                text: "Oefen het draaien van je heup (heuprotatie). Draaien gaat dan soepeler. \
                       En je onderrug hoeft minder te draaien.",
                links: &[to_exercise(ExerciseId::HipRotation, "Heupen draaien (90/90)")],
            },
            Advice {
                text: "Wandel. Wandelen is goed voor je doorbloeding, je ritme en je coördinatie.",
                links: &[to_exercise(ExerciseId::Walking, "Wandelen")],
            },
            Advice {
                text: "Ga je meer doen in je sport of werk? Bouw dat langzaam op. \
                       Doe niet meer dan je heup en onderrug aankunnen.",
                links: &[],
            },
        ]),
        Block::Links(&[Link {
            target: Target::Part(Part::Exercises),
            label: "Alle oefeningen",
        }]),
    ],
};

const LIFESTYLE: Section = Section {
    id: SectionId::Lifestyle,
    title: "Leefstijl: zo blijft je heup sterk",
    summary: "Bewegen, kracht, ontspanning en rust.",
    blocks: &[
        Block::List(&[
            "Je heup blijft het sterkst als je de hele dag genoeg beweegt. En als je vaak van houding wisselt.",
            "Sterke heupen en bilspieren zijn een belangrijke buffer voor je onderrug: ze vangen veel op.",
            "Train regelmatig je kracht en je beweeglijkheid. Dan blijft je heup goed werken.",
            "Minder stress geeft minder onnodige spanning in je spieren.",
            "Een slaaphouding en rustmomenten die helpen bij herstel zorgen dat je lichaam belasting beter aankan.",
        ]),
        Block::Paragraph(
            concat!("Bij ", clinic_name!(), " hoort voorkomen (preventie) altijd bij de aanpak. \
             Zo komen rugklachten niet steeds terug."),
        ),
    ],
};

const CONCLUSION: Section = Section {
    id: SectionId::Conclusion,
    title: "Samengevat",
    summary: "Een heup die beter werkt, kan helpen om rugklachten te verminderen.",
    blocks: &[
        Block::Paragraph(
            "Je heup heeft een directe en grote invloed op hoe zwaar je onderrug belast wordt.",
        ),
        Block::Paragraph(
            "Beweegt je heup minder goed? Is hij niet sterk genoeg of niet stevig genoeg? \
             Dan moet je onderrug dat opvangen. Dat kan pijn geven.",
        ),
        Block::Paragraph(concat!(
            "Volgens ",
            clinic_name!(),
            " is het verbeteren van je heup een belangrijke manier om rugklachten te verminderen."
        )),
        Block::Paragraph(concat!(
            "Daarom richt het team van ",
            clinic_name!(),
            " zich bewust op je heup. \
             In dat team werken verschillende zorgverleners samen (multidisciplinaire aanpak). \
             Je heup is voor hen een belangrijke schakel in hoe je lichaam samen beweegt."
        )),
        Block::Invitation,
    ],
};

const FAQ: Section = Section {
    id: SectionId::Faq,
    title: "Veelgestelde vragen",
    summary: "Vijf vragen die patiënten vaak stellen.",
    blocks: &[
        Block::Paragraph("Tik op een vraag om het antwoord te lezen."),
        Block::Questions(&[
            Question {
                question: "Hoe weet ik of mijn heup meedoet bij mijn rugklachten?",
                answer: &[
                    "Heb je pijn bij lopen, traplopen of opstaan? En is je heup stijf, of kun je hem minder ver bewegen? \
                     Dan is dat vaak een teken dat je heup meedoet bij je rugklachten.",
                ],
                links: &[
                    TO_SELF_CHECK,
                    to_section(SectionId::Symptoms, "Klachten die op je heup wijzen"),
                ],
            },
            Question {
                question: "Helpen sterke bilspieren echt tegen rugklachten?",
                answer: &[
                    "Ja. Sterke bilspieren die goed aanspannen, kunnen je onderrug ontlasten. \
                     Ze helpen ook om krachten beter te verdelen bij wat je dagelijks doet.",
                ],
                links: &[
                    to_exercise(ExerciseId::Bridge, "Bruggetje"),
                    to_exercise(ExerciseId::Clamshell, "Schelpoefening"),
                ],
            },
            Question {
                question: "Kan mijn heup de oorzaak zijn, ook als ik alleen pijn in mijn rug voel?",
                answer: &[
                    "Dat kan zeker. Sommige mensen voelen alleen pijn in hun rug, terwijl het eigenlijke probleem in de heup zit. \
                     Daarom kijken we bij het onderzoek altijd naar de hele keten van je bewegingen.",
                ],
                links: &[to_section(SectionId::Examination, concat!("Zo onderzoekt ", clinic_name!(), " je heup"))],
            },
            Question {
                question: "Waarom helpt heuptraining tegen rugpijn?",
                answer: &[
                    "Je heup neemt dan meer beweging en kracht over. Je onderrug hoeft dan minder op te vangen. \
                     Daardoor wordt je onderrug (lumbale wervelkolom) minder belast en neemt de pijn af.",
                ],
                links: &[to_section(SectionId::HipSteersBack, "Hoe je heup je onderrug beïnvloedt")],
            },
            Question {
                question: "Hoe snel merk ik verschil?",
                answer: &[
                    "Dat verschilt per persoon. Sommige mensen merken al na een paar weken verschil. \
                     Bij anderen duurt het langer. \
                     Blijf regelmatig oefenen, en werk gericht aan een heup die goed beweegt en sterke bilspieren.",
                ],
                links: &[
                    to_section(SectionId::HomeAdvice, "Thuis oefenen: adviezen"),
                    Link {
                        target: Target::Part(Part::Diary),
                        label: "Houd je oefeningen bij in het dagboek",
                    },
                ],
            },
        ]),
        Block::Invitation,
    ],
};
