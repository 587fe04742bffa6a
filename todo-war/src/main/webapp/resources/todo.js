// Small comforts on top of pages that work without JavaScript.
(function () {
    "use strict";

    // The sign-up form tells the server the browser's time zone, so that "today" is the person's today.
    document.querySelectorAll("input[data-time-zone=browser]").forEach(function (field) {
        try {
            field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
        } catch (ignored) {
            field.value = "";
        }
    });

    // Double-click a title to edit it (the pencil link does the same without JavaScript).
    document.addEventListener("dblclick", function (event) {
        var title = event.target.closest && event.target.closest(".title[data-edit]");
        if (title) {
            window.location.href = title.getAttribute("data-edit");
        }
    });

    // Escape cancels an edit.
    document.addEventListener("keydown", function (event) {
        var field = event.target;
        if (event.key === "Escape" && field.classList && field.classList.contains("edit-title")) {
            event.preventDefault();
            window.location.href = field.getAttribute("data-cancel");
        }
    });

    // Put the caret at the end of a title being edited.
    var editing = document.querySelector(".edit-title");
    if (editing) {
        editing.focus();
        editing.setSelectionRange(editing.value.length, editing.value.length);
    }

    // Row buttons (tick, delete) carry data-ajax: with JavaScript they update the list in place; without, they
    // post their form and the server answers with a redirect. The page's view action does the work, so the
    // whole view is executed (@all); the button's own name and value go along as parameters.
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("button[data-ajax]");
        if (button && window.faces && faces.ajax) {
            event.preventDefault();
            var params = {};
            params[button.name] = button.value;
            faces.ajax.request(button, event,
                {execute: "@all", render: button.getAttribute("data-ajax") + " messages", params: params});
        }
    });

    // Form buttons (add, clear done, show weather) carry data-ajax-form, the ids to render: with JavaScript their
    // form goes by Ajax, without it as a plain post. Handled here rather than by f:ajax, whose inline onclick
    // the Content-Security-Policy (no inline script) would block. Enter in a field clicks its form's button.
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("input[data-ajax-form]");
        if (button && window.faces && faces.ajax) {
            event.preventDefault();
            faces.ajax.request(button, event, {execute: "@form", render: button.getAttribute("data-ajax-form")});
        }
    });

    // If an Ajax request fails on the way (server gone, network down), show the page as the server answers it.
    if (window.faces && faces.ajax) {
        faces.ajax.addOnError(function () {
            window.location.reload();
        });
    }
})();
