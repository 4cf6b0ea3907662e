//! The QR decoder, loaded on demand (`sis-qr`): the full app fetches it when
//! a facilitator opens the camera on a browser without the platform's
//! `BarcodeDetector` (`globalThis.sisFull.qrDecoder`, src/web/loader.js).
//! A wasm module without imports and without wasm-bindgen glue: the loader
//! copies a frame's RGBA pixels to [`qr_input`], calls [`qr_decode`] and
//! reads the texts at [`qr_output`]. The work is `src/qr_read.rs` of the app's
//! library (pure, tested natively there), compiled in here from the same
//! file: a package of its own links nothing else, so its wasm has no
//! imports and no wasm-bindgen exports.

#[cfg(target_arch = "wasm32")]
#[path = "../../qr_read.rs"]
mod qr_read;

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::cell::RefCell;

    use crate::qr_read::QrReader;

    thread_local! {
        static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
        static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
        static READER: RefCell<Option<QrReader>> = const { RefCell::new(None) };
    }

    /// A buffer of `len` bytes for the next frame's RGBA pixels.
    #[no_mangle]
    pub extern "C" fn qr_input(len: usize) -> *mut u8 {
        INPUT.with_borrow_mut(|input| {
            input.resize(len, 0);
            input.as_mut_ptr()
        })
    }

    /// Decodes the frame in the input buffer (`width` by `height` pixels);
    /// returns the length of the output: the texts found, separated by NUL.
    #[no_mangle]
    pub extern "C" fn qr_decode(width: usize, height: usize) -> usize {
        let texts = INPUT.with_borrow(|input| {
            READER.with_borrow_mut(|reader| {
                reader
                    .get_or_insert_with(QrReader::new)
                    .read_rgba(input, width, height)
            })
        });
        OUTPUT.with_borrow_mut(|output| {
            *output = texts.join("\0").into_bytes();
            output.len()
        })
    }

    /// Where the output of the last [`qr_decode`] is.
    #[no_mangle]
    pub extern "C" fn qr_output() -> *const u8 {
        OUTPUT.with_borrow(|output| output.as_ptr())
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!(
        "The QR decoder of the Social Innovation Scan runs in the browser: build it with `trunk`."
    );
}
