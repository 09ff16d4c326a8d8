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
