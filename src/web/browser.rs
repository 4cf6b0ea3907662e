//! Small browser services: time, the page address and its fragment, the
//! clipboard, file downloads and uploads, printing.
//!
//! Each function is a thin wrapper that turns browser failures into values
//! (`false`, `None`, a callback with `false`); none of them panics.
//!
//! Over 400 lines on purpose: the small browser calls the app makes, each a few
//! lines, kept in one place so that the edge stays thin and easy to audit.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The local date and time of a moment: (year, month 1-12, day 1-31, hour, minute).
pub fn local_date_time(ms: i64) -> (i32, u32, u32, u32, u32) {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    (
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes(),
    )
}

/// The app's own address without query string or fragment, the base of links.
pub fn base_url() -> String {
    window()
        .map(|w| w.location())
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// The browser's preferred languages (`navigator.languages`), most preferred
/// first; empty when the browser does not say.
pub fn preferred_languages() -> Vec<String> {
    window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The fragment of the address without its `#`, `""` when there is none.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Removes the fragment from the address without reloading or adding a
/// history entry (for leaving a shared result).
pub fn clear_fragment() {
    if let Some(window) = window() {
        let url = format!(
            "{}{}",
            window.location().pathname().unwrap_or_default(),
            window.location().search().unwrap_or_default()
        );
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// Calls `callback` whenever the address may have changed within the page:
/// the fragment changed (a link pasted into the address bar of an open tab)
/// or Back or Forward moved through the tab's history. Both events can come
/// for one change, so `callback` must do nothing when nothing changed. The
/// listeners live as long as the page.
pub fn on_address_change(callback: impl Fn() + 'static) {
    if let Some(window) = window() {
        let closure = Closure::<dyn Fn()>::new(callback);
        for event in ["hashchange", "popstate"] {
            let _ =
                window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
        closure.forget();
    }
}

/// Copies text to the clipboard; `done(true)` when the browser confirmed it.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}

fn blob(parts: &[&str], mime: &str) -> Option<web_sys::Blob> {
    let array = js_sys::Array::new();
    for part in parts {
        array.push(&JsValue::from_str(part));
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&array, &options).ok()
}

fn download_blob(blob: &web_sys::Blob, filename: &str) -> bool {
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let clicked = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|anchor| {
            anchor.set_href(&url);
            anchor.set_download(filename);
            anchor.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    clicked
}

/// Offers `content` as a file download.
pub fn download_text(filename: &str, mime: &str, content: &str) -> bool {
    blob(&[content], mime).is_some_and(|blob| download_blob(&blob, filename))
}

/// Offers `content` as a CSV file download, UTF-8 with a byte order mark:
/// without it, spreadsheet programs such as Excel read the file in the
/// system's legacy encoding and garble every "ü" or "’" of the texts.
pub fn download_csv(filename: &str, content: &str) -> bool {
    blob(&["\u{FEFF}", content], "text/csv;charset=utf-8")
        .is_some_and(|blob| download_blob(&blob, filename))
}

/// Renders SVG markup to a PNG of `width` by `height` pixels (at twice that
/// for sharpness) and offers it as a download. `done(false)` on failure.
pub fn download_svg_as_png(
    svg: &str,
    width: u32,
    height: u32,
    filename: String,
    done: impl FnOnce(bool) + 'static,
) {
    let (Some(document), Some(svg_blob)) = (
        window().and_then(|w| w.document()),
        blob(&[svg], "image/svg+xml"),
    ) else {
        done(false);
        return;
    };
    let (Ok(url), Some(image)) = (
        web_sys::Url::create_object_url_with_blob(&svg_blob),
        document
            .create_element("img")
            .ok()
            .and_then(|e| e.dyn_into::<web_sys::HtmlImageElement>().ok()),
    ) else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(
        Box::new(done) as Box<dyn FnOnce(bool)>
    )));
    let finish = {
        let done = done.clone();
        move |ok: bool| {
            if let Some(callback) = done.borrow_mut().take() {
                callback(ok);
            }
        }
    };
    let loaded_image = image.clone();
    let loaded_url = url.clone();
    let on_load = Closure::once(move || {
        let _ = web_sys::Url::revoke_object_url(&loaded_url);
        let scale = 2;
        let canvas = document
            .create_element("canvas")
            .ok()
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let Some(canvas) = canvas else {
            finish(false);
            return;
        };
        canvas.set_width(width * scale);
        canvas.set_height(height * scale);
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        let Some(context) = context else {
            finish(false);
            return;
        };
        context.set_fill_style_str("#ffffff");
        context.fill_rect(
            0.0,
            0.0,
            f64::from(width * scale),
            f64::from(height * scale),
        );
        let drawn = context
            .draw_image_with_html_image_element_and_dw_and_dh(
                &loaded_image,
                0.0,
                0.0,
                f64::from(width * scale),
                f64::from(height * scale),
            )
            .is_ok();
        if !drawn {
            finish(false);
            return;
        }
        let on_blob = Closure::once(move |blob: JsValue| {
            let ok = blob
                .dyn_into::<web_sys::Blob>()
                .is_ok_and(|blob| download_blob(&blob, &filename));
            finish(ok);
        });
        if canvas.to_blob(on_blob.as_ref().unchecked_ref()).is_err() {
            if let Some(callback) = done.borrow_mut().take() {
                callback(false);
            }
        }
        on_blob.forget();
    });
    image.set_onload(Some(on_load.as_ref().unchecked_ref()));
    on_load.forget();
    image.set_src(&url);
}

/// Reads the first file chosen in a file input as text; `done(None)` when
/// there is none or it cannot be read.
pub fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    done: impl FnOnce(Option<String>) + 'static,
) {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        done(None);
        return;
    };
    read_files(vec![file], usize::MAX, done);
}

/// Reads files as text, in order, joined by line breaks; each is read up to
/// `limit` bytes, so a huge file cannot exhaust memory. `done(None)` when
/// there is no file or one cannot be read.
fn read_files(
    files: Vec<web_sys::File>,
    limit: usize,
    done: impl FnOnce(Option<String>) + 'static,
) {
    if files.is_empty() {
        done(None);
        return;
    }
    let promises: Vec<js_sys::Promise> = files
        .iter()
        .map(|file| {
            if file.size() > limit as f64 {
                file.slice_with_f64_and_f64(0.0, limit as f64)
                    .map(|part| part.text())
                    .unwrap_or_else(|_| file.text())
            } else {
                file.text()
            }
        })
        .collect();
    spawn_local(async move {
        let mut texts = Vec::new();
        for promise in promises {
            match JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string())
            {
                Some(text) => texts.push(text),
                None => return done(None),
            }
        }
        done(Some(texts.join("\n")));
    });
}

/// The files of a file list, in order.
fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default()
}

/// The file input that fired `event`.
fn input_of(event: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
}

/// Reads the file chosen in the file input that fired `event`, then clears
/// the input so choosing the same file again fires once more.
pub fn read_file_of_event(event: &web_sys::Event, done: impl FnOnce(Option<String>) + 'static) {
    let Some(input) = input_of(event) else {
        done(None);
        return;
    };
    read_chosen_file(&input, done);
    input.set_value("");
}

/// Reads every file chosen in the file input that fired `event` as text
/// (joined by line breaks, each up to `limit` bytes), then clears the input.
pub fn read_files_of_event(
    event: &web_sys::Event,
    limit: usize,
    done: impl FnOnce(Option<String>) + 'static,
) {
    let Some(input) = input_of(event) else {
        done(None);
        return;
    };
    read_files(files_of(input.files()), limit, done);
    input.set_value("");
}

/// Reads every file dropped by a drop event as text (joined by line breaks,
/// each up to `limit` bytes); `done(None)` when the drop held no files.
pub fn read_dropped_files(
    event: &web_sys::DragEvent,
    limit: usize,
    done: impl FnOnce(Option<String>) + 'static,
) {
    read_files(
        files_of(event.data_transfer().and_then(|data| data.files())),
        limit,
        done,
    );
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// `N` bytes from the platform's CSPRNG (`crypto.getRandomValues`), or
/// `None` when the browser has none: keys are never made from anything else.
pub fn random_bytes<const N: usize>() -> Option<[u8; N]> {
    let mut bytes = [0u8; N];
    let filled = window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    filled.then_some(bytes)
}

/// Runs `task` in a new task of the page's event loop, as soon as possible.
///
/// A message to a fresh channel queues the task without the at least 4 ms
/// that browsers add to nested zero-delay timers, so work split into many
/// tasks keeps the page responsive and is not slowed down by the split.
/// Falls back to a zero-delay timer when channels are unavailable.
pub fn next_task(task: impl FnOnce() + 'static) {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        leptos::prelude::set_timeout(task, std::time::Duration::ZERO);
        return;
    };
    // The closure keeps the receiving port alive until the message arrives.
    let receiver = channel.port1();
    let mut task = Some(task);
    let handler = Closure::<dyn FnMut()>::new(move || {
        if let Some(task) = task.take() {
            task();
        }
    });
    receiver.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    if channel.port2().post_message(&JsValue::NULL).is_err() {
        receiver.set_onmessage(None);
    }
}

/// Runs `work` and records how long it took as a User Timing measure named
/// `name`, for the browser's performance tools and the benchmarks in
/// `tests/bench/`; returns what `work` returns. The measure holds a name and
/// times only, never data.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = window().and_then(|w| w.performance()) else {
        return work();
    };
    let start = format!("{name}:start");
    let end = format!("{name}:end");
    let _ = performance.mark(&start);
    let value = work();
    let _ = performance.mark(&end);
    let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    performance.clear_marks_with_mark_name(&start);
    performance.clear_marks_with_mark_name(&end);
    value
}
