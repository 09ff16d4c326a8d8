// Lets an editor drop an image onto a drop zone ([data-drop-zone]) instead of browsing for it.
// The dropped file is put into the zone's own file input, so the form's normal POST uploads it
// and the server checks it like any other; without this script the file input works as usual.
(function () {
    'use strict';

    function imageFile(files) {
        for (var i = 0; i < files.length; i++) {
            if (files[i].type.indexOf('image/') === 0) {
                return files[i];
            }
        }
        return null;
    }

    function say(zone, text) {
        var status = zone.querySelector('.drop-zone__status');
        if (!status) {
            status = document.createElement('p');
            status.className = 'drop-zone__status';
            status.setAttribute('role', 'status');
            zone.appendChild(status);
        }
        status.textContent = text;
    }

    function enable(zone) {
        var input = zone.querySelector('input[type=file]');
        if (!input || typeof DataTransfer === 'undefined') {
            return;
        }
        zone.classList.add('drop-zone--enabled');
        zone.addEventListener('dragover', function (event) {
            event.preventDefault();
            zone.classList.add('drop-zone--over');
        });
        zone.addEventListener('dragleave', function () {
            zone.classList.remove('drop-zone--over');
        });
        zone.addEventListener('drop', function (event) {
            event.preventDefault();
            zone.classList.remove('drop-zone--over');
            var file = imageFile(event.dataTransfer ? event.dataTransfer.files : []);
            if (!file) {
                say(zone, 'That is not an image file. Drop a JPEG, PNG, WebP or GIF image.');
                return;
            }
            var chosen = new DataTransfer();
            chosen.items.add(file);
            input.files = chosen.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
            say(zone, 'Ready to upload: ' + file.name);
        });
    }

    document.querySelectorAll('[data-drop-zone]').forEach(enable);
}());
