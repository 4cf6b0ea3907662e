// Fetches, compiles and starts the team app (`sis-team`: the app with the
// facilitator's pages), which the app (`sis-app`, started by Trunk's own
// loader) calls for on demand through `globalThis.sisFull`, and fetches the
// QR decoder, the share module and the text packs. Registers the service worker once the app has started. Trunk
// inlines this file into index.html, so it costs no request of its own and,
// like index.html, is never cached apart from it.
//
// TEAM_APP names the team app's two files as Trunk writes them; the
// post-build hook `.ci/post-build/hash-team-app.mjs` renames them to
// content-hashed names and writes those here, so a cache can keep them for
// good. URLs are relative to the document, so any subpath works. The
// post-build step `secure.mjs` fills in the wasm's integrity; the import map
// it writes holds the integrity of each JavaScript module, for the plain URL
// and for MAX_RETRIES retries.
const TEAM_APP = { js: 'sis-team.js', wasm: 'sis-team_bg.wasm', wasmIntegrity: '' };
const MAX_RETRIES = 5;
// The QR decoder (the package src/qr-decoder/, built by .ci/pre-build.mjs): a
// wasm module without imports that reads QR codes in camera frames, fetched
// only when a facilitator opens the camera in a browser without the
// platform's BarcodeDetector. The post-build step modules.mjs writes its
// content-hashed name here, secure.mjs its integrity.
const QR_DECODER = { wasm: 'sis-qr.wasm', qrIntegrity: '' };
let qrDecoder = null;
// The share module (the package src/share-module/, built the same way): a
// wasm module without imports that seals a member's team reply and draws QR
// codes, fetched the first time a member opens a sealed invite or a QR code
// is shown, so that the app's own wasm carries neither HPKE nor a QR encoder.
// modules.mjs writes its name here, secure.mjs its integrity.
const SHARE_MODULE = { wasm: 'sis-share.wasm', shareIntegrity: '' };
let shareModule = null;
// The app's texts, one text pack per language (src/core/i18n/pack.rs): the
// post-build step texts.mjs writes here, for each language tag, the pack's
// content-hashed file name and its integrity. The app asks for the pack of
// the language it shows (`sisFull.texts`); the pack of the language the
// page starts in is fetched right away, while the app's wasm loads.
const TEXTS = {};
const textPacks = {};

// The team app: its binary's name, its files, its fetch and compile
// (`loading`: in flight or done), and how often it was tried.
const teamApp = { name: 'sis-team', files: TEAM_APP, loading: null, attempts: 0 };

// On-demand files (the team app, the QR decoder, the share module, the text
// packs) fetched before the service worker controls this page, as when a
// facilitator opens a team page within moments of a first visit, went past the worker; and
// those fetched through an older release's worker were kept by that one,
// whose cache a newer release's worker deletes when it takes over. So each
// time a worker takes over, every on-demand file this page fetched is asked
// for again with `force-cache`, which the browser answers from its HTTP
// cache where it can, so that the worker now in control keeps them for
// offline use like those fetched later. The body is read to its end: a
// response left unread would keep its request open.
const fetchedOnDemand = new Set();
function onDemand(url) {
  fetchedOnDemand.add(url);
  return url;
}
try {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    for (const url of fetchedOnDemand) fetch(url, { cache: 'force-cache' }).then((response) => response.blob()).catch(() => {});
  });
} catch {}

// The response for the on-demand file `name` (relative to the document),
// fetched with its `integrity`; an HTTP error status is a failure too.
function fetchOnDemand(name, integrity) {
  return fetch(onDemand(new URL(name, document.baseURI).href), { integrity }).then((response) => {
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response;
  });
}

// The exports of the on-demand wasm module `name` (one without imports: the
// QR decoder, the share module), fetched with its `integrity` and started.
function moduleOnDemand(name, integrity) {
  return fetchOnDemand(name, integrity)
    .then((response) => response.arrayBuffer())
    .then((bytes) => WebAssembly.instantiate(bytes))
    .then(({ instance }) => instance.exports);
}

// An app's bindings module and its compiled wasm module, fetched once. A failed attempt is forgotten so that
// the next one fetches afresh; its JS URL gets a query so that a failed
// module fetch is not served again from the module map. After MAX_RETRIES
// retries only a reload of the page tries again.
function load(app) {
  if (!app.loading) {
    if (app.attempts > MAX_RETRIES) return Promise.reject(new Error(`${app.name} failed too often; reload the page`));
    const { files } = app;
    const url = (name) => onDemand(new URL(name, document.baseURI).href);
    const js = app.attempts ? `${url(files.js)}?attempt=${app.attempts}` : url(files.js);
    app.attempts += 1;
    app.loading = Promise.all([
      import(js),
      fetchOnDemand(files.wasm, files.wasmIntegrity)
        .then((response) => response.arrayBuffer())
        .then((bytes) => WebAssembly.compile(bytes)),
    ]);
    app.loading.catch(() => {
      app.loading = null;
    });
  }
  return app.loading;
}

// Starts `app` once it is compiled. `release` runs inside the app's start,
// after its module was instantiated: it puts the state of the app running
// so far on `globalThis.sisHandoff` and unmounts that app. `failed` runs if
// fetching, compiling or instantiating fails before the app took `release`;
// the app running so far is then still mounted.
function startApp(app, release, failed) {
  let instantiating = false;
  load(app)
    .then(([bindings, module]) => {
      instantiating = true;
      globalThis.sisRelease = release;
      window.wasmBindings = bindings;
      return bindings.default({ module_or_path: module });
    })
    .then((wasm) => {
      // As Trunk does for the app: the started app's exports and its name, for tools such as tests/bench/team-paste.mjs (the memory
      // of the app that shows the team view).
      dispatchEvent(new CustomEvent('sisFullAppStarted', { detail: { wasm, app: app.name } }));
    })
    .catch((error) => {
      console.error(`Sociale Innovatie Scan: loading ${app.name} failed`, error);
      // Once the app took `release`, it owns the page (and its panic hook
      // speaks for it); before that, the app running so far says so.
      if (!instantiating || globalThis.sisRelease === release) {
        delete globalThis.sisRelease;
        failed();
      }
    });
}

// The service worker `sw.js` (src/web/service_worker.js) is registered for
// offline use once the app has started, so that its install fetches come
// after the app's own and are answered from the HTTP cache or revalidated,
// not downloaded twice; they are part of the initial load and tell nothing
// about anyone's answers. Not in a frame: an embed works only while its
// host page is online anyway, and each host site would keep a copy of its
// own. Quietly nowhere it is not allowed: without service workers (an
// insecure context), or in an opaque (sandboxed) origin, where reading
// `navigator.serviceWorker` throws.
let appStarted = false;
addEventListener('TrunkApplicationStarted', () => {
  appStarted = true;
  try {
    if (self === top) navigator.serviceWorker.register('sw.js').catch(() => {});
  } catch {}
}, { once: true });

// The text of the pack of language `tag`, fetched once; a failure is
// forgotten, so that the next try (choosing the language again) fetches
// afresh.
function texts(tag) {
  const pack = Object.hasOwn(TEXTS, tag) ? TEXTS[tag] : null;
  if (!pack) return Promise.reject(new Error(`no texts for ${tag}`));
  textPacks[tag] ??= fetchOnDemand(pack.file, pack.integrity).then((response) => response.text());
  textPacks[tag].catch(() => delete textPacks[tag]);
  return textPacks[tag];
}
// The language the page starts in, as the pre-rendered first screen's
// script decided it (the core's rule, src/web/prerender.js), or shows now.
const startTag = window.sisPre?.lang ?? window.sisStartLang;
if (startTag) texts(startTag).catch(() => {});

globalThis.sisFull = {
  // Resolves to the text of the pack of language `tag` (see TEXTS).
  texts,
  // Says that the app cannot start (see showLoadFailure): it calls this when
  // the texts of its first page cannot be fetched.
  failed() {
    showLoadFailure();
  },
  // Resolves to read(rgba, width, height), which gives the texts of the QR
  // codes in an RGBA frame, separated by NUL (src/core/team/scan.rs,
  // frame_texts). Fetched and compiled once; a failure is forgotten, so that
  // the next try fetches afresh.
  qrDecoder() {
    qrDecoder ??= moduleOnDemand(QR_DECODER.wasm, QR_DECODER.qrIntegrity)
      .then((qr) => (rgba, width, height) => {
        // The input buffer first: making it may grow the memory.
        const input = qr.qr_input(rgba.length);
        new Uint8Array(qr.memory.buffer, input, rgba.length).set(rgba);
        const length = qr.qr_decode(width, height);
        return new TextDecoder().decode(new Uint8Array(qr.memory.buffer, qr.qr_output(), length));
      });
    qrDecoder.catch(() => (qrDecoder = null));
    return qrDecoder;
  },
  // Resolves to run(task, bytes), which copies `bytes` into the share
  // module, runs its export `task` (share_seal or share_qr, see
  // src/share-module/src/main.rs) and gives a copy of the output (empty when
  // the task has no answer). Fetched and compiled once; a failure is
  // forgotten, so that the next try fetches afresh.
  share() {
    shareModule ??= moduleOnDemand(SHARE_MODULE.wasm, SHARE_MODULE.shareIntegrity)
      .then((share) => (task, bytes) => {
        try {
          // The input buffer first: making it may grow the memory.
          const input = share.share_input(bytes.length);
          new Uint8Array(share.memory.buffer, input, bytes.length).set(bytes);
          const length = share[task]();
          return new Uint8Array(share.memory.buffer, share.share_output(), length).slice();
        } catch (error) {
          // A module that stopped on an error may be left unusable: the next
          // use fetches and starts it afresh.
          shareModule = null;
          throw error;
        }
      });
    shareModule.catch(() => (shareModule = null));
    return shareModule;
  },
  // Starts the team app (see startApp), from the app. Only a facilitator's
  // page needs it, so it is fetched the first time one is opened, and the
  // service worker keeps it from then on (it is not precached).
  startTeam(release, failed) {
    startApp(teamApp, release, failed);
  },
};

// When the app cannot start (its files fail to load, or are refused because
// they are not the files this page names, or the texts of its first page
// cannot be fetched), the page would stay empty: say so instead, in every
// language, as text. The paragraphs come from the template
// `sis-load-failed` that src/ui/prerender.rs renders from the core's texts
// (Text::AppLoadFailed), so this file holds no texts of its own.
// The pre-rendered first screen (index.html) goes too: without the app it
// could not score the answers or keep them.
function showLoadFailure() {
  window.sisPre?.take();
  if (document.querySelector('main')) return;
  const box = document.createElement('main');
  box.id = 'load-failed';
  box.className = 'wrap page';
  const texts = document.getElementById('sis-load-failed');
  if (texts) box.append(texts.content.cloneNode(true));
  document.body.append(box);
}
// Capturing, so that a script element's error (its module or an import of it
// failed to load) counts as well as an error thrown while starting.
addEventListener('error', () => {
  if (!appStarted) showLoadFailure();
}, true);
