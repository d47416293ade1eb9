// 打印本页: shown only where scripts run; the print stylesheet leaves out the menus and buttons.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
