/*
 * The phone's location for an inspection, asked for only when the inspector presses the button, so that the browser's
 * permission prompt follows a deliberate choice. The texts come from the page, in its language.
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-locate]');
  if (!button) {
    return;
  }
  event.preventDefault();
  var status = document.getElementById(button.dataset.status);
  if (!navigator.geolocation) {
    status.textContent = button.dataset.denied;
    return;
  }
  navigator.geolocation.getCurrentPosition(function (position) {
    document.getElementById(button.dataset.latitude).value = position.coords.latitude.toFixed(6);
    document.getElementById(button.dataset.longitude).value = position.coords.longitude.toFixed(6);
    status.textContent = button.dataset.done;
  }, function () {
    status.textContent = button.dataset.denied;
  }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
});
