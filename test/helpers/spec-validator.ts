// ajv (JSON Schema 2020-12, formats on) over the whole bundled spec, so any schema in it can be
// compiled by JSON pointer: `validator.schemaAt('components', 'schemas', 'Task')`.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { JsonObject } from './spec';

const SPEC_ID = 'spec.json';

/** A JSON pointer into the spec, from unescaped path segments. */
export function specPointer(...parts: string[]): string {
  return `${SPEC_ID}#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

export function createSpecValidator(spec: JsonObject) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('password', true); // a documentation hint (secrets), not a constraint
  ajv.addSchema(spec, SPEC_ID);
  return {
    ajv,
    /** The compiled schema at a pointer (`specPointer(...)`) or at a local `$ref` (`#/components/...`). */
    compile(refOrPointer: string) {
      const validate = ajv.getSchema(refOrPointer.startsWith('#') ? `${SPEC_ID}${refOrPointer}` : refOrPointer);
      if (!validate) throw new Error(`no schema at ${refOrPointer}`);
      return validate;
    },
  };
}
