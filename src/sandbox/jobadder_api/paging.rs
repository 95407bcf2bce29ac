//! JobAdder's paging: `Offset`/`Limit` in, `{items,totalCount,links}` out.

use serde_json::{Value, json};

use super::invalid;
use crate::sandbox::http::{Req, Resp};

/// JobAdder paging: `Offset` (default 0), `Limit` (default 100, at most
/// 1000; 0 gives just the count), `{items,totalCount,links}`.
pub fn page(items: Vec<Value>, req: &Req) -> Resp {
    let num = |name: &str, default: usize| -> std::result::Result<usize, Resp> {
        match req.query_ci(name) {
            None => Ok(default),
            Some(v) => v
                .parse()
                .map_err(|_| invalid(&format!("{name} must be a whole number"), "Invalid", name)),
        }
    };
    let (offset, limit) = match (num("Offset", 0), num("Limit", 100)) {
        (Ok(o), Ok(l)) => (o, l),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    if limit > 1000 {
        return invalid("Limit must be at most 1000", "Invalid", "Limit");
    }
    Resp::json(200, &paged(items, offset, limit, &link_base(req)))
}

fn link_base(req: &Req) -> String {
    let q: Vec<(String, String)> = req
        .query
        .iter()
        .filter(|(k, _)| !k.eq_ignore_ascii_case("Offset") && !k.eq_ignore_ascii_case("Limit"))
        .cloned()
        .collect();
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    s.extend_pairs(q);
    let q = s.finish();
    let sep = if q.is_empty() { "?" } else { "&" };
    format!("{}{}?{q}{sep}", req.origin, req.path)
}

pub fn paged(items: Vec<Value>, offset: usize, limit: usize, base: &str) -> Value {
    let total = items.len();
    let link = |o: usize| json!(format!("{base}Offset={o}&Limit={limit}"));
    let page_items: Vec<Value> = items.into_iter().skip(offset).take(limit).collect();
    // `None` when Limit=0: only the count is asked for.
    let last_page = total.saturating_sub(1).checked_div(limit);
    let (first, prev, next, last) = match last_page {
        None => (Value::Null, Value::Null, Value::Null, Value::Null),
        Some(last_page) => (
            link(0),
            if offset > 0 {
                link(offset.saturating_sub(limit))
            } else {
                Value::Null
            },
            if offset + limit < total {
                link(offset + limit)
            } else {
                Value::Null
            },
            link(last_page * limit),
        ),
    };
    json!({
        "items": page_items,
        "totalCount": total,
        "links": {"first": first, "prev": prev, "next": next, "last": last}
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_links() {
        let items: Vec<Value> = (0..5).map(|i| json!(i)).collect();
        let p = paged(items.clone(), 0, 2, "http://h/x?");
        assert_eq!(p["items"], json!([0, 1]));
        assert_eq!(p["totalCount"], 5);
        assert_eq!(p["links"]["prev"], Value::Null);
        assert_eq!(p["links"]["next"], "http://h/x?Offset=2&Limit=2");
        assert_eq!(p["links"]["last"], "http://h/x?Offset=4&Limit=2");
        let p = paged(items.clone(), 4, 2, "http://h/x?");
        assert_eq!(p["items"], json!([4]));
        assert_eq!(p["links"]["next"], Value::Null);
        assert_eq!(p["links"]["prev"], "http://h/x?Offset=2&Limit=2");
        let p = paged(items, 0, 0, "http://h/x?");
        assert_eq!(p["items"], json!([]));
        assert_eq!(p["totalCount"], 5);
    }
}
