/*
 * DDMS Portal — small behaviours on top of PrimeFaces.
 * After an ajax request, a message at the top of the page (a refused save, a conflict) is
 * brought into view and focused, so a user at the bottom of a long form sees it and screen
 * readers announce it.
 */
(function ($) {
    $(document).on('pfAjaxComplete', function () {
        var messages = document.getElementById('messages');
        if (messages && messages.querySelector('.ddms-error, .ddms-warn')) {
            messages.setAttribute('tabindex', '-1');
            messages.scrollIntoView({block: 'start'});
            messages.focus({preventScroll: true});
        }
    });
})(jQuery);

/*
 * Maps of cities: an element with data-map (JSON: tiles, attribution, unit, points with name,
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
        var map = L.map(el, {scrollWheelZoom: false});
        L.tileLayer(config.tiles, {attribution: config.attribution, maxZoom: 18}).addTo(map);
        var bounds = [];
        config.points.forEach(function (p) {
            var marker = L.circleMarker([p.lat, p.lon], {radius: 10, color: '#1f5fa8', weight: 2,
                fillColor: '#1f5fa8', fillOpacity: 0.6, className: 'ddms-city-marker'}).addTo(map);
            var text = document.createElement('span');
            text.textContent = p.name + ': ' + p.value + ' ' + config.unit + ' (' + p.period + ')';
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
