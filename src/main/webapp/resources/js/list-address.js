/*
 * A list's filters in its address (web.shared.ListAddress): after each filter, sort or page of a
 * list table, the server sends the list's query as the ajax callback parameter "ddmsAddress"; the
 * address bar is replaced with it (history.replaceState: no new history entry per keystroke), so
 * the address can be bookmarked or shared and reproduces the list.
 */
(function () {
    'use strict';
    if (!window.jQuery || !window.history || !window.history.replaceState) {
        return;
    }
    window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
        if (!args || typeof args.ddmsAddress !== 'string') {
            return;
        }
        var query = args.ddmsAddress;
        // only a query string of this page: never another path or origin
        if (query !== '' && query.charAt(0) !== '?') {
            return;
        }
        var address = window.location.pathname + query + window.location.hash;
        if (address !== window.location.pathname + window.location.search + window.location.hash) {
            window.history.replaceState(window.history.state, '', address);
        }
    });
}());
