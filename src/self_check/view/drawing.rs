//! The small drawings of the home tests: stick figures in SVG, drawn in
//! code (no images from elsewhere), in the text colour so they follow dark
//! mode. Each has a text alternative from the text table.

use leptos::prelude::*;

use crate::self_check::SelfTest;

/// Lines of a drawing on a 200 × 120 grid: the figure, and what it sits,
/// lies or leans on (drawn lighter).
struct Lines {
    figure: &'static str,
    props: &'static str,
    heads: &'static [(u8, u8)],
}

fn lines(test: SelfTest) -> Lines {
    match test {
        // Seen from the front on a stool: one shin across the other knee,
        // the knee dropped outwards (the "4").
        SelfTest::FigureFour => Lines {
            figure: "M100 24V64M88 64H112M100 32L68 74M100 32L118 66M112 64L114 76V112M88 64L58 86L112 74L122 70",
            props: "M80 66H120M82 66L76 112M118 66L124 112M10 112H190",
            heads: &[(100, 13)],
        },
        // Lying on the back, seen from the side: one knee pulled to the
        // chest with both hands, the other leg long.
        SelfTest::KneeToChest => Lines {
            figure: "M38 93L104 95L150 97L188 99M104 95L78 60L102 48L110 52M44 91L72 64",
            props: "M10 105H190",
            heads: &[(26, 91)],
        },
        // Seen from the side: standing on one leg, the other knee lifted,
        // one hand just above a table (support within reach, not held).
        SelfTest::OneLegStand => Lines {
            figure: "M80 24V66M80 66V112M80 66L102 74L98 98M80 34L130 50M80 34L72 62",
            props: "M126 58H190M132 58V112M184 58V112M10 112H190",
            heads: &[(80, 13)],
        },
        // Two people bending forward, seen from the side: left from the
        // hips (straight back, hips back), right with a rounded back.
        SelfTest::ForwardBend => Lines {
            figure: "M40 112L48 90L34 66L72 46M70 47L56 60L38 66M140 112L142 88L142 66Q150 34 176 46M174 46L160 58L144 66",
            props: "M10 112H190M100 20V112",
            heads: &[(82, 41), (182, 58)],
        },
    }
}

/// The drawing of a home test, with `label` as its text alternative and
/// `names` written above its figures (one each, left to right, in equal
/// columns).
#[component]
pub fn SelfTestDrawing(
    test: SelfTest,
    label: &'static str,
    names: &'static [&'static str],
) -> impl IntoView {
    let Lines {
        figure,
        props,
        heads,
    } = lines(test);
    let column = 200 / names.len().max(1);
    view! {
        <svg class="self-test-drawing" viewBox="0 0 200 120" role="img" aria-label=label>
            <path class="drawing-prop" d=props />
            <path class="drawing-figure" d=figure />
            {heads
                .iter()
                .map(|&(x, y)| view! { <circle class="drawing-head" cx=x.to_string() cy=y.to_string() r="10" /> })
                .collect_view()}
            {names
                .iter()
                .enumerate()
                .map(|(index, name)| {
                    let x = (column * index + column / 2).to_string();
                    view! { <text class="drawing-label" x=x y="14" text-anchor="middle" font-size="10">{*name}</text> }
                })
                .collect_view()}
        </svg>
    }
}
