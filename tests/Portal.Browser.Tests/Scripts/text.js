// Every visible piece of body text: its computed font size and line height (as a ratio of the size).
() => {
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
  const name = e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 20) + '"';
  const selector = 'p, li, td, th, dt, dd, label, input:not([type=hidden]), select, textarea';
  return [...document.querySelectorAll(selector)].filter(visible).map(e => {
    const style = getComputedStyle(e);
    const size = parseFloat(style.fontSize);
    const height = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
    return { name: name(e), size, ratio: height / size };
  });
}
