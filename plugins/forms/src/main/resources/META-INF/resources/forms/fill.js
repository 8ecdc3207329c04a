/*
 * The fill page in the browser: applies the form's conditional rules live (show, hide, require),
 * runs the cheap checks early (required, length, pattern, min/max) with the server's wording, and
 * drives the signature pads. Limits, rules and messages come from the server (ClientRules) in the
 * form's data-client attribute; the server stays the authority and validates every save again.
 */
(function () {
  'use strict';

  var F = window.FormsFill = {};
  var form;
  var rules = [];
  var texts = {};
  /** Per field name: its limits and the server's messages (ClientRules on the server). */
  var specs = {};

  function t(key, args) {
    var text = texts[key] || key;
    (args || []).forEach(function (arg, i) {
      text = text.split('{' + i + '}').join(String(arg));
    });
    return text;
  }

  // ---------- a small evaluator for the rules' conditions (a subset of Jakarta EL) ----------

  var KEYWORDS = { and: '&&', or: '||', not: '!', eq: '==', ne: '!=', lt: '<', gt: '>', le: '<=', ge: '>=',
    div: '/', mod: '%' };

  function tokenize(text) {
    var tokens = [];
    var i = 0;
    while (i < text.length) {
      var c = text[i];
      if (/\s/.test(c)) {
        i++;
      } else if (/[0-9.]/.test(c) && /[0-9]/.test(text[i + 1] || c)) {
        var num = /^[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?/.exec(text.substring(i))[0];
        tokens.push({ k: 'num', v: Number(num) });
        i += num.length;
      } else if (c === '\'' || c === '"') {
        var end = i + 1;
        var str = '';
        while (end < text.length && text[end] !== c) {
          if (text[end] === '\\' && end + 1 < text.length) {
            end++;
          }
          str += text[end];
          end++;
        }
        if (end >= text.length) {
          throw new Error('unterminated string');
        }
        tokens.push({ k: 'str', v: str });
        i = end + 1;
      } else if (/[A-Za-z_]/.test(c)) {
        var word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.substring(i))[0];
        i += word.length;
        if (KEYWORDS[word]) {
          tokens.push({ k: 'op', v: KEYWORDS[word] });
        } else if (word === 'true' || word === 'false') {
          tokens.push({ k: 'lit', v: word === 'true' });
        } else if (word === 'null') {
          tokens.push({ k: 'lit', v: null });
        } else if (word === 'empty') {
          tokens.push({ k: 'op', v: 'empty' });
        } else {
          tokens.push({ k: 'id', v: word });
        }
      } else {
        var two = text.substring(i, i + 2);
        if (['&&', '||', '==', '!=', '<=', '>='].indexOf(two) >= 0) {
          tokens.push({ k: 'op', v: two });
          i += 2;
        } else if ('!<>+-*/%()'.indexOf(c) >= 0) {
          tokens.push({ k: 'op', v: c });
          i++;
        } else {
          throw new Error('unexpected ' + c);
        }
      }
    }
    return tokens;
  }

  /** Parses a condition into a function of the values; throws for what it does not understand. */
  function compile(text) {
    var tokens = tokenize(text);
    var pos = 0;
    function peek(v) {
      return tokens[pos] && tokens[pos].k === 'op' && tokens[pos].v === v;
    }
    function take(v) {
      if (peek(v)) {
        pos++;
        return true;
      }
      return false;
    }
    function binary(next, ops, apply) {
      return function () {
        var left = next();
        for (;;) {
          var op = null;
          for (var i = 0; i < ops.length; i++) {
            if (peek(ops[i])) {
              op = ops[i];
              break;
            }
          }
          if (!op) {
            return left;
          }
          pos++;
          left = apply(op, left, next());
        }
      };
    }
    var primary = function () {
      var token = tokens[pos++];
      if (!token) {
        throw new Error('unexpected end');
      }
      if (token.k === 'num' || token.k === 'str' || token.k === 'lit') {
        return function () {
          return token.v;
        };
      }
      if (token.k === 'id') {
        if (peek('(')) {
          throw new Error('functions are left to the server');
        }
        return function (values) {
          return values[token.v] === undefined ? null : values[token.v];
        };
      }
      if (token.v === '(') {
        var inner = or();
        if (!take(')')) {
          throw new Error('missing )');
        }
        return inner;
      }
      if (token.v === '!' || token.v === 'empty' || token.v === '-') {
        var operand = unary();
        var op = token.v;
        return function (values) {
          var v = operand(values);
          if (op === '!') {
            return !truthy(v);
          }
          if (op === 'empty') {
            return v === null || v === '' || (Array.isArray(v) && v.length === 0);
          }
          return -num(v);
        };
      }
      throw new Error('unexpected ' + token.v);
    };
    var unary = primary;
    var mul = binary(unary, ['*', '/', '%'], function (op, a, b) {
      return function (v) {
        var x = num(a(v));
        var y = num(b(v));
        return op === '*' ? x * y : op === '/' ? x / y : x % y;
      };
    });
    var add = binary(mul, ['+', '-'], function (op, a, b) {
      return function (v) {
        return op === '+' ? num(a(v)) + num(b(v)) : num(a(v)) - num(b(v));
      };
    });
    var rel = binary(add, ['<=', '>=', '<', '>'], function (op, a, b) {
      return function (v) {
        var x = a(v);
        var y = b(v);
        if (x === null || y === null) {
          return false;
        }
        var pair = comparable(x, y);
        x = pair[0];
        y = pair[1];
        return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
      };
    });
    var eq = binary(rel, ['==', '!='], function (op, a, b) {
      return function (v) {
        var same = equal(a(v), b(v));
        return op === '==' ? same : !same;
      };
    });
    var and = binary(eq, ['&&'], function (op, a, b) {
      return function (v) {
        return truthy(a(v)) && truthy(b(v));
      };
    });
    var or = binary(and, ['||'], function (op, a, b) {
      return function (v) {
        return truthy(a(v)) || truthy(b(v));
      };
    });
    var expression = or();
    if (pos !== tokens.length) {
      throw new Error('unexpected ' + tokens[pos].v);
    }
    return expression;
  }

  function truthy(v) {
    return v === true || v === 'true';
  }

  function num(v) {
    if (v === null || v === '') {
      return 0;
    }
    var n = Number(v);
    if (isNaN(n)) {
      throw new Error('not a number');
    }
    return n;
  }

  function comparable(x, y) {
    if (typeof x === 'number' || typeof y === 'number') {
      return [num(x), num(y)];
    }
    return [String(x), String(y)];
  }

  function equal(x, y) {
    if (x === null || y === null) {
      return (x === null || x === '') && (y === null || y === '');
    }
    if (typeof x === 'boolean' || typeof y === 'boolean') {
      return String(x) === String(y);
    }
    if ((typeof x === 'number' || typeof y === 'number') && !isNaN(Number(x)) && !isNaN(Number(y))) {
      return Number(x) === Number(y);
    }
    return String(x) === String(y);
  }

  F._compile = compile;

  // ---------- reading the values in the page ----------

  function fieldNodes() {
    return Array.prototype.slice.call(form.querySelectorAll('.ff-field[data-field]'));
  }

  /** The value of a top-level field as the rules see it: number, text, boolean, list or null. */
  function valueOf(node) {
    var type = node.getAttribute('data-type');
    if (type === 'switch') {
      var box = node.querySelector('input[type=checkbox]');
      return box ? box.checked : false;
    }
    if (type === 'checkbox' || type === 'multiselect') {
      return Array.prototype.map.call(node.querySelectorAll('input[type=checkbox]:checked'), function (i) {
        return i.value;
      }).filter(function (v) {
        return v !== 'on';
      });
    }
    if (type === 'radio') {
      var checked = node.querySelector('input[type=radio]:checked');
      return checked ? checked.value : null;
    }
    if (type === 'select' || type === 'department') {
      var select = node.querySelector('select');
      return select && select.value !== '' ? select.value : null;
    }
    var hidden = node.querySelector('input[type=hidden][id$="_hinput"]');
    if (hidden) {
      return hidden.value === '' ? null : Number(hidden.value);
    }
    var input = node.querySelector('textarea, input[type=text], input[type=email], input[type=tel], input[type=url], input:not([type])');
    if (!input) {
      return null;
    }
    var text = input.value.trim();
    if (text === '') {
      return null;
    }
    if (['integer', 'decimal', 'money', 'percent'].indexOf(type) >= 0) {
      var n = Number(text.replace(/[^0-9.\-]/g, ''));
      return isNaN(n) ? text : n;
    }
    return text;
  }

  function values() {
    var all = {};
    fieldNodes().forEach(function (node) {
      all[node.getAttribute('data-field')] = valueOf(node);
    });
    return all;
  }

  // ---------- rules ----------

  /** Shows, hides and requires fields as the rules say for the values now in the page. */
  function applyRules() {
    var current = values();
    var hidden = {};
    var required = {};
    var shownBy = {};
    rules.forEach(function (rule) {
      if (!rule.test) {
        return;
      }
      var holds;
      try {
        holds = truthy(rule.test(current));
      } catch (e) {
        return; // the server decides what this page cannot evaluate
      }
      (rule.show || []).forEach(function (name) {
        shownBy[name] = shownBy[name] || holds;
      });
      if (holds) {
        (rule.hide || []).forEach(function (name) {
          hidden[name] = true;
        });
        (rule.require || []).forEach(function (name) {
          required[name] = true;
        });
      }
    });
    fieldNodes().forEach(function (node) {
      var name = node.getAttribute('data-field');
      var hide = hidden[name] || (name in shownBy && !shownBy[name]);
      node.classList.toggle('ff-hidden', !!hide);
      var spec = specs[name];
      node.classList.toggle('ff-required', !!(spec && spec.required) || !!required[name]);
    });
  }

  // ---------- early checks ----------

  function isEmpty(value) {
    return value === null || value === '' || (Array.isArray(value) && value.length === 0);
  }

  /** The first problem of a field's value, or null; in the words of the server's checks. */
  function problemOf(node, submitting) {
    if (node.classList.contains('ff-hidden') || node.getAttribute('data-readonly') === 'true') {
      return null;
    }
    var spec = specs[node.getAttribute('data-field')];
    var type = node.getAttribute('data-type');
    if (!spec || spec.computed || ['subtable', 'attachment', 'image', 'signature', 'richtext', 'region'].indexOf(type) >= 0) {
      return null;
    }
    var messages = spec.messages || {};
    var value = valueOf(node);
    function say(kind, fallbackArgs) {
      var text = messages[kind] || t(kind, fallbackArgs);
      return text.split('{value}').join(value === null ? '' : String(value));
    }
    if (isEmpty(value) || (value === false && type === 'switch')) {
      return submitting && node.classList.contains('ff-required') && type !== 'switch' ? say('required') : null;
    }
    if (typeof value === 'string') {
      if (spec.minLength && value.length < spec.minLength) {
        return say('minLength', [spec.minLength]);
      }
      if (spec.maxLength && value.length > spec.maxLength) {
        return say('maxLength', [spec.maxLength]);
      }
      if (spec.pattern && !matches('^(?:' + spec.pattern + ')$', value)) {
        return say('pattern');
      }
      if (spec.formatPattern) {
        var plain = spec.ignore ? value.replace(new RegExp(spec.ignore, 'g'), '') : value;
        if (!matches(spec.formatPattern, plain)) {
          return say('format');
        }
      }
    }
    if (typeof value === 'number') {
      if (spec.min !== undefined && value < Number(spec.min)) {
        return say('min', [spec.min]);
      }
      if (spec.max !== undefined && value > Number(spec.max)) {
        return say('max', [spec.max]);
      }
    }
    return null;
  }

  /** Whether a pattern matches; a pattern this browser cannot read is left to the server. */
  function matches(pattern, text) {
    try {
      return new RegExp(pattern).test(text);
    } catch (e) {
      return true;
    }
  }

  function show(node, problem) {
    var slot = node.querySelector('.ff-client-error');
    if (slot) {
      slot.textContent = problem || '';
    }
    node.classList.toggle('ff-invalid', !!problem || !!node.querySelector('.ff-server-error'));
  }

  /** Checks every field; returns whether the form may go to the server. */
  function checkAll(submitting) {
    var first = null;
    fieldNodes().forEach(function (node) {
      var problem = problemOf(node, submitting);
      show(node, problem);
      if (problem && !first) {
        first = node;
      }
    });
    if (first) {
      first.scrollIntoView({ block: 'center' });
      var focusable = first.querySelector('input:not([type=hidden]), textarea, select');
      if (focusable) {
        focusable.focus({ preventScroll: true });
      }
    }
    return !first;
  }

  // ---------- signature pads ----------

  function startSignature(pad) {
    var canvas = pad.querySelector('canvas');
    var data = pad.querySelector('input[type=hidden]');
    var context = canvas.getContext('2d');
    var drawing = false;
    context.lineWidth = 2;
    context.lineCap = 'round';
    context.strokeStyle = '#111827';
    function point(ev) {
      var r = canvas.getBoundingClientRect();
      return { x: (ev.clientX - r.left) * canvas.width / r.width, y: (ev.clientY - r.top) * canvas.height / r.height };
    }
    canvas.addEventListener('pointerdown', function (ev) {
      drawing = true;
      canvas.setPointerCapture(ev.pointerId);
      var p = point(ev);
      context.beginPath();
      context.moveTo(p.x, p.y);
      ev.preventDefault();
    });
    canvas.addEventListener('pointermove', function (ev) {
      if (!drawing) {
        return;
      }
      var p = point(ev);
      context.lineTo(p.x, p.y);
      context.stroke();
    });
    function end() {
      if (drawing) {
        drawing = false;
        data.value = canvas.toDataURL('image/png');
      }
    }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    pad.querySelector('.ff-signature-clear').addEventListener('click', function () {
      context.clearRect(0, 0, canvas.width, canvas.height);
      data.value = '';
    });
  }

  // ---------- start ----------

  F.start = function () {
    form = document.getElementById('fillForm');
    if (!form) {
      return;
    }
    texts = JSON.parse(form.getAttribute('data-texts') || '{}');
    var client = JSON.parse(form.getAttribute('data-client') || '{}');
    (client.fields || []).forEach(function (spec) {
      specs[spec.name] = spec;
    });
    rules = (client.rules || []).map(function (rule) {
      try {
        rule.test = compile(rule.when);
      } catch (e) {
        rule.test = null;
      }
      return rule;
    });
    ['input', 'change', 'click'].forEach(function (kind) {
      form.addEventListener(kind, function () {
        window.setTimeout(applyRules, 0);
      });
    });
    form.addEventListener('focusout', function (ev) {
      var node = ev.target.closest && ev.target.closest('.ff-field[data-field]');
      if (node) {
        window.setTimeout(function () {
          show(node, problemOf(node, false));
        }, 0);
      }
    });
    form.addEventListener('click', function (ev) {
      var button = ev.target.closest && ev.target.closest('.ff-submit, .ff-draft');
      if (button && !checkAll(button.classList.contains('ff-submit'))) {
        ev.preventDefault();
        ev.stopImmediatePropagation();
      }
    }, true);
    Array.prototype.forEach.call(form.querySelectorAll('[data-signature]'), startSignature);
    applyRules();
  };

  F.values = values;

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', F.start);
  } else {
    F.start();
  }
})();
