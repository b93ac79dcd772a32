//! Moving the focus between a chart's marks with the arrow keys, Home and End.

/// A key that moves the focus between a chart's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Previous,
    Next,
    Up,
    Down,
    First,
    Last,
}

impl Step {
    /// The step for a `KeyboardEvent.key`, if it is one.
    pub fn from_key(key: &str) -> Option<Step> {
        Some(match key {
            "ArrowLeft" => Step::Previous,
            "ArrowRight" => Step::Next,
            "ArrowUp" => Step::Up,
            "ArrowDown" => Step::Down,
            "Home" => Step::First,
            "End" => Step::Last,
            _ => return None,
        })
    }
}

/// Which mark the focus moves to from `current`, given each mark's
/// (row, column) on screen: left and right go through the marks in reading
/// order; up and down go to the nearest row above or below, to the mark
/// closest in column.
pub fn step(nav: &[(i32, i32)], current: usize, key: Step) -> usize {
    if nav.is_empty() {
        return 0;
    }
    let current = current.min(nav.len() - 1);
    let mut order: Vec<usize> = (0..nav.len()).collect();
    crate::sort::sort_indexes(&mut order, &|a, b| nav[a].cmp(&nav[b]));
    let pos = order.iter().position(|&i| i == current).unwrap_or(0);
    let (row, col) = nav[current];
    let vertical = |target: Option<i32>| -> usize {
        match target {
            None => current,
            Some(target) => order
                .iter()
                .copied()
                .filter(|&i| nav[i].0 == target)
                .min_by_key(|&i| ((nav[i].1 - col).abs(), nav[i].1))
                .unwrap_or(current),
        }
    };
    match key {
        Step::Previous => order[pos.saturating_sub(1)],
        Step::Next => order[(pos + 1).min(order.len() - 1)],
        Step::First => order[0],
        Step::Last => order[order.len() - 1],
        Step::Up => vertical(nav.iter().map(|n| n.0).filter(|&r| r < row).max()),
        Step::Down => vertical(nav.iter().map(|n| n.0).filter(|&r| r > row).min()),
    }
}
