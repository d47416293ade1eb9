// Numbers every visible, enabled, keyboard-reachable element (data-probe) and returns their names.
() => {
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
  const name = e => e.tagName.toLowerCase() + ' "' + (e.textContent || e.value || '').trim().slice(0, 20) + '"';
  const selector = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll(selector)].filter(visible).map((e, i) => { e.dataset.probe = String(i); return name(e); });
}
