//! The exercises in Dutch (language level B1: short sentences, everyday
//! words). Mainstream physiotherapy practice for the exercises the clinic's
//! article names; doses are the usual starting point, which the
//! physiotherapist may change.

use super::catalog::{Exercise, Group};
use super::{Dose, ExerciseId};

/// The Dutch text of exercise `id`.
pub(super) fn exercise(id: ExerciseId) -> &'static Exercise {
    match id {
        ExerciseId::HipMobility => &HIP_MOBILITY,
        ExerciseId::Bridge => &BRIDGE,
        ExerciseId::HipExtension => &HIP_EXTENSION,
        ExerciseId::Clamshell => &CLAMSHELL,
        ExerciseId::SideLyingAbduction => &SIDE_LYING_ABDUCTION,
        ExerciseId::HipHinge => &HIP_HINGE,
        ExerciseId::Lunge => &LUNGE,
        ExerciseId::HipRotation => &HIP_ROTATION,
        ExerciseId::HipFlexorStretch => &HIP_FLEXOR_STRETCH,
        ExerciseId::Walking => &WALKING,
        ExerciseId::SittingBreak => &SITTING_BREAK,
    }
}

static HIP_MOBILITY: Exercise = Exercise {
    id: ExerciseId::HipMobility,
    name: "Knie naar je borst",
    group: Group::Mobility,
    goal: "Maakt je heup rustig los, zodat die minder stijf is.",
    usual_dose: Dose::Reps { sets: 2, reps: 10 },
    each_side: true,
    how_often: "Elke dag",
    steps: &[
        "Ga op je rug liggen, op een mat of op je bed.",
        "Buig je knieën en zet je voeten plat neer.",
        "Pak één been met je handen vast achter je bovenbeen, net onder je knie.",
        "Trek die knie rustig naar je borst, zo ver als het prettig voelt.",
        "Houd 2 tellen vast en adem rustig uit.",
        "Zet je voet weer neer. Doe alle keren met dit been, daarna met het andere.",
    ],
    feel: "Een lichte rek in je bil en onderrug. Het voelt als losmaken, niet als pijn.",
    ask_first_after_hip_surgery: true,
    take_care: &[
        "Houd je hoofd en schouders ontspannen op de grond.",
        "Trek niet met kracht en druk niet op je knieschijf. De beweging mag klein blijven.",
    ],
    easier: &[
        "Kun je je been niet pakken? Leg een handdoek achter je bovenbeen en trek aan de handdoek.",
    ],
    harder: &["Houd je knie 10 seconden bij je borst. Leg je andere been gestrekt op de grond."],
    start_picture: "Je ligt op je rug met gebogen knieën en je voeten plat op de grond.",
    end_picture:
        "Je ligt op je rug en trekt één knie naar je borst, met je handen achter je bovenbeen.",
};

static BRIDGE: Exercise = Exercise {
    id: ExerciseId::Bridge,
    name: "Bruggetje",
    group: Group::Strength,
    goal: "Maakt je bilspieren sterker, zodat ze je onderrug steunen.",
    usual_dose: Dose::Reps { sets: 3, reps: 10 },
    each_side: false,
    how_often: "3 tot 4 keer per week",
    steps: &[
        "Ga op je rug liggen. Zet je voeten plat neer, op heupbreedte.",
        "Leg je armen naast je lichaam.",
        "Span je billen aan.",
        "Duw je hielen in de grond en til je billen op.",
        "Stop als je knieën, heupen en schouders op één lijn zijn. Houd 2 tellen vast.",
        "Zak langzaam terug naar de grond.",
    ],
    feel: "Je billen werken hard, en een beetje de achterkant van je bovenbenen.",
    ask_first_after_hip_surgery: false,
    take_care: &[
        "Maak je rug niet hol: til je billen niet hoger dan de rechte lijn.",
        "Voel je het vooral in je onderrug? Span je billen eerst aan en til minder hoog op.",
    ],
    easier: &["Til je billen maar een klein stukje op en zak meteen weer."],
    harder: &["Strek bovenaan één been en houd 2 tellen vast (bruggetje op één been). Doe dit pas als het gewone bruggetje makkelijk gaat."],
    start_picture: "Je ligt op je rug met gebogen knieën, je voeten plat en je armen naast je.",
    end_picture: "Je billen zijn opgetild: knieën, heupen en schouders vormen één rechte lijn.",
};

static HIP_EXTENSION: Exercise = Exercise {
    id: ExerciseId::HipExtension,
    name: "Been naar achteren",
    group: Group::Strength,
    goal: "Traint je bil om je heup te strekken, zonder dat je rug hol wordt.",
    usual_dose: Dose::Reps { sets: 3, reps: 10 },
    each_side: true,
    how_often: "3 tot 4 keer per week",
    steps: &[
        "Ga op handen en knieën staan. Handen onder je schouders, knieën onder je heupen.",
        "Maak je rug recht, als een tafel. Kijk naar de grond.",
        "Span je buik een beetje aan.",
        "Strek één been langzaam naar achteren, tot het in één lijn met je rug is.",
        "Houd 2 tellen vast en zet je knie terug.",
        "Doe alle keren met dit been, daarna met het andere.",
    ],
    feel: "Je bil werkt, aan de kant van het been dat je strekt.",
    ask_first_after_hip_surgery: false,
    take_care: &[
        "Til je been niet hoger dan je rug. Hoger maakt je rug hol.",
        "Doen je knieën pijn? Leg een kussen onder je knieën.",
    ],
    easier: &["Schuif je voet alleen naar achteren over de grond, zonder hem op te tillen."],
    harder: &["Strek tegelijk je andere arm naar voren en houd 5 tellen vast."],
    start_picture: "Je staat op handen en knieën met een rechte rug, als een tafel.",
    end_picture: "Op handen en knieën: één been is gestrekt naar achteren, in één lijn met je rug.",
};

static CLAMSHELL: Exercise = Exercise {
    id: ExerciseId::Clamshell,
    name: "Schelpoefening",
    group: Group::Strength,
    goal: "Traint de spier aan de zijkant van je bil (gluteus medius), die je heup kracht en controle geeft.",
    usual_dose: Dose::Reps { sets: 3, reps: 12 },
    each_side: true,
    how_often: "3 tot 4 keer per week",
    steps: &[
        "Ga op je zij liggen. Leg je hoofd op je arm of op een kussen.",
        "Buig je heupen en knieën. Leg je knieën en voeten op elkaar.",
        "Houd je voeten tegen elkaar en til je bovenste knie op.",
        "Je benen gaan open als een schelp. Je bekken blijft stil liggen.",
        "Laat je knie langzaam zakken.",
        "Doe alle keren aan deze kant. Draai dan om en doe de andere kant.",
    ],
    feel: "Je voelt het aan de zijkant en achterkant van je bil, aan de kant die boven ligt.",
    ask_first_after_hip_surgery: false,
    take_care: &["Rolt je bekken naar achteren? Maak de beweging dan kleiner."],
    easier: &["Til je knie maar een klein stukje op."],
    harder: &[
        "Houd je knie 3 tellen open voordat je hem laat zakken.",
        "Doe een elastische band om je bovenbenen. Vraag je fysiotherapeut welke band past.",
    ],
    start_picture: "Je ligt op je zij met je hoofd op je onderste arm, van bovenaf gezien. Je heupen en knieën zijn gebogen, je knieën liggen op elkaar.",
    end_picture: "Je ligt op je zij, van bovenaf gezien. Je voeten blijven op elkaar en je bovenste knie is opgetild: je benen gaan open als een schelp.",
};

static SIDE_LYING_ABDUCTION: Exercise = Exercise {
    id: ExerciseId::SideLyingAbduction,
    name: "Been zijwaarts heffen",
    group: Group::Strength,
    goal: "Maakt de zijkant van je bil sterker, voor kracht en controle bij wat je dagelijks doet.",
    usual_dose: Dose::Reps { sets: 3, reps: 10 },
    each_side: true,
    how_often: "3 tot 4 keer per week",
    steps: &[
        "Ga op je zij liggen. Buig je onderste been een beetje, voor steun.",
        "Strek je bovenste been, in één lijn met je lichaam.",
        "Zet je bovenste hand voor je op de grond.",
        "Til je bovenste been langzaam schuin omhoog. Stop voordat je bekken meedraait of naar achteren rolt.",
        "Houd je been gestrekt. Je tenen wijzen naar voren, niet naar boven.",
        "Laat je been langzaam zakken. Doe daarna de andere kant.",
    ],
    feel: "De zijkant van je bil en heup werkt, aan de kant die boven ligt.",
    ask_first_after_hip_surgery: false,
    take_care: &["Rol niet naar achteren. Blijf recht op je zij liggen."],
    easier: &["Buig de knie van je bovenste been een beetje, of til je been minder hoog op."],
    harder: &["Houd je been 3 tellen boven voordat je het laat zakken."],
    start_picture: "Je ligt op je zij met je hoofd op je onderste arm en je bovenste hand voor je op de grond. Je onderste been is iets gebogen, je bovenste been is gestrekt.",
    end_picture: "Je ligt op je zij en je gestrekte bovenste been is schuin omhoog getild.",
};

static HIP_HINGE: Exercise = Exercise {
    id: ExerciseId::HipHinge,
    name: "Buigen vanuit je heupen",
    group: Group::Strength,
    goal: "Leert je bukken vanuit je heupen, zodat je onderrug minder hoeft te doen.",
    usual_dose: Dose::Reps { sets: 3, reps: 10 },
    each_side: false,
    how_often: "3 tot 4 keer per week",
    steps: &[
        "Ga rechtop staan, voeten op heupbreedte, knieën een beetje gebogen.",
        "Leg je handen op je bovenbenen.",
        "Duw je billen naar achteren, alsof je met je billen een deur dichtduwt.",
        "Je bovenlichaam kantelt naar voren. Je buigt vooral in je heupen, niet in je rug.",
        "Ga zo ver als het prettig voelt.",
        "Span je billen aan en kom terug omhoog.",
    ],
    feel: "Rek achter in je bovenbenen (hamstrings), en je billen die werken als je omhoog komt.",
    ask_first_after_hip_surgery: true,
    take_care: &[
        "Voel je het vooral in je rug en niet in je billen en bovenbenen? Duw je billen meer naar achteren en ga minder ver.",
        "Bukken en tillen mag op de manier die voor jou prettig voelt. Er is niet één goede houding. \
         Deze oefening leert je daarbij ook je heupen te gebruiken.",
    ],
    easier: &["Sta een halve stap voor een muur en tik met je billen de muur aan."],
    harder: &["Houd een fles water of een licht gewicht vast in je handen."],
    start_picture: "Je staat rechtop met je knieën een beetje gebogen en je handen op je bovenbenen.",
    end_picture: "Je billen zijn naar achteren geduwd en je bovenlichaam is vanuit je heupen naar voren gekanteld.",
};

static LUNGE: Exercise = Exercise {
    id: ExerciseId::Lunge,
    name: "Uitvalspas",
    group: Group::Strength,
    goal: "Maakt je benen en billen sterker voor traplopen en opstaan.",
    usual_dose: Dose::Reps { sets: 2, reps: 8 },
    each_side: true,
    how_often: "3 tot 4 keer per week",
    steps: &[
        "Ga rechtop staan. Houd je vast aan een stoel of het aanrecht als dat nodig is.",
        "Zet één voet een grote stap naar voren.",
        "Buig allebei je knieën en zak recht naar beneden. Je achterste hiel komt los.",
        "Zak zo ver als het prettig voelt. Je voorste knie blijft boven je voet.",
        "Duw jezelf met je voorste been weer omhoog en zet je voeten naast elkaar.",
        "Doe alle keren met dit been voor, daarna met het andere.",
    ],
    feel: "Je bovenbeen en bil van het voorste been werken.",
    ask_first_after_hip_surgery: true,
    take_care: &["Zakt je voorste knie naar binnen of doet hij pijn? Maak de stap kleiner en zak minder diep."],
    easier: &[
        "Kleine uitvalspas: zak maar een klein stukje en houd je vast aan een stoel.",
        "Blijf in de stand met één voet voor staan en zak alleen op en neer.",
        "Stap naar achteren in plaats van naar voren. Voor de meeste mensen is dat makkelijker voor knie en balans.",
    ],
    harder: &[
        "Houd in elke hand een fles water of een licht gewicht.",
        "Wandelende uitvalspas: stap na elke pas door met je achterste been.",
    ],
    start_picture: "Je staat rechtop met je voeten naast elkaar.",
    end_picture: "Eén voet staat een grote stap voor. Je zakt door allebei je knieën, je bovenlichaam is rechtop.",
};

static HIP_ROTATION: Exercise = Exercise {
    id: ExerciseId::HipRotation,
    name: "Heupen draaien (90/90)",
    group: Group::Mobility,
    goal: "Maakt draaien in je heupen soepeler, zodat je onderrug minder hoeft te draaien.",
    usual_dose: Dose::Reps { sets: 2, reps: 8 },
    each_side: false,
    how_often: "Elke dag",
    steps: &[
        "Ga op de grond zitten. Zet je handen achter je voor steun.",
        "Zet je voeten plat neer, wat breder dan je heupen. Je knieën wijzen omhoog.",
        "Laat allebei je knieën naar één kant zakken. Je benen maken nu twee hoeken van 90 graden.",
        "Breng je knieën terug omhoog en laat ze naar de andere kant zakken.",
        "Eén keer is naar links en naar rechts. Beweeg rustig en blijf rechtop zitten.",
    ],
    feel: "Een rek of draaigevoel diep in je heupen en billen.",
    ask_first_after_hip_surgery: true,
    take_care: &["Is zitten op de grond lastig? Ga op een stevig kussen zitten."],
    easier: &["Maak de beweging kleiner: laat je knieën maar een stukje zakken."],
    harder: &["Blijf aan elke kant 20 seconden zo zitten en buig je bovenlichaam iets naar je voorste knie."],
    start_picture: "Je zit op de grond, leunt op je handen, met je knieën omhoog en je voeten plat.",
    end_picture: "Je zit op de grond en leunt op je handen achter je. Allebei je knieën zijn naar één kant gezakt: elk been maakt een hoek van 90 graden.",
};

static HIP_FLEXOR_STRETCH: Exercise = Exercise {
    id: ExerciseId::HipFlexorStretch,
    name: "Heupbuiger rekken",
    group: Group::Mobility,
    goal: "Rekt de voorkant van je heup, die door veel zitten vaak kort wordt.",
    usual_dose: Dose::Hold { sets: 2, seconds: 30 },
    each_side: true,
    how_often: "Elke dag",
    steps: &[
        "Zet één knie op de grond, op een kussen. Je andere voet staat plat voor je.",
        "Houd je bovenlichaam rechtop. Houd je vast aan een stoel als dat nodig is.",
        "Span je bil aan van het been dat achter staat.",
        "Schuif je heup rustig naar voren, tot je een rek voelt aan de voorkant van je heup.",
        "Houd dit vast en adem rustig door.",
        "Wissel daarna van been.",
    ],
    feel: "Een rustige rek aan de voorkant van de heup en het bovenbeen, van het been dat achter staat.",
    ask_first_after_hip_surgery: true,
    take_care: &["Wordt je rug hol? Span je bil meer aan en ga minder ver naar voren."],
    easier: &["Doe het staand: zet één voet een stap naar achteren, houd een stoel vast en schuif je heup naar voren."],
    harder: &["Steek de arm aan de kant van het achterste been recht omhoog."],
    start_picture: "Je staat op één knie. Je andere voet staat voor je en je bovenlichaam is rechtop.",
    end_picture: "Op één knie: je heup is naar voren geschoven, je bovenlichaam blijft rechtop.",
};

static WALKING: Exercise = Exercise {
    id: ExerciseId::Walking,
    name: "Wandelen",
    group: Group::DailyMovement,
    goal: "Goed voor je doorbloeding, je ritme en je coördinatie.",
    usual_dose: Dose::Minutes { minutes: 20 },
    each_side: false,
    how_often: "Elke dag",
    steps: &[
        "Trek stevige, makkelijke schoenen aan.",
        "Begin de eerste minuten in een rustig tempo.",
        "Loop rechtop en laat je armen meezwaaien.",
        "Loop zo snel dat je nog gewoon kunt praten.",
        "Is 20 minuten te veel? Begin met 5 of 10 minuten en doe er elke week een paar minuten bij.",
    ],
    feel: "Je wordt een beetje warm en je ademt wat sneller. Daarna zijn je heupen en rug vaak soepeler.",
    ask_first_after_hip_surgery: false,
    take_care: &["Wordt de pijn tijdens het lopen steeds erger dan je gewend bent? Rust even en loop daarna een korter stuk."],
    easier: &["Wandel vaker een kort stukje, bijvoorbeeld 3 keer per dag 5 minuten."],
    harder: &["Wandel wat langer of wat sneller, of kies een route met een heuveltje of een trap."],
    start_picture: "Je staat rechtop, klaar om te gaan lopen.",
    end_picture: "Je loopt: één been stapt naar voren en je armen zwaaien mee.",
};

static SITTING_BREAK: Exercise = Exercise {
    id: ExerciseId::SittingBreak,
    name: "Zitpauze",
    group: Group::DailyMovement,
    goal: "Onderbreek lang zitten, zodat je heupen en rug minder belast worden.",
    usual_dose: Dose::Minutes { minutes: 2 },
    each_side: false,
    how_often: "Elk half uur dat je zit",
    steps: &[
        "Zet een wekker op je telefoon, voor elk half uur dat je zit.",
        "Schuif naar voren op je stoel en zet je voeten plat neer.",
        "Sta op door je te duwen met je benen.",
        "Loop een stukje, bijvoorbeeld naar de keuken of naar het raam.",
        "Duw je heupen een paar keer rustig naar voren en ga rechtop staan.",
        "Beweeg zo 2 minuten. Ga daarna weer zitten.",
    ],
    feel: "Je heupen en rug zijn minder stijf. Je hoeft niets zwaars te voelen.",
    ask_first_after_hip_surgery: false,
    take_care: &["Doet opstaan pijn? Duw jezelf omhoog met je handen op de armleuningen."],
    easier: &["Sta alleen even op en ga weer zitten, als lopen lastig is."],
    harder: &["Sta 5 keer achter elkaar op en ga weer zitten, zonder je handen te gebruiken."],
    start_picture: "Je zit op een stoel.",
    end_picture: "Je bent opgestaan en staat rechtop naast je stoel.",
};
