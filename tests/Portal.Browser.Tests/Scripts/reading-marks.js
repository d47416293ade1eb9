// Records when each paragraph is marked as being read (readaloud.js adds .is-reading), on the wall clock
// (Date.now(), the clock the sound recording is aligned to): window.__marks = [{ t, text }], text null when none is marked.
(() => {
  const marks = [];
  let current;
  const note = () => {
    const element = document.querySelector('.is-reading');
    if (element === current) return;
    current = element;
    const text = element ? (element.tagName === 'TR' ? [...element.cells].map(c => c.textContent.trim()).join('，') : element.textContent.replace(/\s+/g, ' ').trim()) : null;
    marks.push({ t: Date.now(), text });
  };
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(note).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  window.__marks = marks;
})();
