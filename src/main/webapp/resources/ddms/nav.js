/*
 * DDMS Portal — the main navigation on a narrow screen (portal.css folds the list below 640 px
 * while the Menu button shows). Loaded right after the button and before the list, so the button
 * shows before the list is drawn. The button opens and closes the list (aria-expanded); Escape in
 * the open list closes it and brings the focus back to the button.
 */
(function () {
    var toggle = document.getElementById('navToggle');
    if (!toggle) {
        return;
    }
    toggle.hidden = false;
    function open(yes) {
        toggle.setAttribute('aria-expanded', yes ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
        open(toggle.getAttribute('aria-expanded') !== 'true');
    });
    toggle.parentElement.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true'
                && getComputedStyle(toggle).display !== 'none') {
            open(false);
            toggle.focus();
        }
    });
})();
