/*
 * 朗读 (read-aloud) for article-like pages: reads the page's text paragraph by paragraph with the
 * browser's own speech synthesis (zh-CN), marks the paragraph being read, and offers large
 * 开始朗读 / 暂停 / 继续 / 停止 buttons. Nothing is fetched. Without speech synthesis the controls stay hidden.
 */
(function () {
  'use strict';

  var synth = window.speechSynthesis;
  var Utterance = window.SpeechSynthesisUtterance;
  var BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, tr, blockquote';

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
    var blocks = [];
    var index = -1;
    var run = 0; // each start/stop begins a new run; events from an older run are ignored
    var state = 'idle';

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
      buttons.start.hidden = state !== 'idle';
      buttons.pause.hidden = state !== 'reading';
      buttons.resume.hidden = state !== 'paused';
      buttons.stop.hidden = state === 'idle';
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
      utterance.lang = 'zh-CN';
      utterance.rate = 0.9;
      utterance.addEventListener('end', function () { speak(position + 1, current); });
      utterance.addEventListener('error', function () { if (current === run) { finish(); } });
      synth.speak(utterance);
    }

    function finish() {
      run += 1;
      index = -1;
      mark(null);
      show('idle');
    }

    buttons.start.addEventListener('click', function () {
      synth.cancel();
      run += 1;
      blocks = collect();
      speak(0, run);
      buttons.pause.focus();
    });
    buttons.pause.addEventListener('click', function () {
      synth.pause();
      show('paused');
      buttons.resume.focus();
    });
    buttons.resume.addEventListener('click', function () {
      synth.resume();
      show('reading');
      buttons.pause.focus();
    });
    buttons.stop.addEventListener('click', function () {
      run += 1;
      synth.cancel();
      finish();
      buttons.start.focus();
    });
    window.addEventListener('pagehide', function () { synth.cancel(); });

    show('idle');
    box.hidden = false;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-read-aloud]'), setUp);
})();
