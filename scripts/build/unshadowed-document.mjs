// A rollup plugin for the one-tag embed: makes the Lit it bundles call document's methods through
// Document.prototype, so markup in the host page cannot break every widget.
//
// Why: named elements shadow properties of `document` (<img name="createElement">,
// <img name="createTreeWalker">, …), and lit-html calls document.createElement, createComment,
// createTextNode, createTreeWalker and importNode for every template. One such element in a reader
// comment would make every widget throw. The widgets' own code reads the DOM the same way
// (src/data/safe-dom.ts). The plugin fails the build when lit-html's code changes shape.

const CALLS = ['createComment', 'createElement', 'createTextNode', 'createTreeWalker'];
const DOC = /\b([a-zA-Z_$][\w$]*)=document,/;
const IMPORT = /\((\w+)\?\.creationScope\?\?(\w+)\)\.importNode\((\w+),!0\)/;

export function unshadowedDocument() {
  return {
    name: 'ngo-unshadowed-document',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const doc = DOC.exec(code)?.[1];
      if (!doc || !IMPORT.test(code)) this.error(`lit-html's use of document has changed shape; update ${import.meta.url}`);
      let out = code.replace(DOC, `${doc}=document,__ngoDoc=Document.prototype,`);
      for (const name of CALLS) {
        const call = new RegExp(`(?<![\\w$.])${doc.replace('$', '\\$')}\\.${name}\\(`, 'g');
        const before = out;
        out = out.replace(call, `__ngoDoc.${name}.call(${doc},`);
        if (out === before) this.error(`lit-html no longer calls ${doc}.${name}; update ${import.meta.url}`);
      }
      // creationScope is the document unless a scoped-registry polyfill sets it (ours never does).
      out = out.replace(IMPORT, (_, opts, d, node) => `(s=>s===${d}?__ngoDoc.importNode.call(s,${node},!0):s.importNode(${node},!0))(${opts}?.creationScope??${d})`);
      return { code: out, map: null };
    },
  };
}
