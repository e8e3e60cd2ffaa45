// Compile-time tests for the custom field value types; checked by `tsc --noEmit`, never executed.
// Each @ts-expect-error line is an assertion: the build fails if that wrong value type-checks.
import type { components } from '../../generated/schema';

type Schemas = components['schemas'];
type ValuesWrite = Schemas['CustomFieldsValuesWrite'];
type ValueWrite = Schemas['CustomFieldValueWrite'];
type ValueRead = Schemas['CustomFieldValueRead'];
type KnownRead = Schemas['KnownCustomFieldValueRead'];
type ValuesRead = Schemas['CustomFieldsValuesRead'];

// Requests: a lead or contact payload's custom_fields_values.
export const contactValues: ValuesWrite = [
  { field_code: 'PHONE', values: [{ value: '+79121234567', enum_code: 'MOB' }, { value: '+74991234567', enum_id: 48224 }] },
  {
    field_id: 25,
    values: [{
      value: { name: 'ООО Рога и копыта', entity_type: 2, vat_id: '123123123', kpp: '23123123', tax_registration_reason_code: '213' },
    }],
  },
  { field_id: 5, values: [{ value: true }] },
  { field_id: 103, values: [{ value: 1.5 }] }, // numeric: a number is accepted on write
  { field_id: 103, values: [{ value: '1.5' }] }, // … and so is a string
  { field_id: 9, values: [{ value: 1577836800 }] },
  { field_id: 111, values: [{ enum_id: 17 }, { enum_code: 'option_3' }] },
  { field_id: 13, values: [{ value: 'Москва', enum_code: 'city' }] },
  { field_id: 25, values: [{ value: { sku: '34N4124', unit_price: 10, quantity: 2, discount: { type: 'amount', value: 25 }, vat_rate_id: 3 } }] },
  { field_id: 7, values: null }, // empties the field
];

export const checkbox: Schemas['CheckboxFieldValue'] = { value: true };
// @ts-expect-error a checkbox takes a boolean, not a string
export const checkboxAsString: Schemas['CheckboxFieldValue'] = { value: 'yes' };
// @ts-expect-error dates are Unix timestamps
export const dateAsString: Schemas['DateFieldValue'] = { value: '2020-01-01' };
// @ts-expect-error a value names its field by field_id or field_code
export const noField: ValueWrite = { values: [{ value: 'x' }] };
// @ts-expect-error legal_entity requires name, vat_id and kpp on write
export const legalWithoutKpp: Schemas['LegalEntityFieldValue'] = { value: { name: 'ООО', vat_id: '1' } };
// @ts-expect-error tax_registration_reason_code is a string (the documentation's example sends a number)
export const legalNumericCode: Schemas['LegalEntityFieldValue'] = { value: { name: 'ООО', vat_id: '1', kpp: '2', tax_registration_reason_code: 213 } };
// @ts-expect-error vat_rate_id is one of 0..5 (the documentation's example sends 18)
export const vat18: Schemas['ItemsValue'] = { vat_rate_id: 18 };
// @ts-expect-error smart_address parts have fixed codes
export const badAddressPart: Schemas['SmartAddressFieldValue'] = { value: 'Москва', enum_code: 'town' };
// @ts-expect-error a multitext value carries its kind (enum_id or enum_code)
export const phoneWithoutKind: Schemas['MultitextFieldValue'] = { value: '+79121234567' };
// @ts-expect-error a list option is named by value, enum_id or enum_code
export const emptyOption: Schemas['EnumFieldValue'] = {};
// @ts-expect-error discount type is percentage or amount
export const badDiscount: Schemas['ItemsDiscount'] = { type: 'percent', value: 5 };

// Responses: the union chosen by field_type, with a fallback for types the documentation omits.
export const phoneRead: ValueRead = {
  field_id: 31, field_name: 'Телефон', field_code: 'PHONE', field_type: 'multitext',
  values: [{ value: '+79121234567', enum_id: 48224, enum_code: 'WORK' }],
};
export const legalRead: ValueRead = {
  field_id: 25, field_name: 'Реквизиты', field_code: null, field_type: 'legal_entity',
  values: [{ value: { name: 'ООО Рога и копыта', vat_id: '123123123' } }],
};
export const unknownRead: ValueRead = {
  field_id: 501, field_name: 'utm_source', field_code: 'UTM_SOURCE', field_type: 'tracking_data',
  values: [{ value: 'google' }],
};
export const noValues: ValuesRead = null;
export const readList: ValuesRead = [phoneRead, legalRead, unknownRead];

// @ts-expect-error a known type's values keep their shape: a checkbox's value is a boolean
export const checkboxReadAsString: KnownRead = { field_id: 5, field_name: 'Флаг', field_type: 'checkbox', values: [{ value: 'yes' }] };
// @ts-expect-error a response value names its field
export const readWithoutName: KnownRead = { field_id: 5, field_type: 'checkbox', values: [{ value: true }] };

export function narrowKnown(v: KnownRead): boolean | undefined {
  if (v.field_type === 'checkbox') {
    const checked: boolean | undefined = v.values[0]?.value;
    return checked;
  }
  if (v.field_type === 'date' || v.field_type === 'birthday') {
    const at: number | undefined = v.values[0]?.value;
    return at !== undefined;
  }
  if (v.field_type === 'numeric') {
    const n: string | undefined = v.values[0]?.value; // numbers come back as strings
    return n !== undefined;
  }
  if (v.field_type === 'legal_entity') {
    const inn: string | undefined = v.values[0]?.value.vat_id;
    return inn !== undefined;
  }
  if (v.field_type === 'multitext') {
    const kind: string | undefined = v.values[0]?.enum_code;
    return kind !== undefined;
  }
  // @ts-expect-error after narrowing to text, the value is a string, not a boolean
  if (v.field_type === 'text') { const wrong: boolean | undefined = v.values[0]?.value; return wrong; }
  return undefined;
}

// The full union: checking field_type alone cannot narrow (the fallback's field_type is any
// string), so a guard narrows to the documented types first.
const KNOWN_TYPES = [
  'text', 'numeric', 'checkbox', 'select', 'multiselect', 'multitext', 'date', 'url', 'date_time',
  'textarea', 'radiobutton', 'streetaddress', 'smart_address', 'birthday', 'legal_entity', 'price',
  'category', 'items', 'linked_entity', 'payer', 'supplier',
] as const satisfies readonly KnownRead['field_type'][];
// Every documented type is in the list above (fails if the spec gains a type the list lacks).
export const allKnownListed: Exclude<KnownRead['field_type'], (typeof KNOWN_TYPES)[number]> extends never ? true : false = true;

function isKnown(v: ValueRead): v is KnownRead {
  return (KNOWN_TYPES as readonly string[]).includes(v.field_type);
}

export function narrowFull(v: ValueRead): boolean | undefined {
  if (v.field_type === 'checkbox') {
    // @ts-expect-error without the guard the fallback stays in the union, so value is unknown
    const checked: boolean | undefined = v.values[0]?.value;
    void checked;
  }
  if (isKnown(v) && v.field_type === 'checkbox') return v.values[0]?.value;
  if (!isKnown(v)) {
    const raw: Record<string, unknown> | undefined = v.values[0];
    return raw !== undefined;
  }
  return undefined;
}
