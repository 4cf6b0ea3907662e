// Loads and starts the full app (`sis-app.js`, `sis-app_bg.wasm`, written
// next to index.html by Trunk as a `data-type="worker"` asset with the `web`
// bindgen target). URLs are relative to the document, so any subpath works.
// The state to hand over is already on `globalThis.sisHandoff`.
export function loadFull(unmount, failed) {
  const url = (name) => new URL(name, document.baseURI).href;
  Promise.all([
    import(url('sis-app.js')),
    fetch(url('sis-app_bg.wasm'))
      .then((response) => {
        if (!response.ok) throw new Error(`sis-app_bg.wasm: HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((bytes) => WebAssembly.compile(bytes)),
  ])
    .then(([bindings, module]) => {
      unmount();
      window.wasmBindings = bindings;
      return bindings.default({ module_or_path: module });
    })
    .catch((error) => {
      console.error('Sociale Innovatie Scan: loading the full app failed', error);
      failed();
    });
}
