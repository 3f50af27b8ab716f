/**
 * The W3C Web Annotation test suite's JSON schemas, loaded into ajv for tests only. They are
 * draft-04 (`id`, not `$id`); ajv 8 speaks draft-07+, so each schema's string `id` becomes `$id`
 * and `$schema` is dropped — the keywords they use are otherwise the same.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const SHARED = path.resolve(__dirname, '../../../../../shared/data/w3c-annotation');
export const SUITE = path.join(SHARED, 'web-annotation-tests');
export const hasSuite = fs.existsSync(SUITE);

function upgrade(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(upgrade);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  const src = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(node)) {
    if (k === '$schema') continue;
    // draft-04 boolean exclusiveMinimum/Maximum qualify minimum/maximum; draft-06+ carry the number.
    if ((k === 'exclusiveMinimum' || k === 'exclusiveMaximum') && typeof v === 'boolean') continue;
    if (k === 'minimum' && src.exclusiveMinimum === true) out.exclusiveMinimum = v;
    else if (k === 'maximum' && src.exclusiveMaximum === true) out.exclusiveMaximum = v;
    else if (k === 'id' && typeof v === 'string') out.$id = v;
    else out[k] = upgrade(v);
  }
  return out;
}

function jsonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? jsonFiles(full) : e.name.endsWith('.json') ? [full] : [];
  });
}

export interface Assertion {
  file: string;
  validate: ValidateFunction;
  expectedResult: string;
}

/** The assertions a suite `.test` file lists (for example annotations/annotationMusts.test). */
export function loadAssertions(testFile: string): Assertion[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of jsonFiles(path.join(SUITE, 'definitions'))) ajv.addSchema(upgrade(JSON.parse(fs.readFileSync(file, 'utf8'))) as object);
  const listed = (JSON.parse(fs.readFileSync(path.join(SUITE, testFile), 'utf8')) as { assertions: string[] }).assertions;
  return listed
    .filter((rel) => fs.existsSync(path.join(SUITE, rel)))
    .map((rel) => {
      const schema = upgrade(JSON.parse(fs.readFileSync(path.join(SUITE, rel), 'utf8'))) as { $id?: string; expectedResult?: string };
      const validate = (ajv.getSchema(schema.$id ?? rel) ?? ajv.compile(schema)) as ValidateFunction;
      return { file: rel, validate, expectedResult: schema.expectedResult ?? 'valid' };
    });
}

/** The assertions that `doc` fails (an empty list: it passes them all). */
export function failures(assertions: Assertion[], doc: unknown): string[] {
  return assertions.filter((a) => (a.validate(doc) === true) !== (a.expectedResult === 'valid')).map((a) => `${a.file}: ${JSON.stringify(a.validate.errors?.slice(0, 2))}`);
}
