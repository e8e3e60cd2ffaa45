// Tags (tags-api.md): list and create the tags of leads, contacts, companies and customers,
// 2 operations x 4 kinds in 4 path files. Adding tags to an entity and removing them is the
// entity's own edit (`PATCH /api/v4/{entity}`), described on those operations.
import { BY_RIGHTS, blocks, refFrom } from './lib.mjs';
import { ENTITY_KINDS } from './entity-kinds.mjs';

export const section = 'tags';
const ref = refFrom(section);
const { responses, hal, jsonBody, batch } = blocks(ref);
const tags = ['Tags'];
const COMMON = [401, 402, 403, 429];
const host = 'https://example.amocrm.ru';

const TAGGING = [
  'Tags are attached and detached through the entity\'s own edit (`PATCH /api/v4/{entity}` or `/api/v4/{entity}/{id}`):',
  '`_embedded.tags` there **replaces** the whole set (tags not sent are detached; `null` detaches all), while',
  '`tags_to_add` and `tags_to_delete`, where the entity documents them, add and remove incrementally.',
].join(' ');

function item(kind) {
  const colour = kind.path === 'leads' ? ' A lead tag may carry a `color` from the palette.' : ' Only lead tags have a colour.';
  return [`/api/v4/${kind.path}/tags`, {
    parameters: [ref('parameters', 'XContextUserId')],
    get: {
      operationId: `list${kind.many}Tags`,
      summary: `List ${kind.noun} tags`,
      description: `Returns the tags of ${kind.nouns} in the account (список тегов для сущности), a page at a time. When nothing matches, the answer is **204 with an empty body**. ${TAGGING} ${BY_RIGHTS}`,
      tags,
      parameters: [ref('parameters', 'Page'), ref('parameters', 'Limit'), ref('parameters', 'TagsFilter'), ref('parameters', 'TagsQuery')],
      responses: responses([204, ...COMMON], { 200: hal('A page of tags.', 'TagCollection', [`${kind.many}TagsListResponse`]) }),
    },
    post: {
      operationId: `create${kind.many}Tags`,
      summary: `Create ${kind.noun} tags`,
      description: `Creates tags of ${kind.nouns} in a batch (добавление тегов для конкретного типа сущности); for a name that already exists, the answer carries the existing tag's ID.${colour} ${BY_RIGHTS}`,
      tags,
      requestBody: jsonBody(batch('TagCreate'), [`${kind.many}TagsCreateRequest`]),
      responses: responses([400, ...COMMON], { 200: hal('The tags, in the order sent.', 'TagCreatedCollection', [`${kind.many}TagsCreateResponse`]) }),
    },
  }];
}

export const paths = () => ENTITY_KINDS.map(item);

// The documentation's examples are for leads; the other kinds get the same, without colours.
function exampleSet(kind) {
  const leads = kind.path === 'leads';
  const what = leads ? 'The documentation\'s example.' : `The documentation's leads example, for ${kind.noun} tags (no colours).`;
  const colour = (c) => (leads ? { color: c } : {});
  const listed = [{ id: 2707, name: 'Заявка с сайта', ...colour('EBEBEB') }, { id: 2709, name: 'Техническая поддержка', ...colour(null) }];
  const filter = 'filter[id][]=2707&filter[id][]=2709';
  return [
    [`${kind.many}TagsListResponse`, { summary: 'Two tags by ID', description: what, value: {
      _page: 1,
      _links: {
        self: { href: `${host}/api/v4/${kind.path}/tags?${filter}&page=1&limit=50` },
        next: { href: `${host}/api/v4/${kind.path}/tags?${filter}&page=2&limit=50` },
      },
      _embedded: { tags: listed },
    } }],
    [`${kind.many}TagsCreateRequest`, { summary: 'Three tags', description: what, value: [
      { name: 'Tag 1', ...colour('DDEBB5') }, { name: 'Tag 2', request_id: 'my_request_id' }, { name: 'Tag 3' },
    ] }],
    [`${kind.many}TagsCreateResponse`, { summary: 'Three tags created', description: what, value: {
      _total_items: 3,
      _embedded: { tags: [
        { id: 263807, name: 'Tag 1', ...colour('DDEBB5'), request_id: '0' },
        { id: 263809, name: 'Tag 2', ...colour(null), request_id: 'my_request_id' },
        { id: 263811, name: 'Tag 3', ...colour(null), request_id: '2' },
      ] },
    } }],
  ];
}

export const examples = () => ENTITY_KINDS.flatMap(exampleSet);
