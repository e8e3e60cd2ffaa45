// The custom field value models (custom_fields_values): every example of the documentation's
// "examples of filling each field type" (custom-fields.md, from its heading to the end) is in the
// spec and validates against the write schema; the response examples validate against the read
// union, which picks exactly one variant per field_type; the availability table of field types
// per entity is the documentation's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { loadBundledSpec, ROOT, type JsonObject } from '../helpers/spec';
import { createSpecValidator } from '../helpers/spec-validator';

const SEED = join(ROOT, '..', 'shared', 'amocrm-docs', 'crm_platform', 'custom-fields.md');
const HEADING = 'Примеры заполнения разных типов полей через API';

const spec = loadBundledSpec();
const components = spec.components as Record<string, Record<string, JsonObject>>;
const schemas = components.schemas!;
// The documentation's examples of these values, one file each (no operation uses them, so they
// are not components of the bundle).
const EXAMPLES_DIR = join(ROOT, 'openapi', 'custom-field-values', 'examples');
const examples: Record<string, JsonObject> = Object.fromEntries(readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => [file.replace(/\.yaml$/, ''), parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as JsonObject]));
const { ajv } = createSpecValidator(spec);
const validator = (name: string) => {
  const validate = ajv.getSchema(`spec.json#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  return validate;
};
const exampleValue = (name: string) => {
  if (!examples[name]) throw new Error(`no example ${name}`);
  return examples[name].value;
};

/** The `"custom_fields_values": [...]` arrays of the page after HEADING (`//` comments and trailing commas kept). */
function seedValueArrays(text: string): string[] {
  const part = text.slice(text.indexOf(HEADING));
  const key = '"custom_fields_values": [';
  const found: string[] = [];
  for (let at = part.indexOf(key); at >= 0; at = part.indexOf(key, at + 1)) {
    const start = at + key.length - 1;
    let depth = 0;
    let inString = false;
    for (let i = start; i < part.length; i += 1) {
      const c = part[i];
      if (inString) {
        if (c === '\\') i += 1;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '[' || c === '{') depth += 1;
      else if ((c === ']' || c === '}') && --depth === 0) {
        found.push(part.slice(start, i + 1));
        break;
      }
    }
  }
  return found;
}

type Values = Array<{ values: Array<{ value: Record<string, unknown> }> }>;

/**
 * Where the documentation's examples are wrong, by block index: the fix and why. `text` repairs
 * what is not JSON at all; `fix` repairs a parsed value that breaks the schema.
 */
const REPAIRS: Record<number, { why: string; text?: (s: string) => string; fix?: (v: Values) => void }> = {
  7: {
    why: 'legal_entity: tax_registration_reason_code is documented as a string; the example sends the number 213',
    fix: (v) => { v[0]!.values[0]!.value.tax_registration_reason_code = '213'; },
  },
  8: {
    why: 'items: vat_rate_id takes the IDs 0 to 5; the example sends 18 (the rate), which is ID 3 (18%)',
    fix: (v) => { v[0]!.values[0]!.value.vat_rate_id = 3; },
  },
  11: { why: 'file: a trailing comma after file_size', text: (t) => t.replace(/,(\s*})/, '$1') },
  14: { why: 'payer: a // comment after name', text: (t) => t.replace(/\/\/[^\n]*/, '') },
  16: { why: 'supplier: a trailing comma after entity_id', text: (t) => t.replace(/,(\s*})/, '$1') },
};

/** The example components holding the documentation's request examples, in the documentation's order. */
const WRITE_EXAMPLES = [
  'CustomFieldsValuesWriteTextTypes', 'CustomFieldsValuesWriteCheckbox', 'CustomFieldsValuesWriteUrl',
  'CustomFieldsValuesWriteDates', 'CustomFieldsValuesWriteEnums', 'CustomFieldsValuesWriteSmartAddress',
  'CustomFieldsValuesWriteMultitext', 'CustomFieldsValuesWriteLegalEntity', 'CustomFieldsValuesWriteItems',
  'CustomFieldsValuesWriteLinkedEntity', 'CustomFieldsValuesWriteChainedList', 'CustomFieldsValuesWriteFile',
  'CustomFieldsValuesWritePayerPerson', 'CustomFieldsValuesWritePayerOrganisation', 'CustomFieldsValuesWritePayerLinked',
  'CustomFieldsValuesWritePayerTyped', 'CustomFieldsValuesWriteSupplier',
];
const READ_EXAMPLES = Object.keys(examples).filter((n) => n.startsWith('CustomFieldsValuesRead'));

const seedPresent = existsSync(SEED);
if (!seedPresent) console.warn(`custom-field-values: ${SEED} not found; skipping the seed comparison`);
const describeSeed = seedPresent ? describe : describe.skip;

describeSeed('the documentation\'s custom_fields_values examples (custom-fields.md)', () => {
  const blocks = seedPresent ? seedValueArrays(readFileSync(SEED, 'utf8')) : [];
  const writeAll = validator('CustomFieldsValuesWrite');

  it('finds one example per group of field types', () => {
    expect(blocks).toHaveLength(WRITE_EXAMPLES.length);
  });

  it.each(WRITE_EXAMPLES.map((name, index) => [index, name] as const))('block %i is example %s and validates', (index, name) => {
    const repair = REPAIRS[index];
    let text = blocks[index]!;
    if (repair?.text) {
      // The repair is needed: the documentation's own text is not JSON.
      expect(() => JSON.parse(text)).toThrow();
      text = repair.text(text);
    }
    const value = JSON.parse(text) as Values;
    if (repair?.fix) {
      // The repair is needed: the documentation's own value breaks the schema.
      expect(writeAll(value)).toBe(false);
      repair.fix(value);
    }
    expect(exampleValue(name)).toEqual(value);
    const valid = writeAll(value);
    expect(writeAll.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('every write example component comes from the documentation', () => {
    const named = Object.keys(examples).filter((n) => n.startsWith('CustomFieldsValuesWrite'));
    expect(named.sort()).toEqual([...WRITE_EXAMPLES].sort());
  });

  it('lists every type of the documentation\'s type table, plus multitext, among the read variants', () => {
    expect([...knownTypes()].sort()).toEqual([...documentedTypes().keys(), 'multitext'].sort());
  });

  it('gives the documentation\'s availability table, mark for mark, in the reference\'s one table of field types', () => {
    const text = readFileSync(SEED, 'utf8');
    const table = text.slice(text.indexOf('#### Таблица доступности'), text.indexOf(`### ${HEADING}`));
    const byName = new Map([...documentedTypes()].map(([type, name]) => [name, type]));
    byName.set('Мультитекст', 'multitext');
    const documented = new Map<string, string>();
    for (const row of table.split('\n').filter((l) => /^\| [А-ЯЁ]/.test(l) && /[✅❌]/.test(l))) {
      const [name, ...marks] = row.split('|').slice(1, -1).map((c) => c.trim());
      const type = byName.get(name!.replace(/ \(.*$/, ''));
      expect({ name, type }).toEqual({ name, type: expect.any(String) });
      documented.set(type!, marks.map((m) => (m === '✅' ? 'y' : 'n')).join(''));
    }
    expect(documented.size).toBe(25);
    // The one place the table is kept: the introduction's "Custom field types" (CustomFieldType links to it).
    const tag = (spec.tags as JsonObject[]).find((t) => t.name === 'Custom field types')!;
    const description = tag.description as string;
    const inSpec = new Map<string, string>();
    for (const row of description.split('\n').filter((l) => /^\| `/.test(l) && /[✅❌]/.test(l))) {
      const [types, ...marks] = row.split('|').slice(1, -1).map((c) => c.trim());
      for (const [, type] of types!.matchAll(/`([a-z_]+)`/g)) inSpec.set(type!, marks.map((m) => (m === '✅' ? 'y' : 'n')).join(''));
    }
    expect(Object.fromEntries(inSpec)).toEqual(Object.fromEntries(documented));
  });
});

/** The documentation's list of field types (type -> its Russian name, without the parenthesis). */
function documentedTypes(): Map<string, string> {
  const text = readFileSync(SEED, 'utf8');
  const table = text.slice(text.indexOf('#### Возможные типы дополнительных полей'), text.indexOf('#### Таблица доступности'));
  const types = new Map([...table.matchAll(/^\| ([a-z\\_]+) \| ([^|]+) \|$/gm)]
    .map((m) => [m[1]!.replace(/\\_/g, '_'), m[2]!.trim().replace(/ \(.*$/, '')] as const));
  expect(types.size).toBe(24);
  return types;
}

/** field_type of each variant of KnownCustomFieldValueRead, read from the bundle. */
function knownTypes(): string[] {
  return (schemas.KnownCustomFieldValueRead!.oneOf as JsonObject[]).map((ref) => {
    const name = (ref.$ref as string).split('/').pop()!;
    const own = (schemas[name]!.allOf as JsonObject[])[1]!;
    return ((own.properties as JsonObject).field_type as JsonObject).const as string;
  });
}

describe('custom field values, as returned', () => {
  const readAll = validator('CustomFieldsValuesRead');
  const readOne = validator('CustomFieldValueRead');

  it('has response examples', () => expect(READ_EXAMPLES.length).toBeGreaterThanOrEqual(3));

  it.each(READ_EXAMPLES)('%s validates against CustomFieldsValuesRead', (name) => {
    const valid = readAll(exampleValue(name));
    expect(readAll.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('picks, for each value of the examples, exactly the variant of its field_type', () => {
    const variantOf = new Map<string, string>();
    for (const ref of schemas.KnownCustomFieldValueRead!.oneOf as JsonObject[]) {
      const name = (ref.$ref as string).split('/').pop()!;
      const own = (schemas[name]!.allOf as JsonObject[])[1]!;
      variantOf.set(((own.properties as JsonObject).field_type as JsonObject).const as string, name);
    }
    const items = READ_EXAMPLES.flatMap((n) => exampleValue(n) as JsonObject[]);
    const seenTypes = new Set<string>();
    for (const item of items) {
      const type = item.field_type as string;
      seenTypes.add(type);
      const expected = variantOf.get(type) ?? 'UnknownCustomFieldValueRead';
      const matching = [...variantOf.values(), 'UnknownCustomFieldValueRead'].filter((v) => validator(v)(item));
      expect({ type, matching }).toEqual({ type, matching: [expected] });
    }
    // The examples cover every documented type and at least one undocumented one.
    expect([...variantOf.keys()].filter((t) => !seenTypes.has(t))).toEqual([]);
    expect([...seenTypes].some((t) => !variantOf.has(t))).toBe(true);
  });

  it('the fallback excludes exactly the documented types', () => {
    const own = (schemas.UnknownCustomFieldValueRead!.allOf as JsonObject[])[1]!;
    const excluded = (((own.properties as JsonObject).field_type as JsonObject).not as JsonObject).enum as string[];
    expect([...excluded].sort()).toEqual([...knownTypes()].sort());
  });

  it('rejects a documented type whose values have the wrong shape (the fallback does not swallow it)', () => {
    expect(readOne({ field_id: 5, field_name: 'Флаг', field_code: null, field_type: 'checkbox', values: [{ value: 'yes' }] })).toBe(false);
    expect(readOne({ field_id: 9, field_name: 'Дата', field_code: null, field_type: 'date', values: [{ value: '2020-01-01' }] })).toBe(false);
    expect(readOne({ field_id: 5, field_name: 'Флаг', field_code: null, field_type: 'checkbox', values: [{ value: false }] })).toBe(true);
  });

  it('accepts null (an entity without values) but not a value without its field', () => {
    expect(readAll(null)).toBe(true);
    expect(readAll([{ field_type: 'text', values: [{ value: 'x' }] }])).toBe(false);
  });
});

describe('custom field values, as sent', () => {
  const writeOne = validator('CustomFieldValueWrite');

  it('names the field by field_id or field_code', () => {
    expect(writeOne({ field_id: 3, values: [{ value: 'x' }] })).toBe(true);
    expect(writeOne({ field_code: 'PHONE', values: [{ value: '+79121234567', enum_code: 'MOB' }] })).toBe(true);
    expect(writeOne({ values: [{ value: 'x' }] })).toBe(false);
  });

  it('empties a field with values: null', () => {
    expect(writeOne({ field_id: 3, values: null })).toBe(true);
  });

  it('rejects unknown keys and values of no documented shape', () => {
    expect(writeOne({ field_id: 3, field_value: 'x', values: [] })).toBe(false);
    expect(writeOne({ field_id: 3, values: [{ value: [1, 2] }] })).toBe(false);
    expect(writeOne({ field_id: 3, values: [{}] })).toBe(false);
  });

  it('takes a number or a string for numeric and price fields', () => {
    const numeric = validator('NumericFieldValue');
    expect(numeric({ value: 1.5 })).toBe(true);
    expect(numeric({ value: '1.5' })).toBe(true);
    expect(numeric({ value: true })).toBe(false);
  });

  it('requires the name of a legal entity (and only that, as the current page says)', () => {
    const legal = validator('LegalEntityFieldValue');
    expect(legal({ value: { name: 'ООО', vat_id: '1', kpp: '2' } })).toBe(true);
    expect(legal({ value: { name: 'ООО', director: 'Иванов', bin: '1' } })).toBe(true);
    expect(legal({ value: { vat_id: '1', kpp: '2' } })).toBe(false);
  });

  it('requires both IDs of a chained_list element, the file and version of a file, the ID of a supplier', () => {
    const writeOneValue = validator('CustomFieldValueItemWrite');
    expect(writeOneValue({ catalog_id: 1001, catalog_element_id: 12235 })).toBe(true);
    expect(validator('ChainedListFieldValue')({ catalog_id: 1001 })).toBe(false);
    expect(validator('FileFieldValue')({ value: { file_uuid: 'a', version_uuid: 'b' } })).toBe(true);
    expect(validator('FileFieldValue')({ value: { file_name: 'wiki.odt' } })).toBe(false);
    expect(validator('SupplierFieldValue')({ value: { entity_id: 521717 } })).toBe(true);
    expect(validator('SupplierFieldValue')({ value: {} })).toBe(false);
    expect(validator('PayerFieldValue')({ value: { name: 'Иван', entity_type: 'contacts', entity_id: 1, type: 'individual' } })).toBe(true);
    expect(validator('PayerFieldValue')({ value: { name: 'Иван', inn: '1' } })).toBe(false);
  });

  it('accepts only the documented keys of legal_entity and items on write, more on read', () => {
    const writeAll = validator('CustomFieldsValuesWrite');
    const readAll = validator('CustomFieldsValuesRead');
    // `founder` is a key of neither legal_entity nor payer (whose value a legal entity's resembles).
    const legal = { name: 'ООО', vat_id: '1', kpp: '2', founder: 'Иванов' };
    const item = { sku: '1', quantity: 1, total_sum: 10 };
    expect(writeAll([{ field_id: 25, values: [{ value: legal }] }])).toBe(false);
    expect(writeAll([{ field_id: 26, values: [{ value: item }] }])).toBe(false);
    expect(readAll([
      { field_id: 25, field_name: 'Реквизиты', field_code: null, field_type: 'legal_entity', values: [{ value: legal }] },
      { field_id: 26, field_name: 'Товары', field_code: null, field_type: 'items', values: [{ value: item }] },
    ])).toBe(true);
  });
});

describe('the "Custom field values" section of the reference', () => {
  const tags = spec.tags as Array<{ name: string; description: string }>;
  const tag = tags.find((t) => t.name === 'Custom field values');

  it('is a tag listed in a tag group', () => {
    expect(tag).toBeDefined();
    const groups = spec['x-tagGroups'] as Array<{ tags: string[] }>;
    expect(groups.some((g) => g.tags.includes('Custom field values'))).toBe(true);
  });

  // The Redoc bundled with `redocly build-docs` is Markdoc-based: it renders the Markdoc tag
  // `{% schemaDefinition … /%}` and prints the older JSX form `<SchemaDefinition … />` as nothing.
  const tagRefs = () => [...tag!.description.matchAll(
    /\{% schemaDefinition schemaRef="#\/components\/schemas\/(\w+)"[^%]*\/%\}/g,
  )];

  it('embeds the request and response schemas with Markdoc tags, each showing a documented example', () => {
    expect(tag!.description).not.toMatch(/<SchemaDefinition/);
    const refs = tagRefs();
    expect(refs.map((m) => m[1])).toEqual(['CustomFieldsValuesWrite', 'CustomFieldsValuesRead']);
    // Each schema's own example is shown: the read one is the documentation's contact example.
    for (const [, schema] of refs) expect(schemas[schema!]!.example).toBeDefined();
    expect(schemas.CustomFieldsValuesRead!.example).toEqual(exampleValue('CustomFieldsValuesReadContact'));
  });

  it('is in the built reference page', () => {
    const html = readFileSync(join(ROOT, 'generated', 'docs', 'index.html'), 'utf8');
    expect(html).toContain('{% schemaDefinition schemaRef=\\"#/components/schemas/CustomFieldsValuesWrite\\"');
    expect(html).toContain('"UnknownCustomFieldValueRead":{');
  });
});
