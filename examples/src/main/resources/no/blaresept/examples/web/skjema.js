/*
 * Live evaluation for the reference form. Each change is posted to the server, whose model answers with
 * what to show: which fields are visible and required now, and the changed field's errors. No framework,
 * no build step, ES5 only (so HtmlUnit runs it too). The server is the only judge; this file only applies
 * its answers.
 */
(function () {
  'use strict';

  // The element id the server derives from a field's JSON Pointer (Html.id).
  function idFor(sti) {
    var id = 'f';
    for (var i = 0; i < sti.length; i++) {
      var c = sti.charAt(i);
      id += /[A-Za-z0-9]/.test(c) ? c : '_' + sti.charCodeAt(i).toString(16) + '_';
    }
    return id;
  }

  function byAttribute(selector, attribute) {
    var map = {};
    var elements = document.querySelectorAll(selector);
    for (var i = 0; i < elements.length; i++) {
      map[elements[i].getAttribute(attribute)] = elements[i];
    }
    return map;
  }

  function inputsOf(wrapper) {
    return wrapper.querySelectorAll('input, select, textarea');
  }

  // A hidden field's value is gone on the server (the model removed it); the page forgets it too.
  function hide(wrapper, hidden) {
    if (wrapper.hidden === hidden) {
      return;
    }
    wrapper.hidden = hidden;
    var inputs = inputsOf(wrapper);
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      if (hidden) {
        if (input.type === 'radio' || input.type === 'checkbox') {
          input.checked = false;
        } else {
          input.value = '';
        }
      }
      input.disabled = hidden;
    }
  }

  function showErrors(sti, messages) {
    var error = document.getElementById('e' + idFor(sti));
    var wrapper = byAttribute('[data-sti]', 'data-sti')[sti];
    if (error) {
      error.textContent = messages.join(' ');
      error.hidden = messages.length === 0;
    }
    if (wrapper) {
      var inputs = inputsOf(wrapper);
      for (var i = 0; i < inputs.length; i++) {
        if (messages.length > 0) {
          inputs[i].setAttribute('aria-invalid', 'true');
        } else {
          inputs[i].removeAttribute('aria-invalid');
        }
      }
    }
  }

  function apply(answer, sti) {
    var wrappers = byAttribute('[data-sti]', 'data-sti');
    var fields = answer.felter || [];
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      var wrapper = wrappers[field.sti];
      if (!wrapper) {
        continue;
      }
      hide(wrapper, !field.synlig);
      if (!field.synlig) {
        showErrors(field.sti, []);
      }
      var marker = wrapper.querySelector('.pakrevd');
      if (marker && !wrapper.querySelector('[data-sti]')) {
        marker.hidden = !field.pakrevd;
        var inputs = inputsOf(wrapper);
        for (var j = 0; j < inputs.length; j++) {
          if (field.pakrevd) {
            inputs[j].setAttribute('aria-required', 'true');
          } else {
            inputs[j].removeAttribute('aria-required');
          }
        }
      }
      var hint = document.getElementById('h' + idFor(field.sti));
      if (hint && field.kodesystem) {
        hint.textContent = field.kodesystem;
        hint.hidden = false;
      }
    }
    var values = answer.verdier || {};
    for (var path in values) {
      var input = document.getElementById(idFor(path));
      if (input) {
        input.value = values[path];
      }
    }
    if (answer.vedleggstatus) {
      document.getElementById('s' + idFor(sti)).textContent = answer.vedleggstatus;
    }
    if (answer.forStor) {
      showErrors(sti, [answer.forStor]);
    }
    var errors = answer.feil || {};
    for (var errorPath in errors) {
      showErrors(errorPath, errors[errorPath]);
    }
  }

  // Changes are sent one at a time, in order, so the server sees them as the doctor made them.
  var queue = [];
  var busy = false;

  function send(change) {
    queue.push(change);
    if (!busy) {
      next();
    }
  }

  function next() {
    var change = queue.shift();
    if (!change) {
      busy = false;
      return;
    }
    busy = true;
    var request = new XMLHttpRequest();
    request.open('POST', '/felt');
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('X-Sidenummer', document.getElementById('skjema').getAttribute('data-sidenummer'));
    request.onload = function () {
      if (request.status === 200 || request.status === 413) {
        apply(JSON.parse(request.responseText), change.sti);
      }
      next();
    };
    request.onerror = next;
    request.send(JSON.stringify(change));
  }

  function upload(input) {
    var wrapper = input.parentNode;
    var sti = wrapper.getAttribute('data-sti');
    var file = input.files[0];
    if (!file) {
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      var url = String(reader.result);
      send({sti: sti, verdi: url.substring(url.indexOf(',') + 1), filnavn: file.name});
    };
    reader.readAsDataURL(file);
  }

  // The value last sent per field: a change event after typing does not send the same value twice.
  var sent = {};
  var timers = {};

  function sendValue(input) {
    if (sent[input.name] !== input.value || input.type === 'radio') {
      sent[input.name] = input.value;
      send({sti: input.name, verdi: input.value});
    }
  }

  function onChange(event) {
    var input = event.target;
    if (input.hasAttribute('data-vedlegg')) {
      upload(input);
    } else if (input.name) {
      clearTimeout(timers[input.name]);
      sendValue(input);
    }
  }

  // While typing, the field is evaluated after a short pause (F-2.10: validation on each keystroke).
  function onInput(event) {
    var input = event.target;
    if (input.name && (input.tagName === 'TEXTAREA' || input.type === 'text')) {
      clearTimeout(timers[input.name]);
      timers[input.name] = setTimeout(function () {
        sendValue(input);
      }, 400);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('skjema');
    if (form) {
      form.addEventListener('change', onChange);
      form.addEventListener('input', onInput);
    }
    var summary = document.getElementById('feilsammendrag');
    if (summary) {
      summary.focus();
    }
  });
}());
