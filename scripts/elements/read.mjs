// The element list (src/elements.ts) for Node scripts: the file is pure data, so TypeScript's
// transpileModule (no type check, no program) turns it into a module that Node imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..', '..');

/** The elements of src/elements.ts (`{ tag, className, shows, label, param, frameHeight }[]`). */
export async function readElements(root = ROOT) {
  const source = readFileSync(join(root, 'src', 'elements.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
  const { ELEMENTS } = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return ELEMENTS;
}

/** `ngo-report-region` → `report-region`: the element's folder under src/components/ and its test's name. */
export const folderOf = (tag) => tag.replace(/^ngo-/, '');
