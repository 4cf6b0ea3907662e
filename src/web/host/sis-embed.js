/* Sociale Innovatie Scan host script: sizes every iframe[data-sis-embed] to
   the height its app reports. A message counts only when it comes from that
   iframe's own window and origin. No dependencies; see README "Embedding". */
(function () {
  'use strict';
  var TYPE = 'sociale-innovatie-scan:height';
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-sis-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // A sandboxed frame without allow-same-origin has the origin "null".
      var sandbox = frame.getAttribute('sandbox');
      var origin = sandbox !== null && !/allow-same-origin/.test(sandbox)
        ? 'null'
        : new URL(frame.src, location.href).origin;
      if (event.origin !== origin) return;
      frame.style.height = Math.min(Math.max(Math.ceil(data.height), 0), 100000) + 'px';
      return;
    }
  });
})();
