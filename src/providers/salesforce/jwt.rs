//! The JWT bearer assertion (RS256) for server-to-server Salesforce links:
//! no refresh token exists, so a fresh assertion is minted when needed.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ring::rand::SystemRandom;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};

use crate::error::{Error, Result};
use crate::secrets::SecretString;

/// Three minutes: Salesforce accepts assertions that expire within five.
const LIFETIME_SECS: i64 = 180;

/// Signs `{iss: client_id, sub: username, aud: audience, exp}` with the
/// PKCS#8 PEM private key. A key that cannot sign is a usage error (the
/// key given is not usable); callers say which key.
pub fn assertion(
    key_pem: &SecretString,
    client_id: &str,
    username: &str,
    audience: &str,
    now_unix: i64,
) -> Result<SecretString> {
    let der = pem_to_der(key_pem.expose())?;
    let key = RsaKeyPair::from_pkcs8(&der)
        .map_err(|e| Error::usage(format!("the key is not an RSA private key in PKCS#8 form ({e}); convert it with `openssl pkcs8 -topk8 -nocrypt`")))?;
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","typ":"JWT"}"#);
    let claims = serde_json::json!({
        "iss": client_id,
        "sub": username,
        "aud": audience,
        "exp": now_unix + LIFETIME_SECS,
    });
    let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
    let signing_input = format!("{header}.{payload}");
    let mut sig = vec![0u8; key.public().modulus_len()];
    key.sign(
        &RSA_PKCS1_SHA256,
        &SystemRandom::new(),
        signing_input.as_bytes(),
        &mut sig,
    )
    .map_err(|_| Error::failure("signing the assertion failed"))?;
    Ok(SecretString::new(format!(
        "{signing_input}.{}",
        URL_SAFE_NO_PAD.encode(sig)
    )))
}

fn pem_to_der(pem: &str) -> Result<Vec<u8>> {
    if pem.contains("BEGIN RSA PRIVATE KEY") {
        return Err(Error::usage(
            "the key is in PKCS#1 form; convert it with `openssl pkcs8 -topk8 -nocrypt -in KEY`",
        ));
    }
    let body: String = pem
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .map(str::trim)
        .collect();
    STANDARD
        .decode(body)
        .map_err(|_| Error::usage("the key file is not PEM"))
}
