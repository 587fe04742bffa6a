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

    // Escape cancels an edit, from any field of the edit form.
    document.addEventListener("keydown", function (event) {
        var form = event.key === "Escape" && event.target.closest && event.target.closest("form.edit-form");
        var cancel = form && form.querySelector("[data-cancel]");
        if (cancel) {
            event.preventDefault();
            window.location.href = cancel.getAttribute("data-cancel");
        }
    });

    // Keyboard shortcuts (K1), listed in the dialog "Keyboard shortcuts" ("?"). None fires while typing in a field,
    // nor with Ctrl, Alt or Meta (the browser's and the screen reader's own).
    var shortcuts = document.getElementById("shortcuts");
    document.querySelectorAll("[data-opens]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            document.getElementById(button.getAttribute("data-opens")).showModal();
        });
    });

    function typing(target) {
        return target.isContentEditable
            || /^(TEXTAREA|SELECT)$/.test(target.tagName)
            || (target.tagName === "INPUT" && !/^(checkbox|radio|button|submit|reset)$/.test(target.type));
    }

    function rows() {
        return Array.prototype.slice.call(document.querySelectorAll("ul.tasks > li"));
    }

    function currentRow() {
        return document.activeElement && document.activeElement.closest
            ? document.activeElement.closest("ul.tasks > li")
            : null;
    }

    function focusRow(row) {
        var target = row && row.querySelector("input.select, button");
        if (target) {
            target.focus();
        }
    }

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target)
                || (shortcuts && shortcuts.open && event.key !== "Escape")) {
            return;
        }
        var row = currentRow();
        var all = rows();
        var field;
        switch (event.key) {
        case "n":
            field = document.querySelector("input.new-title");
            break;
        case "/":
            field = document.getElementById("search-query");
            break;
        case "j":
            focusRow(row ? all[all.indexOf(row) + 1] : all[0]);
            break;
        case "k":
            focusRow(row ? all[all.indexOf(row) - 1] : all[all.length - 1]);
            break;
        case "x":
            if (row && row.querySelector("input.select")) {
                row.querySelector("input.select").click();
            }
            break;
        case "e":
            if (row && row.querySelector("a.edit")) {
                window.location.href = row.querySelector("a.edit").href;
            }
            break;
        case "?":
            if (shortcuts) {
                shortcuts.showModal();
            }
            break;
        default:
            return;
        }
        event.preventDefault();
        if (field) {
            field.focus();
        }
    });

    // Put the caret at the end of a title being edited.
    var editing = document.querySelector(".edit-title");
    if (editing) {
        editing.focus();
        editing.setSelectionRange(editing.value.length, editing.value.length);
    }

    // Row buttons (tick, move, delete) carry data-ajax: with JavaScript they update the list in place; without, they
    // post their form and the server answers with a redirect. The page's view action does the work, so the
    // whole view is executed (@all); the button's own name and value go along as parameters.
    function rowRequest(source, event, params, render, done) {
        faces.ajax.request(source, event, {
            execute: "@all",
            render: render + " messages",
            params: params,
            onevent: function (data) {
                if (data.status === "success" && done) {
                    done();
                }
            }
        });
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("button[data-ajax]");
        if (button && window.faces && faces.ajax) {
            event.preventDefault();
            var params = {};
            params[button.name] = button.value;
            var moving = button.name === "up" || button.name === "down" ? taskOf(button) : null;
            rowRequest(button, event, params, button.getAttribute("data-ajax"), moving && function () {
                settle(moving, button.name);
            });
        }
    });

    // Moving rows in "My order" (rows carry data-task): Alt+Up and Alt+Down move the focused row; dragging a row
    // drops it before or after another. Either way the new place is saved at once and read out.
    function taskOf(element) {
        var row = element.closest("li[data-task]");
        return row ? row.getAttribute("data-task").split(".")[0] : null;
    }

    function rowOf(task) {
        return document.querySelector("li[data-task^='" + task + ".']");
    }

    // After a move: focus follows the row, and the announcer says where it is now.
    function settle(task, focusName) {
        var row = rowOf(task);
        var announcer = document.getElementById("announcer");
        if (!row || !announcer) {
            return;
        }
        var rows = Array.prototype.slice.call(document.querySelectorAll("li[data-task]"));
        var focus = row.querySelector("button[name=" + (focusName || "up") + "]");
        if (focus) {
            focus.focus();
        }
        announcer.textContent = announcer.getAttribute("data-moved")
            .replace("{0}", rows.indexOf(row) + 1)
            .replace("{1}", rows.length);
    }

    document.addEventListener("keydown", function (event) {
        if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) {
            return;
        }
        var row = event.target.closest && event.target.closest("li[data-task]");
        var button = row && row.querySelector(event.key === "ArrowUp" ? "button[name=up]" : "button[name=down]");
        if (button && window.faces && faces.ajax) {
            event.preventDefault();
            var params = {};
            params[button.name] = button.value;
            var task = taskOf(button);
            rowRequest(button, event, params, "list lists", function () {
                settle(task, button.name);
            });
        }
    });

    var dragged = null;
    document.addEventListener("dragstart", function (event) {
        dragged = event.target.closest && event.target.closest("li[data-task]");
        if (dragged && event.dataTransfer) {
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", dragged.getAttribute("data-task"));
        }
    });
    document.addEventListener("dragover", function (event) {
        if (dragged && event.target.closest && event.target.closest("li[data-task]")) {
            event.preventDefault();
        }
    });
    document.addEventListener("drop", function (event) {
        var target = event.target.closest && event.target.closest("li[data-task]");
        if (!dragged || !target || target === dragged || !(window.faces && faces.ajax)) {
            return;
        }
        event.preventDefault();
        var box = target.getBoundingClientRect();
        var params = {move: dragged.getAttribute("data-task")};
        params[event.clientY < box.top + box.height / 2 ? "before" : "after"] = taskOf(target);
        var task = taskOf(dragged);
        dragged = null;
        rowRequest(target.querySelector("button"), event, params, "list lists", function () {
            settle(task);
        });
    });
    // Rows are draggable only where JavaScript can drop them.
    function draggable() {
        document.querySelectorAll("li[data-task]").forEach(function (row) {
            row.setAttribute("draggable", "true");
        });
    }
    draggable();
    document.addEventListener("todo:swapped", draggable);
    if (window.faces && faces.ajax) {
        faces.ajax.addOnEvent(function (data) {
            if (data.status === "success") {
                draggable();
            }
        });
    }

    // "Select all" ticks every row's "Select" (without JavaScript it stands for them when posted).
    document.addEventListener("change", function (event) {
        if (event.target.id && /(^|:)selectAll$/.test(event.target.id)) {
            document.querySelectorAll("input.select").forEach(function (box) {
                box.checked = event.target.checked;
            });
        }
    });

    // "Sort by" applies as soon as it is chosen; without JavaScript its button does.
    document.addEventListener("change", function (event) {
        var button = event.target.getAttribute && event.target.getAttribute("data-submit-on-change");
        if (button && event.target.form) {
            var apply = event.target.form.querySelector("[id$='" + button + "']");
            if (apply) {
                apply.click();
            }
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

// Live changes (U2): the page follows the changes of the lists its person sees (a server-sent event stream), and
// on each reloads what it shows in place: the list links, the heading and the tasks; and reads out who did what.
// What the person is typing or has selected is never replaced: that part waits until they are done with it.
(function () {
    "use strict";
    var main = document.querySelector("main[data-live]");
    if (!main || !window.EventSource || !window.fetch || !window.DOMParser) {
        return;
    }
    var announcer = document.getElementById("announcer");
    var timer = null;
    var waiting = false;

    function busy(region) {
        var active = document.activeElement;
        return (active && region.contains(active) && active.matches("input:not([type=checkbox]), select, textarea"))
            || region.querySelector("input.select:checked, form.edit-form, .confirm") !== null;
    }

    var CONTROLS = "a[href], button, input, select, textarea";

    // A row is known by its task: its title's id ("title-12").
    function rowKey(row) {
        var title = row.querySelector(".title");
        return title ? title.id : "";
    }

    // Where the focus was (a row's n-th control, or another control by id), to put it back after a swap.
    function focused(region) {
        var active = document.activeElement;
        if (!active || active === document.body || !region.contains(active)) {
            return null;
        }
        var row = active.closest("li.task");
        if (!row) {
            return { id: active.id };
        }
        return { row: rowKey(row), nth: Array.prototype.indexOf.call(row.querySelectorAll(CONTROLS), active) };
    }

    function refocus(spot) {
        var target = null;
        if (spot && spot.row !== undefined) {
            var row = Array.prototype.find.call(document.querySelectorAll("li.task"), function (candidate) {
                return rowKey(candidate) === spot.row;
            });
            target = row && row.querySelectorAll(CONTROLS)[spot.nth];
        } else if (spot && spot.id) {
            target = document.getElementById(spot.id);
        }
        if (target) {
            target.focus();
        }
    }

    function swap(doc, selector) {
        var here = document.querySelector(selector);
        var there = doc.querySelector(selector);
        if (!here || !there) {
            return true;
        }
        if (busy(here)) {
            return false;
        }
        if (here.innerHTML !== there.innerHTML) {
            var spot = focused(here);
            here.innerHTML = there.innerHTML;
            refocus(spot);
            document.dispatchEvent(new CustomEvent("todo:swapped")); // rows new: made draggable again
        }
        return true;
    }

    // The page's own address: after a form posted without Ajax the window's may have lost the list it shows.
    var asked = 0;
    function reload() {
        timer = null;
        var ask = ++asked;
        fetch(main.getAttribute("data-url") || window.location.href,
            { credentials: "same-origin", headers: { Accept: "text/html" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("answered " + response.status); // a blip: tried again at the next change
                }
                return response.text();
            })
            .then(function (html) {
                if (ask !== asked) {
                    return; // a later reload is under way: only the newest answer shows
                }
                var doc = new DOMParser().parseFromString(html, "text/html");
                if (!doc.querySelector("main[data-live]")) {
                    window.location.reload(); // signed out, or not the page it was: show what the server says
                    return;
                }
                var addHere = document.querySelector("form.add-form") !== null;
                var addThere = doc.querySelector("form.add-form") !== null;
                var done = swap(doc, "ul.list-links") & swap(doc, "#tasks-heading") & swap(doc, "#list");
                if (addHere !== addThere) {
                    window.location.reload(); // what the person may do changed (made an editor, or a viewer)
                    return;
                }
                waiting = !done;
            })
            .catch(function () {
                waiting = true; // offline: tried again when the stream is back
            });
    }

    function later() {
        if (timer === null) {
            timer = window.setTimeout(reload, 100); // changes in a burst: one reload
        }
    }

    document.addEventListener("focusout", function () {
        if (waiting) {
            window.setTimeout(function () {
                if (waiting) {
                    later();
                }
            }, 0);
        }
    });
    document.addEventListener("change", function (event) {
        if (waiting && event.target.matches("input.select")) {
            later();
        }
    });

    window.addEventListener("online", later); // back from offline: catch up on what changed meanwhile

    // This page's own changes (its Ajax requests) show by their own answer: the telling of them ("say" is empty
    // for the person's own changes) is not followed by a reload while one is under way or just done.
    var pending = false;
    var ownUntil = 0;
    if (window.faces && faces.ajax && faces.ajax.addOnEvent) {
        faces.ajax.addOnEvent(function (data) {
            if (data.status === "begin") {
                pending = true;
            } else if (data.status === "success") {
                pending = false;
                ownUntil = Date.now() + 2000;
            }
        });
        faces.ajax.addOnError(function () {
            pending = false;
        });
    }

    var opened = false;
    var retry = 2000;
    function follow() {
        var stream = new EventSource(main.getAttribute("data-live"));
        stream.addEventListener("open", function () {
            if (opened) {
                later(); // back after a break: catch up on what changed meanwhile
            }
            opened = true;
            retry = 2000;
        });
        stream.addEventListener("change", function (event) {
            var heard;
            try {
                heard = JSON.parse(event.data);
            } catch (ignored) {
                return;
            }
            if (!heard.say && (pending || Date.now() < ownUntil)) {
                return; // most likely this page's own change, which its answer has shown
            }
            if (heard.say && announcer) {
                announcer.textContent = heard.say;
            }
            later();
        });
        stream.addEventListener("error", function () {
            if (stream.readyState === EventSource.CLOSED) {
                // Refused (too many pages, a replica starting): try again later, less often each time.
                window.setTimeout(follow, retry);
                retry = Math.min(retry * 2, 60000);
            }
        });
    }
    follow();
}());

// The city field suggests places as the person types (W9): an ARIA combobox. From 3 letters the page asks its own
// server (which asks the weather service) and lists up to 10 places; Up and Down move through them, Enter chooses,
// Escape closes; how many were found is read out. Choosing one shows that exact place (its coordinates go with the
// form). "Use my location" appears only where the browser can tell where the person is, and asks them first.
(function () {
    "use strict";
    var field = document.querySelector("input[data-places]");
    if (!field || !window.fetch) {
        return;
    }
    var form = field.form;
    var latitude = form.querySelector("input[id$=':lat']");
    var longitude = form.querySelector("input[id$=':lon']");
    var place = form.querySelector("input[id$=':place']");
    var show = form.querySelector("input[data-ajax-form]");
    var announcer = document.getElementById("announcer");
    var list = document.createElement("ul");
    list.id = "places-list";
    list.className = "places";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", field.getAttribute("placeholder") || "");
    list.hidden = true;
    field.parentNode.appendChild(list);
    field.setAttribute("role", "combobox");
    field.setAttribute("aria-autocomplete", "list");
    field.setAttribute("aria-expanded", "false");
    field.setAttribute("aria-controls", list.id);

    var found = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function say(text) {
        if (announcer) {
            announcer.textContent = text;
        }
    }

    function close() {
        list.hidden = true;
        list.textContent = "";
        field.setAttribute("aria-expanded", "false");
        field.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function highlight(index) {
        var options = list.querySelectorAll("[role=option]");
        options.forEach(function (option, i) {
            option.setAttribute("aria-selected", i === index ? "true" : "false");
        });
        active = index;
        if (index >= 0 && options[index]) {
            field.setAttribute("aria-activedescendant", options[index].id);
            options[index].scrollIntoView({block: "nearest"});
        } else {
            field.removeAttribute("aria-activedescendant");
        }
    }

    function choose(index) {
        var chosen = found[index];
        if (!chosen) {
            return;
        }
        field.value = chosen.label;
        latitude.value = chosen.latitude;
        longitude.value = chosen.longitude;
        place.value = chosen.label;
        close();
        show.click();
    }

    function render(places) {
        found = places;
        list.textContent = "";
        places.forEach(function (suggestion, i) {
            var option = document.createElement("li");
            option.id = "place-" + i;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.textContent = suggestion.label;
            option.addEventListener("mousedown", function (event) {
                event.preventDefault(); // keeps the focus in the field
                choose(i);
            });
            list.appendChild(option);
        });
        list.hidden = places.length === 0;
        field.setAttribute("aria-expanded", places.length > 0 ? "true" : "false");
        active = -1;
        say(places.length === 0 ? field.getAttribute("data-none")
            : places.length === 1 ? field.getAttribute("data-one")
            : field.getAttribute("data-many").replace("{0}", places.length));
    }

    function suggest() {
        timer = null;
        var text = field.value.trim();
        if (Array.from(text).length < 3) {
            close();
            return;
        }
        var ask = ++asked;
        fetch(field.getAttribute("data-places") + "?q=" + encodeURIComponent(text),
            {credentials: "same-origin", headers: {Accept: "application/json"}})
            .then(function (response) {
                return response.ok ? response.json() : [];
            })
            .then(function (places) {
                if (ask === asked && document.activeElement === field) {
                    render(Array.isArray(places) ? places.slice(0, 10) : []);
                }
            })
            .catch(close);
    }

    field.addEventListener("input", function () {
        latitude.value = "";
        longitude.value = "";
        place.value = ""; // typed again: the place chosen before no longer holds
        if (timer !== null) {
            window.clearTimeout(timer);
        }
        timer = window.setTimeout(suggest, 250);
    });
    field.addEventListener("keydown", function (event) {
        if (list.hidden) {
            return;
        }
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            var step = event.key === "ArrowDown" ? 1 : -1;
            highlight((active + step + found.length) % found.length);
        } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            choose(active);
        } else if (event.key === "Escape") {
            event.preventDefault();
            close();
        }
    });
    field.addEventListener("blur", close);

    var locate = form.querySelector("button.locate");
    if (locate && navigator.geolocation) {
        locate.hidden = false;
        locate.addEventListener("click", function () {
            navigator.geolocation.getCurrentPosition(function (position) {
                // Two decimals, about a kilometre: all the weather needs to know of where the person is.
                latitude.value = position.coords.latitude.toFixed(2);
                longitude.value = position.coords.longitude.toFixed(2);
                place.value = "";
                field.value = "";
                close();
                show.click();
            }, function () {
                say(locate.getAttribute("data-denied"));
            }, {maximumAge: 600000, timeout: 10000});
        });
    }
}());
