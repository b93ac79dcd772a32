//! Where a focused or hovered mark's tooltip goes.

use crate::charts::scale::round_tenth;

use super::shapes::{Anchor, Mark, Scene};

/// Where a mark's tooltip goes, in percent of the chart's width and height,
/// and which way it hangs from there so that it stays inside the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TipPlace {
    pub left: f64,
    pub top: f64,
    pub anchor: Anchor,
}

pub fn tip_place(scene: &Scene, mark: &Mark) -> TipPlace {
    let cx = mark.rect.centre_x();
    let anchor = if cx < scene.width * 0.3 {
        Anchor::Start
    } else if cx > scene.width * 0.7 {
        Anchor::End
    } else {
        Anchor::Middle
    };
    let x = match anchor {
        Anchor::Start => mark.rect.x,
        Anchor::Middle => cx,
        Anchor::End => mark.rect.x + mark.rect.w,
    };
    TipPlace {
        left: round_tenth(100.0 * x / scene.width.max(1.0)),
        top: round_tenth(100.0 * (mark.rect.y + mark.rect.h) / scene.height.max(1.0)),
        anchor,
    }
}
