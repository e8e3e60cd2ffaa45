// Which `webhooks` entry of the spec a decoded body is. The account webhooks are told apart by
// their two top keys (`leads[status]`, `contacts[add]`); the one-off callbacks by the keys only they
// carry. The spec's table (scripts/families/webhook-callbacks.mjs) names the same entries, with the
// same wire keys: test/client/webhooks.test.ts holds the two to each other.
import type { webhooks } from '../../generated/schema.js';

export type WebhookName = keyof webhooks;
type Data = Record<string, unknown>;

/** Account and Digital Pipeline webhooks: [entry, entity key (null: none), action key]. */
export const FORM_FAMILIES: ReadonlyArray<readonly [WebhookName, string | null, string]> = [
  ['add_lead', 'leads', 'add'], ['update_lead', 'leads', 'update'], ['delete_lead', 'leads', 'delete'],
  ['restore_lead', 'leads', 'restore'], ['status_lead', 'leads', 'status'], ['responsible_lead', 'leads', 'responsible'],
  ['note_lead', 'leads', 'note'],
  ['add_contact', 'contacts', 'add'], ['update_contact', 'contacts', 'update'], ['delete_contact', 'contacts', 'delete'],
  ['restore_contact', 'contacts', 'restore'], ['responsible_contact', 'contacts', 'responsible'], ['note_contact', 'contacts', 'note'],
  ['add_company', 'contacts', 'add'], ['update_company', 'companies', 'update'], ['delete_company', 'contacts', 'delete'],
  ['restore_company', 'companies', 'restore'], ['responsible_company', 'companies', 'responsible'], ['note_company', 'companies', 'note'],
  ['add_customer', 'customers', 'add'], ['update_customer', 'customers', 'update'], ['delete_customer', 'customers', 'delete'],
  ['responsible_customer', 'customers', 'responsible'], ['note_customer', 'customers', 'note'],
  ['add_task', 'task', 'add'], ['update_task', 'task', 'update'], ['delete_task', 'task', 'delete'], ['responsible_task', 'task', 'responsible'],
  ['add_talk', 'talks', 'add'], ['update_talk', 'talks', 'update'],
  ['add_unsorted', 'unsorted', 'add'], ['update_unsorted', 'unsorted', 'update'], ['delete_unsorted', 'unsorted', 'delete'],
  ['add_message', 'message', 'add'],
  ['add_chat_template_review', null, 'add'],
  ['dp_call_in', 'leads', 'call_in'], ['dp_call_in', 'customers', 'call_in'],
  ['dp_chat', 'leads', 'chat'], ['dp_chat', 'customers', 'chat'],
  ['dp_site_visit', 'leads', 'site_visit'], ['dp_site_visit', 'customers', 'site_visit'],
  ['dp_mail_in', 'leads', 'mail_in'], ['dp_mail_in', 'customers', 'mail_in'],
  ['dp_status', 'leads', 'status'],
  ['dp_period', 'customers', 'period'],
];

const isObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

function itemsAt(data: Data, entity: string | null, action: string): Data[] | undefined {
  const holder = entity === null ? data : data[entity];
  if (!isObject(holder)) return undefined;
  const items = holder[action];
  return Array.isArray(items) && items.length > 0 && items.every(isObject) ? items : undefined;
}

// A Digital Pipeline `leads[status]` item has these keys only (digital_pipeline/webhooks.md), and the
// hook no `account`; an account `status_lead` hook carries the lead's other fields.
const DP_STATUS_KEYS = new Set(['id', 'old_pipeline_id', 'pipeline_id', 'old_status_id', 'status_id']);
const isDpStatus = (data: Data, items: Data[]) => data.account === undefined
  && items.every((item) => Object.keys(item).every((k) => DP_STATUS_KEYS.has(k)) && 'old_pipeline_id' in item);

/** Does the family's shape match? Beyond the keys: contacts vs companies by `type`, DP vs account status. */
function matches(name: WebhookName, data: Data, items: Data[]): boolean {
  switch (name) {
    case 'add_contact': case 'delete_contact': return items.some((item) => item.type !== 'company');
    case 'add_company': case 'delete_company': return items.some((item) => item.type === 'company');
    case 'status_lead': return !isDpStatus(data, items);
    case 'dp_status': return isDpStatus(data, items);
    case 'add_chat_template_review': return items.every((item) => Array.isArray(item.reviews) || item.type === 'waba');
    default: return true;
  }
}

/** The JSON and query-string callbacks, by the keys only they carry. */
function oneOff(data: Data): WebhookName | undefined {
  if (isText(data.token) && isText(data.return_url)) return 'salesbot_widget_request';
  if (isObject(data.event) && 'type_code' in data.event && 'action' in data) return 'dp_widget_hook';
  if (isText(data.client_id) && isText(data.client_secret)) return 'oauth_external_secrets';
  if (isText(data.client_uuid) && isText(data.signature) && isText(data.account_id)) return 'oauth_disconnect';
  if (isText(data.code) || data.error === 'access_denied') return 'oauth_redirect';
  if (isText(data.text) && isText(data.phone) && isText(data.token)) return 'system_sms';
  return undefined;
}

/** Every entry the body holds, in the table's order (a hook subscribed to several events may carry several). */
export function familiesOf(data: Data): WebhookName[] {
  const single = oneOff(data);
  if (single) return [single];
  const found: WebhookName[] = [];
  for (const [name, entity, action] of FORM_FAMILIES) {
    const items = itemsAt(data, entity, action);
    if (items && matches(name, data, items) && !found.includes(name)) found.push(name);
  }
  return found;
}
