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
