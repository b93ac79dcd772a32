//! Small reusable pieces of the page, each with its own `Props`.

pub mod chart_frame;
pub mod charts;
pub mod copy_link;
pub mod download;
pub mod filter_bar;
pub mod ignored_notice;
pub mod item_card;
pub mod marked_text;
pub mod rating_tag;
pub mod source_link;
pub mod view_controls;
