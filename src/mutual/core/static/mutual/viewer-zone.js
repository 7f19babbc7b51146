// Show meeting times in the browser's zone when the account has not chosen one.
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;
  document.cookie = "tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; SameSite=Lax";
  document.querySelectorAll("input[name=tz]").forEach(function (input) {
    if (!input.value) input.value = zone;
  });
})();
