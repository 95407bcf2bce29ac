use super::*;
use serde_json::json;

/// This process's copy as of now, as another process would hold it.
fn copy_of(path: &Path) -> Cached {
    let cache = lock(&CACHE);
    let c = cache.get(path).unwrap();
    Cached {
        generation: c.generation,
        lineage: c.lineage,
        doc: c.doc.clone(),
        world: Arc::new((*c.world).clone()),
    }
}

/// The copy `old` brought up to date, and the world read whole.
fn both(db: &WorldDb, old: Cached) -> (serde_json::Value, serde_json::Value) {
    let h = head(db.conn()).unwrap().unwrap();
    let (updated, _) = load(db.conn(), &h, Some(old)).unwrap();
    let (whole, _) = load(db.conn(), &h, None).unwrap();
    (
        serde_json::to_value(&updated).unwrap(),
        serde_json::to_value(&whole).unwrap(),
    )
}

#[test]
fn a_copy_brought_up_to_date_is_the_world_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let db = WorldDb::open(&path).unwrap();
    db.snapshot().unwrap();
    type Step = Box<dyn Fn(&mut World)>;
    let steps: Vec<Step> = vec![
        // Records only: the document is not rewritten.
        Box::new(|w| w.flare.people.push(json!({"personId": "p-new"}))),
        Box::new(|w| w.jobadder.accounts[0].placements.get_mut(0).unwrap()["x"] = json!(1)),
        // Removed: the collection is rewritten whole.
        Box::new(|w| w.jobadder.accounts[0].candidates.all_mut().truncate(1)),
        // The document and records at once.
        Box::new(|w| {
            w.clock_offset += 60;
            w.jobadder.accounts[0].notes.push(json!({"noteId": 1}));
        }),
        // An account gone, with its collections.
        Box::new(|w| {
            w.jobadder.accounts.pop();
        }),
        Box::new(|w| *w = crate::sandbox::seed::world().unwrap()),
    ];
    for (i, step) in steps.iter().enumerate() {
        let old = copy_of(&path);
        let doc_generation = head(db.conn()).unwrap().unwrap().doc_generation;
        db.transact(|w| {
            step(w);
            Ok(())
        })
        .unwrap();
        let (updated, whole) = both(&db, old);
        assert_eq!(updated, whole, "step {i}");
        let now = head(db.conn()).unwrap().unwrap();
        if i < 3 {
            assert_eq!(now.doc_generation, doc_generation, "step {i}");
        }
    }
    let items: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM item", [], |r| r.get(0))
        .unwrap();
    let world = db.snapshot().unwrap();
    let count = world
        .jobadder
        .accounts
        .iter()
        .map(|a| a.candidates.len() + a.placements.len() + a.notes.len())
        .sum::<usize>()
        + world.flare.people.len();
    assert_eq!(items, count as i64, "no rows left of removed records");
}

#[test]
fn a_world_kept_whole_in_its_document_is_read_and_then_saved_as_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(
        "CREATE TABLE world (id INTEGER PRIMARY KEY CHECK (id = 1), doc TEXT NOT NULL,
            generation INTEGER NOT NULL DEFAULT 0)",
    )
    .unwrap();
    let seeded = crate::sandbox::seed::world().unwrap();
    conn.execute(
        "INSERT INTO world (id, doc, generation) VALUES (1, ?1, 7)",
        [serde_json::to_string(&seeded).unwrap()],
    )
    .unwrap();
    let db = WorldDb::open(&path).unwrap();
    let people = db.snapshot().unwrap().flare.people.len();
    assert!(people > 0);
    db.transact(|w| {
        w.flare.people.push(json!({"personId": "p-new"}));
        Ok(())
    })
    .unwrap();
    lock(&CACHE).remove(&path);
    assert_eq!(db.snapshot().unwrap().flare.people.len(), people + 1);
    let doc: serde_json::Value =
        serde_json::from_str(&super::rows::read_doc(db.conn()).unwrap()).unwrap();
    assert_eq!(doc["flare"]["people"], json!([]), "kept as rows now");
}
