//! The page's own hooks: each returns state and callbacks, never markup.

mod element_width;
mod page_address;
mod paging;
mod print_layout;
mod title;
mod url_state;
mod view_focus;

pub use element_width::use_element_width;
pub use page_address::use_permanent_url;
pub use paging::{use_paging, Paging, ROWS_PER_PAGE};
pub use print_layout::use_print_layout;
pub use title::use_title;
pub use url_state::{use_filter_writer, use_query_navigator, use_url_filter, use_url_query, FilterChange, QueryNavigator, UrlFilter};
pub use view_focus::use_focus_on_route_change;
