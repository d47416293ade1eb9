// A stand-in for the browser's speech synthesis that records every call (window.__speech.log) and lets
// the test end the current utterance (window.__speech.finishCurrent()), firing the events a browser fires.
// Its voices are a mix a real device might list (window.__speech.setVoices replaces them, before the page's scripts run):
// the right choice among them is the local zh-CN voice.
(() => {
  const log = [];
  const voice = (name, lang, localService) => ({ name, lang, localService, default: false, voiceURI: name });
  let voices = [
    voice('English (America)', 'en-US', true),
    voice('普通话（网络）', 'zh-CN', false),
    voice('Chinese (Mandarin)', 'cmn', true),
    voice('粤語', 'zh-HK', true),
    voice('普通话（本机）', 'zh-CN', true),
    voice('中文', 'zh', true),
  ];
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
    speak(u) { log.push({ call: 'speak', text: u.text, lang: u.lang, rate: u.rate, voice: u.voice ? u.voice.name : null }); queue.push(u); if (queue.length === 1) { this.speaking = true; fire(u, 'start'); } },
    pause() { log.push({ call: 'pause' }); this.paused = true; },
    resume() { log.push({ call: 'resume' }); this.paused = false; },
    cancel() { log.push({ call: 'cancel' }); const current = queue[0]; queue = []; this.speaking = false; this.paused = false; if (current) fire(current, 'end'); },
    getVoices() { return voices.slice(); },
    addEventListener() { }, removeEventListener() { },
  };
  const finishCurrent = () => {
    const current = queue.shift();
    if (current) fire(current, 'end');
    if (queue.length) fire(queue[0], 'start'); else synth.speaking = false;
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  window.__speech = { log, finishCurrent, setVoices(list) { voices = list.map(v => voice(v.name, v.lang, v.localService !== false)); } };
})();
