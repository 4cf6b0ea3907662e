//! Reading team replies by camera on a sealed session's collecting page:
//! "Scan QR codes" opens the camera and reads codes one after another until
//! "Stop scanning" or until the page is left, which turn the camera off.
//! Each new code goes to the session page's `read` (the same collection and
//! storage as pasted replies), and its message is announced in a live
//! region, shown with a flash and, unless muted, a short tone.
//!
//! Frames are read in memory by `web::camera` and never kept or sent.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::core::i18n::{fill, Lang, Text};
use crate::core::team::scan::{frame_texts, FrameFilter};
use crate::web::browser;
use crate::web::camera::{sleep, tone, Camera, Reader};

/// Milliseconds between two reads of the camera: about eight frames a second
/// (plus the time a read takes), enough to catch a code held up for a moment.
const READ_EVERY_MS: i32 = 120;

/// What the scanner is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Off,
    Starting,
    On,
    /// Stopped by a failure, with the message that says why.
    Failed(Text),
}

/// The message of the last code read: a number that changes with every code
/// (so the same message twice is rendered and announced again), whether it
/// counted, and its text.
type Message = (u32, bool, String);

/// The camera's state, shared by the running read loop, "Stop" and the
/// page's cleanup; not `Send`, so it stays on this thread.
#[derive(Default)]
struct Running {
    /// Bumped by every start and stop: a read loop of an earlier one ends.
    generation: Cell<u32>,
    camera: RefCell<Option<Camera>>,
}

impl Running {
    /// Turns the camera off and ends the read loop.
    fn stop(&self, video: Option<&web_sys::HtmlVideoElement>) {
        self.generation.set(self.generation.get().wrapping_add(1));
        if let Some(camera) = self.camera.borrow_mut().take() {
            camera.stop(video);
        }
    }
}

/// The camera part of the collecting page.
#[component]
pub fn QrScanner(
    /// Reads one decoded text into the session's replies; gives whether it
    /// counted and the message to show, or `None` when the session cannot
    /// take replies now.
    read: Callback<String, Option<(bool, String)>>,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = move |text: Text| text.get(lang);
    let status = RwSignal::new(Status::Off);
    let message = RwSignal::new(None::<Message>);
    let read_count = RwSignal::new(0usize);
    let sound = RwSignal::new(true);
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let running = SendWrapper::new(Rc::new(Running::default()));

    let shared = running.clone();
    on_cleanup(move || shared.stop(None));

    let shared = running.clone();
    let stop = move |_| {
        shared.stop(video_ref.get_untracked().as_ref());
        status.set(Status::Off);
    };

    let start = move |_| {
        let running = Rc::clone(&running);
        running.stop(None);
        let generation = running.generation.get();
        let mine = Rc::clone(&running);
        let current = move || mine.generation.get() == generation;
        status.set(Status::Starting);
        message.set(None);
        wasm_bindgen_futures::spawn_local(async move {
            let Some(video) = video_ref.get_untracked() else {
                return;
            };
            let failed = |why: Text| {
                let _ = status.try_set(Status::Failed(why));
            };
            let camera = match Camera::open(&video).await {
                Ok(camera) => camera,
                Err(error) => {
                    if current() {
                        failed(error.text(crate::web::embed::in_frame()));
                    }
                    return;
                }
            };
            if !current() {
                camera.stop(Some(&video));
                return;
            }
            *running.camera.borrow_mut() = Some(camera);
            let Some(reader) = Reader::new().await else {
                if current() {
                    running.stop(Some(&video));
                    failed(Text::DecoderUnavailable);
                }
                return;
            };
            let _ = status.try_set(Status::On);
            let mut filter = FrameFilter::new();
            let mut audio = None;
            let mut number = 0u32;
            while current() {
                let texts = reader.read(&video).await;
                if !current() {
                    break;
                }
                let now = browser::now_ms() as f64;
                for text in filter.new_texts(&frame_texts(&texts), now) {
                    let Some((counted, said)) = read.run(text) else {
                        continue;
                    };
                    number = number.wrapping_add(1);
                    if counted {
                        let _ = read_count.try_update(|n| *n += 1);
                    }
                    let _ = message.try_set(Some((number, counted, said)));
                    if sound.try_get_untracked().unwrap_or(false) {
                        tone(&mut audio, counted);
                    }
                }
                sleep(READ_EVERY_MS).await;
            }
        });
    };

    let on = move || matches!(status.get(), Status::Starting | Status::On);
    let status_text = move || match status.get() {
        Status::Off => None,
        Status::Starting => Some(t(Text::ScanStarting)),
        Status::On => Some(t(Text::ScanLooking)),
        Status::Failed(why) => Some(t(why)),
    };
    let failed = move || matches!(status.get(), Status::Failed(_));
    view! {
        <section class="card no-print scanner" id="scanner" aria-labelledby="scan-title">
            <h2 id="scan-title">{t(Text::ScanTitle)}</h2>
            <p>{t(Text::ScanIntro)}</p>
            <div class="button-row">
                {move || if on() {
                    view! {
                        <button type="button" class="button-secondary" id="scan-stop" on:click=stop.clone()>
                            {t(Text::ScanStop)}
                        </button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button-primary" id="scan-start" on:click=start.clone()>
                            {t(Text::ScanStart)}
                        </button>
                    }.into_any()
                }}
                <label class="scan-sound" for="scan-sound">
                    <input type="checkbox" id="scan-sound" prop:checked=move || sound.get()
                        on:change=move |_| sound.update(|on| *on = !*on) />
                    {t(Text::ScanSound)}
                </label>
            </div>
            <p id="scan-status" class=move || if failed() { "card card-warning" } else { "field-note" } role="status">
                {status_text}
            </p>
            <video node_ref=video_ref id="scan-video" class="scan-video" hidden=move || !on()
                muted=true autoplay=true playsinline=true aria-label=t(Text::ScanVideoLabel)></video>
            // The running count, from the first start on (before it, the
            // page's only numbers are the session's counts).
            {move || (on() || read_count.get() > 0).then(|| view! {
                <p id="scan-count" class="lead">{fill(t(Text::ScanReadCount), &[("n", &read_count.get().to_string())])}</p>
            })}
            <div id="scan-message" aria-live="assertive" aria-atomic="true">
                {move || message.get().map(|(number, counted, said)| view! {
                    <p class=if counted { "scan-flash scan-counted" } else { "scan-flash scan-other" }
                        data-code=number>{said}</p>
                })}
            </div>
        </section>
    }
}
