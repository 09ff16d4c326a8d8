// The article editor's companions: a live preview, a copy of unsaved text in this browser and on
// the server, who else is editing, and a notice when the session has ended. The form works
// without this file; the server checks every call (Pages/Admin/Articles/Live.cshtml.cs).
(function () {
    "use strict";

    var form = document.querySelector("form[data-live-url]");
    if (!form) {
        return;
    }

    var PREVIEW_DELAY = 400;
    var LOCAL_COPY_EVERY = 3000;
    var SERVER_AUTOSAVE_EVERY = 30000;
    var HEARTBEAT_EVERY = 20000;

    var articleId = form.dataset.articleId;
    // When the text the page was loaded with was saved; absent when the form holds unsaved text.
    var savedAt = form.dataset.savedAt ? Number(form.dataset.savedAt) : null;
    var token = form.querySelector("input[name=__RequestVerificationToken]").value;
    var title = form.elements["Input.Title"];
    var summary = form.elements["Input.Summary"];
    var body = form.elements["Input.BodyMarkdown"];
    var sessionEnded = document.querySelector("[data-session-ended]");

    // Newlines as a submitted form sends them, so autosaved text compares equal to saved text.
    function asSubmitted(value) {
        return value.replace(/\r?\n/g, "\r\n");
    }

    function post(handler, fields) {
        var url = form.dataset.liveUrl + "?handler=" + handler;
        return fetch(url, {
            method: "POST",
            headers: { RequestVerificationToken: token },
            body: new URLSearchParams(fields),
            credentials: "same-origin",
        }).then(function (response) {
            sessionEnded.hidden = response.status !== 401;
            if (response.status === 401) {
                writeLocalCopy();
            }
            return response;
        });
    }

    // --- The copy in this browser, which outlives a crash or a lost session ---

    var localKeyPrefix = "newssite.unsaved-article.";
    var localKey = localKeyPrefix + (articleId || "new");

    function textFields() {
        return Array.prototype.filter.call(form.elements, function (field) {
            return field.name && (field.tagName === "TEXTAREA" || (field.tagName === "INPUT" && field.type === "text"));
        });
    }

    function readLocalCopy(key) {
        try {
            return JSON.parse(localStorage.getItem(key));
        } catch (e) {
            return null;
        }
    }

    function writeLocalCopy() {
        var values = {};
        textFields().forEach(function (field) {
            values[field.name] = field.value;
        });
        try {
            localStorage.setItem(localKey, JSON.stringify({ values: values, at: Date.now() }));
        } catch (e) {
            // Storage full or blocked: the server autosave still keeps the words.
        }
    }

    function forgetLocalCopy(key) {
        try {
            localStorage.removeItem(key);
        } catch (e) {
            // Nothing was stored.
        }
    }

    // Whether the form already shows the copy's words (saving trims the headline and summary).
    function formShows(values) {
        return (values[title.name] || "").trim() === title.value.trim()
            && (values[summary.name] || "").trim() === summary.value.trim()
            && values[body.name] === body.value;
    }

    // A time as the admin pages write every time (_StaffTime): "2026-12-06 17:43 Europe/London",
    // in the site's zone whatever the zone of this computer.
    function staffTime(at, zone) {
        var parts = {};
        new Intl.DateTimeFormat("en-GB", {
            timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
        }).formatToParts(new Date(at)).forEach(function (part) {
            parts[part.type] = part.value;
        });
        return parts.year + "-" + parts.month + "-" + parts.day + " " + parts.hour + ":" + parts.minute + " " + zone;
    }

    function offerLocalCopy(copy) {
        var notice = document.querySelector("[data-local-copy]");
        notice.querySelector("[data-local-copy-time]").textContent = staffTime(copy.at, notice.dataset.siteTimeZone);
        notice.hidden = false;
        notice.querySelector("[data-restore]").addEventListener("click", function () {
            textFields().forEach(function (field) {
                if (field.name in copy.values) {
                    field.value = copy.values[field.name];
                }
            });
            notice.hidden = true;
            changed();
            body.focus();
        });
        notice.querySelector("[data-discard]").addEventListener("click", function () {
            forgetLocalCopy(localKey);
            notice.hidden = true;
        });
    }

    var copy = readLocalCopy(localKey);
    if (copy && copy.values && formShows(copy.values)) {
        if (savedAt !== null) {
            forgetLocalCopy(localKey);
        }
    } else if (copy && copy.values && (savedAt === null || copy.at > savedAt)) {
        offerLocalCopy(copy);
    }
    // A new article's first save opens it under its own address; its copy as "new" is done with.
    var newCopy = articleId && savedAt !== null ? readLocalCopy(localKeyPrefix + "new") : null;
    if (newCopy && newCopy.values && formShows(newCopy.values)) {
        forgetLocalCopy(localKeyPrefix + "new");
    }

    // --- Changes: kept locally every few seconds, on the server every half minute ---

    var localCopyDue = false;
    var serverAutosaveDue = false;

    function changed() {
        localCopyDue = true;
        serverAutosaveDue = true;
        schedulePreview();
    }

    form.addEventListener("input", changed);
    form.addEventListener("submit", writeLocalCopy);
    window.addEventListener("pagehide", function () {
        if (localCopyDue) {
            writeLocalCopy();
        }
    });
    setInterval(function () {
        if (localCopyDue) {
            localCopyDue = false;
            writeLocalCopy();
        }
    }, LOCAL_COPY_EVERY);

    if (articleId) {
        setInterval(function () {
            if (!serverAutosaveDue) {
                return;
            }
            serverAutosaveDue = false;
            post("Autosave", { title: asSubmitted(title.value), summary: asSubmitted(summary.value), bodyMarkdown: asSubmitted(body.value) })
                .then(function (response) {
                    // After a lost session, try again once signed in; a refusal will not change by retrying.
                    serverAutosaveDue = response.status === 401;
                }, function () {
                    serverAutosaveDue = true;
                });
        }, SERVER_AUTOSAVE_EVERY);
    }

    // --- Who else is editing ---

    var presence = document.querySelector("[data-presence-notice]");
    if (articleId) {
        setInterval(function () {
            post("Heartbeat", {})
                .then(function (response) {
                    return response.ok ? response.json() : null;
                })
                .then(function (answer) {
                    if (answer) {
                        presence.textContent = answer.notice || "";
                        presence.hidden = !answer.notice;
                    }
                }, function () {
                    // Offline for a moment: the next heartbeat tells.
                });
        }, HEARTBEAT_EVERY);
    }

    // --- The preview, in a frame styled by the public stylesheet ---

    var pane = document.querySelector("[data-preview]");
    var frame = pane.querySelector("[data-preview-frame]");
    var previewStatus = pane.querySelector("[data-preview-status]");
    var previewTimer = null;
    var latestPreview = 0;

    function schedulePreview() {
        clearTimeout(previewTimer);
        previewTimer = setTimeout(renderPreview, PREVIEW_DELAY);
    }

    function renderPreview() {
        var page = frame.contentDocument;
        page.querySelector(".article__title").textContent = title.value;
        page.querySelector(".article__summary").textContent = summary.value;
        var request = ++latestPreview;
        post("Preview", { markdown: body.value })
            .then(function (response) {
                return response.text().then(function (text) {
                    if (request !== latestPreview || response.status === 401) {
                        return;
                    }
                    if (response.ok) {
                        page.querySelector(".article__body").innerHTML = text;
                        previewStatus.textContent = "";
                    } else {
                        previewStatus.textContent = text;
                    }
                });
            }, function () {
                previewStatus.textContent = "The preview could not be updated; it will try again as you type.";
            });
    }

    frame.addEventListener("load", renderPreview, { once: true });
    pane.hidden = false;
    frame.srcdoc = "<!DOCTYPE html><html lang=\"" + document.documentElement.lang + "\"><head><meta charset=\"utf-8\"><title>Preview</title></head><body>"
        + pane.querySelector("[data-preview-document]").innerHTML + "</body></html>";
})();
