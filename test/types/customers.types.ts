// Compile-time tests for the customers, transactions, customer statuses and segments, catalogs and
// catalog elements types, through the package's client; checked by `tsc --noEmit`, never executed.
// Each @ts-expect-error line is an assertion: the build fails if that wrong call or value type-checks.
import { createAmoClient, paginate, type components } from '../../src';
import { isKnownCustomFieldValue } from '../../src/custom-fields';

type Schemas = components['schemas'];
type Customer = Schemas['Customer'];
type CatalogElement = Schemas['CatalogElement'];
type ItemsValueRead = Schemas['ItemsValueRead'];

/** The invoice lines of an invoice element: `items` values narrow by field_type to typed lines. */
export function invoiceLines(element: CatalogElement): ItemsValueRead[] {
  const lines: ItemsValueRead[] = [];
  for (const field of element.custom_fields_values ?? []) {
    if (isKnownCustomFieldValue(field) && field.field_type === 'items') {
      for (const v of field.values) {
        const price: number | undefined = v.value.unit_price;
        const total: number | undefined = v.value.total_sum;
        const vat: 0 | 1 | 2 | 3 | 4 | 5 | undefined = v.value.vat_rate_id;
        void price; void total; void vat;
        lines.push(v.value);
      }
    }
    if (isKnownCustomFieldValue(field) && field.field_type === 'payer') {
      const kind: string | undefined = field.values[0]?.value.entity_type;
      void kind;
    }
    if (isKnownCustomFieldValue(field) && field.field_type === 'supplier') {
      const legalEntity: number | undefined = field.values[0]?.value.entity_id;
      void legalEntity;
    }
    if (isKnownCustomFieldValue(field) && field.field_type === 'linked_entity') {
      const catalog: number | null | undefined = field.values[0]?.value.catalog_id;
      void catalog;
    }
  }
  return lines;
}

export const customer: Customer = {
  id: 1, name: 'покупатель', next_price: 214, next_date: 1589058000, responsible_user_id: 504141, status_id: 4740028,
  periodicity: 0, created_by: 504141, updated_by: 504141, created_at: 1582117365, updated_at: 1589651187,
  closest_task_at: null, is_deleted: false, custom_fields_values: null, ltv: 1231454, purchases_count: 11,
  average_check: 111950, account_id: 28805383, _links: { self: { href: 'https://example.amocrm.ru/api/v4/customers/1' } },
  _embedded: { segments: [{ id: 43, _links: { self: { href: 'https://example.amocrm.ru/api/v4/customers/segments/43' } } }], tags: [] },
};
// @ts-expect-error every documented answer has ltv, purchases_count and average_check
export const customerWithoutLtv: Customer = { ...customer, ltv: undefined };

export async function typedCustomersCalls() {
  const amo = createAmoClient({ subdomain: 'example', token: 'token' });

  await amo.PATCH('/api/v4/customers/mode', { body: { mode: 'periodicity', is_enabled: true } });
  const { data: list } = await amo.GET('/api/v4/customers', {
    params: { query: { with: ['contacts', 'companies'], limit: 250, filter: { status_id: [4740028], next_date: { from: 1589058000 }, next_price: { to: 1000 } } } },
  });
  const main: boolean | undefined = list?._embedded.customers[0]?._embedded?.contacts?.[0]?.is_main;
  const segmentIds: number[] | undefined = list?._embedded.customers[0]?._embedded?.segments.map((s) => s.id);
  // 204 for a missing customer: no data, no exception.
  const { data: one } = await amo.GET('/api/v4/customers/{id}', { params: { path: { id: 1 }, query: { with: ['catalog_elements'] } } });
  const ltv: number | undefined = one?.ltv;
  await amo.POST('/api/v4/customers', { body: [{ name: 'Покупатель', _embedded: { tags: [{ name: 'Важный' }], segments: [{ id: 81 }] } }] });
  await amo.PATCH('/api/v4/customers', { body: [{ id: 1299433, name: 'Новое', tags_to_delete: [{ id: 1 }] }] });
  await amo.PATCH('/api/v4/customers/{id}', { params: { path: { id: 1 } }, body: { next_price: 500 } });
  for await (const c of paginate(amo, '/api/v4/customers', { params: { query: { limit: 250 } } })) void c.purchases_count;

  // Transactions, in both path forms.
  const { data: transactions } = await amo.GET('/api/v4/customers/transactions', { params: { query: { filter: { id: [134643] } } } });
  const comment: string | null | undefined = transactions?._embedded.transactions[0]?.comment;
  await amo.GET('/api/v4/customers/{customer_id}/transactions', { params: { path: { customer_id: 1 } } });
  await amo.GET('/api/v4/customers/transactions/{id}', { params: { path: { id: 14755 } } });
  await amo.GET('/api/v4/customers/{customer_id}/transactions/{id}', { params: { path: { customer_id: 1, id: 14755 } } });
  const { data: created } = await amo.POST('/api/v4/customers/{customer_id}/transactions', {
    params: { path: { customer_id: 1 } },
    body: [{ price: 123, _embedded: { catalog_elements: [{ id: 1677, metadata: { catalog_id: 1079, quantity: 10 } }] } }],
  });
  const transactionCustomer: number | undefined = created?._embedded.transactions[0]?.customer_id;
  await amo.DELETE('/api/v4/customers/transactions/{id}', { params: { path: { id: 14755 } } });
  await amo.DELETE('/api/v4/customers/{customer_id}/transactions/{id}', { params: { path: { customer_id: 1, id: 14755 } } });

  // Bonus points: redeem or earn.
  const { data: balance } = await amo.POST('/api/v4/customers/{id}/bonus_points', { params: { path: { id: 1 } }, body: { earn: 500 } });
  const points: number | undefined = balance?.bonus_points;
  await amo.POST('/api/v4/customers/{id}/bonus_points', { params: { path: { id: 1 } }, body: { redeem: 100 } });

  // Statuses (a batch array) and segments (one object).
  const { data: statuses } = await amo.GET('/api/v4/customers/statuses', {});
  const statusType: 0 | 1 | 2 | 3 | 4 | undefined = statuses?._embedded.statuses[0]?.type;
  await amo.POST('/api/v4/customers/statuses', { body: [{ name: 'Новый статус', sort: 100, color: '#fffeb2' }] });
  await amo.PATCH('/api/v4/customers/statuses/{id}', { params: { path: { id: 4051135 } }, body: { color: '#c1e0ff' } });
  await amo.DELETE('/api/v4/customers/statuses/{id}', { params: { path: { id: 4051135 } } });
  const { data: segment } = await amo.POST('/api/v4/customers/segments', { body: { name: 'Сегмент', color: 'ae003f' } });
  const prices: number[] | null | undefined = segment?.available_products_price_types;
  await amo.PATCH('/api/v4/customers/segments/{id}', { params: { path: { id: 17 } }, body: { name: 'Новое имя' } });

  // Catalogs and their elements.
  const { data: catalogs } = await amo.GET('/api/v4/catalogs', { params: { query: { limit: 250 } } });
  const kind: 'regular' | 'invoices' | 'products' | undefined = catalogs?._embedded.catalogs[0]?.type;
  await amo.POST('/api/v4/catalogs', { body: [{ name: 'Тестовый список', type: 'products' }] });
  await amo.PATCH('/api/v4/catalogs/{id}', { params: { path: { id: 5787 } }, body: { name: 'Новое имя списка' } });
  const { data: elements } = await amo.GET('/api/v4/catalogs/{catalog_id}/elements', {
    params: { path: { catalog_id: 4521 }, query: { with: ['invoice_link'], filter: { id: [525439] }, query: 'Телефон' } },
  });
  const requestId: string | number | undefined = elements?._embedded.elements[0]?.request_id;
  const warning: string | null | undefined = elements?._embedded.elements[0]?._embedded?.warning?.message;
  await amo.POST('/api/v4/catalogs/{catalog_id}/elements', {
    params: { path: { catalog_id: 1209 } },
    body: [{
      name: 'Покупка #11111',
      custom_fields_values: [
        { field_id: 1107159, values: [{ value: { name: 'Новый покупатель #1', address: 'Москва' } }] },
        { field_id: 1107157, values: [{ value: { entity_id: 1163189 } }] },
        { field_id: 1107165, values: [{ value: { sku: '34N4124', unit_price: 10, quantity: 5, vat_rate_id: 3, discount: { type: 'amount', value: 25 } } }] },
      ],
    }],
  });
  await amo.PATCH('/api/v4/catalogs/{catalog_id}/elements', { params: { path: { catalog_id: 1209 } }, body: [{ id: 986757, name: 'Новое имя' }] });

  // @ts-expect-error bonus points are redeemed or earned, never both in one call
  await amo.POST('/api/v4/customers/{id}/bonus_points', { params: { path: { id: 1 } }, body: { redeem: 100, earn: 500 } });
  // @ts-expect-error bonus points need redeem or earn
  await amo.POST('/api/v4/customers/{id}/bonus_points', { params: { path: { id: 1 } }, body: {} });
  // @ts-expect-error the customers mode is segments or periodicity
  await amo.PATCH('/api/v4/customers/mode', { body: { mode: 'statuses', is_enabled: true } });
  // @ts-expect-error a customer create needs its name
  await amo.POST('/api/v4/customers', { body: [{ next_price: 1 }] });
  // @ts-expect-error the customers list documents no sort order
  await amo.GET('/api/v4/customers', { params: { query: { order: { id: 'asc' } } } });
  // @ts-expect-error with takes the documented values only
  await amo.GET('/api/v4/customers', { params: { query: { with: ['leads'] } } });
  // @ts-expect-error a transaction needs its price
  await amo.POST('/api/v4/customers/{customer_id}/transactions', { params: { path: { customer_id: 1 } }, body: [{ comment: 'x' }] });
  // @ts-expect-error the status create takes an array
  await amo.POST('/api/v4/customers/statuses', { body: { name: 'x', sort: 1 } });
  // @ts-expect-error the segment create takes one object
  await amo.POST('/api/v4/customers/segments', { body: [{ name: 'x' }] });
  // @ts-expect-error segment colours have no '#'
  await amo.POST('/api/v4/customers/segments', { body: { name: 'x', color: '#ae003f' } });
  // @ts-expect-error a catalog is regular, invoices or products
  await amo.POST('/api/v4/catalogs', { body: [{ name: 'x', type: 'leads' }] });
  // @ts-expect-error v4 has no catalog delete
  await amo.DELETE('/api/v4/catalogs/{id}', { params: { path: { id: 1 } } });
  // A request does not name the field's type, so the write union takes any documented value shape;
  // an invoice line is typed through its own schema.
  const line: Schemas['ItemsFieldValue'] = { value: { sku: '34N4124', unit_price: 10, quantity: 5, vat_rate_id: 3 } };
  // @ts-expect-error an invoice line's VAT rate is an ID from 0 to 5
  const wrongVat: Schemas['ItemsFieldValue'] = { value: { vat_rate_id: 18 } };
  // @ts-expect-error a supplier is named by the ID of the account's legal entity
  const noSupplier: Schemas['SupplierFieldValue'] = { value: {} };
  await amo.PATCH('/api/v4/catalogs/{catalog_id}/elements/{id}', { params: { path: { catalog_id: 1209, id: 986757 } }, body: { name: 'x', custom_fields_values: [{ field_id: 1107165, values: [line] }] } });
  // @ts-expect-error a batch element edit names each element by id
  await amo.PATCH('/api/v4/catalogs/{catalog_id}/elements', { params: { path: { catalog_id: 1 } }, body: [{ name: 'x' }] });

  return [main, segmentIds, ltv, comment, transactionCustomer, points, statusType, prices, kind, requestId, warning, wrongVat, noSupplier];
}
