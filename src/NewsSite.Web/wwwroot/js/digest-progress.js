// Keeps a released digest edition's delivery counts and progress bar current while it goes out.
// The page shows the counts at load and has a Refresh link; this file only saves the clicking.
(function () {
    "use strict";

    var view = document.querySelector("[data-progress-url]");
    if (!view) {
        return;
    }

    var POLL_EVERY = 2000;
    var url = view.dataset.progressUrl;
    var bar = view.querySelector("[data-progress=bar]");
    var fields = ["queued", "sent", "deferred", "failed", "skipped", "sentLastMinute", "percent"];

    function show(progress) {
        fields.forEach(function (name) {
            view.querySelector("[data-progress=" + name + "]").textContent = String(progress[name]);
        });
        bar.max = Math.max(1, progress.total);
        bar.value = progress.total === 0 ? 1 : progress.done;
        bar.textContent = progress.percent + "%";
    }

    function poll() {
        fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (progress) {
                if (progress) {
                    show(progress);
                }
                // A finished edition changes no more; anything else is asked about again.
                if (!progress || progress.status !== "Sent") {
                    setTimeout(poll, POLL_EVERY);
                }
            }, function () {
                setTimeout(poll, POLL_EVERY);
            });
    }

    view.querySelector("[data-progress=refresh]").hidden = true;
    setTimeout(poll, POLL_EVERY);
})();
