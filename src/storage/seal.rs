//! Sealing private data with a passphrase, through the browser's WebCrypto:
//! PBKDF2-SHA-256 (600,000 iterations, a random 16-byte salt) derives an
//! AES-GCM-256 key; every write uses a fresh random 96-bit IV. The key is
//! non-extractable and lives in memory only while unlocked; the passphrase
//! is never kept.

use super::personal_file::{self, CIPHER, ITERATIONS, KDF, Sealed};
use crate::text;
use js_sys::{Array, ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

const SALT_BYTES: usize = 16;
const IV_BYTES: usize = 12;

/// A key derived from a passphrase, with the salt it was derived with.
#[derive(Clone)]
pub struct SealKey {
    key: CryptoKey,
    salt: Vec<u8>,
}

/// Why sealed data could not be opened.
#[derive(Clone, PartialEq, Debug)]
pub enum OpenError {
    /// The passphrase derives a key that does not authenticate the data.
    WrongPassphrase,
    Broken(String),
}

/// Whether this page may use WebCrypto: only in a secure context (https, or
/// localhost), which browsers require for `crypto.subtle`.
pub fn unavailable() -> Option<String> {
    let window = web_sys::window()?;
    (!window.is_secure_context()).then(|| text::seal::NEEDS_SECURE_PAGE.to_owned())
}

fn subtle() -> Result<(web_sys::Crypto, SubtleCrypto), String> {
    if let Some(reason) = unavailable() {
        return Err(reason);
    }
    let crypto = web_sys::window()
        .ok_or(text::common::NO_BROWSER_WINDOW)?
        .crypto()
        .map_err(|_| text::seal::NO_CRYPTOGRAPHY.to_owned())?;
    let subtle = crypto.subtle();
    Ok((crypto, subtle))
}

fn random(crypto: &web_sys::Crypto, n: usize) -> Result<Vec<u8>, String> {
    let mut bytes = vec![0u8; n];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| text::seal::NO_RANDOM_NUMBERS.to_owned())?;
    Ok(bytes)
}

fn failure(what: &str, error: JsValue) -> String {
    let detail = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| format!(" ({})", e.name()))
        .unwrap_or_default();
    text::seal::browser_failed(&what, &detail)
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>, what: &str) -> Result<JsValue, String> {
    let promise = promise.map_err(|e| failure(what, e))?;
    JsFuture::from(promise).await.map_err(|e| failure(what, e))
}

async fn derive_with(passphrase: &str, salt: Vec<u8>, iterations: u32) -> Result<SealKey, String> {
    let (_, subtle) = subtle()?;
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = resolve(
        subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages),
        text::seal::PREPARE_PASSPHRASE,
    )
    .await?
    .unchecked_into::<CryptoKey>();
    let params = Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        iterations,
        &Uint8Array::from(&salt[..]),
    );
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let key = resolve(
        subtle.derive_key_with_object_and_object(
            &params,
            &base,
            &AesKeyGenParams::new("AES-GCM", 256),
            false,
            &usages,
        ),
        text::seal::DERIVE_KEY,
    )
    .await?
    .unchecked_into::<CryptoKey>();
    Ok(SealKey { key, salt })
}

/// A key for a new passphrase, with a fresh random salt.
pub async fn new_key(passphrase: &str) -> Result<SealKey, String> {
    let (crypto, _) = subtle()?;
    let salt = random(&crypto, SALT_BYTES)?;
    derive_with(passphrase, salt, ITERATIONS).await
}

/// The key `passphrase` derives for data sealed as `sealed` was.
pub async fn key_for(passphrase: &str, sealed: &Sealed) -> Result<SealKey, String> {
    // Refuse what this build did not write rather than spend minutes on a
    // damaged iteration count.
    if sealed.kdf != KDF
        || sealed.cipher != CIPHER
        || !(ITERATIONS..=10 * ITERATIONS).contains(&sealed.iterations)
    {
        return Err(text::seal::UNSUPPORTED_LOCK.to_owned());
    }
    let salt = personal_file::from_base64(&sealed.salt)
        .filter(|s| s.len() == SALT_BYTES)
        .ok_or(text::seal::SALT_DAMAGED)?;
    derive_with(passphrase, salt, sealed.iterations).await
}

/// Encrypts `plain` under a fresh IV.
pub async fn seal(key: &SealKey, plain: &[u8]) -> Result<Sealed, String> {
    let (crypto, subtle) = subtle()?;
    let iv = random(&crypto, IV_BYTES)?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]));
    let data = resolve(
        subtle.encrypt_with_object_and_u8_array(&params, &key.key, plain),
        text::seal::ENCRYPT_GOALS,
    )
    .await?;
    Ok(Sealed {
        kdf: KDF.to_owned(),
        iterations: ITERATIONS,
        salt: personal_file::to_base64(&key.salt),
        cipher: CIPHER.to_owned(),
        iv: personal_file::to_base64(&iv),
        data: personal_file::to_base64(
            &Uint8Array::new(&data.unchecked_into::<ArrayBuffer>()).to_vec(),
        ),
    })
}

/// Decrypts sealed data; AES-GCM's tag tells a wrong passphrase from the right one.
pub async fn open(key: &SealKey, sealed: &Sealed) -> Result<Vec<u8>, OpenError> {
    let (_, subtle) = subtle().map_err(OpenError::Broken)?;
    let damaged = || OpenError::Broken(text::seal::DATA_DAMAGED.to_owned());
    let iv = personal_file::from_base64(&sealed.iv).ok_or_else(damaged)?;
    let data = personal_file::from_base64(&sealed.data).ok_or_else(damaged)?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]));
    let promise = subtle
        .decrypt_with_object_and_u8_array(&params, &key.key, &data)
        .map_err(|e| OpenError::Broken(failure("decrypt", e)))?;
    match JsFuture::from(promise).await {
        Ok(plain) => Ok(Uint8Array::new(&plain.unchecked_into::<ArrayBuffer>()).to_vec()),
        Err(error)
            if error
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|e| e.name() == "OperationError") =>
        {
            Err(OpenError::WrongPassphrase)
        }
        Err(error) => Err(OpenError::Broken(failure("decrypt", error))),
    }
}
