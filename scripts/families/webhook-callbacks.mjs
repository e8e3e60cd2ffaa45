// Callbacks amoCRM sends (INVENTORY.md group f): the OpenAPI 3.1 top-level `webhooks` map. One
// entry per event family of the account webhooks (webhooks-format.md: the 31 subscribable events of
// webhooks-api.md plus the unsorted and incoming-message payloads the format page shows), the
// Digital Pipeline webhooks, and the one-off callbacks (Salesbot widget_request, the DP widget hook,
// system SMS, the OAuth redirect, disconnect hook and external-integration secrets).
// The runtime parser's table (src/webhooks/families.ts) must name the same entries: test/client/webhooks.test.ts.
import { createHmac } from 'node:crypto';
import { refFrom } from './lib.mjs';

export const section = 'webhook-callbacks';
const ref = refFrom(section);
const FORM = 'application/x-www-form-urlencoded';
const SENDER = '**Who may call it:** amoCRM only; this describes a request your server receives.';

const ACCOUNT_DELIVERY = [
  'Sent as `application/x-www-form-urlencoded` with PHP-style nested keys (`leads[status][0][id]=25399013`),',
  '**every value a string**, in the legacy (API v2) field names (webhooks-format.md). The docs print the',
  'payloads as JSON; this schema is that decoded structure, lists being the keys `0`…`n-1`.',
  '\n\nAnswer within **2 seconds** with a status from 100 to 299. Otherwise the hook counts as not',
  'delivered and is sent again: after 5 min and after 15 min more when the last answer was 0–99 or',
  '300 and above, then after 15 min and 1 h more only when it was 499 or 500–599. A hook that got',
  'more than 100 bad answers in the last 2 hours, the last one too, is switched off and the',
  'account\'s administrators are notified; it is switched back on in the settings.',
  'Subscribe with `POST /api/v4/webhooks` (webhooks-api.md), on the extended plan or higher.',
].join(' ').replace(/ \n\n /g, '\n\n');

const DP_DELIVERY = [
  'Sent by a Digital Pipeline trigger "API: отправить webhook" as a form post in the shape',
  '`{entity: {event: [fields]}}` (digital_pipeline/webhooks.md). Unlike the account webhooks it is sent',
  '**once**, never retried. The docs\' event list (questionnaire, mail, call, site visit) does not',
  'match their parameter list (`call_in`, `chat`, `site_visit`, `mail_in`, `status`, `period`); the',
  'entries follow the parameter list, which is what the payload carries.',
].join(' ');

const ACCEPTED = {
  description: 'Received: any status from 100 to 299, within 2 seconds, counts as delivered (webhooks-format.md).',
};
// Any other answer (300 and above, or none within 2 s) is a failed delivery, retried as the
// description says; it is not declared as a response, since lint would want a problem+json body for it.
const accountResponses = { 200: ACCEPTED };

const account = {
  subdomain: 'test',
  id: '1312313',
  _links: { self: 'https://test.amocrm.ru' },
};

// Items of the docs' examples, reused where the docs show no payload of a family.
const lead = {
  id: '25399013', name: 'Lead title', status_id: '142', price: '0', responsible_user_id: '123123',
  last_modified: '1413554372', modified_user_id: '123123', created_user_id: '123123', date_create: '1413554349', account_id: '7039099',
  custom_fields: [
    { id: '427183', name: 'Checkbox custom field', values: ['1'] },
    { id: '427271', name: 'Date custom field', values: ['1412380800'] },
    { id: '1069602', name: 'Checkbox custom field', values: ['0'] },
    { id: '427661', name: 'Text custom field', values: ['Валера'] },
    { id: '1075272', name: 'Date custom field', values: ['1413331200'] },
  ],
};
const leadStatus = { ...lead, old_status_id: '7039101' };
const contact = {
  id: '10952709', name: 'Контакт', responsible_user_id: '123123', date_create: '1684402722', last_modified: '1684402722',
  created_user_id: '123123', modified_user_id: '123123', company_name: 'Company', linked_company_id: '10857345', account_id: '7039099',
  custom_fields: [{ id: '575809', name: 'Телефон', values: [{ value: '+76665554433', enum: '311321' }], code: 'PHONE' }],
  linked_leads_id: { 7551167: { ID: '7551167' } }, created_at: '1684402722', updated_at: '1684402722',
};
const company = {
  id: '10959143', name: 'Компания', responsible_user_id: '123123', date_create: '1684402979', last_modified: '1684402979',
  created_user_id: '123123', modified_user_id: '123123', account_id: '7039099',
  linked_leads_id: { 7480363: { ID: '7480363' } }, created_at: '1684402979', updated_at: '1684402979',
};
const task = {
  id: '11122233', element_id: '33322211', element_type: '2', task_type: '1', date_create: '2017-07-20 15:00:00', text: 'Follow-up',
  status: '1', account_id: '77711122', created_user_id: '123123', last_modified: '2017-07-21 19:00:00', responsible_user_id: '123123',
  complete_till: '2017-07-22 23:59:00',
};
const { status: _s, ...openTask } = task;
const unsortedUid = '40789acb990dbb9754dc234e18d2325470612b2284880504d78f258d8f77';
const source = 'Заявка с сайта №441310 из формы <<Форма #1548921297>>';

const DOCS = 'The docs\' example (webhooks-format.md).';
const assembled = (from, what) => `Assembled from the docs' ${from} example: webhooks-format.md shows no ${what} payload.`;

/**
 * The account-webhook families: event name (as webhooks-api.md subscribes to it), summary, the
 * wire keys (entity key, action key), the item schema, and the example (docs' own where it has one).
 */
const ACCOUNT = [
  ['add_lead', 'Lead added', 'leads', 'add', 'CallbackLead', [lead], assembled('lead status', 'lead add')],
  ['update_lead', 'Lead changed', 'leads', 'update', 'CallbackLead', [lead], assembled('lead status', 'lead update')],
  ['delete_lead', 'Lead deleted', 'leads', 'delete', 'CallbackLead', [{ id: '25399013' }], assembled('lead status', 'lead delete')],
  ['restore_lead', 'Lead restored', 'leads', 'restore', 'CallbackLead', [lead], assembled('lead status', 'lead restore')],
  ['status_lead', 'Lead status changed', 'leads', 'status', 'CallbackLead', [leadStatus], DOCS],
  ['responsible_lead', 'Lead responsible user changed', 'leads', 'responsible', 'CallbackLead', [lead], assembled('lead status', 'responsible change')],
  ['note_lead', 'Note added to a lead', 'leads', 'note', 'CallbackEntity', [{ id: '25399013' }], assembled('lead status', 'note')],
  ['add_contact', 'Contact added', 'contacts', 'add', 'CallbackContact', [{ ...contact, type: 'contact' }], DOCS],
  ['update_contact', 'Contact changed', 'contacts', 'update', 'CallbackContact', [contact], assembled('contact add', 'contact update')],
  ['delete_contact', 'Contact deleted', 'contacts', 'delete', 'CallbackContact', [{ id: '10952709', type: 'contact' }], assembled('contact add', 'contact delete')],
  ['restore_contact', 'Contact restored', 'contacts', 'restore', 'CallbackContact', [contact], assembled('contact add', 'contact restore')],
  ['responsible_contact', 'Contact responsible user changed', 'contacts', 'responsible', 'CallbackContact', [contact], assembled('contact add', 'responsible change')],
  ['note_contact', 'Note added to a contact', 'contacts', 'note', 'CallbackEntity', [{ id: '10952709' }], assembled('contact add', 'note')],
  // Adding and deleting a company come under `contacts` with `type: company` (the page says so and its example shows it).
  ['add_company', 'Company added', 'contacts', 'add', 'CallbackContact', [{ ...company, type: 'company' }], `${DOCS} A company added comes under \`contacts\`, \`type: company\`.`],
  ['update_company', 'Company changed', 'companies', 'update', 'CallbackContact', [company], assembled('company add', 'company update')],
  ['delete_company', 'Company deleted', 'contacts', 'delete', 'CallbackContact', [{ id: '10959143', type: 'company' }], assembled('company add', 'company delete')],
  ['restore_company', 'Company restored', 'companies', 'restore', 'CallbackContact', [company], assembled('company add', 'company restore')],
  ['responsible_company', 'Company responsible user changed', 'companies', 'responsible', 'CallbackContact', [company], assembled('company add', 'responsible change')],
  ['note_company', 'Note added to a company', 'companies', 'note', 'CallbackEntity', [{ id: '10959143' }], assembled('company add', 'note')],
  ['add_customer', 'Customer added', 'customers', 'add', 'CallbackEntity', [{ id: '1001' }], assembled('general', 'customer')],
  ['update_customer', 'Customer changed', 'customers', 'update', 'CallbackEntity', [{ id: '1001' }], assembled('general', 'customer')],
  ['delete_customer', 'Customer deleted', 'customers', 'delete', 'CallbackEntity', [{ id: '1001' }], assembled('general', 'customer')],
  ['responsible_customer', 'Customer responsible user changed', 'customers', 'responsible', 'CallbackEntity', [{ id: '1001' }], assembled('general', 'customer')],
  ['note_customer', 'Note added to a customer', 'customers', 'note', 'CallbackEntity', [{ id: '1001' }], assembled('general', 'customer')],
  ['add_task', 'Task added', 'task', 'add', 'CallbackTask', [task], assembled('task update', 'task add')],
  ['update_task', 'Task changed', 'task', 'update', 'CallbackTask',
    [{ ...task, action_close: '1', result: { id: '155155155', text: 'Success' } }],
    `${DOCS} The docs wrap the task in a list under a key \`0\` inside the list and annotate it with \`//\` comments; the wire form \`task[update][0][id]\` is the task itself in the list.`],
  ['delete_task', 'Task deleted', 'task', 'delete', 'CallbackTask', [{ id: '11122233' }], assembled('task update', 'task delete')],
  ['responsible_task', 'Task responsible user changed', 'task', 'responsible', 'CallbackTask', [openTask], assembled('task update', 'responsible change')],
  ['add_talk', 'Talk added', 'talks', 'add', 'CallbackEntity', [{ id: '1234' }], assembled('general', 'talk')],
  ['update_talk', 'Talk changed', 'talks', 'update', 'CallbackEntity', [{ id: '1234' }], assembled('general', 'talk')],
  ['add_unsorted', 'Unsorted entry added', 'unsorted', 'add', 'CallbackUnsorted', [{
    uid: unsortedUid, category: 'forms', account_id: '1312313', user_id: '123123', source, pipeline_id: '142141',
    source_data: {
      name_1: { type: 'text', id: 'name_1', element_type: '1', name: 'ФИО', value: 'Валерий' },
      '23424_1': { type: 'multitext', id: '23424_1', element_type: '1', name: 'Телефон', value: '23424' },
      form_id: '243222', form_type: '1', date: '156232405', from: source,
      origin: {
        ip: '12.123.123.12', datetime: 'Wed Sep 04 2019 19:54:55 GMT+0300 (Москва, стандартное время)',
        referer: 'https://test.amocrm.ru/settings/pipeline/leads/1232432', country: 'Russian Federation', city: 'Moscow',
        continent_code: 'EU', visitor_uid: '202273f9-03cc-42b5-aa4d-71e2ead59ec4',
      },
    },
    data: {
      leads: [{ date_create: '156232405', visitor_uid: '202273f9-03cc-42b5-aa4d-71e2ead59ec4', created_user_id: '0', modified_user_id: '0', main_user_id: '0', tags: 'Заявка с сайта' }],
      contacts: [{
        name: 'contact', custom_fields: [{ id: '121507', values: [{ enum: '223111', value: '23424' }] }], date_create: '156232405',
        visitor_uid: '202273f9-03cc-42b5-aa4d-71e2ead59ec4', created_user_id: '0', modified_user_id: '0', main_user_id: '0', tags: ' Заявка с сайта',
      }],
    },
  }], DOCS],
  ['update_unsorted', 'Unsorted entry changed', 'unsorted', 'update', 'CallbackUnsorted', [{
    uid: unsortedUid, category: 'forms', account_id: '1312313', user_id: '123123', source, pipeline_id: '142141',
    source_data: {
      form_id: '243222', form_type: '1', from: source, form_name: 'Сайт', date: '1567619168', source_uid: '232323', source: '2423424', uid: '24242432',
      origin: { ip: '12.123.123.12', referer: 'https://test.amocrm.ru/settings/pipeline/leads/1541752', visitor_uid: '202273f9-03cc-42b5-aa4d-71e2ead59ec4', datetime: '1567619168' },
    },
    data: {
      leads: [{ id: '24242432', status_id: '424232222', pipeline_id: '4353222', name: 'Сделка', created_user_id: '0', date_create: '156760055' }],
      pipeline_id: '4353222', source: '2423424', source_uid: '232323', created_at: '156760055',
    },
  }], `${DOCS} The docs give \`source_data.date\` twice (\`156232405\`, then \`1567619168\`); a form post keeps the last.`],
  ['delete_unsorted', 'Unsorted entry accepted or declined', 'unsorted', 'delete', 'CallbackUnsortedDeleted',
    [{ action: 'accept', uid: unsortedUid, category: 'forms', created_at: '124242341', accept_result: { leads: ['2132111'], contacts: ['3454532'] } }],
    `${DOCS} Accepting an entry.`],
  ['add_message', 'Incoming chat message', 'message', 'add', 'CallbackIncomingMessage', [{
    id: 'amo12345-31ed-41af-am23-conf1504', chat_id: '2f61amo-c914-r429-m4f1-4005c15o5n0f',
    author: { id: '7a389amo2-cr65-46m6-8216-06f39w12q3d8s', name: 'Ivan Ivanov' }, text: 'Hello World!', created_at: '1580116931', origin: 'telegram',
    attachment: { type: 'picture', link: 'https://amojo.amocrm.ru/attachments/db6a2cea-197b-4993-afd3-c0cdfc4cef7b/cc9a7fca-6f5f-4d6f-b39f-6f62ce20d432/amocrm.gif' },
    element_id: '123456789', element_type: '1',
  }], `${DOCS} Printed there as an array with keys, which no syntax allows: a list of one message.`],
  ['add_chat_template_review', 'WhatsApp template sent for review', null, 'add', 'CallbackChatTemplate', [{
    id: '6955', type: 'waba', account_id: '31089582', name: 'wabaTemplate', content: 'wabaTemplate', created_at: '1698238241', updated_at: '1698238241',
    is_editable: '1', reviews: [{ id: '15', source_id: '20826950', status: 'review', reject_reason: '' }], is_on_review: '1',
    waba_footer: 'wabaFooter', waba_category: 'UTILITY', waba_language: 'ru',
  }], `${DOCS} It has no entity key and no \`account\`: only \`add\` at the top.`],
];

// Examples with no `account`: the docs show the lead, contact, company, message and template payloads without it.
const WITHOUT_ACCOUNT = new Set(['status_lead', 'add_contact', 'add_company', 'add_message', 'add_chat_template_review']);
const WITH_SUBDOMAIN_ONLY = new Set(['update_task']);

const DIGITAL_PIPELINE = [
  ['dp_call_in', 'Digital Pipeline: incoming call', 'call_in', ['leads', 'customers'], { id: '4921027', pipeline_id: '752662', status_id: '16203334' },
    'Assembled from the docs\' incoming mail example (digital_pipeline/webhooks.md shows two examples).'],
  ['dp_chat', 'Digital Pipeline: incoming chat message', 'chat', ['leads', 'customers'], { id: '4921027', pipeline_id: '752662', status_id: '16203334' },
    'Assembled from the docs\' incoming mail example.'],
  ['dp_site_visit', 'Digital Pipeline: site visit', 'site_visit', ['leads', 'customers'], { id: '4921027', pipeline_id: '752662', status_id: '16203334' },
    'Assembled from the docs\' incoming mail example.'],
  ['dp_mail_in', 'Digital Pipeline: incoming mail', 'mail_in', ['leads', 'customers'], { id: '4921027', pipeline_id: '752662', status_id: '16203334' },
    'The docs\' example for a lead (digital_pipeline/webhooks.md), its numbers as the strings a form post carries.'],
  ['dp_status', 'Digital Pipeline: lead moved to a stage', 'status', ['leads'],
    { id: '4831596', old_pipeline_id: '752662', pipeline_id: '752662', old_status_id: '16203334', status_id: '16203337' },
    'The docs\' example (digital_pipeline/webhooks.md), its numbers as the strings a form post carries.'],
  ['dp_period', 'Digital Pipeline: customer period changed', 'period', ['customers'], { id: '1001', old_period_id: '142', period_id: '143' },
    'Assembled from the parameter table of digital_pipeline/webhooks.md, which shows no customer example.'],
];

// Entity keys the docs never show in an example (customers, talks); `companies` only for events other than add and delete.
const WIRE_RULE_ONLY = new Set(['customers', 'talks']);

const pascal = (name) => name.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const exampleName = (name) => `${pascal(name)}Hook`;
const list = (schema) => ({ type: 'array', minItems: 1, items: ref('schemas', schema) });
const objectOf = (key, value) => ({ type: 'object', required: [key], properties: { [key]: value } });

function accountBody([, , entity, action, schema]) {
  if (entity === null) return objectOf(action, list(schema));
  const body = objectOf(entity, objectOf(action, list(schema)));
  body.properties.account = ref('schemas', 'CallbackAccount');
  return body;
}

function accountExample([name, , entity, action, , items, description], summary) {
  const value = entity === null ? { [action]: items } : { [entity]: { [action]: items } };
  if (entity !== null && !WITHOUT_ACCOUNT.has(name)) value.account = WITH_SUBDOMAIN_ONLY.has(name) ? { subdomain: 'test' } : account;
  return { summary, description, value };
}

const post = (operationId, summary, description, tag, contentType, schema, examples, responses) => ({
  post: {
    operationId, summary, description, tags: [tag],
    requestBody: { required: true, content: { [contentType]: { schema, examples } } },
    responses,
  },
});

function accountEntry(row) {
  const [name, summary, entity, action] = row;
  const key = entity === null ? `${action}[0][id]` : `${entity}[${action}][0][id]`;
  const notes = [
    // The page's format line says a deletion is `{"entity":{"action":"id"}}`; its own examples (unsorted) and the
    // `type` key it promises on deleted contacts and companies need a list of objects, as every other action has.
    action === 'delete' && entity !== 'unsorted'
      ? 'The format page writes a deletion as `{"entity":{"action":"id"}}`, yet promises a `type` on deleted contacts and companies, which needs an object: the items here are objects with `id`, as for every other action.'
      : '',
    WIRE_RULE_ONLY.has(entity) || (entity === 'companies')
      ? `The docs show no payload of this family: its keys follow the page's general rule \`{entity: {action: [fields]}}\` with \`${entity}\`, unconfirmed by an example.`
      : '',
  ].filter(Boolean).join(' ');
  const description = `The \`${name}\` account webhook (${summary.toLowerCase()}): \`${key}=…\`. ${notes ? `${notes} ` : ''}${ACCOUNT_DELIVERY} ${SENDER}`;
  const examples = name === 'delete_unsorted'
    ? { deleteUnsortedHook: ref('examples', 'DeleteUnsortedHook'), deleteUnsortedDeclinedHook: ref('examples', 'DeleteUnsortedDeclinedHook') }
    : { [exampleName(name)[0].toLowerCase() + exampleName(name).slice(1)]: ref('examples', exampleName(name)) };
  return [name, post(`receive${pascal(name)}Hook`, summary, description, 'Account webhooks', FORM, accountBody(row), examples, accountResponses)];
}

function dpEntry([name, summary, event, entities]) {
  const props = Object.fromEntries(entities.map((e) => [e, objectOf(event, list('DigitalPipelineHookItem'))]));
  const schema = entities.length === 1
    ? { type: 'object', required: entities, properties: props }
    : { type: 'object', minProperties: 1, properties: props, description: 'The lead (`leads`) or customer (`customers`) the trigger fired on.' };
  const description = `The \`${event}\` Digital Pipeline webhook (${summary.slice('Digital Pipeline: '.length)}), for ${entities.join(' or ')}: \`${entities[0]}[${event}][0][id]=…\`. ${DP_DELIVERY} ${SENDER}`;
  return [name, post(`receive${pascal(name)}Hook`, summary, description, 'Digital Pipeline callbacks', FORM, schema,
    { [`${exampleName(name)[0].toLowerCase()}${exampleName(name).slice(1)}`]: ref('examples', exampleName(name)) },
    { 200: { description: 'Received. The hook is sent once, whatever the answer (digital_pipeline/webhooks.md).' } })];
}

// The disconnect hook's example is signed for real, so that the verifier can be tested on it.
export const DISCONNECT_EXAMPLE = { clientId: 'a1b2c3d4-0000-4000-8000-00000000abcd', clientSecret: 'xxxxxxxxxx', accountId: '30441694' };
const disconnectSignature = createHmac('sha256', DISCONNECT_EXAMPLE.clientSecret)
  .update(`${DISCONNECT_EXAMPLE.clientId}|${DISCONNECT_EXAMPLE.accountId}`).digest('hex');

// A query parameter. `example` is one value, or named values (`{ granted: 'x' }`): the OAuth
// redirect's parameters come in sets (access granted, refused, after a widget install, after
// exchange_api_key), and `npm run mock -- --send-webhook` sends one set by name.
const query = (name, description, schema, example, required = false) => ({
  name, in: 'query', required, description, schema: { type: 'string', ...schema },
  ...(typeof example === 'object'
    ? { examples: Object.fromEntries(Object.entries(example).map(([set, value]) => [set, { summary: SETS[set], value }])) }
    : { example }),
});
const SETS = {
  granted: 'Access granted', refused: 'Access refused', widget: 'After a widget installation', exchange: 'After exchange_api_key',
};
const granted = (value, ...more) => Object.fromEntries(['granted', ...more].map((set) => [set, value]));

// A function: its references resolve once generate-paths has planned the examples.
const others = () => [
  ['dp_widget_hook', {
    post: {
      operationId: 'receiveDpWidgetHook',
      summary: 'Digital Pipeline widget trigger',
      description: `What a widget's own Digital Pipeline trigger receives, as JSON, at the manifest's \`dp/webhook_url\` (digital_pipeline/integrations.md, integrations/structure.md: the URL must be https). amoCRM expects the fastest possible answer. With \`action_multiple: true\`, a move into the trigger's stage first sends type 14, moves inside the stretched action type 15 (22 for customers). ${SENDER}`,
      tags: ['Integration callbacks'],
      requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', 'DigitalPipelineWidgetHook'), examples: { dpWidgetHook: ref('examples', 'DpWidgetHook') } } } },
      responses: { 200: { description: 'Received.' } },
    },
  }],
  ['salesbot_widget_request', {
    post: {
      operationId: 'receiveSalesbotWidgetRequest',
      summary: 'Salesbot widget_request',
      description: `What a Salesbot \`widget_request\` step posts (JSON) to its \`params.url\` (digital_pipeline/salesbot.md). Answer **200 within 2 seconds**; then resume the bot with \`POST /api/v4/salesbot/{bot_id}/continue/{continue_id}\` at \`return_url\` (\`continueSalesbot\`). The bot waits until then, and cannot be resumed once another bot runs on the entity. ${SENDER}`,
      tags: ['Integration callbacks'],
      requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', 'SalesbotWidgetRequest'), examples: { salesbotWidgetRequest: ref('examples', 'SalesbotWidgetRequestHook') } } } },
      responses: { 200: { description: 'Received: 200 within 2 seconds marks the request accepted.' } },
    },
  }],
  ['system_sms', {
    post: {
      operationId: 'receiveSystemSmsHook',
      summary: 'System SMS to send',
      description: `What amoCRM posts, as \`application/x-www-form-urlencoded\`, to the \`sms.endpoint\` of a widget with the \`sms\` location, to have a system SMS (such as a login code) sent (integrations/system_sms.md). The address must be valid and reachable when the widget archive is uploaded. ${SENDER}`,
      tags: ['Integration callbacks'],
      requestBody: { required: true, content: { [FORM]: { schema: ref('schemas', 'SystemSmsRequest'), examples: { systemSmsHook: ref('examples', 'SystemSmsHook') } } } },
      responses: { 200: { description: 'Received.' } },
    },
  }],
  ['oauth_redirect', {
    get: {
      operationId: 'receiveOAuthRedirect',
      summary: 'OAuth redirect with the authorisation code',
      description: `Where the user's browser is sent, at the integration's Redirect URI, after the authorisation window (oauth/step-by-step.md): with \`code\` (exchange it at \`POST /oauth2/access_token\` within 20 minutes), \`referer\` and \`state\` when access was granted; with \`error=access_denied\` (and \`state\`) when it was refused. The same redirect, with \`from_widget\`, follows a widget's installation, and, with \`from_exchange=1\`, \`POST /oauth2/exchange_api_key\` (oauth/exchange-api-key.md). Check \`state\` against the one you sent. ${SENDER}`,
      tags: ['Integration callbacks'],
      parameters: [
        query('code', 'The authorisation code. Absent when access was refused.', {}, granted('def50200a1b2c3', 'widget', 'exchange')),
        query('referer', 'The user\'s account address (host).', {}, granted('example.amocrm.ru', 'widget', 'exchange')),
        query('state', 'The `state` given when the window was opened; absent if none was.', {}, granted('b2c4f1', 'refused')),
        query('from_widget', 'Present when the redirect follows a widget\'s installation.', {}, { widget: '1' }),
        query('platform', '`1`: the account is on amocrm.ru; `2`: on amocrm.com or kommo.com.', { enum: ['1', '2'] }, granted('1', 'widget', 'exchange')),
        query('from_exchange', '`1` when the code comes from `POST /oauth2/exchange_api_key`.', { enum: ['1'] }, { exchange: '1' }),
        query('error', '`access_denied` when the user refused access.', { enum: ['access_denied'] }, { refused: 'access_denied' }),
      ],
      responses: { 200: { description: 'Your page, shown to the user (a redirect of yours is fine too).' } },
    },
  }],
  ['oauth_disconnect', {
    get: {
      operationId: 'receiveOAuthDisconnectHook',
      summary: 'Integration disconnected',
      description: `Called at the integration's disconnect hook address when an account switches the integration off, its tokens then being revoked (oauth/step-by-step.md). Check it came from amoCRM: \`client_uuid\` must be your client ID, and \`signature\` the hex HMAC-SHA256 of \`{client_uuid}|{account_id}\` keyed with the client secret (the client's \`verifyDisconnectSignature\`). The example is signed with client secret \`${DISCONNECT_EXAMPLE.clientSecret}\`. ${SENDER}`,
      tags: ['Integration callbacks'],
      parameters: [
        query('client_uuid', 'The integration\'s OAuth client ID.', {}, DISCONNECT_EXAMPLE.clientId, true),
        query('account_id', 'The account that disconnected the integration.', { pattern: '^[0-9]+$' }, DISCONNECT_EXAMPLE.accountId, true),
        query('signature', 'HMAC-SHA256 of `{client_uuid}|{account_id}` keyed with the client secret, hex.', { pattern: '^[0-9a-f]{64}$' }, disconnectSignature, true),
      ],
      responses: { 200: { description: 'Received.' } },
    },
  }],
  ['oauth_external_secrets', {
    post: {
      operationId: 'receiveOAuthExternalSecrets',
      summary: 'External integration keys',
      description: `Posted (JSON) to the button's \`data-secrets_uri\` (https only) when a user grants an external integration access, always before the redirect with the code (oauth/button.md, oauth/oauth-external-integrations.md). ${SENDER}`,
      tags: ['Integration callbacks'],
      requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', 'OAuthExternalSecrets'), examples: { oauthExternalSecrets: ref('examples', 'OAuthExternalSecretsHook') } } } },
      responses: { 200: { description: 'Received.' } },
    },
  }],
];

export const paths = () => [];

export const webhooks = () => [...ACCOUNT.map(accountEntry), ...DIGITAL_PIPELINE.map(dpEntry), ...others()];

export const examples = () => [
  ...ACCOUNT.map((row) => [exampleName(row[0]), accountExample(row, row[1])]),
  ['DeleteUnsortedDeclinedHook', {
    summary: 'Unsorted entry declined', description: `${DOCS} Declining an entry.`,
    value: { unsorted: { delete: [{ action: 'decline', uid: unsortedUid, category: 'forms', created_at: '124242341', decline_result: { leads: ['2132111'] } }] }, account },
  }],
  ...DIGITAL_PIPELINE.map(([name, summary, event, entities, item, description]) => [exampleName(name), { summary, description, value: { [entities[0]]: { [event]: [item] } } }]),
  ['DpWidgetHook', {
    summary: 'A lead moved inside a stretched trigger',
    description: 'The docs\' example (digital_pipeline/integrations.md), without its `//` comments and with its empty widget settings.',
    value: {
      event: { type: 15, type_code: 'lead_appeared_in_status', data: { id: 123124, element_type: 2, status_id: 654324, pipeline_id: 654324, direction_of_movement: 'went_to_trigger' }, time: 1491300016 },
      action: { settings: { widget: { settings: {} } } }, subdomain: 'ivanov', account_id: 30441694,
    },
  }],
  ['SalesbotWidgetRequestHook', {
    summary: 'A widget_request with contact name',
    description: 'The docs\' example (digital_pipeline/salesbot.md), its `data` as the object it means.',
    value: { token: 'JWT_TOKEN', data: { contact: 'Имя контакта', from: 'widget' }, return_url: 'https://subdomain.amocrm.ru/api/v4/salesbot/321/continue/123' },
  }],
  ['SystemSmsHook', {
    summary: 'A login code',
    description: 'The docs\' example (integrations/system_sms.md).',
    value: {
      text: 'Код для входа в личный кабинет - 834622', phone: '+79123456789',
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkV4YW1wbGUgYW1vQ1JNIFRPS0VOIiwiaWF0IjoxNjA4MjQxNjU4fQ.GkL8yEXAAQ4yaM1M9gpY01zVJur9FJ9Nfed63vxN_J4',
    },
  }],
  ['OAuthExternalSecretsHook', {
    summary: 'Keys with a state',
    description: 'The docs\' example (oauth/oauth-external-integrations.md).',
    value: { client_id: 'xxxx-xxxx-xxxx', client_secret: 'xxxxxxxxxx', state: '123qwe' },
  }],
];
