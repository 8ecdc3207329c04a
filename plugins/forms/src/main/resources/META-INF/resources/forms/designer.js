/*
 * The form designer: edits the schema JSON of a form in the browser and hands it to the page's
 * save button. Palette → canvas and reordering work by pointer events (not HTML5 drag and drop),
 * so a mouse, a finger and Selenium's Actions all drive them. The server validates on save; its
 * problems come back with JSON paths, which are mapped back to the fields and properties here.
 */
(function () {
  'use strict';

  var D = window.FormsDesigner = {};
  var TEXT_TYPES = ['text', 'textarea', 'email', 'phone', 'url', 'select', 'radio', 'richtext', 'region'];
  var NUMBER_TYPES = ['integer', 'decimal', 'money', 'percent'];
  var COMPUTED = ['serial', 'formula'];
  /** Properties offered per type, after label, name, help, required and span. */
  var PROPS = {
    text: ['placeholder', 'defaultValue', 'minLength', 'maxLength', 'pattern', 'patternMessage', 'unique', 'filterable'],
    textarea: ['placeholder', 'defaultValue', 'minLength', 'maxLength', 'pattern', 'patternMessage'],
    integer: ['placeholder', 'defaultValue', 'min', 'max', 'unique', 'filterable'],
    decimal: ['placeholder', 'defaultValue', 'min', 'max', 'scale', 'unique', 'filterable'],
    money: ['placeholder', 'defaultValue', 'min', 'max', 'scale', 'currency', 'filterable'],
    percent: ['placeholder', 'defaultValue', 'min', 'max', 'scale', 'filterable'],
    email: ['placeholder', 'defaultValue', 'unique', 'filterable'],
    phone: ['placeholder', 'phoneKind', 'unique', 'filterable'],
    url: ['placeholder', 'defaultValue'],
    select: ['options', 'dictionary', 'defaultValue', 'filterable'],
    radio: ['options', 'dictionary', 'defaultValue', 'filterable'],
    multiselect: ['options', 'dictionary'],
    checkbox: ['options', 'dictionary'],
    'switch': ['defaultValue', 'filterable'],
    date: ['defaultValue', 'filterable'],
    datetime: ['filterable'],
    time: ['defaultValue', 'filterable'],
    user: ['multiple', 'filterable'],
    department: ['multiple', 'filterable'],
    attachment: ['maxFiles', 'maxFileBytes', 'mediaTypes'],
    image: ['maxFiles', 'maxFileBytes'],
    signature: ['maxFileBytes'],
    richtext: ['maxLength'],
    region: ['regionLevel', 'filterable'],
    serial: ['serialPattern', 'filterable'],
    formula: ['formula', 'scale'],
    lookup: ['lookupForm', 'lookupDisplayField', 'multiple', 'filterable'],
    subtable: ['lineFields']
  };
  var INTEGER_PROPS = ['minLength', 'maxLength', 'scale', 'maxFiles', 'maxFileBytes'];
  var NUMBER_PROPS = ['min', 'max'];
  var BOOLEAN_PROPS = ['required', 'unique', 'filterable', 'multiple'];
  var LOCALIZED_PROPS = ['label', 'help', 'placeholder', 'patternMessage'];

  var state = {
    schema: null,
    selected: { kind: 'form' },
    problems: [],
    config: { texts: {}, palette: [], lookupForms: [] },
    dirty: false,
    previewWidth: null
  };
  var root;
  var drag = null;

  // ---------- small helpers ----------

  function t(key) {
    var text = state.config.texts[key];
    return text === undefined ? key : text;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) {
          return;
        }
        if (name === 'text') {
          node.textContent = value;
        } else if (name.indexOf('on') === 0) {
          node.addEventListener(name.substring(2), value);
        } else if (value === true) {
          node.setAttribute(name, '');
        } else {
          node.setAttribute(name, value);
        }
      });
    }
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  /** The text of a LocalizedText (a string or {"zh-CN": .., "en": ..}) in the page's language. */
  function loc(value) {
    if (value === null || value === undefined) {
      return '';
    }
    if (typeof value === 'string') {
      return value;
    }
    var lang = state.config.language || 'zh-CN';
    if (value[lang]) {
      return value[lang];
    }
    var short = lang.split('-')[0];
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      if (keys[i].split('-')[0] === short && value[keys[i]]) {
        return value[keys[i]];
      }
    }
    return value['zh-CN'] || value[keys[0]] || '';
  }

  /** One language of a LocalizedText, for its editor. */
  function locPart(value, lang) {
    if (value === null || value === undefined) {
      return '';
    }
    if (typeof value === 'string') {
      return lang === 'zh-CN' ? value : '';
    }
    return value[lang] || '';
  }

  /** A LocalizedText from its two editor inputs: a plain string unless English differs. */
  function makeLoc(zh, en) {
    zh = (zh || '').trim();
    en = (en || '').trim();
    if (!zh && !en) {
      return null;
    }
    if (!en || en === zh) {
      return zh;
    }
    if (!zh) {
      return { en: en };
    }
    return { 'zh-CN': zh, en: en };
  }

  function clean(value) {
    if (value === null || value === undefined || value === '' || value === false) {
      return undefined;
    }
    if (Array.isArray(value) && value.length === 0) {
      return undefined;
    }
    return value;
  }

  /** The schema as posted: empty properties left out, in a stable order. */
  function serialize() {
    var schema = state.schema;
    var out = { key: schema.key, name: schema.name };
    if (clean(schema.description)) {
      out.description = schema.description;
    }
    out.sections = schema.sections.map(function (section) {
      var s = {};
      if (clean(section.title)) {
        s.title = section.title;
      }
      s.columns = section.columns || 1;
      s.fields = section.fields.map(serializeField);
      return s;
    });
    out.rules = (schema.rules || []).map(function (rule) {
      var r = { when: rule.when || '' };
      ['show', 'hide', 'require'].forEach(function (k) {
        if (rule[k] && rule[k].length) {
          r[k] = rule[k];
        }
      });
      return r;
    });
    out.checks = (schema.checks || []).map(function (check) {
      return { expression: check.expression || '', field: check.field || '', message: check.message || '' };
    });
    return JSON.stringify(out);
  }

  function serializeField(field) {
    var out = {};
    Object.keys(field).forEach(function (name) {
      if (name === 'fields') {
        return;
      }
      var value = clean(field[name]);
      if (name === 'span' && value === 1) {
        value = undefined;
      }
      if (value !== undefined) {
        out[name] = value;
      }
    });
    if (field.type === 'subtable') {
      out.fields = (field.fields || []).map(serializeField);
    }
    return out;
  }

  function allFields() {
    var list = [];
    state.schema.sections.forEach(function (section) {
      section.fields.forEach(function (f) {
        list.push(f);
      });
    });
    return list;
  }

  function uniqueName(type, siblings) {
    var base = type.replace(/[^a-z]/g, '') || 'field';
    var taken = {};
    siblings.forEach(function (f) {
      taken[f.name] = true;
    });
    for (var n = 1; ; n++) {
      if (!taken[base + n]) {
        return base + n;
      }
    }
  }

  function newField(type, siblings) {
    var field = { name: uniqueName(type, siblings), type: type, label: t('type.' + type) };
    if (type === 'money') {
      field.currency = 'CNY';
      field.scale = 2;
    } else if (type === 'decimal' || type === 'percent') {
      field.scale = 2;
    } else if (type === 'phone') {
      field.phoneKind = 'mobile-cn';
    } else if (type === 'region') {
      field.regionLevel = 'district';
    } else if (['select', 'multiselect', 'radio', 'checkbox'].indexOf(type) >= 0) {
      field.options = [{ value: 'a', label: t('option.default') + ' 1' }, { value: 'b', label: t('option.default') + ' 2' }];
    } else if (type === 'serial') {
      field.serialPattern = 'NO-{yyyyMMdd}-{seq:4}';
    } else if (type === 'formula') {
      field.formula = '';
      field.scale = 2;
    } else if (type === 'subtable') {
      field.fields = [];
    }
    return field;
  }

  // ---------- lists: "s" for section s, "s/i" for the line fields of the sub-table at s, i ----------

  function listOf(id) {
    var parts = String(id).split('/');
    var section = state.schema.sections[+parts[0]];
    if (!section) {
      return null;
    }
    if (parts.length === 1) {
      return section.fields;
    }
    var table = section.fields[+parts[1]];
    return table && table.type === 'subtable' ? (table.fields = table.fields || []) : null;
  }

  function selectedField() {
    var sel = state.selected;
    if (sel.kind !== 'field') {
      return null;
    }
    var list = listOf(sel.list);
    return list ? list[sel.index] || null : null;
  }

  function changed() {
    state.dirty = true;
    renderCanvas();
    if (state.previewWidth) {
      renderPreview();
    }
  }

  // ---------- problems from the server ----------

  /** Splits "$.sections[0].fields[2].maxLength" or "/sections/0/fields/2/maxLength" into parts. */
  function pathParts(path) {
    return String(path || '').replace(/^\$/, '').split(/[.\[\]\/]+/).filter(function (p) {
      return p !== '';
    });
  }

  /** Where a problem belongs: {list, index, property} for a field, {section}, or {form, property}. */
  function locate(path) {
    var parts = pathParts(path);
    var at = { form: true, property: parts.join('.') };
    if (parts[0] === 'sections' && /^\d+$/.test(parts[1])) {
      var s = +parts[1];
      if (parts[2] === 'fields' && /^\d+$/.test(parts[3])) {
        if (parts[4] === 'fields' && /^\d+$/.test(parts[5])) {
          return { list: s + '/' + parts[3], index: +parts[5], property: parts[6] || '' };
        }
        return { list: String(s), index: +parts[3], property: parts[4] || '' };
      }
      return { section: s, property: parts[2] || '' };
    }
    if (parts[0] === 'rules' || parts[0] === 'checks') {
      at.property = parts[0];
    }
    return at;
  }

  function problemsOf(list, index) {
    return state.problems.filter(function (p) {
      return p.at.list === String(list) && p.at.index === index;
    });
  }

  // ---------- rendering ----------

  function render() {
    renderPalette();
    renderCanvas();
    renderProps();
  }

  function renderPalette() {
    var palette = root.querySelector('.fd-palette');
    palette.innerHTML = '';
    palette.appendChild(el('h2', { 'class': 'fd-panel-title', text: t('palette') }));
    state.config.palette.forEach(function (group) {
      palette.appendChild(el('h3', { 'class': 'fd-group', text: t('group.' + group.group) }));
      var items = el('div', { 'class': 'fd-palette-items' });
      group.types.forEach(function (type) {
        var item = el('div', {
          'class': 'fd-palette-item', id: 'fd-palette-' + type, 'data-type': type, role: 'button', tabindex: '0',
          title: t('palette.hint')
        }, [el('i', { 'class': 'pi ' + icon(type) }), t('type.' + type)]);
        item.addEventListener('pointerdown', function (ev) {
          beginPress(ev, { kind: 'new', type: type }, item);
        });
        item.addEventListener('keydown', function (ev) {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            addToSelectedSection(type);
          }
        });
        items.appendChild(item);
      });
      palette.appendChild(items);
    });
  }

  function icon(type) {
    return {
      text: 'pi-pencil', textarea: 'pi-align-left', integer: 'pi-hashtag', decimal: 'pi-percentage',
      money: 'pi-wallet', percent: 'pi-percentage', email: 'pi-envelope', phone: 'pi-phone', url: 'pi-link',
      select: 'pi-chevron-down', multiselect: 'pi-list', radio: 'pi-circle', checkbox: 'pi-check-square',
      'switch': 'pi-power-off', date: 'pi-calendar', datetime: 'pi-clock', time: 'pi-clock', user: 'pi-user',
      department: 'pi-sitemap', attachment: 'pi-paperclip', image: 'pi-image', signature: 'pi-pen-to-square',
      richtext: 'pi-file-edit', region: 'pi-map-marker', serial: 'pi-sort-numeric-up', formula: 'pi-calculator',
      lookup: 'pi-search', subtable: 'pi-table'
    }[type] || 'pi-circle';
  }

  function renderCanvas() {
    var canvas = root.querySelector('.fd-canvas');
    canvas.innerHTML = '';
    var head = el('div', { 'class': 'fd-form-head', id: 'fd-form-head', onclick: function () {
      select({ kind: 'form' });
    } }, [el('span', { 'class': 'fd-form-name', text: loc(state.schema.name) }),
      el('span', { 'class': 'fd-form-key', text: state.schema.key })]);
    if (state.selected.kind === 'form') {
      head.classList.add('fd-selected');
    }
    canvas.appendChild(head);
    var formProblems = state.problems.filter(function (p) {
      return p.at.form || p.at.section !== undefined;
    });
    if (state.problems.length) {
      var box = el('div', { 'class': 'fd-problems', id: 'fd-problems' },
        [el('strong', { text: t('problems.title') })]);
      var list = el('ul');
      state.problems.forEach(function (p) {
        var item = el('li', { 'class': 'fd-problem', text: p.message });
        item.addEventListener('click', function () {
          if (p.at.list !== undefined) {
            select({ kind: 'field', list: p.at.list, index: p.at.index });
          } else if (p.at.section !== undefined) {
            select({ kind: 'section', section: p.at.section });
          } else {
            select({ kind: 'form' });
          }
        });
        list.appendChild(item);
      });
      box.appendChild(list);
      canvas.appendChild(box);
    }
    void formProblems;
    state.schema.sections.forEach(function (section, s) {
      canvas.appendChild(renderSection(section, s));
    });
    canvas.appendChild(el('button', { type: 'button', 'class': 'fd-add-section', id: 'fd-add-section', onclick: function () {
      state.schema.sections.push({ title: t('section.default') + ' ' + (state.schema.sections.length + 1), columns: 1, fields: [] });
      select({ kind: 'section', section: state.schema.sections.length - 1 });
      changed();
    } }, [el('i', { 'class': 'pi pi-plus' }), ' ' + t('section.add')]));
  }

  function renderSection(section, s) {
    var selected = state.selected.kind === 'section' && state.selected.section === s;
    var head = el('div', { 'class': 'fd-section-head' }, [
      el('span', { 'class': 'fd-section-title', text: loc(section.title) || t('section.untitled') })
    ]);
    var columns = el('span', { 'class': 'fd-columns', title: t('section.columns') });
    [1, 2, 3].forEach(function (n) {
      columns.appendChild(el('button', {
        type: 'button', id: 'fd-section-' + s + '-cols-' + n,
        'class': 'fd-col-button' + ((section.columns || 1) === n ? ' active' : ''), text: String(n),
        title: t('section.columns') + ' ' + n,
        onclick: function (ev) {
          ev.stopPropagation();
          section.columns = n;
          changed();
          renderProps();
        }
      }));
    });
    head.appendChild(columns);
    head.appendChild(el('button', { type: 'button', 'class': 'fd-icon-button', id: 'fd-section-' + s + '-remove',
      title: t('section.remove'), onclick: function (ev) {
        ev.stopPropagation();
        removeSection(s);
      } }, [el('i', { 'class': 'pi pi-trash' })]));
    head.addEventListener('click', function () {
      select({ kind: 'section', section: s });
    });
    var drop = el('div', { 'class': 'fd-drop fd-cols-' + (section.columns || 1), id: 'fd-drop-' + s, 'data-list': String(s) });
    section.fields.forEach(function (field, i) {
      drop.appendChild(renderField(field, String(s), i, section.columns || 1));
    });
    if (!section.fields.length) {
      drop.appendChild(el('div', { 'class': 'fd-empty', text: t('section.empty') }));
    }
    var node = el('section', { 'class': 'fd-section' + (selected ? ' fd-selected' : ''), id: 'fd-section-' + s,
      'data-section': String(s) }, [head, drop]);
    var sectionProblems = state.problems.filter(function (p) {
      return p.at.section === s;
    });
    if (sectionProblems.length) {
      node.classList.add('fd-invalid');
    }
    return node;
  }

  function renderField(field, list, index, columns) {
    var sel = state.selected;
    var selected = sel.kind === 'field' && sel.list === list && sel.index === index;
    var problems = problemsOf(list, index);
    var span = Math.min(field.span || 1, columns);
    var card = el('div', {
      'class': 'fd-field' + (selected ? ' fd-selected' : '') + (problems.length ? ' fd-invalid' : ''),
      id: 'fd-field-' + (list.indexOf('/') >= 0 ? listOwnerName(list) + '-' : '') + field.name,
      'data-name': field.name, 'data-type': field.type, 'data-list': list, 'data-index': String(index),
      style: 'grid-column: span ' + span
    });
    var label = el('div', { 'class': 'fd-field-label' }, [
      el('i', { 'class': 'pi ' + icon(field.type) }),
      el('span', { text: loc(field.label) || field.name }),
      field.required ? el('span', { 'class': 'fd-required', text: '*' }) : null
    ]);
    card.appendChild(label);
    card.appendChild(el('div', { 'class': 'fd-field-meta', text: t('type.' + field.type) + ' · ' + field.name }));
    if (problems.length) {
      card.appendChild(el('div', { 'class': 'fd-field-problem', text: problems[0].message }));
    }
    if (field.type === 'subtable') {
      var inner = el('div', { 'class': 'fd-drop fd-sub', id: 'fd-drop-' + list + '-' + index, 'data-list': list + '/' + index });
      (field.fields || []).forEach(function (line, j) {
        inner.appendChild(renderField(line, list + '/' + index, j, 1));
      });
      if (!(field.fields || []).length) {
        inner.appendChild(el('div', { 'class': 'fd-empty', text: t('subtable.empty') }));
      }
      card.appendChild(inner);
    }
    card.appendChild(el('button', { type: 'button', 'class': 'fd-icon-button fd-remove', title: t('field.remove'),
      id: card.id + '-remove',
      onpointerdown: function (ev) {
        ev.stopPropagation();
      },
      onclick: function (ev) {
        ev.stopPropagation();
        removeField(list, index);
      } }, [el('i', { 'class': 'pi pi-times' })]));
    card.addEventListener('pointerdown', function (ev) {
      if (ev.target.closest('.fd-field') !== card) {
        return;
      }
      beginPress(ev, { kind: 'move', list: list, index: index }, card);
    });
    return card;
  }

  function listOwnerName(list) {
    var parts = list.split('/');
    var table = state.schema.sections[+parts[0]].fields[+parts[1]];
    return table ? table.name : '';
  }

  function removeField(list, index) {
    var fields = listOf(list);
    fields.splice(index, 1);
    state.problems = [];
    select({ kind: 'section', section: +String(list).split('/')[0] });
    changed();
  }

  function removeSection(s) {
    var section = state.schema.sections[s];
    if (state.schema.sections.length === 1) {
      window.alert(t('section.last'));
      return;
    }
    if (section.fields.length && !window.confirm(t('section.remove.confirm'))) {
      return;
    }
    state.schema.sections.splice(s, 1);
    state.problems = [];
    select({ kind: 'form' });
    changed();
  }

  function addToSelectedSection(type) {
    var sel = state.selected;
    var s = sel.kind === 'section' ? sel.section : sel.kind === 'field' ? +String(sel.list).split('/')[0]
      : state.schema.sections.length - 1;
    insertNew(type, String(s), state.schema.sections[s].fields.length);
  }

  function insertNew(type, list, index) {
    var fields = listOf(list);
    if (!fields || !accepts(list, type)) {
      return;
    }
    var siblings = list.indexOf('/') >= 0 ? fields : allFields();
    var field = newField(type, siblings);
    fields.splice(index, 0, field);
    select({ kind: 'field', list: list, index: index });
    changed();
  }

  /** Sub-tables hold simple line fields: no sub-table, files, rich text or signature in a line. */
  function accepts(list, type) {
    if (String(list).indexOf('/') < 0) {
      return true;
    }
    return ['subtable', 'attachment', 'image', 'signature', 'richtext'].indexOf(type) < 0;
  }

  function move(fromList, fromIndex, toList, toIndex) {
    var from = listOf(fromList);
    var to = listOf(toList);
    var field = from[fromIndex];
    if (!to || !field || !accepts(toList, field.type)) {
      return;
    }
    if (String(toList).indexOf(fromList + '/' + fromIndex) === 0) {
      return; // a sub-table cannot go into itself
    }
    from.splice(fromIndex, 1);
    if (fromList === toList && toIndex > fromIndex) {
      toIndex--;
    }
    to.splice(toIndex, 0, field);
    state.problems = [];
    select({ kind: 'field', list: toList, index: toIndex });
    changed();
  }

  function select(selection) {
    state.selected = selection;
    renderCanvas();
    renderProps();
  }

  // ---------- dragging by pointer events ----------

  function beginPress(ev, source, node) {
    if (ev.button !== undefined && ev.button !== 0) {
      return;
    }
    ev.preventDefault();
    ev.stopPropagation();
    drag = { source: source, node: node, x: ev.clientX, y: ev.clientY, active: false, ghost: null, placeholder: null,
      target: null, index: 0 };
    document.addEventListener('pointermove', onPointerMove);
    document.addEventListener('pointerup', onPointerUp);
    document.addEventListener('pointercancel', onPointerCancel);
  }

  function onPointerMove(ev) {
    if (!drag) {
      return;
    }
    if (!drag.active) {
      if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) < 4) {
        return;
      }
      drag.active = true;
      drag.ghost = el('div', { 'class': 'fd-ghost', text: drag.node.textContent });
      document.body.appendChild(drag.ghost);
      drag.placeholder = el('div', { 'class': 'fd-placeholder', id: 'fd-placeholder' });
      drag.node.classList.add('fd-dragging');
      document.body.classList.add('fd-drag-on');
    }
    drag.ghost.style.left = (ev.clientX + 8) + 'px';
    drag.ghost.style.top = (ev.clientY + 8) + 'px';
    track(ev.clientX, ev.clientY);
  }

  /** Finds the list under the pointer and the position in it, and shows the placeholder there. */
  function track(x, y) {
    var under = document.elementFromPoint(x, y);
    var list = under ? under.closest('.fd-drop') : null;
    var type = drag.source.kind === 'new' ? drag.source.type : (listOf(drag.source.list) || [])[drag.source.index].type;
    if (list && drag.source.kind === 'move' && drag.node.contains(list)) {
      list = null; // not into itself
    }
    if (!list || !accepts(list.getAttribute('data-list'), type)) {
      if (drag.placeholder.parentNode) {
        drag.placeholder.parentNode.removeChild(drag.placeholder);
      }
      drag.target = null;
      return;
    }
    var children = Array.prototype.filter.call(list.children, function (child) {
      return child.classList.contains('fd-field');
    });
    var before = null;
    var index = children.length;
    for (var i = 0; i < children.length; i++) {
      var r = children[i].getBoundingClientRect();
      if (y < r.top || (y <= r.bottom && x < r.left + r.width / 2)) {
        before = children[i];
        index = i;
        break;
      }
    }
    var empty = list.querySelector(':scope > .fd-empty');
    if (empty) {
      empty.style.display = 'none';
    }
    list.insertBefore(drag.placeholder, before);
    drag.target = list.getAttribute('data-list');
    drag.index = index;
  }

  function onPointerUp(ev) {
    var d = drag;
    endDrag();
    if (!d) {
      return;
    }
    if (!d.active) {
      // a click: palette items add to the selected section, fields get selected
      if (d.source.kind === 'new') {
        addToSelectedSection(d.source.type);
      } else {
        select({ kind: 'field', list: d.source.list, index: d.source.index });
      }
      return;
    }
    if (d.target === null) {
      renderCanvas();
      return;
    }
    if (d.source.kind === 'new') {
      insertNew(d.source.type, d.target, d.index);
    } else {
      move(d.source.list, d.source.index, d.target, d.index);
    }
    void ev;
  }

  function onPointerCancel() {
    endDrag();
    renderCanvas();
  }

  function endDrag() {
    document.removeEventListener('pointermove', onPointerMove);
    document.removeEventListener('pointerup', onPointerUp);
    document.removeEventListener('pointercancel', onPointerCancel);
    document.body.classList.remove('fd-drag-on');
    if (drag) {
      if (drag.ghost && drag.ghost.parentNode) {
        drag.ghost.parentNode.removeChild(drag.ghost);
      }
      if (drag.placeholder && drag.placeholder.parentNode) {
        drag.placeholder.parentNode.removeChild(drag.placeholder);
      }
      drag.node.classList.remove('fd-dragging');
    }
    drag = null;
  }

  // ---------- the property panel ----------

  function renderProps() {
    var panel = root.querySelector('.fd-props');
    panel.innerHTML = '';
    var sel = state.selected;
    if (sel.kind === 'field' && selectedField()) {
      renderFieldProps(panel, selectedField(), sel);
    } else if (sel.kind === 'section' && state.schema.sections[sel.section]) {
      renderSectionProps(panel, state.schema.sections[sel.section], sel.section);
    } else {
      renderFormProps(panel);
    }
  }

  function row(label, input, id, problems) {
    var node = el('div', { 'class': 'fd-prop', 'data-prop': id }, [el('label', { 'for': 'fd-prop-' + id, text: label }), input]);
    (problems || []).forEach(function (p) {
      node.appendChild(el('div', { 'class': 'fd-prop-problem', text: p.message }));
    });
    if (problems && problems.length) {
      node.classList.add('fd-invalid');
    }
    return node;
  }

  function textInput(id, value, onInput, attrs) {
    var input = el('input', Object.assign({ type: 'text', id: 'fd-prop-' + id, value: value === undefined || value === null ? '' : String(value) }, attrs || {}));
    input.addEventListener('input', function () {
      onInput(input.value);
    });
    return input;
  }

  function checkbox(id, value, onChange) {
    var input = el('input', { type: 'checkbox', id: 'fd-prop-' + id, checked: !!value });
    input.addEventListener('change', function () {
      onChange(input.checked);
    });
    return input;
  }

  function selectInput(id, value, choices, onChange) {
    var input = el('select', { id: 'fd-prop-' + id });
    choices.forEach(function (choice) {
      input.appendChild(el('option', { value: choice[0], selected: String(value) === String(choice[0]), text: choice[1] }));
    });
    input.addEventListener('change', function () {
      onChange(input.value);
    });
    return input;
  }

  function locInput(id, value, onInput) {
    var zh = textInput(id, locPart(value, 'zh-CN'), update, { placeholder: t('lang.zh') });
    var en = textInput(id + '-en', locPart(value, 'en'), update, { placeholder: t('lang.en'), 'class': 'fd-en' });
    function update() {
      onInput(makeLoc(zh.value, en.value));
    }
    return el('div', { 'class': 'fd-loc' }, [zh, en]);
  }

  function propProblems(list, index, property) {
    return problemsOf(list, index).filter(function (p) {
      return p.at.property === property || (property === 'options' && p.at.property === 'options');
    });
  }

  function renderFieldProps(panel, field, sel) {
    var line = String(sel.list).indexOf('/') >= 0;
    panel.appendChild(el('h2', { 'class': 'fd-panel-title', text: t('props.field') + ' · ' + t('type.' + field.type) }));
    function set(name, value) {
      if (value === null || value === undefined || value === '') {
        delete field[name];
      } else {
        field[name] = value;
      }
      changed();
    }
    var pp = function (property) {
      return propProblems(sel.list, sel.index, property);
    };
    panel.appendChild(row(t('prop.label'), locInput('label', field.label, function (v) {
      set('label', v);
    }), 'label', pp('label')));
    panel.appendChild(row(t('prop.name'), textInput('name', field.name, function (v) {
      set('name', v.trim());
    }, { pattern: '[A-Za-z][A-Za-z0-9_]*', title: t('prop.name.hint') }), 'name', pp('name')));
    panel.appendChild(row(t('prop.help'), locInput('help', field.help, function (v) {
      set('help', v);
    }), 'help', pp('help')));
    if (COMPUTED.indexOf(field.type) < 0) {
      panel.appendChild(row(t('prop.required'), checkbox('required', field.required, function (v) {
        set('required', v || undefined);
      }), 'required', pp('required')));
    }
    if (!line) {
      panel.appendChild(row(t('prop.span'), selectInput('span', field.span || 1, [[1, '1'], [2, '2'], [3, '3']], function (v) {
        set('span', +v === 1 ? undefined : +v);
      }), 'span', pp('span')));
    }
    (PROPS[field.type] || []).forEach(function (prop) {
      var node = propEditor(field, prop, set, pp(prop), sel);
      if (node) {
        panel.appendChild(node);
      }
    });
    var fieldId = field.id ? el('div', { 'class': 'fd-muted', text: t('prop.id') + ' ' + field.id }) : null;
    if (fieldId) {
      panel.appendChild(fieldId);
    }
  }

  function propEditor(field, prop, set, problems, sel) {
    if (LOCALIZED_PROPS.indexOf(prop) >= 0) {
      return row(t('prop.' + prop), locInput(prop, field[prop], function (v) {
        set(prop, v);
      }), prop, problems);
    }
    if (BOOLEAN_PROPS.indexOf(prop) >= 0) {
      return row(t('prop.' + prop), checkbox(prop, field[prop], function (v) {
        set(prop, v || undefined);
      }), prop, problems);
    }
    if (INTEGER_PROPS.indexOf(prop) >= 0 || NUMBER_PROPS.indexOf(prop) >= 0) {
      var integer = INTEGER_PROPS.indexOf(prop) >= 0;
      return row(t('prop.' + prop), textInput(prop, field[prop], function (v) {
        var text = v.trim();
        var number = text === '' ? undefined : Number(text);
        set(prop, text === '' || isNaN(number) ? (text === '' ? undefined : text) : (integer ? Math.trunc(number) : number));
      }, { inputmode: 'decimal' }), prop, problems);
    }
    switch (prop) {
      case 'defaultValue':
        return row(t('prop.defaultValue'), defaultEditor(field, set), prop, problems);
      case 'pattern':
      case 'currency':
      case 'dictionary':
      case 'serialPattern':
      case 'formula':
        return row(t('prop.' + prop), textInput(prop, field[prop], function (v) {
          set(prop, prop === 'currency' ? v.trim().toUpperCase() : v);
        }, prop === 'formula' ? { placeholder: "sum(items, 'amount')" } : null), prop, problems);
      case 'phoneKind':
        return row(t('prop.phoneKind'), selectInput(prop, field.phoneKind || 'mobile-cn',
          [['mobile-cn', t('phone.mobile-cn')], ['international', t('phone.international')]], function (v) {
            set(prop, v);
          }), prop, problems);
      case 'regionLevel':
        return row(t('prop.regionLevel'), selectInput(prop, field.regionLevel || 'district',
          [['province', t('region.province')], ['city', t('region.city')], ['district', t('region.district')]], function (v) {
            set(prop, v);
          }), prop, problems);
      case 'mediaTypes':
        return row(t('prop.mediaTypes'), textInput(prop, (field.mediaTypes || []).join(', '), function (v) {
          set(prop, v.split(',').map(function (s) {
            return s.trim();
          }).filter(Boolean));
        }, { placeholder: 'application/pdf, image/*' }), prop, problems);
      case 'options':
        return row(t('prop.options'), optionsEditor(field, set), prop, problems);
      case 'lookupForm':
        return row(t('prop.lookupForm'), selectInput(prop, field.lookupForm || '', [['', '—']].concat(
          state.config.lookupForms.map(function (f) {
            return [f.key, f.name + ' (' + f.key + ')'];
          })), function (v) {
          set(prop, v || undefined);
          delete field.lookupDisplayField;
          renderProps();
        }), prop, problems);
      case 'lookupDisplayField':
        var target = state.config.lookupForms.filter(function (f) {
          return f.key === field.lookupForm;
        })[0];
        return row(t('prop.lookupDisplayField'), selectInput(prop, field.lookupDisplayField || '', [['', '—']].concat(
          (target ? target.fields : []).map(function (f) {
            return [f.name, f.label + ' (' + f.name + ')'];
          })), function (v) {
          set(prop, v || undefined);
        }), prop, problems);
      case 'lineFields':
        return lineFieldsEditor(field, sel);
      default:
        return null;
    }
  }

  /** The default value in its JSON type: numbers for number fields, true/false for switches. */
  function defaultEditor(field, set) {
    if (field.type === 'switch') {
      return selectInput('defaultValue', field.defaultValue === true ? 'true' : field.defaultValue === false ? 'false' : '',
        [['', '—'], ['true', t('yes')], ['false', t('no')]], function (v) {
          set('defaultValue', v === '' ? undefined : v === 'true');
        });
    }
    if (field.type === 'select' || field.type === 'radio') {
      return selectInput('defaultValue', field.defaultValue || '', [['', '—']].concat((field.options || []).map(function (o) {
        return [o.value, loc(o.label)];
      })), function (v) {
        set('defaultValue', v || undefined);
      });
    }
    var numeric = NUMBER_TYPES.indexOf(field.type) >= 0;
    var attrs = field.type === 'date' ? { placeholder: 'yyyy-MM-dd' } : field.type === 'time' ? { placeholder: 'HH:mm' } : null;
    return textInput('defaultValue', field.defaultValue, function (v) {
      var text = v.trim();
      if (text === '') {
        set('defaultValue', undefined);
      } else if (numeric && !isNaN(Number(text))) {
        set('defaultValue', Number(text));
      } else {
        set('defaultValue', v);
      }
    }, attrs);
  }

  function optionsEditor(field, set) {
    var box = el('div', { 'class': 'fd-options', id: 'fd-prop-options' });
    var options = field.options = field.options || [];
    function redraw() {
      box.innerHTML = '';
      options.forEach(function (option, i) {
        var value = textInput('option-' + i + '-value', option.value, function (v) {
          option.value = v.trim();
          changed();
        }, { placeholder: t('option.value'), 'class': 'fd-option-value' });
        var label = textInput('option-' + i + '-label', loc(option.label), function (v) {
          option.label = v;
          changed();
        }, { placeholder: t('option.label') });
        var remove = el('button', { type: 'button', 'class': 'fd-icon-button', title: t('option.remove'), onclick: function () {
          options.splice(i, 1);
          changed();
          redraw();
        } }, [el('i', { 'class': 'pi pi-times' })]);
        box.appendChild(el('div', { 'class': 'fd-option' }, [value, label, remove]));
      });
      box.appendChild(el('button', { type: 'button', 'class': 'fd-small-button', id: 'fd-option-add', onclick: function () {
        var n = options.length + 1;
        var value = 'o' + n;
        while (options.some(function (o) {
          return o.value === value;
        })) {
          value = 'o' + (++n);
        }
        options.push({ value: value, label: t('option.default') + ' ' + n });
        changed();
        redraw();
      } }, [el('i', { 'class': 'pi pi-plus' }), ' ' + t('option.add')]));
    }
    redraw();
    void set;
    return box;
  }

  function lineFieldsEditor(field, sel) {
    var box = el('div', { 'class': 'fd-prop fd-lines' }, [el('label', { text: t('prop.lineFields') })]);
    var add = el('select', { id: 'fd-line-add' }, [el('option', { value: '', text: t('subtable.add') })]);
    state.config.palette.forEach(function (group) {
      group.types.forEach(function (type) {
        if (accepts(sel.list + '/' + sel.index, type)) {
          add.appendChild(el('option', { value: type, text: t('type.' + type) }));
        }
      });
    });
    add.addEventListener('change', function () {
      if (add.value) {
        var list = sel.list + '/' + sel.index;
        insertNew(add.value, list, (field.fields || []).length);
      }
    });
    box.appendChild(add);
    box.appendChild(el('div', { 'class': 'fd-muted', text: t('subtable.hint') }));
    return box;
  }

  function renderSectionProps(panel, section, s) {
    panel.appendChild(el('h2', { 'class': 'fd-panel-title', text: t('props.section') }));
    var problems = state.problems.filter(function (p) {
      return p.at.section === s;
    });
    panel.appendChild(row(t('section.title'), locInput('section-title', section.title, function (v) {
      if (v === null) {
        delete section.title;
      } else {
        section.title = v;
      }
      changed();
    }), 'section-title', problems));
    panel.appendChild(row(t('section.columns'), selectInput('section-columns', section.columns || 1,
      [[1, '1'], [2, '2'], [3, '3']], function (v) {
        section.columns = +v;
        changed();
      }), 'section-columns'));
    var up = el('button', { type: 'button', 'class': 'fd-small-button', id: 'fd-section-up', disabled: s === 0, onclick: function () {
      moveSection(s, s - 1);
    } }, [el('i', { 'class': 'pi pi-arrow-up' }), ' ' + t('section.up')]);
    var down = el('button', { type: 'button', 'class': 'fd-small-button', id: 'fd-section-down',
      disabled: s === state.schema.sections.length - 1, onclick: function () {
        moveSection(s, s + 1);
      } }, [el('i', { 'class': 'pi pi-arrow-down' }), ' ' + t('section.down')]);
    panel.appendChild(el('div', { 'class': 'fd-prop-buttons' }, [up, down]));
  }

  function moveSection(from, to) {
    var sections = state.schema.sections;
    var section = sections.splice(from, 1)[0];
    sections.splice(to, 0, section);
    state.problems = [];
    select({ kind: 'section', section: to });
    changed();
  }

  function fieldChoices() {
    return allFields().filter(function (f) {
      return f.type !== 'subtable';
    }).map(function (f) {
      return [f.name, loc(f.label) + ' (' + f.name + ')'];
    });
  }

  function multiSelect(id, values, onChange) {
    var input = el('select', { id: 'fd-prop-' + id, multiple: true, size: '4' });
    fieldChoices().forEach(function (choice) {
      input.appendChild(el('option', { value: choice[0], selected: (values || []).indexOf(choice[0]) >= 0, text: choice[1] }));
    });
    input.addEventListener('change', function () {
      onChange(Array.prototype.filter.call(input.options, function (o) {
        return o.selected;
      }).map(function (o) {
        return o.value;
      }));
    });
    return input;
  }

  function renderFormProps(panel) {
    var schema = state.schema;
    panel.appendChild(el('h2', { 'class': 'fd-panel-title', text: t('props.form') }));
    var formProblems = state.problems.filter(function (p) {
      return p.at.form;
    });
    function byProp(name) {
      return formProblems.filter(function (p) {
        return p.at.property.split('.')[0] === name;
      });
    }
    panel.appendChild(row(t('form.name'), locInput('form-name', schema.name, function (v) {
      schema.name = v || '';
      changed();
    }), 'form-name', byProp('name')));
    panel.appendChild(row(t('form.description'), locInput('form-description', schema.description, function (v) {
      if (v === null) {
        delete schema.description;
      } else {
        schema.description = v;
      }
      changed();
    }), 'form-description', byProp('description')));

    // conditional rules: while "when" holds, show / hide / require fields
    var rules = schema.rules = schema.rules || [];
    var rulesBox = el('div', { 'class': 'fd-rules', id: 'fd-rules' }, [el('h3', { 'class': 'fd-group', text: t('rules.title') }),
      el('div', { 'class': 'fd-muted', text: t('rules.hint') })]);
    byProp('rules').forEach(function (p) {
      rulesBox.appendChild(el('div', { 'class': 'fd-prop-problem', text: p.message }));
    });
    rules.forEach(function (rule, i) {
      var box = el('div', { 'class': 'fd-rule', id: 'fd-rule-' + i });
      box.appendChild(row(t('rules.when'), textInput('rule-' + i + '-when', rule.when, function (v) {
        rule.when = v;
        changed();
      }, { placeholder: 'amount > 5000' }), 'rule-' + i + '-when'));
      ['show', 'hide', 'require'].forEach(function (kind) {
        box.appendChild(row(t('rules.' + kind), multiSelect('rule-' + i + '-' + kind, rule[kind], function (v) {
          rule[kind] = v;
          changed();
        }), 'rule-' + i + '-' + kind));
      });
      box.appendChild(el('button', { type: 'button', 'class': 'fd-small-button', onclick: function () {
        rules.splice(i, 1);
        changed();
        renderProps();
      } }, [el('i', { 'class': 'pi pi-trash' }), ' ' + t('rules.remove')]));
      rulesBox.appendChild(box);
    });
    rulesBox.appendChild(el('button', { type: 'button', 'class': 'fd-small-button', id: 'fd-rule-add', onclick: function () {
      rules.push({ when: '', show: [], hide: [], require: [] });
      changed();
      renderProps();
    } }, [el('i', { 'class': 'pi pi-plus' }), ' ' + t('rules.add')]));
    panel.appendChild(rulesBox);

    // cross-field checks: an expression that must hold, the field its message is shown at
    var checks = schema.checks = schema.checks || [];
    var checksBox = el('div', { 'class': 'fd-rules', id: 'fd-checks' }, [el('h3', { 'class': 'fd-group', text: t('checks.title') }),
      el('div', { 'class': 'fd-muted', text: t('checks.hint') })]);
    byProp('checks').forEach(function (p) {
      checksBox.appendChild(el('div', { 'class': 'fd-prop-problem', text: p.message }));
    });
    checks.forEach(function (check, i) {
      var box = el('div', { 'class': 'fd-rule', id: 'fd-check-' + i });
      box.appendChild(row(t('checks.expression'), textInput('check-' + i + '-expression', check.expression, function (v) {
        check.expression = v;
        changed();
      }, { placeholder: 'endDate >= startDate' }), 'check-' + i + '-expression'));
      box.appendChild(row(t('checks.field'), selectInput('check-' + i + '-field', check.field || '', [['', '—']].concat(fieldChoices()),
        function (v) {
          check.field = v;
          changed();
        }), 'check-' + i + '-field'));
      box.appendChild(row(t('checks.message'), locInput('check-' + i + '-message', check.message, function (v) {
        check.message = v || '';
        changed();
      }), 'check-' + i + '-message'));
      box.appendChild(el('button', { type: 'button', 'class': 'fd-small-button', onclick: function () {
        checks.splice(i, 1);
        changed();
        renderProps();
      } }, [el('i', { 'class': 'pi pi-trash' }), ' ' + t('checks.remove')]));
      checksBox.appendChild(box);
    });
    checksBox.appendChild(el('button', { type: 'button', 'class': 'fd-small-button', id: 'fd-check-add', onclick: function () {
      checks.push({ expression: '', field: '', message: '' });
      changed();
      renderProps();
    } }, [el('i', { 'class': 'pi pi-plus' }), ' ' + t('checks.add')]));
    panel.appendChild(checksBox);
  }

  // ---------- live preview ----------

  function renderPreview() {
    var overlay = document.getElementById('fd-preview');
    if (!overlay) {
      return;
    }
    var frame = overlay.querySelector('.fd-preview-frame');
    frame.style.width = state.previewWidth === 'phone' ? '375px' : '100%';
    frame.classList.toggle('fd-phone', state.previewWidth === 'phone');
    var body = frame.querySelector('.fd-preview-body');
    body.innerHTML = '';
    body.appendChild(el('h2', { 'class': 'fd-preview-title', text: loc(state.schema.name) }));
    state.schema.sections.forEach(function (section) {
      var columns = state.previewWidth === 'phone' ? 1 : section.columns || 1;
      var box = el('fieldset', { 'class': 'fd-preview-section' }, [loc(section.title) ? el('legend', { text: loc(section.title) }) : null]);
      var grid = el('div', { 'class': 'fd-preview-grid', style: 'grid-template-columns: repeat(' + columns + ', minmax(0, 1fr))' });
      section.fields.forEach(function (field) {
        grid.appendChild(previewField(field, Math.min(field.span || 1, columns)));
      });
      box.appendChild(grid);
      body.appendChild(box);
    });
  }

  function previewField(field, span) {
    var wrap = el('div', { 'class': 'fd-preview-field', style: 'grid-column: span ' + span }, [
      el('label', {}, [loc(field.label) || field.name, field.required ? el('span', { 'class': 'fd-required', text: ' *' }) : null])
    ]);
    var input;
    var ph = loc(field.placeholder);
    switch (field.type) {
      case 'textarea':
      case 'richtext':
        input = el('textarea', { rows: '3', placeholder: ph });
        break;
      case 'select':
      case 'multiselect':
        input = el('select', { multiple: field.type === 'multiselect' }, (field.options || []).map(function (o) {
          return el('option', { text: loc(o.label) });
        }));
        break;
      case 'radio':
      case 'checkbox':
        input = el('div', { 'class': 'fd-preview-choices' }, (field.options || []).map(function (o) {
          return el('label', {}, [el('input', { type: field.type }), ' ' + loc(o.label)]);
        }));
        break;
      case 'switch':
        input = el('input', { type: 'checkbox' });
        break;
      case 'date':
      case 'datetime':
      case 'time':
        input = el('input', { type: field.type === 'datetime' ? 'datetime-local' : field.type });
        break;
      case 'serial':
      case 'formula':
        input = el('div', { 'class': 'fd-muted', text: field.type === 'serial' ? field.serialPattern || '' : '= ' + (field.formula || '') });
        break;
      case 'subtable':
        input = el('table', { 'class': 'fd-preview-table' }, [el('tr', {}, (field.fields || []).map(function (line) {
          return el('th', { text: loc(line.label) || line.name });
        }))]);
        break;
      case 'attachment':
      case 'image':
        input = el('input', { type: 'file' });
        break;
      case 'signature':
        input = el('div', { 'class': 'fd-preview-signature', text: t('type.signature') });
        break;
      default:
        input = el('input', { type: NUMBER_TYPES.indexOf(field.type) >= 0 ? 'number' : 'text', placeholder: ph });
    }
    wrap.appendChild(input);
    if (loc(field.help)) {
      wrap.appendChild(el('small', { 'class': 'fd-muted', text: loc(field.help) }));
    }
    return wrap;
  }

  D.preview = function (width) {
    state.previewWidth = width;
    var overlay = document.getElementById('fd-preview');
    overlay.hidden = false;
    overlay.querySelectorAll('.fd-preview-switch button').forEach(function (button) {
      button.classList.toggle('active', button.getAttribute('data-width') === width);
    });
    renderPreview();
  };

  D.closePreview = function () {
    state.previewWidth = null;
    document.getElementById('fd-preview').hidden = true;
  };

  // ---------- saving ----------

  /** Writes the schema into the page's form and clicks its save button (intent: save or publish). */
  D.save = function (intent) {
    document.getElementById('designerForm:schema').value = serialize();
    document.getElementById('designerForm:intent').value = intent || 'save';
    document.getElementById('designerForm:saveButton').click();
  };

  /** Called when the save's answer is in: shows its problems, or takes the saved schema. */
  D.saved = function () {
    var result = document.getElementById('designerResult');
    if (!result) {
      return;
    }
    var problems = JSON.parse(result.getAttribute('data-problems') || '[]');
    state.problems = problems.map(function (p) {
      return { path: p.path, message: p.message, at: locate(p.path) };
    });
    if (result.getAttribute('data-saved') === 'true') {
      var saved = document.getElementById('designerForm:schema').value;
      if (saved) {
        state.schema = normalize(JSON.parse(saved));
      }
      state.dirty = false;
      if (result.getAttribute('data-intent') === 'publish' && window.PF && PF('formsPublish')) {
        PF('formsPublish').show();
      }
    } else if (state.problems.length) {
      var first = state.problems[0].at;
      if (first.list !== undefined) {
        state.selected = { kind: 'field', list: first.list, index: first.index };
      } else if (first.section !== undefined) {
        state.selected = { kind: 'section', section: first.section };
      } else {
        state.selected = { kind: 'form' };
      }
    }
    renderCanvas();
    renderProps();
  };

  function normalize(schema) {
    schema.sections = schema.sections && schema.sections.length ? schema.sections : [{ columns: 1, fields: [] }];
    schema.sections.forEach(function (section) {
      section.fields = section.fields || [];
    });
    schema.rules = schema.rules || [];
    schema.checks = schema.checks || [];
    return schema;
  }

  /** For tests and the console: the schema JSON as it would be saved. */
  D.schemaJson = function () {
    return serialize();
  };

  D.start = function () {
    root = document.getElementById('formsDesigner');
    if (!root) {
      return;
    }
    state.config = JSON.parse(document.getElementById('designerConfig').value || '{}');
    state.schema = normalize(JSON.parse(document.getElementById('designerForm:schema').value));
    render();
    window.addEventListener('beforeunload', function (ev) {
      if (state.dirty) {
        ev.preventDefault();
        ev.returnValue = '';
      }
    });
  };

  D._locate = locate;

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', D.start);
  } else {
    D.start();
  }
})();
