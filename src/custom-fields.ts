// The subpath export `amocrm-openapi/custom-fields`: type guards for custom field values as the API
// returns them (`custom_fields_values`). The full union's fallback takes any string as
// `field_type`, so checking `field_type` alone cannot narrow it; these guards check against the
// documented types, a list generated from the spec (custom-field-types.ts), so it cannot go stale.
import type { components } from '../generated/schema.js';
import { CUSTOM_FIELD_TYPES } from './custom-field-types.js';

export { CUSTOM_FIELD_TYPES };

/** One element of `custom_fields_values` in a response: a documented type, or the fallback. */
export type CustomFieldValue = components['schemas']['CustomFieldValueRead'];
/** A value of a documented type: a union discriminated by `field_type`. */
export type KnownCustomFieldValue = components['schemas']['KnownCustomFieldValueRead'];
export type CustomFieldType = KnownCustomFieldValue['field_type'];
/** The variant of the given type(s), e.g. `CustomFieldValueOf<'checkbox'>`. */
export type CustomFieldValueOf<T extends CustomFieldType> = Extract<KnownCustomFieldValue, { field_type: T }>;

/** True if the field's type is a documented one; then `field_type` narrows `values`. */
export function isKnownCustomFieldValue(value: CustomFieldValue): value is KnownCustomFieldValue {
  return (CUSTOM_FIELD_TYPES as readonly string[]).includes(value.field_type);
}

/** True if the field is of one of `types`: after `isCustomFieldOfType(v, 'date', 'birthday')`, `v.values[0].value` is a number. */
export function isCustomFieldOfType<T extends CustomFieldType>(value: CustomFieldValue, ...types: T[]): value is CustomFieldValueOf<T> {
  return (types as readonly string[]).includes(value.field_type);
}
