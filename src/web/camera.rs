//! The camera for reading replies by QR code: opening it (the rear camera
//! preferred), stopping it, reading a frame's QR codes, and the short sound
//! per code. What a decoded text means, and which texts are new, is the
//! core's (`core::team::scan`); the decoder where the browser has none is a
//! module loaded on demand (`globalThis.sisFull.qrDecoder`, in
//! src/web/loader.js). Frames are read in memory and dropped: nothing
//! of them is kept or sent.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AudioContext, CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream,
    MediaStreamConstraints, MediaStreamTrack,
};

use crate::core::team::scan::CameraProblem;

/// The largest side of a frame given to the decoder, in pixels: a reply's
/// code (version 7 or 8, about 57 modules with its margin) held up to the
/// camera spans several pixels a module at this size, and a smaller frame
/// decodes faster.
const MAX_SIDE: u32 = 640;

/// An open camera, shown in a video element.
pub struct Camera {
    stream: MediaStream,
}

impl Camera {
    /// Opens the camera (the rear one where there is a choice) and shows it
    /// in `video`.
    pub async fn open(video: &HtmlVideoElement) -> Result<Camera, CameraProblem> {
        let devices = web_sys::window()
            .and_then(|window| window.navigator().media_devices().ok())
            .ok_or(CameraProblem::Failed)?;
        let facing = Object::new();
        let _ = Reflect::set(&facing, &"ideal".into(), &"environment".into());
        let wanted = Object::new();
        let _ = Reflect::set(&wanted, &"facingMode".into(), &facing);
        let constraints = MediaStreamConstraints::new();
        constraints.set_video(&wanted);
        constraints.set_audio(&JsValue::FALSE);
        let promise = devices
            .get_user_media_with_constraints(&constraints)
            .map_err(|_| CameraProblem::Failed)?;
        let stream: MediaStream = match JsFuture::from(promise).await {
            Ok(stream) => stream.unchecked_into(),
            Err(error) => {
                let name = Reflect::get(&error, &"name".into())
                    .ok()
                    .and_then(|name| name.as_string())
                    .unwrap_or_default();
                return Err(CameraProblem::of_error_name(&name));
            }
        };
        let camera = Camera { stream };
        video.set_src_object(Some(&camera.stream));
        if let Ok(playing) = video.play() {
            let _ = JsFuture::from(playing).await;
        }
        Ok(camera)
    }

    /// Turns the camera off: every track stopped, the video emptied.
    pub fn stop(&self, video: Option<&HtmlVideoElement>) {
        for track in self.stream.get_tracks() {
            track.unchecked_into::<MediaStreamTrack>().stop();
        }
        if let Some(video) = video {
            video.set_src_object(None);
        }
    }
}

/// Fetches the decoder ahead, where the platform has no `BarcodeDetector`,
/// so that a facilitator can scan in a room without network: called on a
/// session's collecting page, which they open online to set the session up.
/// The service worker keeps the file; a failure is ignored (the camera
/// tries again when it opens).
pub fn prepare_decoder() {
    let global = js_sys::global();
    if Reflect::has(&global, &"BarcodeDetector".into()).unwrap_or(false) {
        return;
    }
    let Some(full) = Reflect::get(&global, &"sisFull".into()).ok() else {
        return;
    };
    if let Ok(load) =
        Reflect::get(&full, &"qrDecoder".into()).and_then(|f| f.dyn_into::<Function>())
    {
        let _ = load.call0(&full);
    }
}

/// What reads a frame's QR codes.
pub enum Reader {
    /// The platform's `BarcodeDetector`, for QR codes.
    Platform(JsValue),
    /// The decoder loaded on demand, with the canvas its frames are drawn on.
    Decoder(Function, HtmlCanvasElement, CanvasRenderingContext2d),
}

impl Reader {
    /// The platform's detector where it reads QR codes, else the decoder
    /// (fetched on first use); `None` when neither is available (the
    /// decoder could not be loaded).
    pub async fn new() -> Option<Reader> {
        if let Some(detector) = platform_detector().await {
            return Some(Reader::Platform(detector));
        }
        let full = Reflect::get(&js_sys::global(), &"sisFull".into()).ok()?;
        let load: Function = Reflect::get(&full, &"qrDecoder".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let promise: Promise = load.call0(&full).ok()?.dyn_into().ok()?;
        let read: Function = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
        let canvas: HtmlCanvasElement = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        let options = Object::new();
        let _ = Reflect::set(&options, &"willReadFrequently".into(), &JsValue::TRUE);
        let context = canvas
            .get_context_with_context_options("2d", &options)
            .ok()??
            .dyn_into()
            .ok()?;
        Some(Reader::Decoder(read, canvas, context))
    }

    /// The texts of the QR codes in the video's current frame, separated by
    /// NUL (`core::team::scan::frame_texts` splits them); empty when there
    /// is none or no frame yet.
    pub async fn read(&self, video: &HtmlVideoElement) -> String {
        let (width, height) = (video.video_width(), video.video_height());
        if width == 0 || height == 0 {
            return String::new();
        }
        match self {
            Reader::Platform(detector) => {
                let Ok(detect) = Reflect::get(detector, &"detect".into()) else {
                    return String::new();
                };
                let Some(found) = detect
                    .dyn_ref::<Function>()
                    .and_then(|detect| detect.call1(detector, video).ok())
                    .and_then(|promise| promise.dyn_into::<Promise>().ok())
                else {
                    return String::new();
                };
                let Ok(codes) = JsFuture::from(found).await else {
                    return String::new();
                };
                let texts: Vec<String> = Array::from(&codes)
                    .iter()
                    .filter_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string())
                    .collect();
                texts.join("\0")
            }
            Reader::Decoder(read, canvas, context) => {
                let scale = f64::from(MAX_SIDE) / f64::from(width.max(height));
                let scale = scale.min(1.0);
                // Rounded down, at least 1: a frame of a real camera.
                let (w, h) = (
                    ((f64::from(width) * scale) as u32).max(1),
                    ((f64::from(height) * scale) as u32).max(1),
                );
                canvas.set_width(w);
                canvas.set_height(h);
                let (w, h) = (f64::from(w), f64::from(h));
                if context
                    .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w, h)
                    .is_err()
                {
                    return String::new();
                }
                let Ok(frame) = context.get_image_data(0.0, 0.0, w, h) else {
                    return String::new();
                };
                // The pixels stay a JavaScript array: the decoder copies them
                // into its own memory, not through this module's.
                let Ok(pixels) = Reflect::get(&frame, &"data".into()) else {
                    return String::new();
                };
                read.call3(&JsValue::NULL, &pixels, &w.into(), &h.into())
                    .ok()
                    .and_then(|texts| texts.as_string())
                    .unwrap_or_default()
            }
        }
    }
}

/// A `BarcodeDetector` for QR codes, where the platform has one that reads them.
async fn platform_detector() -> Option<JsValue> {
    let class: Function = Reflect::get(&js_sys::global(), &"BarcodeDetector".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let supported: Function = Reflect::get(&class, &"getSupportedFormats".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let formats = JsFuture::from(supported.call0(&class).ok()?.dyn_into::<Promise>().ok()?)
        .await
        .ok()?;
    if !Array::from(&formats).includes(&"qr_code".into(), 0) {
        return None;
    }
    let options = Object::new();
    let _ = Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into()));
    Reflect::construct(&class, &Array::of1(&options)).ok()
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |done, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// A short tone: higher when a reply counted, lower for anything else. The
/// audio context is made on the first tone (after the click that started
/// the camera, so the browser allows it) and kept in `context`.
pub fn tone(context: &mut Option<AudioContext>, counted: bool) {
    if context.is_none() {
        *context = AudioContext::new().ok();
    }
    let Some(audio) = context.as_ref() else {
        return;
    };
    let (Ok(oscillator), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else {
        return;
    };
    let now = audio.current_time();
    oscillator
        .frequency()
        .set_value(if counted { 880.0 } else { 330.0 });
    let level = gain.gain();
    let _ = level.set_value_at_time(0.15, now);
    let _ = level.exponential_ramp_to_value_at_time(0.001, now + 0.15);
    let _ = oscillator.connect_with_audio_node(&gain);
    let _ = gain.connect_with_audio_node(&audio.destination());
    let _ = oscillator.start_with_when(now);
    let _ = oscillator.stop_with_when(now + 0.15);
}
