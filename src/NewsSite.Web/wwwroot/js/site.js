// Progressive enhancements for readers. Every page works without this file.
(function () {
    "use strict";

    var root = document.documentElement;
    var toggle = document.querySelector(".theme-toggle");
    var systemDark = window.matchMedia("(prefers-color-scheme: dark)");

    function currentTheme() {
        return root.dataset.theme || (systemDark.matches ? "dark" : "light");
    }

    function showState() {
        var dark = currentTheme() === "dark";
        toggle.setAttribute("aria-pressed", String(dark));
    }

    if (toggle) {
        toggle.hidden = false;
        showState();
        toggle.addEventListener("click", function () {
            var next = currentTheme() === "dark" ? "light" : "dark";
            root.dataset.theme = next;
            try {
                localStorage.setItem("theme", next);
            } catch (e) {
                // The choice lasts for this page only when storage is blocked.
            }
            showState();
        });
        systemDark.addEventListener("change", showState);
    }
})();

// Sharing: "Copy link" where the page may write to the clipboard, "Share…" where the browser has
// a share sheet of its own (phones, mostly). Both stay hidden otherwise.
(function () {
    "use strict";

    var share = document.querySelector(".share[data-share-url]");
    if (!share) {
        return;
    }
    var url = share.dataset.shareUrl;
    var status = share.querySelector(".share__status");
    var copy = share.querySelector("[data-share-copy]");
    var native = share.querySelector("[data-share-native]");

    if (copy && navigator.clipboard && window.isSecureContext) {
        copy.hidden = false;
        copy.querySelector("button").addEventListener("click", function () {
            navigator.clipboard.writeText(url).then(function () {
                status.textContent = "Link copied.";
            }, function () {
                status.textContent = "The link could not be copied; it is " + url;
            });
        });
    }
    if (native && navigator.share) {
        native.hidden = false;
        native.querySelector("button").addEventListener("click", function () {
            navigator.share({ title: share.dataset.shareTitle, url: url }).catch(function () {
                // The reader closed the share sheet: nothing to say.
            });
        });
    }
})();
