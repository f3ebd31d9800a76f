// A rollup plugin that folds the white space inside Lit's html`` and css`` template strings:
// terser leaves template text alone, and indentation is a good part of the embed's bytes.
// Only the literal parts change; ${} expressions are untouched. Runs after TypeScript.
//
// Both folds read the template's raw source text (what sits between the backticks), one small
// scanner per template whose state carries across ${} expressions, so a string or an attribute
// value that an expression splits stays protected on both sides. JavaScript escapes in that raw
// text (\\, \', \n, \u0027, …) are single units: one that stands for a quote or a backslash acts
// as that character, any other is kept as it is and never folded.
//
// css``: outside strings, comments are dropped, white space runs become one space, spaces around
// { } ; , and after : go, and the ; before } goes. Strings ('…', "…", with their escapes), the
// contents of an unquoted url(…) and backslash escapes are kept byte for byte. A comment between
// two characters that would otherwise run together (1px/* */solid) leaves /**/ behind.
//
// html``: a white space run that holds a line break becomes one space (indentation; one space
// keeps inline spacing). It is left alone inside attribute values (quoted or not) and inside
// <pre>, <textarea>, <script> and <style>, up to their end tag. White space that CSS makes
// significant elsewhere (white-space: pre on some element) is not known here: the shared styles
// (src/base/styles.ts) reset white-space to normal on every element's .card, and no template
// relies on anything else. test/build/minify-templates.test.mjs has the cases.

const TAGS = new Set(['html', 'css']);

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) yield node;
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) for (const c of v) yield* taggedTemplates(c);
    else if (v && typeof v === 'object' && key !== 'parent') yield* taggedTemplates(v);
  }
}

/**
 * The raw template text as units: { raw, ch, escape }. `ch` is the character the unit stands for
 * when it matters to a scanner: a JavaScript escape of a quote or a backslash stands for that
 * character; any other escape stands for nothing the scanners look at ('\0', never white space).
 */
function units(raw) {
  const out = [];
  for (let i = 0; i < raw.length;) {
    if (raw[i] !== '\\') {
      const cp = raw.codePointAt(i);
      const ch = String.fromCodePoint(cp);
      out.push({ raw: ch, ch, escape: false });
      i += ch.length;
      continue;
    }
    const m = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|\r\n|[\s\S])/.exec(raw.slice(i));
    const seq = m ? m[0] : '\\';
    const body = seq.slice(1);
    let ch = body;
    if (/^(x|u)/.test(body) && body.length > 1) ch = String.fromCodePoint(parseInt(body.replace(/^[xu]\{?|\}$/g, ''), 16));
    out.push({ raw: seq, ch: ch === '\\' || ch === "'" || ch === '"' ? ch : '\0', escape: true });
    i += seq.length;
  }
  return out;
}

const isSpace = (u) => !u.escape && /^\s$/.test(u.ch);

/** Applies the old, whole-text CSS folding rules to text known to hold no string and no comment. */
const foldCssCode = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

// Characters next to which a dropped comment cannot glue two tokens into one.
const GLUE_SAFE = /[\s{};,:()[\]>+~=!]/;

/**
 * Folds the literal parts of one css`` template (raw source text, one string per part between
 * the ${} expressions). Returns the folded parts.
 */
export function foldCssParts(parts) {
  // state: 'code' | 'string' | 'comment' | 'url'; quote: the string's quote character.
  let state = 'code';
  let quote = '';
  return parts.map((part, index) => {
    const us = units(part);
    // The part as segments, in order: code (folded) and kept (verbatim).
    const segs = [];
    const write = (fold, raw) => {
      const last = segs.at(-1);
      if (last && last.fold === fold) last.text += raw;
      else segs.push({ fold, text: raw });
    };
    // The character before a comment: at the start of a part after an expression, something
    // that could glue ('x'); at the very start of the template, nothing ('').
    const before = () => (segs.length ? segs.at(-1).text.slice(-1) : index > 0 ? 'x' : '');
    let commentBefore = '';
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (state === 'comment') {
        if (u.ch === '*' && !u.escape && us[i + 1]?.ch === '/' && !us[i + 1].escape) {
          i++;
          state = 'code';
          const next = us[i + 1];
          // At the end of a part an expression follows (it could glue); at the template's end, nothing.
          const after = next ? (next.escape ? 'x' : next.ch) : index < parts.length - 1 ? 'x' : '';
          if (commentBefore && after && !GLUE_SAFE.test(commentBefore) && !GLUE_SAFE.test(after)) write(true, '/**/');
        }
        continue;
      }
      if (state === 'string' || state === 'url') {
        write(false, u.raw);
        if (u.ch === '\\') {
          // A CSS escape: the next unit (a quote, a line break, anything) belongs to the string.
          if (i + 1 < us.length) write(false, us[++i].raw);
        } else if (state === 'string' ? u.ch === quote || (!u.escape && /^[\n\r\f]$/.test(u.ch)) : u.ch === ')' && !u.escape) state = 'code';
        continue;
      }
      // state === 'code'
      if (u.ch === '/' && !u.escape && us[i + 1]?.ch === '*' && !us[i + 1].escape) {
        commentBefore = before();
        state = 'comment';
        i++;
      } else if (u.ch === "'" || u.ch === '"') {
        state = 'string';
        quote = u.ch;
        write(false, u.raw);
      } else if (u.ch === '\\') {
        // A CSS escape outside strings (\:, \31 …): the backslash and the next unit stay as they are.
        write(false, u.raw + (i + 1 < us.length ? us[++i].raw : ''));
      } else if (u.escape) {
        write(false, u.raw);
      } else {
        write(true, u.raw);
        if (u.ch === '(' && /(^|[^\w-])url\($/i.test(segs.at(-1).text)) {
          // url( with an unquoted address: keep it up to the closing parenthesis.
          let j = i + 1;
          while (j < us.length && isSpace(us[j])) j++;
          if (j < us.length && us[j].ch !== "'" && us[j].ch !== '"') state = 'url';
        }
      }
    }
    return segs.map((s) => (s.fold ? foldCssCode(s.text) : s.text)).join('');
  });
}

/** Folds one CSS text (a css`` template without expressions). */
export function foldCss(text) {
  return foldCssParts([text])[0];
}

// Elements whose text is kept as written: white space in it is shown (pre, textarea) or is not
// markup (script, style).
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style']);

/**
 * Folds the literal parts of one html`` template (raw source text, one string per part between
 * the ${} expressions). Returns the folded parts.
 */
export function foldHtmlParts(parts) {
  // state: 'text' | 'tag' | 'before-value' | 'value' (quoted, `quote`) | 'unquoted' | 'comment'
  // | 'bogus' (<!…>, <?…>) | 'verbatim' (inside one of VERBATIM, up to </`verbatim`).
  let state = 'text';
  let quote = '';
  let tagName = '';
  let closing = false;
  let verbatim = '';
  const foldable = () => state === 'text' || state === 'tag' || state === 'before-value' || state === 'comment' || state === 'bogus';
  // The > of a tag: a start tag of VERBATIM opens verbatim text.
  const tagEnd = () => {
    verbatim = !closing && VERBATIM.has(tagName) ? tagName : '';
    state = verbatim ? 'verbatim' : 'text';
  };
  return parts.map((part, index) => {
    if (index > 0) {
      // An expression stood here. After name= it was the attribute's value.
      if (state === 'before-value' || state === 'unquoted') state = 'tag';
    }
    const us = units(part);
    let out = '';
    let run = '';
    const flushRun = () => {
      if (run) out += run.includes('\n') ? ' ' : run;
      run = '';
    };
    const peek = (i, n) =>
      us
        .slice(i, i + n)
        .map((u) => (u.escape ? '\0' : u.ch))
        .join('');
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (state === 'unquoted' && isSpace(u)) state = 'tag';
      if (foldable() && isSpace(u)) {
        run += u.raw;
        continue;
      }
      flushRun();
      out += u.raw;
      const c = u.ch;
      switch (state) {
        case 'text':
          if (c === '<' && !u.escape) {
            if (peek(i + 1, 3) === '!--') {
              out += us
                .slice(i + 1, i + 4)
                .map((x) => x.raw)
                .join('');
              i += 3;
              state = 'comment';
            } else if (/^[a-zA-Z]$/.test(peek(i + 1, 1))) {
              state = 'tag';
              closing = false;
              tagName = readName(us, i + 1);
            } else if (peek(i + 1, 1) === '/' && /^[a-zA-Z]$/.test(peek(i + 2, 1))) {
              state = 'tag';
              closing = true;
              tagName = readName(us, i + 2);
            } else if (peek(i + 1, 1) === '!' || peek(i + 1, 1) === '?' || peek(i + 1, 1) === '/') state = 'bogus';
          }
          break;
        case 'tag':
          if (c === '>' && !u.escape) tagEnd();
          else if (c === '=' && !u.escape) state = 'before-value';
          break;
        case 'before-value':
          if (c === '"' || c === "'") {
            state = 'value';
            quote = c;
          } else if (c === '>' && !u.escape) tagEnd();
          else state = 'unquoted';
          break;
        case 'value':
          if (c === quote) state = 'tag';
          break;
        case 'unquoted':
          if (c === '>' && !u.escape) tagEnd();
          break;
        case 'comment':
          if (c === '>' && !u.escape && out.endsWith('-->')) state = 'text';
          break;
        case 'bogus':
          if (c === '>' && !u.escape) state = 'text';
          break;
        case 'verbatim':
          if (c === '<' && !u.escape && peek(i + 1, 1) === '/' && readName(us, i + 2) === verbatim) {
            state = 'tag';
            closing = true;
            tagName = verbatim;
          }
          break;
      }
    }
    flushRun();
    return out;
  });
}

/** The lower-cased tag name that starts at unit `i`. */
function readName(us, i) {
  let name = '';
  for (; i < us.length && !us[i].escape && /^[^\s/>]$/.test(us[i].ch); i++) name += us[i].ch;
  return name.toLowerCase();
}

/** Folds one HTML text (an html`` template without expressions). */
export function foldHtml(text) {
  return foldHtmlParts([text])[0];
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('node_modules') || !/\b(html|css)\s*`/.test(code)) return null;
      const edits = [];
      for (const node of taggedTemplates(this.parse(code))) {
        const fold = node.tag.name === 'css' ? foldCssParts : foldHtmlParts;
        const quasis = node.quasi.quasis;
        const raws = quasis.map((q) => code.slice(q.start, q.end));
        const folded = fold(raws);
        quasis.forEach((q, i) => {
          if (folded[i] !== raws[i]) edits.push([q.start, q.end, folded[i]]);
        });
      }
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      // Positions inside the folded strings move; the map keeps module-level attribution only.
      return { code: out, map: { mappings: '' } };
    },
  };
}
