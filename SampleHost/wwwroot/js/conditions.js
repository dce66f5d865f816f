// Shows a form field only while another input of the same form has one of the listed values (FieldCondition).
// The server renders the first state and ignores the values of hidden fields, so the form also works without script.
document.querySelectorAll('[data-visible-when]').forEach(function (field) {
    var form = field.closest('form');
    var key = field.getAttribute('data-visible-when');
    var values = (field.getAttribute('data-visible-values') || '').split(',');
    var source = form && form.querySelector('[name="' + key + '"]:not([type=hidden])');
    if (!source) {
        return;
    }

    function update() {
        var value = source.value;
        if (source.type === 'checkbox') {
            value = source.checked ? 'true' : 'false';
        }

        field.hidden = values.indexOf(value) < 0;
    }

    source.addEventListener('change', update);
    update();
});
