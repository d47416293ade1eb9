// Every visible interactive element and its box. A link inside a sentence (display inline, its parent
// holds more text than the link) is marked "inline": WCAG 2.5.8 exempts targets in running text.
() => {
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
  const name = e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 20) + '"';
  const inline = e => e.tagName === 'A' && getComputedStyle(e).display === 'inline'
    && e.parentElement.textContent.trim().length > e.textContent.trim().length;
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll(selector)].filter(visible).map(e => {
    const r = e.getBoundingClientRect();
    return { name: name(e), width: r.width, height: r.height, inline: inline(e) };
  });
}
