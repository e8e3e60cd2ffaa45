// amocrm-openapi/custom-fields: the guards that narrow a returned custom field value by its
// field_type, from a list generated out of the spec's union (checked for drift here).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  CUSTOM_FIELD_TYPES, isCustomFieldOfType, isKnownCustomFieldValue, type CustomFieldValue,
} from '../../src/custom-fields';
import { loadBundledSpec, ROOT } from '../helpers/spec';

const spec = loadBundledSpec() as { components: { schemas: Record<string, { oneOf?: unknown[] }> } };
// The documentation's read examples of values, one file each beside the section (no operation
// uses them, so they are not components of the bundle).
const EXAMPLES_DIR = join(ROOT, 'openapi', 'custom-field-values', 'examples');
const examples = readdirSync(EXAMPLES_DIR)
  .filter((file) => /^CustomFieldsValuesRead.*\.yaml$/.test(file))
  .flatMap((file) => (parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as { value: CustomFieldValue[] }).value);

describe('custom field type guards', () => {
  it('src/custom-field-types.ts is what the generator makes of generated/openapi.json', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'generate-custom-field-guards.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('lists one type per variant of the union', () => {
    expect(CUSTOM_FIELD_TYPES).toHaveLength(spec.components.schemas.KnownCustomFieldValueRead!.oneOf!.length);
    expect(CUSTOM_FIELD_TYPES).toContain('legal_entity');
    for (const type of ['tracking_data', 'monetary', 'linked_entity', 'chained_list', 'file', 'payer', 'supplier']) expect(CUSTOM_FIELD_TYPES).toContain(type);
  });

  it('every value in the spec\'s response examples is known or, for an undocumented type, not', () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const value of examples) {
      expect(isKnownCustomFieldValue(value)).toBe((CUSTOM_FIELD_TYPES as readonly string[]).includes(value.field_type));
    }
    expect(examples.some((v) => isKnownCustomFieldValue(v))).toBe(true);
  });

  it('a type the documentation omits is not known; isCustomFieldOfType matches the types given only', () => {
    const utm = { field_id: 501, field_name: 'utm_source', field_code: 'UTM_SOURCE', field_type: 'tracking_data', values: [{ value: 'google' }] };
    const orgName = { field_id: 502, field_name: 'Юр. лицо организации', field_code: null, field_type: 'org_legal_name', values: [{ value: 'ООО' }] };
    const birthday = { field_id: 9, field_name: 'ДР', field_code: null, field_type: 'birthday', values: [{ value: 1577836800 }] };
    expect(isKnownCustomFieldValue(orgName)).toBe(false);
    // tracking_data is documented by the current page (custom-fields.md), so it is known.
    expect(isKnownCustomFieldValue(utm as CustomFieldValue)).toBe(true);
    expect(isCustomFieldOfType(utm as CustomFieldValue, 'tracking_data')).toBe(true);
    expect(isKnownCustomFieldValue(birthday as CustomFieldValue)).toBe(true);
    expect(isCustomFieldOfType(birthday as CustomFieldValue, 'date', 'birthday')).toBe(true);
    expect(isCustomFieldOfType(birthday as CustomFieldValue, 'date')).toBe(false);
    expect(isCustomFieldOfType(orgName, 'text')).toBe(false);
  });
});
