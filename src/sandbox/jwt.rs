//! Verification of the JWT bearer assertion (RS256) against the sandbox
//! connected app's public key (`jwt-public.der`, PKCS#1; its private half is
//! `jwt-key.pem`, handed out by `atslink sandbox jwt-key`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::signature::{RSA_PKCS1_2048_8192_SHA256, UnparsedPublicKey};
use serde::Deserialize;

pub const PUBLIC_KEY_DER: &[u8] = include_bytes!("jwt-public.der");

#[derive(Debug, Deserialize)]
struct Header {
    alg: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub sub: String,
    pub aud: serde_json::Value,
    pub exp: i64,
}

/// Why an assertion is refused; the message is the `error_description`.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum JwtError {
    #[error("the assertion is not a JWT (header.payload.signature)")]
    NotJwt,
    #[error("the JWT {0} is not base64url")]
    NotBase64(&'static str),
    #[error("the JWT header is not valid JSON")]
    Header,
    #[error("the JWT algorithm must be RS256, not {0}")]
    Algorithm(String),
    #[error("the JWT signature does not verify with the app's certificate")]
    Signature,
    #[error("the JWT claims need iss, sub, aud and exp")]
    Claims,
}

/// Checks the signature and the claims' shape; returns the claims or why
/// the assertion is refused. Audience, issuer, subject and expiry are the
/// caller's (they need the world).
pub fn verify(assertion: &str, public_key_der: &[u8]) -> Result<Claims, JwtError> {
    let mut parts = assertion.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwtError::NotJwt);
    };
    let decode = |part: &str, what: &'static str| {
        URL_SAFE_NO_PAD
            .decode(part.trim_end_matches('='))
            .map_err(|_| JwtError::NotBase64(what))
    };
    let header: Header =
        serde_json::from_slice(&decode(h, "header")?).map_err(|_| JwtError::Header)?;
    if header.alg != "RS256" {
        return Err(JwtError::Algorithm(header.alg));
    }
    let signature = decode(s, "signature")?;
    UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, public_key_der)
        .verify(format!("{h}.{p}").as_bytes(), &signature)
        .map_err(|_| JwtError::Signature)?;
    serde_json::from_slice(&decode(p, "payload")?).map_err(|_| JwtError::Claims)
}

/// Whether `aud` (a string or an array of strings) names one of `allowed`.
pub fn audience_ok(aud: &serde_json::Value, allowed: &[String]) -> bool {
    let norm = |s: &str| s.trim_end_matches('/').to_string();
    match aud {
        serde_json::Value::String(s) => allowed.iter().any(|a| norm(a) == norm(s)),
        serde_json::Value::Array(v) => v
            .iter()
            .filter_map(|x| x.as_str())
            .any(|s| allowed.iter().any(|a| norm(a) == norm(s))),
        _ => false,
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use ring::rand::SystemRandom;
    use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};

    /// Signs claims with the sandbox's private key (also used by e2e tests
    /// through their own copy of this logic).
    pub fn sign(claims: &serde_json::Value, alg: &str) -> String {
        let pem = super::super::seed::JWT_PRIVATE_KEY_PEM;
        let b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap();
        let key = RsaKeyPair::from_pkcs8(&der).unwrap();
        let h = URL_SAFE_NO_PAD.encode(format!("{{\"alg\":\"{alg}\",\"typ\":\"JWT\"}}"));
        let p = URL_SAFE_NO_PAD.encode(claims.to_string());
        let mut sig = vec![0; key.public().modulus_len()];
        key.sign(
            &RSA_PKCS1_SHA256,
            &SystemRandom::new(),
            format!("{h}.{p}").as_bytes(),
            &mut sig,
        )
        .unwrap();
        format!("{h}.{p}.{}", URL_SAFE_NO_PAD.encode(sig))
    }

    #[test]
    fn verifies_signature_and_rejects_tampering() {
        let claims = serde_json::json!({"iss": "app", "sub": "u@x", "aud": "https://login.salesforce.com", "exp": 4_000_000_000_i64});
        let jwt = sign(&claims, "RS256");
        let c = verify(&jwt, PUBLIC_KEY_DER).unwrap();
        assert_eq!(c.sub, "u@x");
        assert!(audience_ok(
            &c.aud,
            &["https://login.salesforce.com".into()]
        ));
        assert!(!audience_ok(
            &c.aud,
            &["https://test.salesforce.com".into()]
        ));

        let mut parts: Vec<&str> = jwt.split('.').collect();
        let forged =
            URL_SAFE_NO_PAD.encode(r#"{"iss":"app","sub":"admin@x","aud":"a","exp":4000000000}"#);
        parts[1] = &forged;
        assert!(verify(&parts.join("."), PUBLIC_KEY_DER).unwrap_err() == JwtError::Signature);
        assert_eq!(verify("a.b", PUBLIC_KEY_DER).unwrap_err(), JwtError::NotJwt);
        assert!(
            verify(&sign(&claims, "HS256"), PUBLIC_KEY_DER).unwrap_err()
                == JwtError::Algorithm("HS256".into())
        );
    }
}
