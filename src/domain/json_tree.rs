//! JSON trees (`serde_json::Value`) of typed values, made through text.
//!
//! `serde_json::to_value` and `from_value` drive a type's `Serialize` and
//! `Deserialize` with the tree's own serializer and deserializer: a second
//! compiled copy of every record's code beside the one that files and
//! storage use to write and read text (tens of KB of the gzipped module).
//! Going through text reuses that one copy, for the price of a parse.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// `value` as a tree, as `serde_json::to_value` would make it.
pub fn to_tree<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<Value> {
    serde_json::from_str(&serde_json::to_string(value)?)
}

/// The `T` that `tree` holds, as `serde_json::from_value` would read it;
/// the error names the position in the tree's compact text.
pub fn from_tree<T: DeserializeOwned>(tree: &Value) -> serde_json::Result<T> {
    serde_json::from_str(&tree.to_string())
}
