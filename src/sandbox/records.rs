//! A collection of the world that grows with use (JobAdder candidates,
//! placements and notes, Flare people): a burst of webhooks adds a Flare
//! person and notes per event, and `sandbox generate` adds thousands of
//! placements. `store` keeps each record as a row of its own, so a change
//! costs the records it touches rather than the size of the world; for
//! that a collection remembers which records were changed since it was
//! loaded or saved.
//!
//! Every way of changing a record goes through this type and marks it:
//! [`Records::push`] and [`Records::get_mut`] mark one record, anything
//! else ([`Records::all_mut`], or a collection built or deserialised anew)
//! marks the whole collection, which is then rewritten. Records are shared
//! (`Arc`) between copies of the world, so the copy a writer makes of a
//! world other threads are reading costs a pointer per record, not the
//! records.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

#[derive(Debug, Clone)]
pub struct Records {
    items: Vec<Arc<Value>>,
    changed: Changed,
}

/// What changed since the collection was loaded or saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Changed {
    /// These positions (changed in place, or appended).
    Some(BTreeSet<usize>),
    /// Anything, e.g. records removed or reordered: rewrite them all.
    All,
}

impl Default for Records {
    /// A new collection, not saved yet.
    fn default() -> Records {
        Records::from(Vec::new())
    }
}

impl From<Vec<Value>> for Records {
    fn from(items: Vec<Value>) -> Records {
        Records {
            items: items.into_iter().map(Arc::new).collect(),
            changed: Changed::All,
        }
    }
}

impl Serialize for Records {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Records {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Records, D::Error> {
        Vec::<Value>::deserialize(d).map(Records::from)
    }
}

impl std::ops::Index<usize> for Records {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        &self.items[i]
    }
}

impl Records {
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Value> + ExactSizeIterator {
        self.items.iter().map(|v| &**v)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Appends a record.
    pub fn push(&mut self, v: Value) {
        self.items.push(Arc::new(v));
        self.mark(self.items.len() - 1);
    }

    /// The record at `i`, to change in place.
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Value> {
        if i >= self.items.len() {
            return None;
        }
        self.mark(i);
        Some(Arc::make_mut(&mut self.items[i]))
    }

    /// Every record, for a change of any kind (removing, reordering): the
    /// whole collection is rewritten when saved.
    pub fn all_mut(&mut self) -> AllMut<'_> {
        self.changed = Changed::All;
        AllMut {
            items: std::mem::take(&mut self.items)
                .into_iter()
                .map(Arc::unwrap_or_clone)
                .collect(),
            records: self,
        }
    }

    fn mark(&mut self, i: usize) {
        if let Changed::Some(set) = &mut self.changed {
            set.insert(i);
        }
    }

    /// A collection as saved, with nothing changed.
    pub(super) fn loaded(items: Vec<Value>) -> Records {
        Records {
            items: items.into_iter().map(Arc::new).collect(),
            changed: Changed::Some(BTreeSet::new()),
        }
    }

    /// Sets record `i` as saved by another process (`i` may be the end:
    /// appended); `false` if there is a gap before it.
    pub(super) fn apply_saved(&mut self, i: usize, v: Value) -> bool {
        match i.cmp(&self.items.len()) {
            std::cmp::Ordering::Less => self.items[i] = Arc::new(v),
            std::cmp::Ordering::Equal => self.items.push(Arc::new(v)),
            std::cmp::Ordering::Greater => return false,
        }
        true
    }

    /// What changed, forgetting it (the caller saves it).
    pub(super) fn take_changed(&mut self) -> Changed {
        std::mem::replace(&mut self.changed, Changed::Some(BTreeSet::new()))
    }

    pub(super) fn is_changed(&self) -> bool {
        self.changed != Changed::Some(BTreeSet::new())
    }
}

/// Every record of a collection as a plain `Vec`, put back on drop.
pub struct AllMut<'r> {
    records: &'r mut Records,
    items: Vec<Value>,
}

impl std::ops::Deref for AllMut<'_> {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.items
    }
}

impl std::ops::DerefMut for AllMut<'_> {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.items
    }
}

impl Drop for AllMut<'_> {
    fn drop(&mut self) {
        self.records.items = std::mem::take(&mut self.items)
            .into_iter()
            .map(Arc::new)
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn marks_what_changed() {
        let mut r = Records::loaded(vec![json!(1), json!(2)]);
        assert!(!r.is_changed());
        r.push(json!(3));
        *r.get_mut(0).unwrap() = json!(0);
        assert_eq!(r.take_changed(), Changed::Some(BTreeSet::from([0, 2])));
        assert!(!r.is_changed());
        r.all_mut().retain(|v| v != &json!(2));
        assert_eq!(r.take_changed(), Changed::All);
        assert_eq!(serde_json::to_value(&r).unwrap(), json!([0, 3]));
        let back: Records = serde_json::from_value(json!([5])).unwrap();
        assert!(back.is_changed(), "a deserialised collection is new");
    }

    #[test]
    fn a_copy_shares_records_until_one_is_changed() {
        let mut a = Records::loaded(vec![json!({"n": 1})]);
        let b = a.clone();
        a.get_mut(0).unwrap()["n"] = json!(2);
        assert_eq!(b[0]["n"], 1);
        assert_eq!(a[0]["n"], 2);
    }
}
