//! Randomness for OAuth: `state` values and PKCE verifiers (RFC 7636; the
//! S256 challenge is derived by the `oauth2` crate, see
//! `auth::oauth::salesforce`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};

/// 32 random bytes, base64url: for `state` and PKCE verifiers (43 chars,
/// within RFC 7636's 43-128).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the OS random source works");
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_verifier_sized_and_random() {
        assert_eq!(random_token().len(), 43);
        assert_ne!(random_token(), random_token());
    }

    #[test]
    fn the_s256_challenge_is_rfc7636_appendix_b() {
        let v = oauth2::PkceCodeVerifier::new("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into());
        assert_eq!(
            oauth2::PkceCodeChallenge::from_code_verifier_sha256(&v).as_str(),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
