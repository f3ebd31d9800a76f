// Unit tests of the template minifier (scripts/build/minify-templates.mjs). Run: npm run test:build
// The inputs are raw template text, as the plugin reads it from the source between the backticks.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { foldCss, foldCssParts, foldHtml, foldHtmlParts, minifyTemplates } from '../../scripts/build/minify-templates.mjs';

describe('foldCss', () => {
  test('folds indentation, and white space around { } ; , and after :', () => {
    assert.equal(foldCss('\n  .a,\n  .b {\n    color: red;\n    margin: 0 auto;\n  }\n'), ' .a,.b{color:red;margin:0 auto}');
  });

  test('keeps single-quoted strings byte for byte: spaces, colons, commas', () => {
    assert.equal(foldCss("a[href]::after {\n  content: ' (see: this, that) ';\n}"), "a[href]::after{content:' (see: this, that) '}");
    assert.equal(foldCss("a::after { content: ' (' attr(href) ')'; }"), "a::after{content:' (' attr(href) ')'}");
  });

  test('keeps double-quoted strings with ; { } and runs of spaces', () => {
    assert.equal(foldCss('.a { content: "a;  b { c } d;}"; }'), '.a{content:"a;  b { c } d;}"}');
  });

  test('an escaped quote does not end a string; other escapes stay as written', () => {
    // Raw template text: \\ is one backslash in the CSS, so \\' is an escaped quote.
    assert.equal(foldCss(".q { content: 'it\\\\'s :  ok'; }"), ".q{content:'it\\\\'s :  ok'}");
    assert.equal(foldCss('.q { content: "say \\\\"hi, you\\\\"" ; }'), '.q{content:"say \\\\"hi, you\\\\""}');
    // A JavaScript escape of a quote is that quote in the CSS: it opens and closes the string.
    assert.equal(foldCss(".q { content: \\'a ,  b\\' ; }"), ".q{content:\\'a ,  b\\'}");
    // A CSS escape outside strings (an escaped colon in a class name) is not the colon rule.
    assert.equal(foldCss('.a\\\\:  b { x: y }'), '.a\\\\: b{x:y}');
    // \\n in the raw text is not white space to fold.
    assert.equal(foldCss('.a { b: c\\n ; }'), '.a{b:c\\n}');
  });

  test('a string left open ends at the line break (a bad string in CSS), folding resumes after it', () => {
    assert.equal(foldCss(".a { content: 'open\n  ; color: red; }"), ".a{content:'open\n;color:red}");
  });

  test('drops comments, also those holding quotes, braces or */ lookalikes', () => {
    assert.equal(foldCss("/* a ' quote { */\n.a { color: red; /* b; } */ }\n/** c */"), ' .a{color:red}');
    assert.equal(foldCss(".a { content: '/* not a comment */'; }"), ".a{content:'/* not a comment */'}");
    assert.equal(foldCss('a /* c */ b'), 'a b');
  });

  test('a comment between two tokens that would glue leaves /**/', () => {
    assert.equal(foldCss('.a { border: 1px/* x */solid; }'), '.a{border:1px/**/solid}');
    assert.equal(foldCss('.a { border: 1px/* x */ solid; }'), '.a{border:1px solid}');
    assert.equal(foldCss('.a,/* x */.b {}'), '.a,.b{}');
  });

  test('keeps an unquoted url() as written, folds around a quoted one', () => {
    assert.equal(foldCss(".a { background: url(data:image/svg+xml;utf8,<svg/>) , url( 'a b.png' ); }"), ".a{background:url(data:image/svg+xml;utf8,<svg/>),url( 'a b.png' )}");
    assert.equal(foldCss('.a { b: URL(x.png) no-repeat; }'), '.a{b:URL(x.png) no-repeat}');
  });

  test('attribute selectors with quotes', () => {
    assert.equal(foldCss('[data-x="a  b"] > .c,\n[lang=\'zh , en\'] { x: y; }'), '[data-x="a  b"] > .c,[lang=\'zh , en\']{x:y}');
  });

  test(':host() and ::slotted()', () => {
    assert.equal(
      foldCss(':host(.dark) ,\n:host([hidden]) {\n  display: none;\n}\n::slotted(p) { margin: 0; }'),
      ':host(.dark),:host([hidden]){display:none}::slotted(p){margin:0}',
    );
  });

  test('@media and @container', () => {
    assert.equal(
      foldCss('@media (max-width: 28rem) {\n  .a { b: c; }\n}\n@container (min-width: 10em) and (max-width: 20em) {\n  .a { d: e; }\n}'),
      '@media (max-width:28rem){.a{b:c}}@container (min-width:10em) and (max-width:20em){.a{d:e}}',
    );
  });

  test('an empty rule', () => {
    assert.equal(foldCss('.e {\n}\n.f { }'), '.e{}.f{}');
  });

  test('a string split by a ${} expression is kept on both sides', () => {
    assert.deepEqual(foldCssParts([".a { content: ' x ", " y '; margin: ", ' ', '; }']), [".a{content:' x ", " y ';margin:", ' ', '}']);
  });
});

describe('foldHtml', () => {
  test('a white space run with a line break becomes one space; others stay', () => {
    assert.equal(foldHtml('<div>\n  <span>a</span>  <b>b</b>\n</div>'), '<div> <span>a</span>  <b>b</b> </div>');
    assert.equal(foldHtml('<a\n  href="x"\n  class="y"\n>t</a>'), '<a href="x" class="y" >t</a>');
  });

  test('never touches attribute values, quoted or not', () => {
    assert.equal(foldHtml('<p title="a\n   b" data-x=\'c\n  d\'>\n x</p>'), '<p title="a\n   b" data-x=\'c\n  d\'> x</p>');
    assert.equal(foldHtml('<i a=b\n  c>x</i>'), '<i a=b c>x</i>');
    assert.equal(foldHtml('<p title = "a\n b">x</p>'), '<p title = "a\n b">x</p>');
  });

  test('keeps <pre>, <textarea>, <script> and <style> as written, up to their end tag', () => {
    assert.equal(foldHtml('<div>\n  <pre class="c">\n  a\n    <b>b</b>\n</pre>\n</div>'), '<div> <pre class="c">\n  a\n    <b>b</b>\n</pre> </div>');
    assert.equal(foldHtml('<textarea>\n a\n</textarea>\n <style>\n  a { b: c }\n</style>\n x'), '<textarea>\n a\n</textarea> <style>\n  a { b: c }\n</style> x');
    assert.equal(foldHtml('<PRE>\n a\n</PRE>\n'), '<PRE>\n a\n</PRE> ');
  });

  test('a quote in text or in a comment is no attribute value', () => {
    assert.equal(foldHtml("<p>it's\n  <!-- don't\n  --> <b a='x'>\n y</b></p>"), "<p>it's <!-- don't --> <b a='x'> y</b></p>");
  });

  test('state carries across ${} expressions', () => {
    // The expression is the value of href=: the tag goes on after it.
    assert.deepEqual(foldHtmlParts(['<a title="x\n  ', '\n  y" href=', '\n  class=c>\n  t\n</a>']), ['<a title="x\n  ', '\n  y" href=', ' class=c> t </a>']);
    assert.deepEqual(foldHtmlParts(['<pre>\n  ', '\n  </pre>\n  <p>\n']), ['<pre>\n  ', '\n  </pre> <p> ']);
  });
});

describe('minifyTemplates (the rollup plugin)', () => {
  const transform = (code) => minifyTemplates().transform.call({ parse: (c) => parseAst(c) }, code, '/src/x.js');

  test('folds the literal parts of html`` and css`` only, not the expressions or other templates', () => {
    const code = [
      "const s = css`\n  .a { content: ' (see: this, that) '; }\n`;",
      'const t = html`<p\n  title="a\n  b">\n  ${`keep\n  this`}\n</p>`;',
      'const u = `plain\n  text`;',
    ].join('\n');
    const out = transform(code).code;
    assert.equal(
      out,
      ["const s = css` .a{content:' (see: this, that) '}`;", 'const t = html`<p title="a\n  b"> ${`keep\n  this`} </p>`;', 'const u = `plain\n  text`;'].join('\n'),
    );
  });

  test('leaves a module without templates alone', () => {
    assert.equal(transform('export const a = 1;'), null);
  });
});
