/**
 * What the editor knows of HTML, for completion and auto-closing: the elements of the living standard a
 * learner may write (no obsolete ones), their own attributes, and the values of attributes that take a
 * fixed set. Written for these lessons: an attribute a beginner rarely needs is left out so that the list
 * under the cursor stays short.
 */

/** Attribute name → its values when they are a fixed set, else `text` (any value) or `boolean` (no value). */
export type Attributes = Readonly<Record<string, readonly string[] | 'text' | 'boolean'>>;

export interface ElementInfo {
  /** Attributes of this element besides the global ones. */
  readonly attributes?: Attributes;
  /** The only elements allowed directly inside (`<ul>` holds `<li>`): completion offers just these. */
  readonly only?: readonly string[];
  /** The elements it must sit in (`<li>` in a list): completion offers it only there. */
  readonly parents?: readonly string[];
  /** A void element (`<img>`, `<br>`) has no closing tag: nothing closes it. */
  readonly void?: true;
}

const bool = 'boolean' as const;
const text = 'text' as const;
const yesNo = ['true', 'false'];
const crossorigin = ['anonymous', 'use-credentials'];
const loading = ['lazy', 'eager'];
const referrerpolicy = ['no-referrer', 'origin', 'same-origin', 'strict-origin-when-cross-origin'];
const target = ['_blank', '_self', '_parent', '_top'];
const media: Attributes = { src: text, controls: bool, autoplay: bool, loop: bool, muted: bool, preload: ['none', 'metadata', 'auto'], crossorigin };
const cell: Attributes = { colspan: text, rowspan: text, headers: text };
const citation: Attributes = { cite: text, datetime: text };
const list = { only: ['li', 'script', 'template'] } as const;
const rows = { only: ['tr'], parents: ['table'] } as const;

const ROLES = [
  'alert', 'alertdialog', 'application', 'article', 'banner', 'button', 'cell', 'checkbox', 'columnheader', 'combobox',
  'complementary', 'contentinfo', 'dialog', 'document', 'feed', 'figure', 'form', 'grid', 'gridcell', 'group', 'heading',
  'img', 'link', 'list', 'listbox', 'listitem', 'log', 'main', 'marquee', 'math', 'menu', 'menubar', 'menuitem',
  'navigation', 'none', 'note', 'option', 'presentation', 'progressbar', 'radio', 'radiogroup', 'region', 'row',
  'rowgroup', 'rowheader', 'search', 'searchbox', 'separator', 'slider', 'spinbutton', 'status', 'switch', 'tab',
  'table', 'tablist', 'tabpanel', 'textbox', 'timer', 'toolbar', 'tooltip', 'tree', 'treeitem',
];

/** Attributes every element takes. */
export const GLOBAL_ATTRIBUTES: Attributes = {
  class: text,
  id: text,
  style: text,
  title: text,
  lang: ['fr', 'en', 'nl', 'de', 'ar', 'fa', 'ps', 'ti', 'uk', 'es', 'tr'],
  dir: ['ltr', 'rtl', 'auto'],
  hidden: bool,
  inert: bool,
  tabindex: ['0', '-1'],
  role: ROLES,
  translate: ['yes', 'no'],
  contenteditable: ['true', 'false', 'plaintext-only'],
  draggable: yesNo,
  spellcheck: yesNo,
  inputmode: ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'],
  popover: ['auto', 'manual'],
  'aria-label': text,
  'aria-labelledby': text,
  'aria-describedby': text,
  'aria-hidden': yesNo,
  'aria-live': ['polite', 'assertive', 'off'],
  'aria-expanded': yesNo,
  'aria-controls': text,
  'aria-current': ['page', 'step', 'location', 'date', 'time', 'true', 'false'],
  'aria-pressed': ['true', 'false', 'mixed'],
};

/** Event handler attributes: their value is JavaScript (see language.ts), yet lessons teach addEventListener. */
export const EVENT_ATTRIBUTES = [
  'onclick', 'ondblclick', 'oninput', 'onchange', 'onsubmit', 'onreset', 'onfocus', 'onblur', 'onkeydown', 'onkeyup',
  'onpointerdown', 'onpointerup', 'onmouseover', 'onmouseout', 'onload', 'onerror', 'onscroll', 'onresize',
];

export const ELEMENTS: Readonly<Record<string, ElementInfo>> = {
  html: { only: ['head', 'body'], parents: [] },
  head: { only: ['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template'], parents: ['html'] },
  title: { parents: ['head'] },
  base: { void: true, parents: ['head'], attributes: { href: text, target } },
  link: {
    void: true,
    attributes: {
      rel: ['stylesheet', 'icon', 'preload', 'preconnect', 'manifest', 'alternate', 'canonical', 'author', 'license'],
      href: text, type: text, media: text, sizes: text, hreflang: text, crossorigin, integrity: text,
      as: ['style', 'script', 'font', 'image', 'fetch'],
    },
  },
  meta: {
    void: true,
    attributes: {
      charset: ['utf-8'],
      name: ['viewport', 'description', 'author', 'keywords', 'theme-color', 'color-scheme', 'referrer', 'robots'],
      content: text,
      'http-equiv': ['content-security-policy', 'refresh', 'default-style'],
    },
  },
  style: { attributes: { media: text } },
  body: { parents: ['html'] },
  article: {}, section: {}, nav: {}, aside: {}, header: {}, footer: {}, main: {}, search: {}, address: {}, hgroup: {},
  h1: {}, h2: {}, h3: {}, h4: {}, h5: {}, h6: {},
  p: {}, div: {}, span: {}, pre: {}, figure: {},
  hr: { void: true },
  blockquote: { attributes: { cite: text } },
  ol: { ...list, attributes: { reversed: bool, start: text, type: ['1', 'a', 'A', 'i', 'I'] } },
  ul: list,
  menu: list,
  li: { parents: ['ul', 'ol', 'menu'], attributes: { value: text } },
  dl: { only: ['dt', 'dd', 'div', 'script', 'template'] },
  dt: { parents: ['dl', 'div'] },
  dd: { parents: ['dl', 'div'] },
  figcaption: { parents: ['figure'] },
  a: {
    attributes: {
      href: text, target, download: text, hreflang: text, type: text, referrerpolicy,
      rel: ['noopener', 'noreferrer', 'nofollow', 'external', 'help', 'license', 'next', 'prev', 'author', 'bookmark'],
    },
  },
  em: {}, strong: {}, small: {}, s: {}, cite: {}, dfn: {}, abbr: {}, code: {}, var: {}, samp: {}, kbd: {},
  sub: {}, sup: {}, i: {}, b: {}, u: {}, mark: {}, bdi: {}, bdo: {},
  q: { attributes: { cite: text } },
  ruby: {},
  rt: { parents: ['ruby'] },
  rp: { parents: ['ruby'] },
  data: { attributes: { value: text } },
  time: { attributes: { datetime: text } },
  br: { void: true },
  wbr: { void: true },
  ins: { attributes: citation },
  del: { attributes: citation },
  picture: {},
  source: {
    void: true,
    parents: ['picture', 'audio', 'video'],
    attributes: { src: text, srcset: text, sizes: text, type: text, media: text, width: text, height: text },
  },
  img: {
    void: true,
    attributes: {
      src: text, alt: text, width: text, height: text, srcset: text, sizes: text, loading, crossorigin,
      decoding: ['async', 'sync', 'auto'], fetchpriority: ['high', 'low', 'auto'], usemap: text, referrerpolicy,
    },
  },
  iframe: {
    attributes: {
      src: text, srcdoc: text, title: text, name: text, width: text, height: text, loading, allow: text,
      allowfullscreen: bool, sandbox: text, referrerpolicy,
    },
  },
  embed: { void: true, attributes: { src: text, type: text, width: text, height: text } },
  object: { attributes: { data: text, type: text, name: text, width: text, height: text } },
  video: { attributes: { ...media, poster: text, width: text, height: text, playsinline: bool } },
  audio: { attributes: media },
  track: {
    void: true,
    parents: ['audio', 'video'],
    attributes: { src: text, kind: ['subtitles', 'captions', 'descriptions', 'chapters', 'metadata'], srclang: text, label: text, default: bool },
  },
  map: { attributes: { name: text } },
  area: {
    void: true,
    attributes: { alt: text, coords: text, shape: ['rect', 'circle', 'poly', 'default'], href: text, target, rel: text, download: text },
  },
  svg: { attributes: { viewBox: text, width: text, height: text, xmlns: ['http://www.w3.org/2000/svg'], fill: text } },
  math: {},
  canvas: { attributes: { width: text, height: text } },
  table: { only: ['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'script', 'template'] },
  caption: { parents: ['table'] },
  colgroup: { only: ['col', 'template'], parents: ['table'], attributes: { span: text } },
  col: { void: true, parents: ['colgroup'], attributes: { span: text } },
  thead: rows,
  tbody: rows,
  tfoot: rows,
  tr: { only: ['td', 'th', 'script', 'template'], parents: ['table', 'thead', 'tbody', 'tfoot'] },
  td: { parents: ['tr'], attributes: cell },
  th: { parents: ['tr'], attributes: { ...cell, scope: ['row', 'col', 'rowgroup', 'colgroup'], abbr: text } },
  form: {
    attributes: {
      action: text, method: ['get', 'post', 'dialog'], autocomplete: ['on', 'off'], novalidate: bool, target, name: text,
      enctype: ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'],
    },
  },
  label: { attributes: { for: text } },
  input: {
    void: true,
    attributes: {
      type: [
        'text', 'email', 'password', 'number', 'tel', 'url', 'search', 'date', 'time', 'datetime-local', 'month', 'week',
        'color', 'range', 'checkbox', 'radio', 'file', 'hidden', 'submit', 'reset', 'button', 'image',
      ],
      name: text, value: text, placeholder: text, required: bool, disabled: bool, readonly: bool, checked: bool,
      min: text, max: text, step: text, minlength: text, maxlength: text, pattern: text, size: text, multiple: bool,
      accept: text, list: text, form: text, autofocus: bool,
      autocomplete: [
        'on', 'off', 'name', 'given-name', 'family-name', 'email', 'username', 'new-password', 'current-password', 'tel',
        'street-address', 'postal-code', 'country-name', 'bday',
      ],
    },
  },
  button: {
    attributes: {
      type: ['button', 'submit', 'reset'], disabled: bool, name: text, value: text, form: text, autofocus: bool,
      popovertarget: text, popovertargetaction: ['show', 'hide', 'toggle'],
    },
  },
  select: {
    only: ['option', 'optgroup', 'hr'],
    attributes: { name: text, multiple: bool, required: bool, disabled: bool, size: text, form: text, autocomplete: ['on', 'off'] },
  },
  datalist: { only: ['option'] },
  optgroup: { only: ['option'], parents: ['select'], attributes: { label: text, disabled: bool } },
  option: { parents: ['select', 'optgroup', 'datalist'], attributes: { value: text, selected: bool, disabled: bool, label: text } },
  textarea: {
    attributes: {
      name: text, rows: text, cols: text, placeholder: text, required: bool, disabled: bool, readonly: bool,
      minlength: text, maxlength: text, wrap: ['soft', 'hard'], form: text, autofocus: bool,
    },
  },
  output: { attributes: { for: text, name: text, form: text } },
  progress: { attributes: { value: text, max: text } },
  meter: { attributes: { value: text, min: text, max: text, low: text, high: text, optimum: text } },
  fieldset: { attributes: { disabled: bool, name: text, form: text } },
  legend: { parents: ['fieldset'] },
  details: { attributes: { open: bool, name: text } },
  summary: { parents: ['details'] },
  dialog: { attributes: { open: bool, closedby: ['any', 'closerequest', 'none'] } },
  script: {
    attributes: {
      src: text, type: ['module', 'importmap', 'text/javascript'], async: bool, defer: bool, nomodule: bool, crossorigin,
      integrity: text,
    },
  },
  noscript: {},
  template: { attributes: { shadowrootmode: ['open', 'closed'] } },
  slot: { attributes: { name: text } },
};

/** The elements allowed directly inside `parent` (undefined: the top of the document, where anything goes). */
export function childrenOf(parent: string | undefined): string[] {
  const names = Object.keys(ELEMENTS);
  if (parent === undefined) return names;
  const only = ELEMENTS[parent]?.only;
  if (only) return [...only];
  return names.filter((name) => {
    const parents = ELEMENTS[name]?.parents;
    return !parents || parents.includes(parent);
  });
}

/** The attributes `element` takes, its own first (an unknown element, a custom one, gets the global ones). */
export function attributesOf(element: string | undefined): Attributes {
  return { ...(element ? ELEMENTS[element]?.attributes : undefined), ...GLOBAL_ATTRIBUTES };
}

/** Whether `element` is void (never closed); unknown elements are not. */
export function isVoid(element: string): boolean {
  return ELEMENTS[element.toLowerCase()]?.void === true;
}
