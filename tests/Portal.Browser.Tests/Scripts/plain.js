// What makes a page not plain: pop-ups, moving things, and the bytes of CSS and JavaScript it loaded.
() => {
  const resources = performance.getEntriesByType('resource');
  const code = resources.filter(r => /\.(css|js)$/.test(new URL(r.name).pathname) || r.initiatorType === 'script' || r.initiatorType === 'css');
  const inlineBytes = [...document.querySelectorAll('style, script:not([src])')].reduce((n, e) => n + new TextEncoder().encode(e.textContent).length, 0);
  return {
    popups: [...document.querySelectorAll('[role=dialog], [role=alertdialog], [role=alert], dialog[open], [aria-modal=true]')].map(e => e.outerHTML.slice(0, 80)),
    moving: [...document.querySelectorAll('marquee, blink')].length + document.getAnimations().filter(a => a.playState === 'running').length,
    codeBytes: code.reduce((n, r) => n + r.decodedBodySize, 0) + inlineBytes,
    codeFiles: code.map(r => new URL(r.name).pathname + ' ' + r.decodedBodySize),
  };
}
