// A rollup plugin that folds the white space inside Lit's html`` and css`` template strings:
// terser leaves template text alone, and indentation is a good part of the embed's bytes.
// Only the literal parts change; ${} expressions are untouched. Runs after TypeScript.

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

export function foldCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

export function foldHtml(text) {
  // A run of white space with a line break is indentation: one space keeps inline spacing intact.
  return text.replace(/\s*\n\s*/g, ' ');
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('node_modules') || !/\b(html|css)\s*`/.test(code)) return null;
      const edits = [];
      for (const node of taggedTemplates(this.parse(code))) {
        const fold = node.tag.name === 'css' ? foldCss : foldHtml;
        for (const q of node.quasi.quasis) {
          const raw = code.slice(q.start, q.end);
          const folded = fold(raw);
          if (folded !== raw) edits.push([q.start, q.end, folded]);
        }
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
