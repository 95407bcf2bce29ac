//! The HTML pages a person (or `sandbox browse`, or WebDriver) sees: login,
//! consent, refusal, device-code entry and errors. Element ids are part of
//! the contract (docs/sandbox.md). Every interpolated text is escaped.

pub use crate::output::html::escape;

fn page(brand: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{t} - {b} (atslink sandbox)</title>\
         <style>body{{font-family:sans-serif;max-width:32em;margin:3em auto}}\
         .msg{{color:#a00}}</style></head>\n<body>\n<h1>{b}</h1>\n<h2 id=\"title\">{t}</h2>\n{body}\n\
         <p><small>atslink provider sandbox: not the real service.</small></p>\n</body></html>\n",
        b = escape(brand),
        t = escape(title),
    )
}

/// The login form. `request` ties it to the pending authorize request.
pub fn login(brand: &str, action: &str, request: &str, message: Option<&str>) -> String {
    let msg = message
        .map(|m| format!("<p class=\"msg\" id=\"message\">{}</p>\n", escape(m)))
        .unwrap_or_default();
    page(
        brand,
        "Sign in",
        &format!(
            "{msg}<form id=\"login-form\" method=\"post\" action=\"{a}\">\n\
             <input type=\"hidden\" name=\"request\" value=\"{r}\">\n\
             <label>Email <input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\"></label><br>\n\
             <label>Password <input id=\"password\" name=\"password\" type=\"password\"></label><br>\n\
             <button id=\"login\" type=\"submit\">Sign in</button>\n</form>",
            a = escape(action),
            r = escape(request),
        ),
    )
}

/// The consent page: who is granting, for which account, which scopes.
pub fn consent(
    brand: &str,
    action: &str,
    request: &str,
    app: &str,
    account: &str,
    user: &str,
    scopes: &[String],
) -> String {
    let items: String = scopes
        .iter()
        .map(|s| format!("<li class=\"scope\">{}</li>", escape(s)))
        .collect();
    page(
        brand,
        "Allow access?",
        &format!(
            "<p id=\"summary\"><b>{app}</b> is asking for access to the account \
             <b id=\"account\">{account}</b> on behalf of {user}.</p>\n\
             <ul id=\"scopes\">{items}</ul>\n\
             <form id=\"consent-form\" method=\"post\" action=\"{a}\">\n\
             <input type=\"hidden\" name=\"request\" value=\"{r}\">\n\
             <button id=\"allow\" name=\"decision\" value=\"allow\" type=\"submit\">Allow</button>\n\
             <button id=\"deny\" name=\"decision\" value=\"deny\" type=\"submit\">Deny</button>\n</form>",
            app = escape(app),
            account = escape(account),
            user = escape(user),
            a = escape(action),
            r = escape(request),
        ),
    )
}

/// A user who may not grant API access tried to.
pub fn refusal(brand: &str, user: &str, return_to: &str) -> String {
    page(
        brand,
        "Access not granted",
        &format!(
            "<p id=\"refusal\">{user} cannot grant this: only administrators, or users with the \
             \"Grant API access to Integration partners\" permission, can grant API access \
             to integration partners.</p>\n<p><a id=\"return\" href=\"{href}\">Return to the application</a></p>",
            user = escape(user),
            href = escape(return_to),
        ),
    )
}

/// Device flow: the page where the person types the code.
pub fn device_entry(brand: &str, action: &str, message: Option<&str>) -> String {
    let msg = message
        .map(|m| format!("<p class=\"msg\" id=\"message\">{}</p>\n", escape(m)))
        .unwrap_or_default();
    page(
        brand,
        "Connect a device",
        &format!(
            "{msg}<form id=\"device-form\" method=\"get\" action=\"{a}\">\n\
             <label>Code <input id=\"user_code\" name=\"user_code\" type=\"text\"></label>\n\
             <button id=\"continue\" type=\"submit\">Continue</button>\n</form>",
            a = escape(action),
        ),
    )
}

/// The end of a flow that has no redirect (device flow).
pub fn done(brand: &str, text: &str) -> String {
    page(
        brand,
        "Done",
        &format!("<p id=\"done\">{}</p>", escape(text)),
    )
}

/// An error that must not redirect (unknown client, unregistered redirect).
pub fn error(brand: &str, text: &str) -> String {
    page(
        brand,
        "Error",
        &format!("<p id=\"error\">{}</p>", escape(text)),
    )
}

/// The hand-off target `serve.handoff_url` defaults to in sandbox mode:
/// shows what it received, one `<dd id="KEY">` per parameter.
pub fn handoff(params: &[(String, String)]) -> String {
    let rows: String = params
        .iter()
        .map(|(k, v)| {
            format!(
                "<dt>{k}</dt><dd id=\"{k}\">{v}</dd>\n",
                k = escape(k),
                v = escape(v)
            )
        })
        .collect();
    page(
        "CV reformatting",
        "Hand-off received",
        &format!("<dl id=\"handoff\">\n{rows}</dl>"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolations_are_escaped() {
        let html = consent(
            "JobAdder",
            "/x",
            "r\"1",
            "<app>",
            "A & B",
            "u'ser",
            &["read<script>".into()],
        );
        assert!(html.contains("&lt;app&gt;"));
        assert!(html.contains("A &amp; B"));
        assert!(html.contains("r&quot;1"));
        assert!(html.contains("u&#39;ser"));
        assert!(html.contains("read&lt;script&gt;"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("id=\"allow\"") && html.contains("id=\"deny\""));
    }
}
