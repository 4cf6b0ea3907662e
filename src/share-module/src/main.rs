//! The share module, loaded on demand (`sis-share`): the app fetches it the
//! first time a member opens a sealed invite (to check the invite's key, and
//! later to seal the reply) or a QR code is shown
//! (`globalThis.sisFull.share`, src/web/loader.js; `web::share_module`).
//! A wasm module without imports and without wasm-bindgen glue: the loader
//! copies the input to [`share_input`], calls [`share_seal`] or
//! [`share_qr`] and copies the output from [`share_output`]. The work is
//! `src/seal_to.rs` and `src/qr_code.rs` of the app's library (pure, tested
//! natively there), compiled in here from the same files: a package of its
//! own links nothing else, so its wasm has no imports. Keeping HPKE and the
//! QR encoder out of the app's wasm saves every visit their bytes
//! (README, "Measuring").

#[cfg(target_arch = "wasm32")]
#[path = "../../seal_to.rs"]
#[expect(
    dead_code,
    reason = "seal_input is the app's half of the framing, which this module reads"
)]
mod seal_to;

#[cfg(target_arch = "wasm32")]
#[path = "../../qr_code.rs"]
mod qr_code;

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::cell::RefCell;

    thread_local! {
        static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
        static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }

    /// A buffer of `len` bytes for the next task's input.
    #[no_mangle]
    pub extern "C" fn share_input(len: usize) -> *mut u8 {
        INPUT.with_borrow_mut(|input| {
            input.resize(len, 0);
            input.as_mut_ptr()
        })
    }

    /// Seals the input (`seal_to::seal_input`: public key, seed, header, then
    /// the content) and returns the length of the output: the encapsulated
    /// key and the ciphertext, or 0 when no reply can be sealed to the key.
    #[no_mangle]
    pub extern "C" fn share_seal() -> usize {
        output(INPUT.with_borrow(|input| crate::seal_to::seal_framed(input)))
    }

    /// Encodes the input (a text, UTF-8) as a QR code and returns the length
    /// of the output: its modules (`qr_code::qr_modules`), or 0 when the
    /// text is too long for a QR code or no UTF-8.
    #[no_mangle]
    pub extern "C" fn share_qr() -> usize {
        let modules =
            INPUT.with_borrow(|input| crate::qr_code::qr_modules(std::str::from_utf8(input).ok()?));
        output(modules)
    }

    /// Where the output of the last task is.
    #[no_mangle]
    pub extern "C" fn share_output() -> *const u8 {
        OUTPUT.with_borrow(|output| output.as_ptr())
    }

    /// Keeps `bytes` as the output; its length, 0 for none.
    fn output(bytes: Option<Vec<u8>>) -> usize {
        OUTPUT.with_borrow_mut(|output| {
            *output = bytes.unwrap_or_default();
            output.len()
        })
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!(
        "The share module of the Social Innovation Scan runs in the browser: build it with `trunk`."
    );
}
