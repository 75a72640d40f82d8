//! The self-check's questions, answers and home tests in Dutch, and the
//! words of its links into the explainer and the exercises. Red flags follow
//! the usual Dutch GP warning signs; symptoms follow the clinic's article.

use super::{AnswerText, QuestionText, SelfTestText};
use crate::self_check::question::{
    Answer, NerveSign, QuestionId, RedFlag, RiskFactor, SelfTest, Symptom,
};

const fn text(
    prompt: &'static str,
    hint: Option<&'static str>,
    label: &'static str,
    reason: fn(&str) -> String,
) -> QuestionText {
    QuestionText {
        prompt,
        hint,
        label,
        reason,
    }
}

pub(super) fn question(id: QuestionId) -> QuestionText {
    match id {
        QuestionId::RedFlag(flag) => red_flag(flag),
        QuestionId::RiskFactor(factor) => risk_factor(factor),
        QuestionId::Symptom(symptom) => self::symptom(symptom),
        QuestionId::AgeBand => text(
            "Hoe oud ben je?",
            Some("Dit vragen we omdat een val vanaf 50 jaar eerder een wervel kan breken."),
            "Leeftijd",
            |age| format!("Je gaf aan dat je {age} bent."),
        ),
        QuestionId::Nerve(sign) => nerve(sign),
        QuestionId::Duration => text(
            "Hoe lang heb je deze klachten al?",
            None,
            "Hoe lang al",
            |how_long| format!("Je gaf aan dat je deze klachten {how_long} hebt."),
        ),
        QuestionId::SelfTest(test) => self_test_question(test),
    }
}

fn red_flag(flag: RedFlag) -> QuestionText {
    match flag {
        RedFlag::BladderOrBowel => text(
            "Heb je sinds de rugpijn nieuwe problemen met plassen of ontlasting?",
            Some("Bijvoorbeeld: je kunt je plas of ontlasting niet meer ophouden, of plassen lukt niet meer. Het gaat \
                  om wat nieuw of anders is sinds de rugpijn. Een klacht die je al langer hebt en die niet veranderd \
                  is, zoals van je prostaat, telt niet."),
            "Nieuwe problemen met plassen of ontlasting",
            |_| "Je gaf aan dat je sinds de rugpijn nieuwe problemen hebt met plassen of ontlasting.".into(),
        ),
        RedFlag::SaddleNumbness => text(
            "Voelt de huid tussen je benen doof of anders aan?",
            Some("Het gaat om de plek die op een fietszadel rust: rond je anus, je geslachtsdelen en aan de \
                  binnenkant van je bovenbenen (zadelanesthesie)."),
            "Doof gevoel tussen de benen",
            |_| "Je gaf aan dat de huid tussen je benen doof of anders aanvoelt.".into(),
        ),
        RedFlag::BothLegs => text(
            "Zijn allebei je benen sinds de rugpijn doof of zwak geworden?",
            Some("Het gaat om beide benen tegelijk, en om wat nieuw is sinds de rugpijn of erger wordt. Een klacht \
                  die je al langer hebt en die niet veranderd is, telt niet."),
            "Nieuw doof of zwak gevoel in beide benen",
            |_| "Je gaf aan dat allebei je benen sinds de rugpijn doof of zwak zijn geworden.".into(),
        ),
        RedFlag::LegWeakening => text(
            "Wordt een been snel zwakker?",
            Some("Bijvoorbeeld: je voet sleept over de grond, of je knie zakt door. En het wordt snel erger."),
            "Een been dat snel zwakker wordt",
            |_| "Je gaf aan dat een been snel zwakker wordt.".into(),
        ),
        RedFlag::SeriousAccident => text(
            "Is je rugpijn begonnen of veel erger geworden na een ernstig ongeluk in de laatste 6 weken?",
            Some("Bijvoorbeeld: je viel van de trap of van een hoogte, je had een aanrijding, of je kreeg een harde \
                  klap op je rug."),
            "Rugpijn na een ernstig ongeluk",
            |_| "Je gaf aan dat je rugpijn begon of veel erger werd na een ernstig ongeluk in de laatste 6 weken."
                .into(),
        ),
        RedFlag::Cancer => text(
            "Heb je kanker, of heb je ooit kanker gehad?",
            Some("Weet je huisarts of specialist al van deze rugpijn? Kies dan de tweede knop."),
            "Kanker, nu of vroeger, en je arts weet nog niet van deze rugpijn",
            |_| "Je gaf aan dat je kanker hebt of hebt gehad, en dat je arts nog niet van deze rugpijn weet.".into(),
        ),
        RedFlag::WeightLoss => text(
            "Ben je de laatste tijd afgevallen zonder dat je dat wilde?",
            None,
            "Afvallen zonder reden",
            |_| "Je gaf aan dat je bent afgevallen zonder dat je dat wilde.".into(),
        ),
        RedFlag::FeverOrIll => text(
            "Heb je koorts of voel je je ziek, samen met de rugpijn?",
            None,
            "Koorts of ziek voelen",
            |_| "Je gaf aan dat je koorts hebt of je ziek voelt, samen met de rugpijn.".into(),
        ),
        RedFlag::FeverWithInfectionRisk => text(
            "Heb je koorts, en spuit je drugs of had je kort geleden een ontsteking door een bacterie?",
            Some("Een ontsteking door een bacterie is bijvoorbeeld een blaasontsteking of een longontsteking."),
            "Koorts bij drugs spuiten of na een ontsteking",
            |_| "Je gaf aan dat je koorts hebt, en dat je drugs spuit of kort geleden een ontsteking door een \
                 bacterie had."
                .into(),
        ),
        RedFlag::WeakImmunity => text(
            "Werkt je afweer minder goed, door een ziekte of door medicijnen?",
            Some("Bijvoorbeeld door chemotherapie, na een orgaantransplantatie of bij hiv."),
            "Minder goede afweer",
            |_| "Je gaf aan dat je afweer minder goed werkt.".into(),
        ),
        RedFlag::RecentBackProcedure => text(
            "Ben je in de laatste 3 maanden aan je onderrug geopereerd of daar geprikt, en is de pijn daarna nieuw \
             of erger?",
            Some("Geprikt betekent hier: een injectie in je onderrug, bijvoorbeeld tegen de pijn."),
            "Nieuwe of ergere pijn na een operatie of prik in de onderrug",
            |_| "Je gaf aan dat je in de laatste 3 maanden aan je onderrug bent geopereerd of daar bent geprikt, en \
                 dat de pijn daarna nieuw of erger is."
                .into(),
        ),
        RedFlag::NightPain => text(
            "Heb je ’s nachts of in rust pijn die niet minder wordt als je anders gaat liggen of zitten?",
            None,
            "Pijn in rust of ’s nachts die niet verandert",
            |_| "Je gaf aan dat je ’s nachts of in rust pijn hebt die niet minder wordt als je anders gaat liggen \
                 of zitten."
                .into(),
        ),
        RedFlag::PainkillersDoNotHelp => text(
            "Is de pijn zo erg dat pijnstillers niet helpen?",
            Some("Het gaat om pijnstillers die je gebruikt zoals het op de bijsluiter staat, of zoals je arts zei."),
            "Pijn waar pijnstillers niet tegen helpen",
            |_| "Je gaf aan dat de pijn zo erg is dat pijnstillers niet helpen.".into(),
        ),
        RedFlag::InflammatoryPattern => text(
            "Begon je rugpijn voor je 45e, ben je ’s ochtends langer dan een half uur stijf, en wordt het beter als \
             je beweegt?",
            Some("Kies alleen ‘Ja’ als alle drie kloppen."),
            "Rugpijn die past bij een ontsteking",
            |_| "Je gaf aan dat je rugpijn voor je 45e begon, dat je ’s ochtends langer dan een half uur stijf bent \
                 en dat bewegen helpt."
                .into(),
        ),
    }
}

fn risk_factor(factor: RiskFactor) -> QuestionText {
    match factor {
        RiskFactor::Osteoporosis => text(
            "Heb je botontkalking (osteoporose)?",
            None,
            "Botontkalking",
            |_| "Je gaf aan dat je botontkalking hebt.".into(),
        ),
        RiskFactor::Corticosteroids => text(
            "Gebruik je al langer dan 3 maanden prednison of een vergelijkbaar medicijn?",
            Some("Het gaat om tabletten of injecties (corticosteroïden), niet om een puffer, neusspray of zalf."),
            "Langdurig prednison",
            |_| "Je gaf aan dat je al langer dan 3 maanden prednison of een vergelijkbaar medicijn gebruikt.".into(),
        ),
        RiskFactor::MinorFall => text(
            "Ben je in de laatste 6 weken gevallen, bijvoorbeeld doordat je struikelde of uitgleed?",
            Some("Het gaat om een gewone val, thuis of op straat."),
            "Een gewone val",
            |_| "Je gaf aan dat je in de laatste 6 weken bent gevallen.".into(),
        ),
    }
}

fn nerve(sign: NerveSign) -> QuestionText {
    match sign {
        NerveSign::PainBelowKnee => text(
            "Trekt de pijn door tot onder je knie?",
            None,
            "Pijn tot onder de knie",
            |_| "Je gaf aan dat de pijn doortrekt tot onder je knie.".into(),
        ),
        NerveSign::NumbTinglingOrWeakLeg => text(
            "Voelt een been doof of tintelig aan, of is het zwakker dan anders?",
            None,
            "Doof, tintelig of zwakker been",
            |_| {
                "Je gaf aan dat een been doof of tintelig aanvoelt, of zwakker is dan anders."
                    .into()
            },
        ),
    }
}

fn symptom(symptom: Symptom) -> QuestionText {
    match symptom {
        Symptom::AcheAfterSittingOrWalking => text(
            "Hoe vaak zeurt je onderrug na zitten of wandelen?",
            None,
            "Zeurende onderrug na zitten of wandelen",
            |often| format!("Je gaf aan dat je onderrug {often} zeurt na zitten of wandelen."),
        ),
        Symptom::PainRisingFromChair => text(
            "Hoe vaak doet het pijn als je opstaat uit een stoel?",
            None,
            "Pijn bij opstaan uit een stoel",
            |often| format!("Je gaf aan dat opstaan uit een stoel {often} pijn doet."),
        ),
        Symptom::Stairs => text(
            "Hoe vaak heb je moeite met traplopen?",
            None,
            "Moeite met traplopen",
            |often| format!("Je gaf aan dat je {often} moeite hebt met traplopen."),
        ),
        Symptom::ButtockStiffness => text(
            "Hoe vaak is je bil stijf, of voel je druk in je bil?",
            None,
            "Stijve bil of druk in de bil",
            |often| format!("Je gaf aan dat je {often} stijfheid of druk voelt in je bil."),
        ),
        Symptom::PainBendingOrLifting => text(
            "Hoe vaak doet het pijn als je vooroverbuigt of iets tilt?",
            None,
            "Pijn bij vooroverbuigen of tillen",
            |often| format!("Je gaf aan dat vooroverbuigen of tillen {often} pijn doet."),
        ),
        Symptom::RadiatingPain => text(
            "Hoe vaak trekt de pijn door naar je bil of bovenbeen?",
            Some("Dit heet uitstralende pijn."),
            "Pijn die uitstraalt naar bil of bovenbeen",
            |often| format!("Je gaf aan dat de pijn {often} uitstraalt naar je bil of bovenbeen."),
        ),
        Symptom::LessStrength => text(
            "Hoe vaak is één bil minder sterk dan de andere, bijvoorbeeld bij traplopen of opstaan?",
            None,
            "Minder kracht in één bil",
            |often| format!("Je gaf aan dat je {often} minder kracht voelt in één bil."),
        ),
    }
}

fn self_test_question(test: SelfTest) -> QuestionText {
    match test {
        SelfTest::FigureFour => text(
            "Aan welke kant deed je heup, bil of lies pijn?",
            Some("Een stijf of rekkend gevoel in je bil is normaal bij deze test. Had je geen pijn, maar was één \
                  kant duidelijk stijver dan de andere? Kies dan ‘Geen pijn, wel één kant stijver’."),
            "Enkel op de knie",
            |side| {
                if side == STIFFER {
                    format!("Je gaf aan dat ‘enkel op de knie’ geen pijn deed, maar {side} voelde.")
                } else {
                    format!("Je gaf aan dat ‘enkel op de knie’ {side} pijn deed.")
                }
            },
        ),
        SelfTest::KneeToChest => text(
            "Aan welke kant deed je heup of lies pijn, of kon je knie niet verder?",
            None,
            "Knie naar de borst",
            |side| {
                format!("Je gaf aan dat je bij ‘knie naar de borst’ {side} pijn voelde, of dat je knie niet verder kon.")
            },
        ),
        SelfTest::OneLegStand => text(
            "Op welk been lukte het niet goed om 30 seconden te blijven staan?",
            None,
            "Op één been staan",
            |side| format!("Je gaf aan dat 30 seconden op één been staan {side} niet goed lukte."),
        ),
        SelfTest::ForwardBend => text(
            "Waar kwam de beweging vooral vandaan?",
            None,
            // A soft hyphen, so the long word breaks well in a narrow table.
            "Voorover\u{ad}buigen",
            |_| {
                "Je gaf aan dat bij vooroverbuigen vooral je rug rond werd, en dat je heupen weinig meebogen."
                    .into()
            },
        ),
    }
}

pub(super) fn self_test(test: SelfTest) -> SelfTestText {
    match test {
        SelfTest::FigureFour => SelfTestText {
            name: "Enkel op de knie",
            steps: [
                "Zit rechtop op een stoel. Leg je linkerenkel op je rechterknie en laat je linkerknie rustig zakken.",
                "Doe daarna hetzelfde met je rechterenkel op je linkerknie.",
            ],
            picture: "Tekening: iemand zit op een stoel met de enkel van het ene been op de knie van het andere been.",
            labels: &[],
        },
        SelfTest::KneeToChest => SelfTestText {
            name: "Knie naar de borst",
            steps: [
                "Ga op je rug liggen, op bed of op de grond. Trek met je handen één knie rustig naar je borst.",
                "Doe daarna hetzelfde met je andere knie.",
            ],
            picture: "Tekening: iemand ligt op de rug en trekt met beide handen één knie naar de borst.",
            labels: &[],
        },
        SelfTest::OneLegStand => SelfTestText {
            name: "Op één been staan",
            steps: [
                "Ga naast een tafel of aanrecht staan, met je hand er vlak boven maar zonder je vast te houden. \
                 Til één voet op en blijf 30 seconden staan.",
                "Doe daarna hetzelfde op je andere been.",
            ],
            picture: "Tekening: iemand staat op één been naast een tafel, met één hand vlak boven het tafelblad.",
            labels: &[],
        },
        SelfTest::ForwardBend => SelfTestText {
            name: "Vooroverbuigen",
            steps: [
                "Ga rechtop staan met je handen op je heupen. Buig rustig voorover, zo ver als het prettig voelt.",
                "Let op: gaan je billen naar achteren, of wordt vooral je rug rond?",
            ],
            picture: "Twee tekeningen. Links buigt iemand voorover vanuit de heupen: de rug blijft recht en de \
                      billen gaan naar achteren. Rechts buigt iemand voorover met een ronde rug.",
            labels: &["vanuit je heupen", "vooral je rug"],
        },
    }
}

/// "No pain, one side stiffer" in a sentence; ankle on knee's reason reads
/// differently for it.
const STIFFER: &str = "aan één kant duidelijk stijver";

const fn words(button: &'static str, short: &'static str, in_sentence: &'static str) -> AnswerText {
    AnswerText {
        button,
        short,
        in_sentence,
    }
}

pub(super) fn answer(answer: Answer) -> AnswerText {
    match answer {
        Answer::Yes => words("Ja", "Ja", "ja"),
        Answer::YesDoctorKnows => words(
            "Ja, en mijn huisarts of specialist weet al van deze rugpijn",
            "Ja, arts weet ervan",
            "ja, en je arts weet van deze rugpijn",
        ),
        Answer::No => words("Nee", "Nee", "nee"),
        Answer::UnderFifty => words("Jonger dan 50", "Jonger dan 50", "jonger dan 50"),
        Answer::FiftyOrOver => words("50 of ouder", "50 of ouder", "50 of ouder"),
        Answer::Never => words("Nooit", "Nooit", "nooit"),
        Answer::Sometimes => words("Soms", "Soms", "soms"),
        Answer::Often => words("Vaak", "Vaak", "vaak"),
        Answer::UnderSixWeeks => words(
            "Korter dan 6 weken",
            "Korter dan 6 weken",
            "nog geen 6 weken",
        ),
        Answer::SixToTwelveWeeks => words("6 tot 12 weken", "6 tot 12 weken", "al 6 tot 12 weken"),
        Answer::OverTwelveWeeks => words(
            "Langer dan 3 maanden",
            "Langer dan 3 maanden",
            "al langer dan 3 maanden",
        ),
        Answer::Left => words("Links", "Links", "links"),
        Answer::Right => words("Rechts", "Rechts", "rechts"),
        Answer::BothSides => words("Beide kanten", "Beide kanten", "aan beide kanten"),
        Answer::Neither => words(
            "Geen van beide",
            "Geen van beide",
            "aan geen van beide kanten",
        ),
        Answer::StifferOneSide => words(
            "Geen pijn, wel één kant stijver",
            "Eén kant stijver",
            STIFFER,
        ),
        Answer::FromHips => words(
            "Vooral uit mijn heupen: mijn billen gingen naar achteren",
            "Uit de heupen",
            "uit je heupen",
        ),
        Answer::FromBack => words(
            "Vooral uit mijn rug: mijn rug werd rond",
            "Uit de rug",
            "uit je rug",
        ),
        Answer::Unsure => words("Dat weet ik niet", "Weet ik niet", "onbekend"),
        Answer::Skipped => words("Deze test sla ik over", "Overgeslagen", "overgeslagen"),
    }
}
