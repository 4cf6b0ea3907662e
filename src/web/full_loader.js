// Fetches, compiles and starts the full app (the `sis-app` binary), which
// the first-load app (`sis-first`) calls for on demand through
// `globalThis.sisFull`. Trunk inlines this file into index.html, so it costs
// no request of its own and, like index.html, is never cached apart from it.
//
// FULL_APP names the two files as Trunk writes them; the post-build hook
// `.ci/post-build/hash-full-app.mjs` renames both to content-hashed names and writes
// those here, so a cache can keep them for good. URLs are relative to the
// document, so any subpath works.
const FULL_APP = { js: 'sis-app.js', wasm: 'sis-app_bg.wasm' };

let loading = null;
let attempts = 0;

// The bindings module and the compiled wasm module, fetched once. A failed
// attempt is forgotten so that the next one fetches afresh; its JS URL gets a
// query so that a failed module fetch is not served again from the module map.
function load() {
  if (!loading) {
    const url = (name) => new URL(name, document.baseURI).href;
    const js = attempts ? `${url(FULL_APP.js)}?attempt=${attempts}` : url(FULL_APP.js);
    attempts += 1;
    loading = Promise.all([
      import(js),
      fetch(url(FULL_APP.wasm))
        .then((response) => {
          if (!response.ok) throw new Error(`${FULL_APP.wasm}: HTTP ${response.status}`);
          return response.arrayBuffer();
        })
        .then((bytes) => WebAssembly.compile(bytes)),
    ]);
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

// The full app is fetched and compiled in the background 100 ms after the
// page has loaded, whatever the person does: the moment of the request says
// nothing about anyone's answers, and no request follows the initial load.
// Right after it (fetched or failed), the service worker `sw.js`
// (src/web/service_worker.js) is registered for offline use, so its install
// fetches are part of the initial load too, tell nothing either, and may be
// answered from the HTTP cache. Not in a frame: an embed works only while its
// host page is online anyway, and each host site would keep a copy of its
// own. Quietly nowhere it is not allowed: without service workers (an
// insecure context), or in an opaque (sandboxed) origin, where reading
// `navigator.serviceWorker` throws.
addEventListener('load', () => setTimeout(() => load().catch(() => {}).then(() => {
  try {
    if (self === top) navigator.serviceWorker.register('sw.js').catch(() => {});
  } catch {}
}), 100));

globalThis.sisFull = {
  // Starts the full app once it is compiled. `release` runs inside the full
  // app's start, after its module was instantiated: it puts the first-load
  // app's state on `globalThis.sisHandoff` and unmounts the first-load app.
  // `failed` runs if fetching, compiling or instantiating fails; the
  // first-load app is then still mounted.
  start(release, failed) {
    let instantiating = false;
    load()
      .then(([bindings, module]) => {
        instantiating = true;
        globalThis.sisRelease = release;
        window.wasmBindings = bindings;
        return bindings.default({ module_or_path: module });
      })
      .then((wasm) => {
        // As Trunk does for the first-load app: the full app's exports, for
        // tools such as tests/bench/team-paste.mjs (its memory).
        dispatchEvent(new CustomEvent('sisFullAppStarted', { detail: { wasm } }));
      })
      .catch((error) => {
        console.error('Sociale Innovatie Scan: loading the full app failed', error);
        // Once the full app took `release`, it owns the page (and its panic
        // hook speaks for it); before that, the first-load app says so.
        if (!instantiating || globalThis.sisRelease === release) {
          delete globalThis.sisRelease;
          failed();
        }
      });
  },
};
