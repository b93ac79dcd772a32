//! Bigger datasets made from a real one, to time the engine as data grows.

use crate::data::Dataset;

/// `data` with every inspection repeated `factor` times: the first copy
/// keeps its ids, copy `k` (from 2) has `-copy{k}` after every inspection,
/// finding and recommendation id, so ids stay unique and the result is a
/// valid dataset. A factor of 0 gives a dataset with no inspections.
pub fn synthetic(data: &Dataset, factor: usize) -> Dataset {
    let mut out = data.clone();
    out.inspections = Vec::with_capacity(data.inspections.len() * factor);
    for k in 1..=factor {
        for x in &data.inspections {
            let mut copy = x.clone();
            if k > 1 {
                let suffix = format!("-copy{k}");
                copy.id.push_str(&suffix);
                for f in &mut copy.findings {
                    f.id.push_str(&suffix);
                }
                for r in &mut copy.recommendations {
                    r.id.push_str(&suffix);
                }
            }
            out.inspections.push(copy);
        }
    }
    out
}
