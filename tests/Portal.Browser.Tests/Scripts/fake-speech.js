// A stand-in for the browser's speech synthesis that records every call (window.__speech.log) and lets
// the test end the current utterance (window.__speech.finishCurrent()), firing the events a browser fires.
(() => {
  const log = [];
  let queue = [];
  class FakeUtterance extends EventTarget {
    constructor(text) { super(); this.text = text || ''; this.lang = ''; this.rate = 1; this.pitch = 1; this.volume = 1; this.voice = null; }
  }
  const fire = (utterance, type) => {
    const event = new Event(type);
    utterance.dispatchEvent(event);
    if (typeof utterance['on' + type] === 'function') utterance['on' + type](event);
  };
  const synth = {
    speaking: false, paused: false, pending: false,
    speak(u) { log.push({ call: 'speak', text: u.text, lang: u.lang }); queue.push(u); if (queue.length === 1) { this.speaking = true; fire(u, 'start'); } },
    pause() { log.push({ call: 'pause' }); this.paused = true; },
    resume() { log.push({ call: 'resume' }); this.paused = false; },
    cancel() { log.push({ call: 'cancel' }); const current = queue[0]; queue = []; this.speaking = false; this.paused = false; if (current) fire(current, 'end'); },
    getVoices() { return []; },
    addEventListener() { }, removeEventListener() { },
  };
  const finishCurrent = () => {
    const current = queue.shift();
    if (current) fire(current, 'end');
    if (queue.length) fire(queue[0], 'start'); else synth.speaking = false;
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  window.__speech = { log, finishCurrent };
})();
