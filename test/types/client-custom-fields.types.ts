// Compile-time tests for amocrm-openapi/custom-fields; checked by `tsc --noEmit`, never executed.
import {
  CUSTOM_FIELD_TYPES, isCustomFieldOfType, isKnownCustomFieldValue,
  type CustomFieldType, type CustomFieldValue, type CustomFieldValueOf, type KnownCustomFieldValue,
} from '../../src/custom-fields';

// The generated list holds every documented type (`satisfies` in the generated file checks the
// other way: nothing in it that the union lacks).
export const complete: [Exclude<CustomFieldType, (typeof CUSTOM_FIELD_TYPES)[number]>] extends [never] ? true : false = true;

export function read(v: CustomFieldValue): unknown {
  if (v.field_type === 'checkbox') {
    // @ts-expect-error without a guard the fallback (any field_type) stays in the union
    const unguarded: boolean | undefined = v.values[0]?.value;
    void unguarded;
  }
  if (isKnownCustomFieldValue(v)) {
    const known: KnownCustomFieldValue = v;
    if (v.field_type === 'checkbox') return v.values[0]?.value satisfies boolean | undefined;
    void known;
  }
  if (isCustomFieldOfType(v, 'date', 'birthday', 'date_time')) {
    const at: number | undefined = v.values[0]?.value;
    // @ts-expect-error a date is a Unix timestamp, not a string
    const wrong: string | undefined = v.values[0]?.value;
    return [at, wrong];
  }
  if (isCustomFieldOfType(v, 'legal_entity')) {
    const legal: CustomFieldValueOf<'legal_entity'> = v;
    return legal.values[0]?.value.vat_id;
  }
  if (isCustomFieldOfType(v, 'chained_list')) {
    const element: number | undefined = v.values[0]?.catalog_element_id;
    return element;
  }
  // @ts-expect-error only documented types can be asked for
  isCustomFieldOfType(v, 'org_legal_name');
  return undefined;
}
