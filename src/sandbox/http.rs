//! The emulator's own request and response values: handlers are plain
//! functions of (world, request) → response, so they can be tested without
//! a socket and run inside one database transaction.

use serde::Serialize;

#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    /// The path, percent-decoded segments kept as sent.
    pub path: String,
    pub query: Vec<(String, String)>,
    /// `http://host:port` as the client addressed us (the Host header), so
    /// issued URLs (`api`, `instance_url`) point back at this server.
    pub origin: String,
    pub authorization: Option<String>,
    pub body: Vec<u8>,
}

impl Req {
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Case-insensitive query lookup (JobAdder's `Offset`/`offset`).
    pub fn query_ci(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The url-encoded form body.
    pub fn form(&self) -> Vec<(String, String)> {
        url::form_urlencoded::parse(&self.body)
            .into_owned()
            .collect()
    }

    pub fn bearer(&self) -> Option<&str> {
        let h = self.authorization.as_deref()?;
        let (scheme, rest) = h.split_once(' ')?;
        scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
    }

    /// HTTP Basic credentials (client id and secret may come this way).
    pub fn basic(&self) -> Option<(String, String)> {
        use base64::Engine;
        let h = self.authorization.as_deref()?;
        let (scheme, rest) = h.split_once(' ')?;
        if !scheme.eq_ignore_ascii_case("basic") {
            return None;
        }
        let raw = base64::engine::general_purpose::STANDARD
            .decode(rest.trim())
            .ok()?;
        let s = String::from_utf8(raw).ok()?;
        let (id, secret) = s.split_once(':')?;
        let dec = |v: &str| {
            url::form_urlencoded::parse(format!("v={v}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        };
        Some((dec(id), dec(secret)))
    }

    pub fn json_body(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

pub fn form_get<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn json(status: u16, value: &impl Serialize) -> Resp {
        Resp {
            status,
            headers: vec![
                ("content-type", "application/json; charset=utf-8".into()),
                ("cache-control", "no-store".into()),
            ],
            body: serde_json::to_vec(value).expect("response serialises"),
        }
    }

    pub fn html(status: u16, body: String) -> Resp {
        Resp {
            status,
            headers: vec![
                ("content-type", "text/html; charset=utf-8".into()),
                ("cache-control", "no-store".into()),
            ],
            body: body.into_bytes(),
        }
    }

    pub fn redirect(location: String) -> Resp {
        Resp {
            status: 302,
            headers: vec![("location", location), ("cache-control", "no-store".into())],
            body: Vec::new(),
        }
    }

    pub fn empty(status: u16) -> Resp {
        Resp {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    pub fn with_header(mut self, name: &'static str, value: String) -> Resp {
        self.headers.push((name, value));
        self
    }
}

/// `uri` with query parameters appended (keeping any it already has).
pub fn with_params(uri: &str, params: &[(&str, &str)]) -> String {
    match url::Url::parse(uri) {
        Ok(mut u) => {
            {
                let mut q = u.query_pairs_mut();
                for (k, v) in params {
                    q.append_pair(k, v);
                }
            }
            u.to_string()
        }
        Err(_) => {
            let sep = if uri.contains('?') { '&' } else { '?' };
            let q: String = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(params)
                .finish();
            format!("{uri}{sep}{q}")
        }
    }
}
