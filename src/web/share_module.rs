//! Sealing a team reply and drawing a QR code, the browser edge. In the
//! app's wasm (`share_on_demand`, see `build.rs`) both run in the on-demand
//! share module (`src/share-module/`), through the loader in index.html
//! (`sisFull.share` in `src/web/loader.js`, which knows the module's
//! content-hashed name and its integrity); in the team app both are compiled
//! in and these functions call the core directly. The bytes that go in and
//! out are the core's: a `sealed::SealRequest` frames a reply around the
//! module's HPKE, and `qr_svg::qr_svg_of` draws the module's QR modules, so
//! no markup ever comes from the module.

use crate::core::links::invite::TeamId;
use crate::core::team::sealed::{self, PublicKey, ReplyContent, UncheckedKey};

/// Why the share module gave no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareError {
    /// The module could not be fetched or started (offline before its first
    /// use, say).
    Unavailable,
    /// It ran and has no answer: no reply can be sealed to the key, or the
    /// text is too long for a QR code.
    Refused,
}

/// The bare code of a member's reply: `content` sealed to the session's key.
pub async fn seal_reply(
    team: TeamId,
    key: &PublicKey,
    content: &ReplyContent,
    seed: [u8; 32],
) -> Result<String, ShareError> {
    #[cfg(share_on_demand)]
    {
        let request = sealed::SealRequest::new(team, key, content, seed);
        let output = module::run("share_seal", request.input()).await?;
        request.reply_code(&output).ok_or(ShareError::Refused)
    }
    #[cfg(not(share_on_demand))]
    sealed::seal(team, key, content, seed).map_err(|_| ShareError::Refused)
}

/// An invite's key as a key replies can be sealed to, `None` when none can
/// be: `sealed::check_key`, whose question (can a probe be sealed to it?)
/// the app's wasm asks the share module.
pub async fn check_key(key: UncheckedKey) -> Result<Option<PublicKey>, ShareError> {
    #[cfg(share_on_demand)]
    {
        let (candidate, probe) = sealed::key_check(key);
        match module::run("share_seal", probe.input()).await {
            Ok(_) => Ok(Some(candidate)),
            Err(ShareError::Refused) => Ok(None),
            Err(ShareError::Unavailable) => Err(ShareError::Unavailable),
        }
    }
    #[cfg(not(share_on_demand))]
    Ok(sealed::check_key(key))
}

/// The QR code of `text` as SVG markup with the accessible name `title`
/// (`qr_svg::qr_svg`).
pub async fn qr_svg(text: &str, title: &str) -> Result<String, ShareError> {
    #[cfg(share_on_demand)]
    {
        let modules = module::run("share_qr", text.as_bytes()).await?;
        crate::qr_svg::qr_svg_of(&modules, title).ok_or(ShareError::Refused)
    }
    #[cfg(not(share_on_demand))]
    crate::qr_svg::qr_svg(text, title).ok_or(ShareError::Refused)
}

#[cfg(share_on_demand)]
mod module {
    use super::ShareError;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    #[wasm_bindgen]
    extern "C" {
        // `globalThis.sisFull`, defined by `loader.js` (inlined into
        // index.html), as `web::texts` binds `texts`. `catch`: a page
        // without the loader is an unavailable module, not a crash.
        #[wasm_bindgen(catch, js_namespace = sisFull, js_name = share)]
        fn load_share() -> Result<js_sys::Promise, JsValue>;
    }

    /// Runs the module's export `task` on `input`; its output.
    pub async fn run(task: &str, input: &[u8]) -> Result<Vec<u8>, ShareError> {
        let promise = load_share().map_err(|_| ShareError::Unavailable)?;
        let run: js_sys::Function = JsFuture::from(promise)
            .await
            .ok()
            .and_then(|run| run.dyn_into().ok())
            .ok_or(ShareError::Unavailable)?;
        let output = run
            .call2(
                &JsValue::NULL,
                &JsValue::from_str(task),
                &js_sys::Uint8Array::from(input),
            )
            .map_err(|_| ShareError::Unavailable)?;
        let output = output
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| ShareError::Unavailable)?
            .to_vec();
        if output.is_empty() {
            return Err(ShareError::Refused);
        }
        Ok(output)
    }
}
