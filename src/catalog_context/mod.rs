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

pub use load::DATA_URL;
pub use loading_notice::loading_notice;
pub use provider::CatalogProvider;

/// The loaded catalog, shared by every view. Two handles are equal when they
/// share one catalog, so passing it on never compares the data itself.
#[derive(Clone)]
pub struct SharedCatalog {
    catalog: Rc<Catalog>,
    file_size: Option<usize>,
}

impl SharedCatalog {
    pub fn new(catalog: Catalog) -> SharedCatalog {
        SharedCatalog { catalog: Rc::new(catalog), file_size: None }
    }

    /// The catalog of a data file of `bytes` bytes.
    pub fn of_file(catalog: Catalog, bytes: usize) -> SharedCatalog {
        SharedCatalog { file_size: Some(bytes), ..SharedCatalog::new(catalog) }
    }

    /// The dataset the catalog indexes.
    pub fn dataset(&self) -> &Dataset {
        &self.catalog.data
    }

    /// The size of the data file it was read from, in bytes, when known.
    pub fn file_size(&self) -> Option<usize> {
        self.file_size
    }
}

impl PartialEq for SharedCatalog {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.catalog, &other.catalog)
    }
}

impl Deref for SharedCatalog {
    type Target = Catalog;
    fn deref(&self) -> &Catalog {
        &self.catalog
    }
}

/// The shared catalog. Views render only inside `CatalogProvider`, once the
/// data has loaded.
#[hook]
pub fn use_catalog() -> SharedCatalog {
    use_context::<SharedCatalog>().expect("views render only inside CatalogProvider, once the data has loaded")
}
