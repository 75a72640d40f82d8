//! The picture's model: how two slider settings, hip flexor tightness and
//! glute strength, set the tilt of the pelvis and the curve of the lower back,
//! and which one-line explanation fits. Pure, so the direction and the bounds
//! of every effect are tested natively.
//!
//! A deliberately simple model of what the article describes: tight hip
//! flexors pull the pelvis forward and make the lower back hollower; the
//! glutes hold the pelvis back, and weak glutes leave it less steady.

use std::ops::RangeInclusive;

/// The highest slider setting; the lowest is 0.
pub const LEVEL_MAX: u8 = 10;

/// Forward tilt of the pelvis, in degrees, of a usual standing posture: where
/// the picture starts, with both sliders in the middle.
pub const NEUTRAL_TILT: f64 = 10.0;

/// Lumbar curve (lordosis, L1 to S1), in degrees, at the neutral tilt.
pub const NEUTRAL_LORDOSIS: f64 = 48.0;

/// Tilt range of the model, in degrees forward: within what standing adults
/// show, so the picture never draws an impossible pelvis.
pub const TILT_BOUNDS: RangeInclusive<f64> = -5.0..=25.0;

/// Lumbar curve range of the model, in degrees, within what standing adults
/// show.
pub const LORDOSIS_BOUNDS: RangeInclusive<f64> = 20.0..=70.0;

/// How far fully tight (or fully supple) hip flexors turn the pelvis from
/// neutral, in degrees.
const FLEXOR_PULL: f64 = 8.0;

/// How far fully strong (or fully weak) glutes turn the pelvis back from
/// neutral, in degrees. Smaller than the flexors' pull: the article names
/// tight hip flexors as what tilts the pelvis forward.
const GLUTE_HOLD: f64 = 6.0;

/// Extra lumbar curve per degree of forward tilt: the sacrum tilts with the
/// pelvis, and the lower back curves more to keep the trunk upright.
const LORDOSIS_PER_TILT: f64 = 1.5;

/// How far the pelvis may sway either way with fully weak glutes, in degrees.
pub const MAX_SWAY: f64 = 6.0;

/// How far from neutral (in degrees) the pelvis must turn before the picture
/// calls it tilted rather than upright.
const UPRIGHT_MARGIN: f64 = 3.0;

/// How far forward (in degrees from neutral) counts as strongly tilted.
const STRONG_TILT: f64 = 8.0;

/// Glute strength at or below which the pelvis counts as less steady.
const WEAK_GLUTES: f64 = 3.0;

/// The two sliders as the reader set them, each 0 to [`LEVEL_MAX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sliders {
    /// How tight (stiff, short) the hip flexors are.
    pub flexor_tightness: u8,
    /// How strong the glutes are.
    pub glute_strength: u8,
}

impl Sliders {
    /// Where the picture starts: both in the middle, a usual posture.
    pub const START: Sliders = Sliders {
        flexor_tightness: LEVEL_MAX / 2,
        glute_strength: LEVEL_MAX / 2,
    };

    /// The sliders as continuous levels, for the posture and the animation.
    pub fn levels(self) -> Levels {
        Levels {
            flexor_tightness: f64::from(self.flexor_tightness),
            glute_strength: f64::from(self.glute_strength),
        }
    }

    /// The one-line explanation of this setting.
    pub fn caption(self) -> Caption {
        let levels = self.levels();
        let flexor_push = flexor_effect(levels.flexor_tightness);
        let glute_push = glute_effect(levels.glute_strength);
        let forward = flexor_push + glute_push;
        if forward <= -UPRIGHT_MARGIN {
            Caption::TiltedBack
        } else if forward < UPRIGHT_MARGIN {
            Caption::Balanced
        } else if flexor_push > 0.0 && glute_push > 0.0 {
            Caption::BothPullForward
        } else if flexor_push >= glute_push {
            Caption::FlexorsPullForward
        } else {
            Caption::GlutesTooWeak
        }
    }
}

/// Slider levels as real numbers, so the picture can move smoothly between
/// two settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Levels {
    pub flexor_tightness: f64,
    pub glute_strength: f64,
}

impl Levels {
    /// The levels a fraction `progress` (0 to 1) of the way to `to`.
    pub fn toward(self, to: Levels, progress: f64) -> Levels {
        let p = progress.clamp(0.0, 1.0);
        Levels {
            flexor_tightness: self.flexor_tightness
                + (to.flexor_tightness - self.flexor_tightness) * p,
            glute_strength: self.glute_strength + (to.glute_strength - self.glute_strength) * p,
        }
    }
}

/// Eases an animation: slow start, slow end. Maps 0..1 onto 0..1.
pub fn ease_in_out(progress: f64) -> f64 {
    let p = progress.clamp(0.0, 1.0);
    p * p * (3.0 - 2.0 * p)
}

/// Turn of the pelvis (degrees forward) caused by the hip flexors.
fn flexor_effect(tightness: f64) -> f64 {
    FLEXOR_PULL * (2.0 * unit(tightness) - 1.0)
}

/// Turn of the pelvis (degrees forward) left by the glutes: strong glutes
/// turn it back, weak ones let it go forward.
fn glute_effect(strength: f64) -> f64 {
    -GLUTE_HOLD * (2.0 * unit(strength) - 1.0)
}

/// A slider level as a fraction 0..1, whatever came in.
pub fn unit(level: f64) -> f64 {
    if level.is_nan() {
        0.5
    } else {
        (level / f64::from(LEVEL_MAX)).clamp(0.0, 1.0)
    }
}

/// The posture the picture draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Posture {
    /// Forward tilt of the pelvis in degrees (negative: tilted back).
    pub pelvic_tilt: f64,
    /// Curve of the lower back (lordosis) in degrees.
    pub lumbar_lordosis: f64,
    /// How far the pelvis may sway either way, in degrees: a less steady
    /// pelvis when the glutes are weak.
    pub sway: f64,
}

impl Posture {
    /// The posture for these slider levels.
    pub fn from_levels(levels: Levels) -> Posture {
        let tilt = NEUTRAL_TILT
            + flexor_effect(levels.flexor_tightness)
            + glute_effect(levels.glute_strength);
        let pelvic_tilt = tilt.clamp(*TILT_BOUNDS.start(), *TILT_BOUNDS.end());
        let lordosis = NEUTRAL_LORDOSIS + LORDOSIS_PER_TILT * (pelvic_tilt - NEUTRAL_TILT);
        Posture {
            pelvic_tilt,
            lumbar_lordosis: lordosis.clamp(*LORDOSIS_BOUNDS.start(), *LORDOSIS_BOUNDS.end()),
            sway: MAX_SWAY * (1.0 - unit(levels.glute_strength)),
        }
    }

    /// How the pelvis stands, in words a reader can picture.
    pub fn tilt(&self) -> Tilt {
        let forward = self.pelvic_tilt - NEUTRAL_TILT;
        if forward <= -UPRIGHT_MARGIN {
            Tilt::Back
        } else if forward < UPRIGHT_MARGIN {
            Tilt::Upright
        } else if forward < STRONG_TILT {
            Tilt::Forward
        } else {
            Tilt::StronglyForward
        }
    }

    /// How hollow the lower back is, in words.
    pub fn curve(&self) -> Curve {
        let extra = self.lumbar_lordosis - NEUTRAL_LORDOSIS;
        let margin = UPRIGHT_MARGIN * LORDOSIS_PER_TILT;
        if extra <= -margin {
            Curve::Flatter
        } else if extra < margin {
            Curve::Normal
        } else if extra < STRONG_TILT * LORDOSIS_PER_TILT {
            Curve::Hollow
        } else {
            Curve::VeryHollow
        }
    }

    /// Whether the pelvis stands steady.
    pub fn steadiness(&self) -> Steadiness {
        let weak_sway = MAX_SWAY * (1.0 - WEAK_GLUTES / f64::from(LEVEL_MAX));
        if self.sway >= weak_sway {
            Steadiness::LessSteady
        } else {
            Steadiness::Steady
        }
    }
}

/// The pelvis' tilt in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tilt {
    Back,
    Upright,
    Forward,
    StronglyForward,
}

/// The lower back's curve in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Curve {
    Flatter,
    Normal,
    Hollow,
    VeryHollow,
}

/// Whether the pelvis stands steady or sways (weak glutes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Steadiness {
    Steady,
    LessSteady,
}

/// Which one-line explanation the picture shows under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caption {
    /// Flexors and glutes hold each other in balance.
    Balanced,
    /// Tight hip flexors pull the pelvis forward.
    FlexorsPullForward,
    /// Weak glutes let the pelvis tilt forward.
    GlutesTooWeak,
    /// Both: tight flexors pull, weak glutes do not hold.
    BothPullForward,
    /// Supple flexors and strong glutes: tilted back, a flatter lower back.
    TiltedBack,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posture(flexor_tightness: u8, glute_strength: u8) -> Posture {
        Posture::from_levels(
            Sliders {
                flexor_tightness,
                glute_strength,
            }
            .levels(),
        )
    }

    const GRID: RangeInclusive<u8> = 0..=LEVEL_MAX;

    #[test]
    fn more_tightness_tilts_the_pelvis_forward_and_hollows_the_back() {
        for glutes in GRID {
            for flexors in 0..LEVEL_MAX {
                let (less, more) = (posture(flexors, glutes), posture(flexors + 1, glutes));
                assert!(
                    more.pelvic_tilt > less.pelvic_tilt,
                    "{flexors}->{} / {glutes}",
                    flexors + 1
                );
                assert!(
                    more.lumbar_lordosis > less.lumbar_lordosis,
                    "{flexors} / {glutes}"
                );
                assert_eq!(more.sway, less.sway, "the flexors do not change steadiness");
            }
        }
    }

    #[test]
    fn more_glute_strength_does_the_opposite_and_steadies_the_pelvis() {
        for flexors in GRID {
            for glutes in 0..LEVEL_MAX {
                let (weaker, stronger) = (posture(flexors, glutes), posture(flexors, glutes + 1));
                assert!(
                    stronger.pelvic_tilt < weaker.pelvic_tilt,
                    "{flexors} / {glutes}"
                );
                assert!(
                    stronger.lumbar_lordosis < weaker.lumbar_lordosis,
                    "{flexors} / {glutes}"
                );
                assert!(stronger.sway < weaker.sway, "{flexors} / {glutes}");
            }
        }
    }

    #[test]
    fn every_setting_stays_within_anatomical_bounds() {
        for flexors in GRID {
            for glutes in GRID {
                let p = posture(flexors, glutes);
                assert!(TILT_BOUNDS.contains(&p.pelvic_tilt), "{p:?}");
                assert!(LORDOSIS_BOUNDS.contains(&p.lumbar_lordosis), "{p:?}");
                assert!((0.0..=MAX_SWAY).contains(&p.sway), "{p:?}");
            }
        }
        for odd in [f64::NAN, -3.0, 99.0, f64::INFINITY] {
            let p = Posture::from_levels(Levels {
                flexor_tightness: odd,
                glute_strength: odd,
            });
            assert!(TILT_BOUNDS.contains(&p.pelvic_tilt), "{odd}: {p:?}");
            assert!(LORDOSIS_BOUNDS.contains(&p.lumbar_lordosis), "{odd}: {p:?}");
        }
    }

    #[test]
    fn the_start_is_a_usual_upright_posture() {
        let p = Posture::from_levels(Sliders::START.levels());
        assert_eq!(p.pelvic_tilt, NEUTRAL_TILT);
        assert_eq!(p.lumbar_lordosis, NEUTRAL_LORDOSIS);
        assert_eq!((p.tilt(), p.curve()), (Tilt::Upright, Curve::Normal));
        assert_eq!(Sliders::START.caption(), Caption::Balanced);
    }

    #[test]
    fn words_follow_the_numbers() {
        let cases = [
            (0, 10, Tilt::Back, Curve::Flatter, Steadiness::Steady),
            (5, 5, Tilt::Upright, Curve::Normal, Steadiness::Steady),
            (10, 10, Tilt::Upright, Curve::Normal, Steadiness::Steady),
            (8, 5, Tilt::Forward, Curve::Hollow, Steadiness::Steady),
            (
                10,
                2,
                Tilt::StronglyForward,
                Curve::VeryHollow,
                Steadiness::LessSteady,
            ),
            (5, 0, Tilt::Forward, Curve::Hollow, Steadiness::LessSteady),
            (0, 0, Tilt::Upright, Curve::Normal, Steadiness::LessSteady),
        ];
        for (flexors, glutes, tilt, curve, steadiness) in cases {
            let p = posture(flexors, glutes);
            assert_eq!(
                (p.tilt(), p.curve(), p.steadiness()),
                (tilt, curve, steadiness),
                "{flexors} / {glutes}: {p:?}"
            );
        }
    }

    #[test]
    fn the_caption_names_what_moves_the_pelvis() {
        let cases = [
            (5, 5, Caption::Balanced),
            (10, 10, Caption::Balanced),
            (9, 5, Caption::FlexorsPullForward),
            (10, 6, Caption::FlexorsPullForward),
            (5, 0, Caption::GlutesTooWeak),
            (4, 0, Caption::GlutesTooWeak),
            (8, 3, Caption::BothPullForward),
            (0, 10, Caption::TiltedBack),
            (2, 6, Caption::TiltedBack),
        ];
        for (flexor_tightness, glute_strength, caption) in cases {
            let sliders = Sliders {
                flexor_tightness,
                glute_strength,
            };
            assert_eq!(sliders.caption(), caption, "{sliders:?}");
        }
    }

    #[test]
    fn the_caption_agrees_with_the_picture() {
        for flexor_tightness in GRID {
            for glute_strength in GRID {
                let sliders = Sliders {
                    flexor_tightness,
                    glute_strength,
                };
                let tilt = Posture::from_levels(sliders.levels()).tilt();
                let expected = match sliders.caption() {
                    Caption::Balanced => vec![Tilt::Upright],
                    Caption::TiltedBack => vec![Tilt::Back],
                    _ => vec![Tilt::Forward, Tilt::StronglyForward],
                };
                assert!(expected.contains(&tilt), "{sliders:?}: {tilt:?}");
            }
        }
    }

    #[test]
    fn animation_moves_from_start_to_end_without_overshoot() {
        let from = Sliders::START.levels();
        let to = Levels {
            flexor_tightness: 10.0,
            glute_strength: 0.0,
        };
        assert_eq!(from.toward(to, 0.0), from);
        assert_eq!(from.toward(to, 1.0), to);
        assert_eq!(from.toward(to, 7.0), to);
        let mut last = 0.0;
        for step in 0..=20 {
            let eased = ease_in_out(f64::from(step) / 20.0);
            assert!((last..=1.0).contains(&eased), "{step}: {eased}");
            last = eased;
        }
        assert_eq!((ease_in_out(0.0), ease_in_out(1.0)), (0.0, 1.0));
    }
}
