//! The drawing of the interactive picture: a side view of pelvis, lower back
//! and thigh bone, facing right, laid out from a [`Posture`]. Pure geometry
//! (points, angles, SVG path data), so where every bone ends up is tested
//! natively; the view only writes these numbers into SVG attributes.

use crate::decimal::Fixed;

use super::posture::{unit, Levels, Posture, Steadiness, NEUTRAL_TILT};

/// The picture's coordinate box: `viewBox="0 0 WIDTH HEIGHT"`.
pub const WIDTH: f64 = 320.0;
/// See [`WIDTH`]. The box ends just under the glute's insertion on the
/// thigh bone (the shaft runs on out of the picture): every unit of height
/// costs room on a phone, where the picture and both sliders must fit one
/// screen.
pub const HEIGHT: f64 = 304.0;

/// Centre of the hip joint, the point the pelvis turns around.
pub const HIP: Point = Point { x: 196.0, y: 238.0 };

/// The pelvis (hip bone, side view) around the hip joint at (0, 0), as drawn
/// at the neutral tilt.
pub const PELVIS_OUTLINE: &str = "M38 -58 C30 -84 4 -102 -30 -100 C-52 -98 -64 -88 -64 -74 \
    L-58 -58 C-40 -44 -36 -22 -44 -8 C-40 2 -38 14 -40 26 C-38 40 -24 44 -12 40 \
    C4 36 20 34 32 28 C40 24 40 14 32 10 C26 0 26 -18 32 -28 C38 -36 42 -48 38 -58 Z";

/// The socket of the hip joint (acetabulum), drawn over the pelvis.
pub const SOCKET_RADIUS: f64 = 19.0;

/// The hole in the front of the pelvis (obturator foramen): centre and radii.
pub const FORAMEN: (Point, f64, f64) = (Point { x: 10.0, y: 24.0 }, 12.0, 7.0);

/// The sacrum and tailbone, around the hip joint, at the neutral tilt. Its
/// top (the S1 end plate) is where the lumbar spine rests.
pub const SACRUM_OUTLINE: &str = "M-32.6 -97.8 L-11.4 -81.2 C-16 -60 -26 -38 -44 -22 \
    C-48 -16 -50 -10 -48 -4 L-56 -2 C-64 -14 -68 -40 -62 -62 C-58 -76 -46 -92 -32.6 -97.8 Z";

/// The thigh bone (femur): head in the socket, neck and shaft going down.
pub const FEMUR_OUTLINE: &str = "M-14 4 C-22 -4 -18 -18 -4 -20 C10 -22 18 -10 14 2 \
    C12 8 8 12 4 18 C2 40 4 70 10 110 L-16 110 C-20 70 -22 40 -20 22 C-20 14 -18 8 -14 4 Z";

/// One lumbar vertebra around its body's centre, upright: the body (front,
/// to the right) and the spinous process pointing back.
pub const VERTEBRA_BODY: &str = "M-14 -9 L14 -9 Q16 0 14 9 L-14 9 Q-12 0 -14 -9 Z";
/// See [`VERTEBRA_BODY`]: the bony arch and spinous process behind the body.
pub const VERTEBRA_PROCESS: &str =
    "M-14 -6 L-20 -10 L-25 -6 L-39 -1 Q-42 3 -39 6 L-27 6 L-22 10 L-14 5 Z";

/// Height of a vertebral body and of a disc between two of them.
const BODY_HEIGHT: f64 = 18.0;
const DISC_HEIGHT: f64 = 7.0;

/// The S1 end plate's centre around the hip joint, and its slope (sacral
/// slope), at the neutral tilt.
const S1_CENTRE: Point = Point { x: -22.0, y: -89.5 };
const NEUTRAL_SACRAL_SLOPE: f64 = 38.0;

/// How the lumbar curve spreads over the five discs, bottom (L5-S1) first:
/// most of the curve sits low in the back.
const CURVE_SHARE: [f64; 5] = [0.35, 0.25, 0.18, 0.13, 0.09];

/// Where the glute (gluteus maximus) starts on the pelvis (top and bottom of
/// its origin, around the hip joint at neutral tilt) and where it ends on
/// the thigh bone (around the hip joint, fixed).
const GLUTE_ORIGIN_TOP: Point = Point { x: -62.0, y: -66.0 };
const GLUTE_ORIGIN_BOTTOM: Point = Point { x: -50.0, y: -4.0 };
const GLUTE_INSERTION: Point = Point { x: -18.0, y: 62.0 };

/// How far a glute bulges backward, from fully weak to fully strong.
const GLUTE_BULGE: (f64, f64) = (8.0, 30.0);

/// Where the hip flexor (iliopsoas) turns over the front of the pelvis
/// (around the hip joint, neutral tilt) and where it ends on the thigh bone.
const FLEXOR_PULLEY: Point = Point { x: 30.0, y: -20.0 };
const FLEXOR_INSERTION: Point = Point { x: -4.0, y: 36.0 };

/// A point in the picture's coordinates (y grows downward).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    fn plus(self, other: Point) -> Point {
        Point {
            x: self.x + other.x,
            y: self.y + other.y,
        }
    }

    fn scaled(self, factor: f64) -> Point {
        Point {
            x: self.x * factor,
            y: self.y * factor,
        }
    }

    /// This point turned by `degrees` clockwise (as SVG's `rotate`) around
    /// the origin.
    fn turned(self, degrees: f64) -> Point {
        let (sin, cos) = degrees.to_radians().sin_cos();
        Point {
            x: self.x * cos - self.y * sin,
            y: self.x * sin + self.y * cos,
        }
    }
}

/// Where a drawn part sits: its origin and its turn, clockwise in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub at: Point,
    pub angle: f64,
}

impl Placement {
    /// As an SVG `transform` attribute.
    pub fn transform(&self) -> String {
        format!(
            "translate({} {}) rotate({})",
            Fixed::<1>(self.at.x),
            Fixed::<1>(self.at.y),
            Fixed::<2>(self.angle)
        )
    }

    /// A point given around this part's origin, in picture coordinates.
    fn place(&self, local: Point) -> Point {
        self.at.plus(local.turned(self.angle))
    }
}

/// The unit vector pointing up the spine when it leans `lean` degrees
/// forward from vertical.
fn up(lean: f64) -> Point {
    Point { x: 0.0, y: -1.0 }.turned(lean)
}

/// Everything the view needs to draw one posture.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The pelvis (with sacrum), turned around the hip joint.
    pub pelvis: Placement,
    /// How far the pelvis may sway either way (degrees).
    pub sway: f64,
    /// Whether the pelvis is less steady (weak glutes): then the picture
    /// draws faint outlines as far as it may sway.
    pub unsteady: bool,
    /// The five lumbar vertebrae, L5 (lowest) first.
    pub vertebrae: [Placement; 5],
    /// Path data of the hip flexor, a thick line.
    pub flexor: String,
    /// Line width of the hip flexor: a tight muscle is drawn tenser.
    pub flexor_width: f64,
    /// Path data of the glute, a filled shape that grows with strength.
    pub glute: String,
    /// Slope of the sacrum's top (degrees): the base the lower back rests on.
    pub sacral_slope: f64,
}

impl Figure {
    /// Lays out the picture for a posture at these slider levels.
    pub fn new(levels: Levels) -> Figure {
        let posture = Posture::from_levels(levels);
        let pelvis = Placement {
            at: HIP,
            angle: posture.pelvic_tilt - NEUTRAL_TILT,
        };
        let sacral_slope = NEUTRAL_SACRAL_SLOPE + pelvis.angle;
        let vertebrae = lumbar_spine(
            pelvis.place(S1_CENTRE),
            sacral_slope,
            posture.lumbar_lordosis,
        );
        let strength = unit(levels.glute_strength);
        let tightness = unit(levels.flexor_tightness);
        Figure {
            pelvis,
            sway: posture.sway,
            unsteady: posture.steadiness() == Steadiness::LessSteady,
            flexor: flexor_path(&pelvis, &vertebrae),
            flexor_width: 6.0 + 5.0 * tightness,
            glute: glute_path(&pelvis, strength),
            vertebrae,
            sacral_slope,
        }
    }
}

/// Stacks L5 to L1 on the sacrum: each disc bends the spine back by its
/// share of the lumbar curve, so the top ends `lordosis` degrees back from
/// the sacrum's slope.
fn lumbar_spine(s1: Point, sacral_slope: f64, lordosis: f64) -> [Placement; 5] {
    // Perpendicular to the sloping end plate, the spine leaves the sacrum
    // leaning forward by the sacral slope.
    let mut lean = sacral_slope;
    let mut base = s1;
    CURVE_SHARE.map(|share| {
        lean -= lordosis * share;
        let direction = up(lean);
        let centre = base.plus(direction.scaled(DISC_HEIGHT + BODY_HEIGHT / 2.0));
        base = base.plus(direction.scaled(DISC_HEIGHT + BODY_HEIGHT));
        Placement {
            at: centre,
            angle: lean,
        }
    })
}

/// The hip flexor: from the front of L2 down along the spine, over the front
/// of the pelvis, to the inside of the thigh bone.
fn flexor_path(pelvis: &Placement, vertebrae: &[Placement; 5]) -> String {
    let start = vertebrae[3].place(Point { x: 13.0, y: 0.0 });
    let along = vertebrae[0].place(Point { x: 20.0, y: 10.0 });
    let pulley = pelvis.place(FLEXOR_PULLEY);
    let end = HIP.plus(FLEXOR_INSERTION);
    format!(
        "M{} Q{} {} L{}",
        coords(start),
        coords(along),
        coords(pulley),
        coords(end)
    )
}

/// The glute: from the back of the pelvis to the thigh bone, bulging back
/// more the stronger it is.
fn glute_path(pelvis: &Placement, strength: f64) -> String {
    let top = pelvis.place(GLUTE_ORIGIN_TOP);
    let bottom = pelvis.place(GLUTE_ORIGIN_BOTTOM);
    let end = HIP.plus(GLUTE_INSERTION);
    let bulge = GLUTE_BULGE.0 + (GLUTE_BULGE.1 - GLUTE_BULGE.0) * strength;
    let outer = Point {
        x: top.x.min(end.x) - bulge - 14.0,
        y: (top.y + end.y) / 2.0,
    };
    let inner = Point {
        x: (bottom.x + end.x) / 2.0 - 6.0,
        y: (bottom.y + end.y) / 2.0 + 4.0,
    };
    format!(
        "M{} Q{} {} Q{} {} Z",
        coords(top),
        coords(outer),
        coords(end),
        coords(inner),
        coords(bottom)
    )
}

fn coords(point: Point) -> String {
    format!("{} {}", Fixed::<1>(point.x), Fixed::<1>(point.y))
}

#[cfg(test)]
mod tests {
    use super::super::posture::{Sliders, LEVEL_MAX, LEVEL_MIDDLE};
    use super::*;

    /// The front-top point of the pelvis (the bony point you feel at the
    /// front of your hip), in picture coordinates.
    fn front_of_pelvis(figure: &Figure) -> Point {
        figure.pelvis.place(Point { x: 38.0, y: -58.0 })
    }

    /// How far the middle of the lower back bulges forward from the straight
    /// line between its bottom and top: the depth of the hollow.
    fn hollow_depth(figure: &Figure) -> f64 {
        let (bottom, top) = (figure.vertebrae[0].at, figure.vertebrae[4].at);
        let middle = figure.vertebrae[2].at;
        let (dx, dy) = (top.x - bottom.x, top.y - bottom.y);
        // Distance from the chord, positive toward the front (right): the
        // cross product is negative there because y grows downward.
        -((middle.x - bottom.x) * dy - (middle.y - bottom.y) * dx) / (dx * dx + dy * dy).sqrt()
    }

    fn figure(flexor_tightness: u8, glute_strength: u8) -> Figure {
        Figure::new(
            Sliders {
                flexor_tightness,
                glute_strength,
            }
            .levels(),
        )
    }

    #[test]
    fn tight_flexors_drop_the_front_of_the_pelvis_and_deepen_the_hollow() {
        for glutes in 0..=LEVEL_MAX {
            for flexors in 0..LEVEL_MAX {
                let (less, more) = (figure(flexors, glutes), figure(flexors + 1, glutes));
                let case = format!("{flexors}->{} / {glutes}", flexors + 1);
                // The muscle is drawn tenser all the way up.
                assert!(more.flexor_width > less.flexor_width, "{case}");
                if flexors < LEVEL_MIDDLE {
                    // Supple flexors are normal: the pelvis stays put.
                    assert_eq!(more.pelvis, less.pelvis, "{case}");
                    assert_eq!(more.vertebrae, less.vertebrae, "{case}");
                    continue;
                }
                assert!(more.pelvis.angle > less.pelvis.angle, "{case}");
                assert!(
                    front_of_pelvis(&more).y > front_of_pelvis(&less).y,
                    "{case}"
                );
                assert!(more.sacral_slope > less.sacral_slope, "{case}");
                assert!(hollow_depth(&more) > hollow_depth(&less), "{case}");
            }
        }
    }

    #[test]
    fn weak_glutes_raise_the_front_of_the_pelvis_flatten_the_back_and_sway() {
        for flexors in 0..=LEVEL_MAX {
            for glutes in 0..LEVEL_MAX {
                let (weaker, stronger) = (figure(flexors, glutes), figure(flexors, glutes + 1));
                let case = format!("{flexors} / {glutes}->{}", glutes + 1);
                assert_ne!(stronger.glute, weaker.glute, "{case}: the muscle grows");
                if glutes >= LEVEL_MIDDLE {
                    // Strong glutes are normal: the pelvis stays put.
                    assert_eq!(stronger.pelvis, weaker.pelvis, "{case}");
                    assert_eq!(stronger.vertebrae, weaker.vertebrae, "{case}");
                    assert_eq!((stronger.sway, weaker.sway), (0.0, 0.0), "{case}");
                    continue;
                }
                assert!(weaker.pelvis.angle < stronger.pelvis.angle, "{case}");
                assert!(
                    front_of_pelvis(&weaker).y < front_of_pelvis(&stronger).y,
                    "{case}"
                );
                assert!(hollow_depth(&weaker) < hollow_depth(&stronger), "{case}");
                assert!(weaker.sway > stronger.sway, "{case}");
                assert!(weaker.unsteady, "{case}");
            }
        }
    }

    #[test]
    fn the_drawn_curve_is_the_modelled_curve_and_the_back_stays_upright() {
        for flexors in 0..=LEVEL_MAX {
            for glutes in 0..=LEVEL_MAX {
                let levels = Sliders {
                    flexor_tightness: flexors,
                    glute_strength: glutes,
                }
                .levels();
                let (figure, posture) = (Figure::new(levels), Posture::from_levels(levels));
                let drawn = figure.sacral_slope - figure.vertebrae[4].angle;
                assert!(
                    (drawn - posture.lumbar_lordosis).abs() < 1e-9,
                    "{flexors}/{glutes}"
                );
                // The lower back always curves the same way (a hollow, never
                // a hump), and the top of it stays within 25° of upright.
                assert!(hollow_depth(&figure) > 0.0, "{flexors}/{glutes}");
                assert!(figure.vertebrae[4].angle.abs() < 25.0, "{flexors}/{glutes}");
            }
        }
    }

    #[test]
    fn the_spine_stays_inside_the_picture_and_in_one_piece() {
        for flexors in 0..=LEVEL_MAX {
            for glutes in 0..=LEVEL_MAX {
                let figure = figure(flexors, glutes);
                for (i, vertebra) in figure.vertebrae.iter().enumerate() {
                    // The far corners of the drawn vertebra, process included.
                    for corner in [(-40.0, -9.0), (16.0, -9.0), (-40.0, 9.0), (16.0, 9.0)] {
                        let p = vertebra.place(Point {
                            x: corner.0,
                            y: corner.1,
                        });
                        assert!(
                            (0.0..=WIDTH).contains(&p.x) && (0.0..=HEIGHT).contains(&p.y),
                            "L{} at {flexors}/{glutes}: {p:?}",
                            5 - i
                        );
                    }
                }
                for pair in figure.vertebrae.windows(2) {
                    let (a, b) = (pair[0].at, pair[1].at);
                    let gap = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                    assert!((gap - (BODY_HEIGHT + DISC_HEIGHT)).abs() < 1.0, "{gap}");
                }
            }
        }
    }

    #[test]
    fn the_glute_ends_inside_the_picture() {
        // The lowest part that matters: its end on the thigh bone.
        let insertion = HIP.y + GLUTE_INSERTION.y;
        assert!(insertion < HEIGHT - 2.0, "{insertion}");
    }

    #[test]
    fn transforms_are_written_for_svg() {
        let placement = Placement {
            at: Point { x: 196.0, y: 238.5 },
            angle: -3.25,
        };
        assert_eq!(
            placement.transform(),
            "translate(196.0 238.5) rotate(-3.25)"
        );
        let start = Figure::new(Sliders::START.levels());
        assert!(start.flexor.starts_with('M') && start.glute.ends_with('Z'));
        assert_eq!(start.pelvis.angle, 0.0);
        assert!(!start.unsteady);
        assert!(figure(5, 4).unsteady && !figure(5, 5).unsteady);
        assert_eq!(
            figure(5, 0).pelvis.transform(),
            "translate(196.0 238.0) rotate(-5.00)"
        );
        assert_eq!(
            figure(10, 5).pelvis.transform(),
            "translate(196.0 238.0) rotate(10.00)"
        );
    }
}
