//! ClickHouse backend (placeholder until written).
use super::{Location, Result, StoreError};

pub struct ClickHouse;

impl ClickHouse {
    pub fn open(_loc: Location) -> Result<Box<dyn super::Backend>> {
        Err(StoreError("ClickHouse: not yet".into()))
    }
}
