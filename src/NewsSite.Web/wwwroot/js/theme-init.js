// Runs before the page paints: applies a theme the reader chose earlier. Without a saved
// choice the stylesheet follows the system preference.
(function () {
    try {
        var theme = localStorage.getItem("theme");
        if (theme === "dark" || theme === "light") {
            document.documentElement.dataset.theme = theme;
        }
    } catch (e) {
        // Storage blocked (private mode, strict settings): the system preference still applies.
    }
})();
