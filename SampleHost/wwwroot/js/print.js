// Opens the browser's print dialog from any button marked data-print; a script file, so no inline handler is needed.
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
});
