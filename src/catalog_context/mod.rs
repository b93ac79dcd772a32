//! The dataset every view reads: fetched once by `CatalogProvider`, shared
//! through a Yew context, read with `use_catalog()`.

mod load;
mod loading_notice;
mod provider;

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::data::Dataset;
use crate::query::Catalog;

pub use loading_notice::LoadingNotice;
pub use provider::CatalogProvider;

/// The loaded catalog, shared by every view. Two handles are equal when they
/// share one catalog, so passing it on never compares the data itself.
#[derive(Clone)]
pub struct SharedCatalog(Rc<Catalog>);

impl SharedCatalog {
    pub fn new(catalog: Catalog) -> SharedCatalog {
        SharedCatalog(Rc::new(catalog))
    }

    /// The dataset the catalog indexes.
    pub fn dataset(&self) -> &Dataset {
        &self.0.data
    }
}

impl PartialEq for SharedCatalog {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedCatalog {
    type Target = Catalog;
    fn deref(&self) -> &Catalog {
        &self.0
    }
}

/// The shared catalog. Views render only inside `CatalogProvider`, once the
/// data has loaded.
#[hook]
pub fn use_catalog() -> SharedCatalog {
    use_context::<SharedCatalog>().expect("views render only inside CatalogProvider, once the data has loaded")
}
