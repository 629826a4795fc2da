/*
 * On a phone the menu folds behind one button, so that the page starts near the top of the screen. Without this
 * script the button stays hidden and the menu open: nobody loses the menu to a script that did not load.
 */
document.documentElement.classList.add('js');

function showMenu(button, open) {
  button.setAttribute('aria-expanded', String(open));
}

document.addEventListener('click', function (event) {
  var button = event.target.closest('.menu-toggle');
  if (button) {
    showMenu(button, button.getAttribute('aria-expanded') !== 'true');
  }
});

document.addEventListener('keydown', function (event) {
  var button = document.querySelector('.menu-toggle[aria-expanded="true"]');
  if (event.key === 'Escape' && button) {
    showMenu(button, false);
    button.focus();
  }
});
