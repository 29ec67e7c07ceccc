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
