// Idle timeout for the back office (等保: warn before the session ends, lose nothing typed).
// The page says how long the session lasts (body[data-idle-seconds]); 60 s before the end a large
// 「继续使用」 button appears (#idle-warning, #idle-continue, #idle-countdown); pressing it posts to the
// keep-alive address, which renews the session. Whatever is typed in a post form is kept in this tab's
// sessionStorage and put back when the same page opens again (after signing in anew), until it is submitted.
(function () {
  'use strict';
  var body = document.body;
  var total = parseInt(body.getAttribute('data-idle-seconds') || '0', 10);
  var warnAt = 60;
  var dialog = document.getElementById('idle-warning');
  var countdown = document.getElementById('idle-countdown');
  var button = document.getElementById('idle-continue');
  var storePrefix = 'portal-form:' + location.pathname + location.search + ':';

  function forms() {
    return Array.prototype.filter.call(document.querySelectorAll('form[method="post"]'), function (f) {
      return !f.hasAttribute('data-no-restore');
    });
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && e.name !== '__RequestVerificationToken' && ['hidden', 'password', 'file', 'submit', 'button'].indexOf(e.type) < 0;
    });
  }

  function save(form, index) {
    var values = {};
    fields(form).forEach(function (e) {
      if (e.type === 'checkbox' || e.type === 'radio') {
        values[e.name + '=' + e.value] = e.checked;
      } else {
        values[e.name] = e.value;
      }
    });
    try { sessionStorage.setItem(storePrefix + index, JSON.stringify(values)); } catch (ignored) { /* storage full or off */ }
  }

  function restore(form, index) {
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(storePrefix + index) || 'null'); } catch (ignored) { saved = null; }
    if (!saved) { return; }
    fields(form).forEach(function (e) {
      if (e.type === 'checkbox' || e.type === 'radio') {
        var key = e.name + '=' + e.value;
        if (key in saved) { e.checked = saved[key]; }
      } else if (e.name in saved) {
        e.value = saved[e.name];
      }
    });
    var note = document.createElement('p');
    note.className = 'notice';
    note.setAttribute('role', 'status');
    note.id = 'form-restored';
    note.textContent = '已恢复您上次没有提交的内容，请检查后再保存。';
    form.insertBefore(note, form.firstChild);
  }

  forms().forEach(function (form, index) {
    restore(form, index);
    form.addEventListener('input', function () { save(form, index); });
    form.addEventListener('change', function () { save(form, index); });
    form.addEventListener('submit', function () {
      try { sessionStorage.removeItem(storePrefix + index); } catch (ignored) { /* nothing to clear */ }
    });
  });

  if (!total || !dialog || !button) { return; }
  var deadline = Date.now() + total * 1000;

  function signInAgain() {
    forms().forEach(save);
    var login = body.getAttribute('data-login-url');
    location.href = login + '?ReturnUrl=' + encodeURIComponent(location.pathname + location.search);
  }

  function keepAlive() {
    var token = document.querySelector('input[name="__RequestVerificationToken"]');
    fetch(body.getAttribute('data-keepalive-url'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'RequestVerificationToken': token ? token.value : '' }
    }).then(function (response) {
      if (response.ok) {
        deadline = Date.now() + total * 1000;
        dialog.hidden = true;
      } else {
        signInAgain();
      }
    }, signInAgain);
  }

  button.addEventListener('click', keepAlive);
  setInterval(function () {
    var left = Math.ceil((deadline - Date.now()) / 1000);
    if (left <= 0) {
      signInAgain();
    } else if (left <= warnAt) {
      countdown.textContent = String(left);
      if (dialog.hidden) {
        dialog.hidden = false;
        button.focus();
      }
    }
  }, 1000);
})();
