/*
 * DDMS Portal — small behaviours on top of PrimeFaces.
 * After an ajax request, a message at the top of the page (a refused save, a conflict) is
 * brought into view and focused, so a user at the bottom of a long form sees it and screen
 * readers announce it. A form refused by its fields' checks (a required title left empty) has
 * its messages beside the fields instead: the first field refused is brought into view and
 * focused, with its message read with it (aria-describedby); the page stayed at Save, with the
 * focus on the page itself, and the message 2,600 px above. A refused choice (a menu left on
 * "Choose…") counts as a refused field: PrimeFaces marks its hidden select only, so the element
 * that takes the focus (its combobox) is marked aria-invalid here, on load and after each request;
 * a form whose only refusal was a menu kept the focus on the page, its message off screen.
 * A menu is named by its label: PrimeFaces 15.0.13 points the label at the menu's combobox (a
 * span, which a label cannot name) and names the combobox by its current value, so a screen
 * reader heard "Data-sharing agreement, combobox" or "— Choose —" seven times and never "Kind";
 * the combobox is labelled by its label here (aria-labelledby wins over the value's aria-label;
 * the value is still read, from its content). PrimeFaces 15.0.14 fixes it (issue 14625); it is
 * not on Maven Central.
 */
(function ($) {
    function markRefusedChoices() {
        document.querySelectorAll('.ui-state-error [role="combobox"]:not([aria-invalid])').forEach(function (e) {
            e.setAttribute('aria-invalid', 'true');
        });
    }
    function nameMenusByTheirLabels() {
        document.querySelectorAll('label[id][for]').forEach(function (label) {
            var target = document.getElementById(label.htmlFor);
            if (target && target.getAttribute('role') === 'combobox' && !/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)
                    && !target.hasAttribute('aria-labelledby')) {
                target.setAttribute('aria-labelledby', label.id);
            }
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        markRefusedChoices();
        nameMenusByTheirLabels();
    });
    $(document).on('pfAjaxComplete', function (event, xhr) {
        markRefusedChoices();
        nameMenusByTheirLabels();
        var messages = document.getElementById('messages');
        if (messages && messages.querySelector('.ddms-error, .ddms-warn')) {
            messages.setAttribute('tabindex', '-1');
            messages.scrollIntoView({block: 'start'});
            messages.focus({preventScroll: true});
            return;
        }
        if (xhr && xhr.pfArgs && xhr.pfArgs.validationFailed) {
            var refused = Array.prototype.find.call(document.querySelectorAll('[aria-invalid="true"]'), function (e) {
                return e.offsetParent !== null;
            });
            if (refused) {
                refused.scrollIntoView({block: 'center'});
                refused.focus({preventScroll: true});
            }
        }
    });
})(jQuery);

/*
 * Maps of cities: an element with data-map (JSON: tiles, attribution, zoomIn, zoomOut, unit, points with name,
 * lat, lon, value, period) becomes a Leaflet map with a circle marker per city. Texts go in
 * with textContent (never as HTML). Without tiles (offline), the markers still show.
 */
(function () {
    function draw(el) {
        if (typeof L === 'undefined' || el.dataset.drawn) {
            return;
        }
        el.dataset.drawn = 'true';
        var config = JSON.parse(el.dataset.map);
        var map = L.map(el, {scrollWheelZoom: false, zoomControl: false});
        // the zoom buttons named in the page's language; Leaflet's credit without its English tooltip
        L.control.zoom({zoomInTitle: config.zoomIn, zoomOutTitle: config.zoomOut}).addTo(map);
        map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
        L.tileLayer(config.tiles, {attribution: config.attribution, maxZoom: 18}).addTo(map);
        var bounds = [];
        config.points.forEach(function (p) {
            var marker = L.circleMarker([p.lat, p.lon], {radius: 10, color: '#1f5fa8', weight: 2,
                fillColor: '#1f5fa8', fillOpacity: 0.6, className: 'ddms-city-marker'}).addTo(map);
            var text = document.createElement('span');
            // a point may carry its own label (the dashboards' pilot cities); else name: value unit (period)
            text.textContent = p.label ? p.label : p.name + ': ' + p.value + ' ' + config.unit + ' (' + p.period + ')';
            marker.bindTooltip(text, {permanent: true, direction: 'right', offset: [10, 0]});
            bounds.push([p.lat, p.lon]);
        });
        if (bounds.length > 1) {
            map.fitBounds(bounds, {padding: [30, 30], maxZoom: 10});
        } else if (bounds.length === 1) {
            map.setView(bounds[0], 9);
        } else {
            map.setView([48.0, 16.0], 4);
        }
    }
    function drawAll() {
        document.querySelectorAll('[data-map]').forEach(draw);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
})();

/*
 * Pickers that take several records (p:autoComplete multiple): PrimeFaces renders the chosen
 * records and the text field as a role=listbox holding role=option tokens and the combobox
 * itself, which assistive technology cannot use (a listbox may hold options only) and axe-core
 * refuses. Here it becomes what it is: a list, named like its field, of the chosen records,
 * with the text field as its last item. Applied to the server's markup and to every token the
 * widget adds when the user picks.
 */
(function () {
    function fix(container) {
        if (container.getAttribute('role') === 'list') {
            return;
        }
        var input = container.querySelector('input[role="combobox"]');
        container.setAttribute('role', 'list');
        container.removeAttribute('aria-orientation');
        if (input && input.getAttribute('aria-label')) {
            container.setAttribute('aria-label', input.getAttribute('aria-label'));
        }
    }
    function fixItems(container) {
        Array.prototype.forEach.call(container.children, function (li) {
            if (li.getAttribute('role') !== 'listitem') {
                li.setAttribute('role', 'listitem');
                li.removeAttribute('aria-selected');
            }
        });
    }
    function fixAll(root) {
        (root.querySelectorAll ? root : document).querySelectorAll('ul.ui-autocomplete-multiple-container')
            .forEach(function (c) {
                fix(c);
                fixItems(c);
            });
    }
    function start() {
        fixAll(document);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                var target = change.target;
                if (target.classList && target.classList.contains('ui-autocomplete-multiple-container')) {
                    fix(target);
                    fixItems(target);
                } else if (change.addedNodes.length) {
                    change.addedNodes.forEach(function (node) {
                        if (node.nodeType === 1) {
                            fixAll(node.parentNode || document);
                        }
                    });
                }
            });
        }).observe(document.body, {childList: true, subtree: true});
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

/*
 * Tabs with an address: ?tab=stakeholders opens the tab whose id is stakeholdersTab, and choosing
 * a tab writes its name into the address (without a new history entry) and into the language
 * links. A reload, a bookmark or a change of language opens the tab the user was on, and a form
 * on a tab that shows the page again after saving names its tab in the redirect (e.g.
 * StakeholdersBacking), so the user sees what they added.
 */
(function () {
    function name(header) {
        // the header links to its panel: <li><a href="#tabs:stakeholdersTab">
        var link = header.querySelector('a[href^="#"]');
        var panel = link ? link.getAttribute('href') : '';
        var local = panel.substring(panel.lastIndexOf(':') + 1);
        return /Tab$/.test(local) ? local.substring(0, local.length - 3) : local;
    }
    function wire(widget) {
        var el = widget.jq[0];
        var headers = Array.prototype.slice.call(el.querySelectorAll('.ui-tabs-nav > li.ui-tabs-header'));
        var wanted = new URLSearchParams(window.location.search).get('tab');
        var index = headers.findIndex(function (h) { return name(h) === wanted; });
        if (index > 0 && !headers[index].classList.contains('ui-state-active')) {
            widget.select(index, true);
        }
        // wraps the class's select, so a widget PrimeFaces makes again (an ajax update) is wrapped once
        var select = PrimeFaces.widget.TabView.prototype.select;
        widget.select = function (i) {
            var result = select.apply(this, arguments);
            if (result !== false && headers[i]) {
                var tab = name(headers[i]);
                var url = new URL(window.location.href);
                url.searchParams.set('tab', tab);
                window.history.replaceState(window.history.state, '', url);
                // the language links keep the tab too
                document.querySelectorAll('.ddms-languages a[hreflang]').forEach(function (a) {
                    var link = new URL(a.href);
                    link.searchParams.set('tab', tab);
                    a.href = link.toString();
                });
            }
            return result;
        };
    }
    // every tab view, as PrimeFaces makes it (its widgets are made after this file has run)
    var TabView = PrimeFaces.widget.TabView;
    if (TabView) {
        var init = TabView.prototype.init;
        TabView.prototype.init = function () {
            var result = init.apply(this, arguments);
            wire(this);
            return result;
        };
    }
})();

/*
 * The calendar button of a date field (ddms:date) is an icon: PrimeFaces names it "Choose Date"
 * (translated) in aria-label but leaves the text "ui-button" in its hidden label, which a
 * screen reader or voice control may meet instead (WCAG 2.5.3, label in name). The hidden text
 * becomes the button's name. And a day the server refused is shown again as it was typed.
 */
(function () {
    var DatePicker = PrimeFaces.widget.DatePicker;
    if (!DatePicker) {
        return;
    }
    var init = DatePicker.prototype.init;
    DatePicker.prototype.init = function () {
        var result = init.apply(this, arguments);
        this.jq.find('.ui-datepicker-trigger[aria-label]').each(function () {
            var text = this.querySelector('.ui-button-text');
            if (text) {
                text.textContent = this.getAttribute('aria-label');
            }
        });
        // A day the server refused (2026-02-30) comes back in the field as typed, beside its
        // message: the calendar, which cannot read it, emptied the field, and the input was lost.
        this.jq.find('input[aria-invalid="true"]').each(function () {
            var typed = this.getAttribute('value');
            if (!this.value && typed) {
                this.value = typed;
            }
        });
        return result;
    };
})();

/*
 * A text pasted into a field longer than the field holds: the browser keeps its beginning (the
 * field's maxlength, from the form's size limit) and drops the rest without a word, so a case
 * study's section pasted from a document lost its end unseen. The field now says so, beside it,
 * with how much it holds (the body's data-ddms-paste-cut, translated); the note goes when the
 * text is short enough again.
 */
(function () {
    function noteId(field) {
        return (field.id || field.name) + '_pasteCut';
    }

    function noteOf(field) {
        var id = noteId(field);
        var note = document.getElementById(id);
        if (!note) {
            note = document.createElement('span');
            note.id = id;
            note.className = 'ddms-paste-cut';
            note.setAttribute('role', 'alert');
            field.insertAdjacentElement('afterend', note);
        }
        return note;
    }

    document.addEventListener('paste', function (event) {
        var field = event.target;
        var isText = field instanceof HTMLTextAreaElement
            || (field instanceof HTMLInputElement && /^(text|search|email|url|tel)$/.test(field.type));
        if (!isText || !(field.maxLength > 0) || !event.clipboardData) {
            return;
        }
        var pasted = event.clipboardData.getData('text');
        var kept = field.value.length - (field.selectionEnd - field.selectionStart);
        if (kept + pasted.length <= field.maxLength) {
            return;
        }
        var pattern = document.body.getAttribute('data-ddms-paste-cut') || '';
        var max = field.maxLength.toLocaleString(document.documentElement.lang || undefined);
        noteOf(field).textContent = pattern.split('{0}').join(max);
    }, true);

    document.addEventListener('input', function (event) {
        var field = event.target;
        var note = field && (field.id || field.name) ? document.getElementById(noteId(field)) : null;
        if (note && field.value.length < field.maxLength) {
            note.remove();
        }
    }, true);
})();

/*
 * The reader's time zone, as their browser has it: times are written in it on the server
 * (Texts.format, with the zone's name), read from the ddms-zone cookie left here. Until the
 * browser has said (the first page), and where it cannot, times are in UTC.
 */
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        var cookie = 'ddms-zone=' + encodeURIComponent(zone || '');
        if (zone && ('; ' + document.cookie + ';').indexOf('; ' + cookie + ';') < 0) {
            document.cookie = cookie + '; path=/; max-age=31536000; samesite=lax'
                + (location.protocol === 'https:' ? '; secure' : '');
        }
    } catch (e) {
        // a browser without Intl's time zones: times stay in UTC
    }
})();

/*
 * An address with an anchor (a review comment just added: #comment-42) shows that element once
 * the page's widgets are made (a tab opened from the address may have hidden it at first): in
 * view, centred, and focused, so a screen reader reads it.
 */
window.addEventListener('load', function () {
    var id = window.location.hash ? decodeURIComponent(window.location.hash.substring(1)) : '';
    var target = id ? document.getElementById(id) : null;
    if (target && target.offsetParent !== null) {
        target.scrollIntoView({block: 'center'});
        if (target.hasAttribute('tabindex')) {
            target.focus({preventScroll: true});
        }
    }
});

/*
 * A column's filter menu in a list's head (the country, the status): Enter opens it, as Space
 * does. PrimeFaces' menu lets Enter on its closed label reach the column header, which sorts on
 * Enter: the list was sorted by accident and the menu stayed shut. The key stops at the filter.
 */
(function ($) {
    function widgetOf(target) {
        var menu = $(target).closest('.ui-selectonemenu');
        return menu.length ? PrimeFaces.getWidgetById(menu.attr('id')) : null;
    }
    function guard() {
        $('th .ui-column-customfilter').off('keydown.ddmsFilter').on('keydown.ddmsFilter', function (e) {
            if (e.key !== 'Enter' || $(e.target).is(':input')) {
                return;
            }
            e.stopPropagation();
            var widget = widgetOf(e.target);
            if (widget && widget.panel && widget.panel.is(':hidden')) {
                widget.show();
            }
        });
        /*
         * Arrow Down or Up on a closed filter menu opens it, as the ARIA combobox pattern has it, and
         * picks nothing: PrimeFaces picked the next choice at once, so each press filtered the list
         * again and a keyboard user could not look through the choices. Caught before the menu's own
         * handler (capture); Alt+Down and the open menu's keys are left to PrimeFaces.
         */
        $('th .ui-column-customfilter').each(function () {
            if (this.dataset.ddmsArrows) {
                return;
            }
            this.dataset.ddmsArrows = 'on';
            this.addEventListener('keydown', function (e) {
                if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey || $(e.target).is('textarea, input[type=text]')) {
                    return;
                }
                var widget = widgetOf(e.target);
                if (widget && widget.panel && widget.panel.is(':hidden')) {
                    e.preventDefault();
                    e.stopPropagation();
                    widget.show();
                }
            }, true);
        });
    }
    /*
     * The menu's open list is named after its filter ("Filter Country"), and its search box points
     * at that list: PrimeFaces leaves the list unnamed and points the box at an element that does
     * not exist (axe: serious and critical on every list with such a filter open).
     */
    function name() {
        $('th .ui-column-customfilter .ui-selectonemenu').each(function () {
            var select = document.getElementById(this.id + '_input');
            var items = document.getElementById(this.id + '_items');
            var search = document.getElementById(this.id + '_filter');
            var label = document.getElementById(this.id + '_label');
            // the menu itself is named after its filter too ("Filter Country", its value "Serbia"):
            // PrimeFaces names it after the choice shown, so a screen reader heard only "Serbia"
            if (label && select && select.getAttribute('aria-label')) {
                label.setAttribute('aria-label', select.getAttribute('aria-label'));
            }
            if (items && select && select.getAttribute('aria-label') && !items.hasAttribute('aria-label')) {
                items.setAttribute('aria-label', select.getAttribute('aria-label'));
            }
            if (items && search) {
                search.setAttribute('aria-controls', items.id);
            }
        });
    }
    /*
     * A chosen option too long for its field's menu ends in an ellipsis (portal.css): its whole text
     * is the menu's tooltip, so a long organisation's name can still be read before it is saved.
     */
    function titled(label) {
        if (label.scrollWidth > label.clientWidth + 1) {
            label.setAttribute('title', label.textContent.trim());
        } else {
            label.removeAttribute('title');
        }
    }
    function titleAll() {
        $('.ddms-field .ui-selectonemenu-label').each(function () { titled(this); });
    }
    $(guard);
    $(document).on('pfAjaxComplete', guard);
    $(name);
    $(document).on('pfAjaxComplete', name);
    $(titleAll);
    $(document).on('pfAjaxComplete', titleAll);

    // named each time a menu opens: PrimeFaces makes the panel's list when its widget starts
    var SelectOneMenu = PrimeFaces.widget.SelectOneMenu;
    if (SelectOneMenu) {
        var show = SelectOneMenu.prototype.show;
        SelectOneMenu.prototype.show = function () {
            var result = show.apply(this, arguments);
            name();
            return result;
        };
        // each time a menu shows a choice (setLabel): PrimeFaces names a filter menu after the choice
        // shown, and a field's choice may be too long for it
        var setLabel = SelectOneMenu.prototype.setLabel;
        SelectOneMenu.prototype.setLabel = function () {
            var result = setLabel.apply(this, arguments);
            if (this.jq && this.jq.closest('th .ui-column-customfilter').length) {
                name();
            } else if (this.label && this.jq && this.jq.closest('.ddms-field').length) {
                titled(this.label[0]);
            }
            return result;
        };
    }
})(jQuery);

/*
 * A move that ends a lifecycle asks first (p:confirm), but a move without the comment it requires is
 * refused anyway: asking "Terminate? …" and then saying "Write a comment saying why." put the
 * question before the answer. With the form's required comment empty, the move is sent without the
 * question, and the server refuses it beside the field, with the focus in it, as for any other move;
 * nothing moves. With a comment written, the question comes as before.
 */
(function ($) {
    var confirm = PrimeFaces.confirm;
    PrimeFaces.confirm = function (cfg) {
        var source = cfg && cfg.source ? $(typeof cfg.source === 'string' ? PrimeFaces.escapeClientId(cfg.source) : cfg.source) : $();
        var required = source.closest('form').find('textarea[aria-required="true"]');
        var command = source.data('pfconfirmcommand');
        if (command && required.length && !required.toArray().some(function (t) { return t.value.trim(); })) {
            PrimeFaces.csp.executeEvent(source.get(0), command, $.Event('click'));
            return;
        }
        return confirm.apply(this, arguments);
    };
})(jQuery);

/*
 * A table that scrolls sideways on a narrow screen (portal.css: 640 px and less; a list's table in
 * its wrapper) can be scrolled from the keyboard: while it is wider than its box and holds nothing
 * else to focus, it takes the focus itself (WCAG 2.1.1; axe: scrollable-region-focusable, serious).
 * Its caption names it. A table in a tab not shown yet has no width: each is looked at again when
 * its size changes.
 */
(function ($) {
    var FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    function look(box) {
        var scrolls = box.scrollWidth > box.clientWidth + 1;
        if (scrolls && !box.hasAttribute('tabindex') && !box.querySelector(FOCUSABLE)) {
            box.setAttribute('tabindex', '0');
            box.dataset.ddmsScrollFocus = 'on';
        } else if (!scrolls && box.dataset.ddmsScrollFocus) {
            box.removeAttribute('tabindex');
            delete box.dataset.ddmsScrollFocus;
        }
    }
    var observer = window.ResizeObserver ? new ResizeObserver(function (entries) {
        entries.forEach(function (entry) { look(entry.target); });
    }) : null;
    function watch() {
        $('.ddms-table, .ddms-changes, .ui-datatable-tablewrapper').each(function () {
            if (!this.dataset.ddmsScrollWatched) {
                this.dataset.ddmsScrollWatched = 'on';
                if (observer) {
                    observer.observe(this);
                }
            }
            look(this);
        });
    }
    $(watch);
    $(document).on('pfAjaxComplete', watch);
})(jQuery);
