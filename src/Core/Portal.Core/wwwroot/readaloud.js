/*
 * 朗读 (read-aloud) for article-like pages: reads the page's text paragraph by paragraph with the
 * browser's own speech synthesis, marks the paragraph being read, and offers large
 * 开始朗读 / 暂停 / 继续 / 停止 buttons and a 语速 choice. Nothing is fetched.
 * Without speech synthesis the controls stay hidden; without a Mandarin voice they say so instead of
 * reading Chinese with a foreign voice (which spells the characters out).
 */
(function () {
  'use strict';

  var synth = window.speechSynthesis;
  var Utterance = window.SpeechSynthesisUtterance;
  var BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, tr, blockquote';
  // utterance.rate for 慢 / 正常 / 快 (data-rate 0, 1, 2); 慢 is the 长辈模式 default, chosen on the server.
  var RATES = [0.7, 1, 1.3];

  /*
   * The best Mandarin voice. A voice on the device comes before a network one (intranet readers have
   * no network voices that answer); then zh-CN, other zh-* (zh-Hans, zh-TW …), plain zh, and cmn
   * (speech-dispatcher lists espeak-ng's Mandarin as cmn). Cantonese (zh-HK, zh-MO, yue) never qualifies.
   */
  function chineseVoice(voices) {
    var best = null;
    var bestRank = Infinity;
    voices.forEach(function (voice) {
      var lang = String(voice.lang || '').replace(/_/g, '-').toLowerCase();
      var kind = /^zh-(hk|mo|yue)\b/.test(lang) ? -1
        : lang === 'zh-cn' ? 0
          : lang.indexOf('zh-') === 0 ? 1
            : lang === 'zh' ? 2
              : lang === 'cmn' || lang.indexOf('cmn-') === 0 ? 3
                : -1;
      var rank = (voice.localService === false ? 10 : 0) + kind;
      if (kind >= 0 && rank < bestRank) {
        best = voice;
        bestRank = rank;
      }
    });
    return best;
  }

  function rememberRate(value) {
    var match = document.cookie.match(/(?:^|;\s*)portal-display=([^;]*)/);
    var parts = (match ? decodeURIComponent(match[1]) : 'std.t0').split('.').filter(function (part) {
      return part && !/^r\d$/.test(part);
    });
    parts.push('r' + value);
    document.cookie = 'portal-display=' + parts.join('.') + '; path=/; max-age=31536000; samesite=lax';
  }

  function setUp(box) {
    if (!synth || typeof Utterance !== 'function') {
      return;
    }

    var root = document.querySelector(box.getAttribute('data-read-aloud') || 'main') || document.body;
    var buttons = {};
    Array.prototype.forEach.call(box.querySelectorAll('button[data-action]'), function (button) {
      buttons[button.getAttribute('data-action')] = button;
    });
    var status = box.querySelector('.read-aloud__status');
    var noVoice = box.querySelector('.read-aloud__voice');
    var rateGroup = box.querySelector('.read-aloud__rate');
    var rateLinks = Array.prototype.slice.call(box.querySelectorAll('a[data-rate]'));
    var blocks = [];
    var index = -1;
    var run = 0; // each start/stop/restart begins a new run; events from an older run are ignored
    var state = 'idle';
    var voice = null;
    var voiceKnown = false;

    function currentRate() {
      var chosen = box.querySelector('a[data-rate][aria-current="true"]');
      return RATES[chosen ? Number(chosen.getAttribute('data-rate')) : 1] || 1;
    }

    function findVoice(final) {
      var found = chineseVoice(synth.getVoices() || []);
      if (found) {
        voice = found;
        voiceKnown = true;
        box.setAttribute('data-voice', found.name);
        box.setAttribute('data-voice-lang', found.lang);
      } else if (final || synth.getVoices().length > 0) {
        voiceKnown = true;
      }

      if (voiceKnown) {
        show(state);
      }
    }

    function collect() {
      return Array.prototype.filter.call(root.querySelectorAll(BLOCKS), function (element) {
        return !box.contains(element) && !element.closest('[hidden], [aria-hidden="true"], nav, .read-aloud')
          && !element.querySelector(BLOCKS) && text(element).length > 0;
      });
    }

    function text(element) {
      if (element.tagName === 'TR') {
        return Array.prototype.map.call(element.cells, function (cell) { return cell.textContent.trim(); }).join('，');
      }

      return element.textContent.replace(/\s+/g, ' ').trim();
    }

    function mark(element) {
      blocks.forEach(function (block) {
        block.classList.remove('is-reading');
        block.removeAttribute('aria-current');
      });
      if (element) {
        element.classList.add('is-reading');
        element.setAttribute('aria-current', 'true');
        if (element.scrollIntoView) {
          element.scrollIntoView({ block: 'nearest' });
        }
      }
    }

    function show(next) {
      state = next;
      var silent = voiceKnown && !voice;
      buttons.start.hidden = state !== 'idle' || silent;
      buttons.pause.hidden = state !== 'reading';
      buttons.resume.hidden = state !== 'paused';
      buttons.stop.hidden = state === 'idle';
      noVoice.hidden = !silent;
      rateGroup.hidden = silent;
      if (status) {
        status.textContent = state === 'idle' ? '' : (state === 'paused' ? '已暂停：' : '正在朗读：') + '第 ' + (index + 1) + ' 段，共 ' + blocks.length + ' 段';
      }
    }

    function speak(position, current) {
      if (current !== run) {
        return;
      }

      if (position >= blocks.length) {
        finish();
        return;
      }

      index = position;
      mark(blocks[position]);
      show('reading');
      var utterance = new Utterance(text(blocks[position]));
      utterance.lang = voice ? voice.lang : 'zh-CN';
      if (voice) {
        utterance.voice = voice;
      }

      utterance.rate = currentRate();
      utterance.addEventListener('end', function () { speak(position + 1, current); });
      utterance.addEventListener('error', function (event) {
        // A cancel by a restart (new 语速) ends the old run's utterance with an error: not a failure.
        if (current === run && event.error !== 'interrupted' && event.error !== 'canceled') { finish(); }
      });
      synth.speak(utterance);
    }

    function finish() {
      run += 1;
      index = -1;
      mark(null);
      show('idle');
    }

    function chooseRate(link) {
      rateLinks.forEach(function (other) {
        if (other === link) {
          other.setAttribute('aria-current', 'true');
        } else {
          other.removeAttribute('aria-current');
        }
      });
      rememberRate(link.getAttribute('data-rate'));
      // A new speed applies at once: the paragraph being read starts again at that speed (when paused: on 继续).
      if (state === 'reading') {
        var position = index;
        run += 1;
        synth.cancel();
        speak(position, run);
      }
    }

    buttons.start.addEventListener('click', function () {
      findVoice(true);
      if (!voice) {
        return; // show() now says 本设备没有中文语音 in place of the button
      }

      synth.cancel();
      run += 1;
      blocks = collect();
      speak(0, run);
      buttons.pause.focus();
    });
    // 暂停 stops the speech and keeps the place; 继续 reads the paragraph again from its start. The engine's own
    // pause()/resume() is not used: speech-dispatcher (Linux) and Android drop or never resume a paused utterance,
    // and an elder who paused mid-sentence is better served by hearing that paragraph whole.
    buttons.pause.addEventListener('click', function () {
      run += 1;
      synth.cancel();
      show('paused');
      buttons.resume.focus();
    });
    buttons.resume.addEventListener('click', function () {
      run += 1;
      speak(index, run);
      buttons.pause.focus();
    });
    buttons.stop.addEventListener('click', function () {
      run += 1;
      synth.cancel();
      finish();
      buttons.start.focus();
    });
    rateLinks.forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        chooseRate(link);
      });
    });
    window.addEventListener('pagehide', function () { synth.cancel(); });

    // Voices may be listed only after a while (Chromium asks speech-dispatcher): decide when a list comes. A browser
    // that never lists any is found out when 开始朗读 is pressed (no timer: the controls do not change under the reader).
    if (synth.addEventListener) {
      synth.addEventListener('voiceschanged', function () { findVoice(false); });
    }

    findVoice(false);
    show('idle');
    box.hidden = false;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-read-aloud]'), setUp);
})();
