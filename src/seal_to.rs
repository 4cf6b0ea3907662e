//! The one encryption of a sealed team reply: HPKE (RFC 9180) in base mode
//! with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and ChaCha20-Poly1305, from
//! the `hpke` crate; nothing here is cryptography of our own.
//!
//! A file of its own, with no `crate::` paths, so that two builds share it:
//! the library (`core::team::sealed`, which frames replies and opens them)
//! and the on-demand share module (`src/share-module/`), which the app's
//! wasm asks to seal, so that the app itself carries no HPKE.

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::rand_core::SeedableRng;
use hpke::{Deserializable, OpModeS, Serializable};

/// The HPKE `info` of every reply: names the app and the format, so a
/// ciphertext made for anything else never opens as a reply.
pub const INFO: &[u8] = b"sociale-innovatie-scan team reply v1";

/// The AEAD of a reply.
pub type Aead = ChaCha20Poly1305;
/// The KDF of a reply.
pub type Kdf = HkdfSha256;
/// The KEM of a reply.
pub type Kem = X25519HkdfSha256;

/// Bytes of a public key, and of a seed, at the start of [`seal_input`].
pub const KEY_BYTES: usize = 32;

/// Bytes of the associated data of a reply (its format and session id).
pub const ASSOCIATED_BYTES: usize = 5;

/// What the app gives the share module to seal: the public key, the seed,
/// the associated data (a reply's header) and the plaintext, one after the
/// other ([`seal_framed`] reads it).
pub fn seal_input(
    key: &[u8; KEY_BYTES],
    seed: &[u8; KEY_BYTES],
    associated: &[u8; ASSOCIATED_BYTES],
    plaintext: &[u8],
) -> Vec<u8> {
    [&key[..], seed, associated, plaintext].concat()
}

/// [`seal_to`] of a [`seal_input`], as the share module runs it: the
/// encapsulated key followed by the ciphertext, or `None` when the input is
/// too short or no reply can be sealed to the key.
pub fn seal_framed(input: &[u8]) -> Option<Vec<u8>> {
    let (key, rest) = input.split_at_checked(KEY_BYTES)?;
    let (seed, rest) = rest.split_at_checked(KEY_BYTES)?;
    let (associated, plaintext) = rest.split_at_checked(ASSOCIATED_BYTES)?;
    let (encapped, ciphertext) = seal_to(
        key.try_into().ok()?,
        seed.try_into().ok()?,
        associated,
        plaintext,
    )?;
    Some([&encapped[..], &ciphertext].concat())
}

/// `plaintext` sealed to the X25519 public key `key`, with `associated` data
/// bound in and `seed` (32 random bytes) for the encapsulation: the
/// encapsulated key and the ciphertext with its tag. `None` when no reply can
/// be sealed to the key (a low-order point, such as all zeros, which X25519
/// turns into an all-zero shared secret; HPKE refuses it).
pub fn seal_to(
    key: &[u8; 32],
    seed: [u8; 32],
    associated: &[u8],
    plaintext: &[u8],
) -> Option<([u8; 32], Vec<u8>)> {
    let public = <Kem as hpke::Kem>::PublicKey::from_bytes(key).ok()?;
    let mut rng = chacha20::ChaCha20Rng::from_seed(seed);
    let (encapped, ciphertext) = hpke::single_shot_seal_with_rng::<Aead, Kdf, Kem>(
        &OpModeS::Base,
        &public,
        INFO,
        plaintext,
        associated,
        &mut rng,
    )
    .ok()?;
    Some((encapped.to_bytes().into(), ciphertext))
}
