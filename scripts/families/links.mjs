// Entity links (entity-links-api.md): for each of leads, contacts, companies and customers, the
// links of one entity (list, link, unlink) and the mass forms over several entities (list, link,
// unlink): 6 operations x 4 kinds in 16 path files. The kinds differ only by what they may link
// to (the matrix below), so paths and examples come from this table.
import { BY_RIGHTS, blocks, lowerFirst, refFrom } from './lib.mjs';
import { ENTITY_KINDS } from './entity-kinds.mjs';

export const section = 'links';
const ref = refFrom(section);
const { responses, hal, jsonBody } = blocks(ref);
const tags = ['Entity links'];
const COMMON = [401, 402, 403, 429];

// "Возможные связи различаются для разных типов сущностей". The page's list for contacts omits
// leads, although a lead links its contacts and the link is one relation seen from either side:
// this description allows it from the contact's side too.
const LINKS_TO = {
  leads: ['contacts', 'companies', 'catalog_elements'],
  contacts: ['leads', 'companies', 'customers', 'catalog_elements'],
  companies: ['contacts', 'leads', 'customers', 'catalog_elements'],
  customers: ['contacts', 'companies', 'catalog_elements'],
};
const MATRIX_NOTE = {
  contacts: ' The page lists companies, customers and catalog elements for contacts; leads are allowed here too, since a lead links its contacts and that link is the same relation.',
};

const KIND_IDS = { contacts: 457282, companies: 11271229, customers: 1001 };
const TARGET_IDS = { leads: 14158851, contacts: 457282, companies: 11271229, customers: 1001, catalog_elements: 10 };
const host = 'https://example.amocrm.ru';

const readMetadata = (to) => (to === 'contacts' ? { main_contact: true } : to === 'catalog_elements' ? { quantity: 1, catalog_id: 1026 } : null);
const writeMetadata = (to) => (to === 'contacts' ? { is_main: true } : to === 'catalog_elements' ? { quantity: 1, catalog_id: 1026 } : undefined);
const withMetadata = (item, metadata) => (metadata === undefined ? item : { ...item, metadata });

/** Request body: an array of `schema` items whose `to_entity_type` is narrowed to what `kind` links to. */
function linkBody(kind, schema, exampleName) {
  return jsonBody({
    type: 'array',
    minItems: 1,
    items: {
      allOf: [ref('schemas', schema), {
        type: 'object',
        properties: { to_entity_type: { type: 'string', enum: LINKS_TO[kind.path], example: LINKS_TO[kind.path][0] } },
      }],
    },
  }, [exampleName]);
}

const unlinked = { description: 'The links were removed. The answer has no body.' };
const linkTargets = (kind) => LINKS_TO[kind.path].map((t) => `\`${t}\``).join(', ');

function oneEntity(kind) {
  const base = `/api/v4/${kind.path}/{entity_id}`;
  const pathParameters = [ref('parameters', 'XContextUserId'), ref('parameters', 'EntityId')];
  return [
    [`${base}/links`, {
      parameters: pathParameters,
      get: {
        operationId: `list${kind.one}Links`,
        summary: `List the links of a ${kind.noun}`,
        description: [
          `Returns the entities linked to one ${kind.noun} (список связанных сущностей): ${linkTargets(kind)}.`,
          'The page documents no paging parameters; its example\'s `_links.self` carries `page=1&limit=50`, so `page` and `limit` are described as the other lists have them.',
          BY_RIGHTS,
        ].join(' '),
        tags,
        parameters: [ref('parameters', 'EntityLinksFilter'), ref('parameters', 'Page'), ref('parameters', 'Limit')],
        responses: responses([400, ...COMMON], { 200: hal('The links.', 'EntityLinkCollection', [`${kind.one}LinksListResponse`]) }),
      },
    }],
    [`${base}/link`, {
      parameters: pathParameters,
      post: {
        operationId: `link${kind.one}`,
        summary: `Link entities to a ${kind.noun}`,
        description: [
          `Links entities to one ${kind.noun} (привязка сущностей): ${linkTargets(kind)}.${MATRIX_NOTE[kind.path] ?? ''}`,
          'A contact is made the main one with `metadata.is_main` (read back as `metadata.main_contact`); a catalog element needs its `metadata.catalog_id`.',
          BY_RIGHTS,
        ].join(' '),
        tags,
        requestBody: linkBody(kind, 'EntityLinkCreate', `${kind.one}LinkRequest`),
        responses: responses([400, ...COMMON], { 200: hal('The links made, with their main entity.', 'EntityLinkCollection', [`${kind.one}LinkResponse`]) }),
      },
    }],
    [`${base}/unlink`, {
      parameters: pathParameters,
      post: {
        operationId: `unlink${kind.one}`,
        summary: `Unlink entities from a ${kind.noun}`,
        description: `Removes links of one ${kind.noun} (отвязка сущностей); a catalog element is named with its \`metadata.catalog_id\`. Answers **204** with no body. ${BY_RIGHTS}`,
        tags,
        requestBody: linkBody(kind, 'EntityUnlink', `${kind.one}UnlinkRequest`),
        responses: responses([400, ...COMMON], { 204: unlinked }),
      },
    }],
  ];
}

function mass(kind) {
  const base = `/api/v4/${kind.path}`;
  const pathParameters = [ref('parameters', 'XContextUserId')];
  return [
    [`${base}/links`, {
      parameters: pathParameters,
      get: {
        operationId: `list${kind.many}Links`,
        summary: `List the links of several ${kind.nouns}`,
        description: [
          `Returns the links of the ${kind.nouns} named by \`filter[entity_id][]\` (массовый список связанных сущностей), each with its main entity.`,
          'The filter by main entity is required.',
          BY_RIGHTS,
        ].join(' '),
        tags,
        parameters: [ref('parameters', 'EntitiesLinksFilter')],
        responses: responses([400, ...COMMON], { 200: hal('The links.', 'EntityLinkCollection', [`${kind.many}LinksListResponse`]) }),
      },
    }],
    [`${base}/link`, {
      parameters: pathParameters,
      post: {
        operationId: `link${kind.many}`,
        summary: `Link entities to several ${kind.nouns}`,
        description: `Links entities to several ${kind.nouns} at once (массовая привязка сущностей); each item names its ${kind.noun} in \`entity_id\`. Linkable: ${linkTargets(kind)}.${MATRIX_NOTE[kind.path] ?? ''} ${BY_RIGHTS}`,
        tags,
        requestBody: linkBody(kind, 'EntityLinkBatchCreate', `${kind.many}LinkRequest`),
        responses: responses([400, ...COMMON], { 200: hal('The links made, with their main entities.', 'EntityLinkCollection', [`${kind.many}LinkResponse`]) }),
      },
    }],
    [`${base}/unlink`, {
      parameters: pathParameters,
      post: {
        operationId: `unlink${kind.many}`,
        summary: `Unlink entities from several ${kind.nouns}`,
        description: `Removes links of several ${kind.nouns} at once (массовая отвязка сущностей); each item names its ${kind.noun} in \`entity_id\`. Answers **204** with no body. ${BY_RIGHTS}`,
        tags,
        requestBody: linkBody(kind, 'EntityBatchUnlink', `${kind.many}UnlinkRequest`),
        responses: responses([400, ...COMMON], { 204: unlinked }),
      },
    }],
  ];
}

export function paths() {
  return ENTITY_KINDS.flatMap((kind) => [...oneEntity(kind), ...mass(kind)]);
}

// The documentation's examples are for leads; the other kinds' are the same shapes over what
// they link to. Fixed in the leads mass-list example: the missing commas after `entity_type`.
const DOCS_LEADS_LIST = [
  { to_entity_id: 597393, to_entity_type: 'catalog_elements', metadata: { quantity: 1, catalog_id: 4521 } },
  { to_entity_id: 11069775, to_entity_type: 'contacts', metadata: { main_contact: true } },
  { to_entity_id: 11271233, to_entity_type: 'contacts', metadata: { main_contact: false } },
  { to_entity_id: 11271229, to_entity_type: 'companies', metadata: null },
];

// The leads examples as the page has them (request and answer pairs).
const DOCS_LEADS_WRITE = [
  { to_entity_id: 10, to_entity_type: 'catalog_elements', metadata: { quantity: 1, catalog_id: 1026 } },
  { to_entity_id: 457282, to_entity_type: 'contacts', metadata: { is_main: true } },
];
const DOCS_LEADS_UNLINK = [
  { to_entity_id: 10, to_entity_type: 'catalog_elements', metadata: { catalog_id: 1026 } },
  { to_entity_id: 457282, to_entity_type: 'contacts' },
];

function exampleSet(kind) {
  if (kind.path === 'leads') return leadsExamples();
  const id = KIND_IDS[kind.path];
  const targets = LINKS_TO[kind.path];
  const adapted = `The shape of the documentation's leads example, over what a ${kind.noun} links to.`;
  const listItems = targets.map((t) => ({ to_entity_id: TARGET_IDS[t], to_entity_type: t, metadata: readMetadata(t) }));
  const writeItems = targets.slice(0, 2).map((t) => withMetadata({ to_entity_id: TARGET_IDS[t], to_entity_type: t }, writeMetadata(t)));
  const unlinkItems = writeItems.map(({ to_entity_id, to_entity_type }) => withMetadata({ to_entity_id, to_entity_type },
    to_entity_type === 'catalog_elements' ? { catalog_id: 1026 } : undefined));
  const answered = (items, entityOf) => items.map((item, i) => ({
    entity_id: entityOf(i), entity_type: kind.path, to_entity_id: item.to_entity_id, to_entity_type: item.to_entity_type,
    metadata: readMetadata(item.to_entity_type),
  }));
  const collection = (href, links) => ({ _total_items: links.length, _links: { self: { href } }, _embedded: { links } });
  const massIds = [id, id + 1];
  const massList = listItems.map((item, i) => ({ entity_id: massIds[i < 2 ? 0 : 1], entity_type: kind.path, ...item }));
  const ex = (summary, value) => ({ summary, description: adapted, value });
  return [
    [`${kind.one}LinksListResponse`, ex(`The links of one ${kind.noun}`,
      collection(`${host}/api/v4/${kind.path}/${id}/links?page=1&limit=50`, listItems))],
    [`${kind.one}LinkRequest`, ex(`Link ${writeItems.map((i) => i.to_entity_type).join(' and ')}`, writeItems)],
    [`${kind.one}LinkResponse`, ex('The links made', collection(`${host}/api/v4/${kind.path}/${id}/links`, answered(writeItems, () => id)))],
    [`${kind.one}UnlinkRequest`, ex(`Unlink ${unlinkItems.map((i) => i.to_entity_type).join(' and ')}`, unlinkItems)],
    [`${kind.many}LinksListResponse`, { ...ex(`The links of two ${kind.nouns}`,
      collection(`${host}/api/v4/${kind.path}/links?filter[entity_id][]=${massIds[0]}&filter[entity_id][]=${massIds[1]}`, massList)) }],
    [`${kind.many}LinkRequest`, ex('Link entities to two ' + kind.nouns, writeItems.map((item, i) => ({ entity_id: massIds[i % 2], ...item })))],
    [`${kind.many}LinkResponse`, ex('The links made', collection(`${host}/api/v4/${kind.path}/links`, answered(writeItems, (i) => massIds[i % 2])))],
    [`${kind.many}UnlinkRequest`, ex('Unlink entities from two ' + kind.nouns, unlinkItems.map((item, i) => ({ entity_id: massIds[i % 2], ...item })))],
  ];
}

function leadsExamples() {
  const docs = (summary, value, description = 'The documentation\'s example.') => ({ summary, description, value });
  const collection = (href, links) => ({ _total_items: links.length, _links: { self: { href } }, _embedded: { links } });
  const answered = (ids) => DOCS_LEADS_WRITE.map((item, i) => ({
    entity_id: ids[i], entity_type: 'leads', to_entity_id: item.to_entity_id, to_entity_type: item.to_entity_type,
    metadata: readMetadata(item.to_entity_type),
  }));
  const massIds = [7593303, 7593303, 7593305, 7593305];
  return [
    ['LeadLinksListResponse', docs('The links of one lead', {
      ...collection('https://shard151.amocrm.ru/api/v4/leads/7593303/links?page=1&limit=50', DOCS_LEADS_LIST) })],
    ['LeadLinkRequest', docs('Link a catalog element and the main contact', DOCS_LEADS_WRITE)],
    ['LeadLinkResponse', docs('The links made', collection(`${host}/api/v4/leads/14158851/links`, answered([14158851, 14158851])))],
    ['LeadUnlinkRequest', docs('Unlink a catalog element and a contact', DOCS_LEADS_UNLINK)],
    ['LeadsLinksListResponse', docs('The links of two leads', collection(
      'https://shard151.amocrm.ru/api/v4/leads/links?filter[entity_id][]=7593303&filter[entity_id][]=7593305',
      DOCS_LEADS_LIST.map((item, i) => ({ entity_id: massIds[i], entity_type: 'leads', ...item }))),
    'The documentation\'s example, with the commas it lacks after `entity_type` restored.')],
    ['LeadsLinkRequest', docs('Link entities to two leads', DOCS_LEADS_WRITE.map((item, i) => ({ entity_id: [14158851, 14158852][i], ...item })))],
    ['LeadsLinkResponse', docs('The links made', collection(`${host}/api/v4/leads/links`, answered([14158851, 14158852])))],
    ['LeadsUnlinkRequest', docs('Unlink entities from two leads', DOCS_LEADS_UNLINK.map((item, i) => ({ entity_id: [14158851, 14158853][i], ...item })))],
  ];
}

export function examples() {
  return ENTITY_KINDS.flatMap(exampleSet);
}
