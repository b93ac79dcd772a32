//! The pieces views are made of, one per file: a component with its
//! `Props`, or a plain function returning `Html` for a view that uses no
//! hooks (Yew's guide, "Pure components").
//! They read the data through `use_catalog()` and the address through the
//! router's hooks; none of them knows a page or the app shell.

pub mod chart;
pub mod chart_frame;
pub mod clear_filters;
pub mod compare_table;
pub mod copy_link;
pub mod download_button;
pub mod filter_bar;
pub mod headline_figure;
pub mod ignored_notice;
pub mod inspection_detail;
pub mod inspection_result;
pub mod item_card;
pub mod item_list;
pub mod jump_to_results;
pub mod marked_text;
pub mod not_applying_notice;
pub mod not_found;
pub mod rating_tag;
pub mod show_more;
pub mod site_layout;
pub mod site_nav;
pub mod source_link;
pub mod term_row;
pub mod unit_history;
pub mod view_controls;
