// The focused element: its probe number and whether a focus ring shows (outline ≥ 2px or a box shadow).
() => {
  const e = document.activeElement;
  if (!e || e === document.body) return { probe: -1, name: 'body', ring: false };
  const style = getComputedStyle(e);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== 'none';
  return { probe: e.dataset.probe ? Number(e.dataset.probe) : -2, name: e.tagName.toLowerCase() + ' "' + (e.textContent || '').trim().slice(0, 20) + '"', ring: outline || shadow, matchesFocusVisible: e.matches(':focus-visible') };
}
