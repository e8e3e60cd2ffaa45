// Entity files (files-api.md, the part on the account's host): for each of leads, contacts,
// companies and customers, list the files attached to one entity, attach files, detach them:
// 3 operations x 4 kinds in 4 path files.
import { blocks, refFrom } from './lib.mjs';
import { ENTITY_KINDS } from './entity-kinds.mjs';

export const section = 'entity-files';
const ref = refFrom(section);
const { responses, hal, jsonBody, batch } = blocks(ref);
const tags = ['Entity files'];
const WHO = '**Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").';
const COMMON = [400, 401, 402, 403, 404, 429];
const host = 'https://example.amocrm.ru/api/v4';
const accepted = (what) => ({ description: `Accepted: the files are being ${what}. The answer has no body.` });

const item = (kind) => [`/api/v4/${kind.path}/{entity_id}/files`, {
  parameters: [ref('parameters', 'XContextUserId'), ref('parameters', 'EntityId')],
  get: {
    operationId: `list${kind.one}Files`,
    summary: `List the files of a ${kind.noun}`,
    description: [
      `Returns the files attached to one ${kind.noun} (получение файлов, связанных с сущностью), newest link first,`,
      'a page at a time through a cursor: pass the last `id` received as `before_id`.',
      `When the ${kind.noun} has no files, the answer is **204 with an empty body**; 404 when it does not exist.`,
      'The documentation\'s example links point at an internal `/ajax/v4/…` path on another account\'s host; the example here uses the public path.',
      WHO,
    ].join(' '),
    tags,
    parameters: [ref('parameters', 'EntityFilesLimit'), ref('parameters', 'EntityFilesBeforeId')],
    responses: responses([204, ...COMMON], { 200: hal('The files.', 'EntityFileCollection', [`${kind.one}FilesListResponse`]) }),
  },
  put: {
    operationId: `link${kind.one}Files`,
    summary: `Attach files to a ${kind.noun}`,
    description: `Attaches drive files to one ${kind.noun} by their UUIDs (привязка файлов к сущности). Answers **202** with no body. ${WHO}`,
    tags,
    requestBody: jsonBody(batch('EntityFileRef'), [`${kind.one}FilesLinkRequest`]),
    responses: responses(COMMON, { 202: accepted('attached') }),
  },
  delete: {
    operationId: `unlink${kind.one}Files`,
    summary: `Detach files from a ${kind.noun}`,
    description: `Detaches files from one ${kind.noun} (отвязка файлов от сущности): a \`DELETE\` with a JSON body listing the file UUIDs. Answers **202** with no body. ${WHO}`,
    tags,
    requestBody: jsonBody(batch('EntityFileRef'), [`${kind.one}FilesUnlinkRequest`]),
    responses: responses(COMMON, { 202: accepted('detached') }),
  },
}];

export const paths = () => ENTITY_KINDS.map(item);

export const examples = () => ENTITY_KINDS.flatMap((kind) => {
  const what = kind.path === 'leads' ? 'The documentation\'s example.' : `The documentation's leads example, for ${kind.nouns}.`;
  return [
    [`${kind.one}FilesListResponse`, { summary: 'Two files', description: `${what} Its self link is on the public path (the documentation shows an internal \`/ajax/v4/…\` one).`, value: {
      _links: { self: { href: `${host}/${kind.path}/18437733/files?limit=50` } },
      _embedded: { files: [
        { file_uuid: '50ca4b6b-0b88-4ece-9f89-d48961579ae0', id: 2140857 },
        { file_uuid: '5ef222cd-bce4-4df8-8466-3dee7d16e70d', id: 2128681 },
      ] },
    } }],
    [`${kind.one}FilesLinkRequest`, { summary: 'Two files', description: what, value: [
      { file_uuid: '50ca4b6b-0b88-4ece-9f89-d48961579ae0' }, { file_uuid: '367b9f38-5f01-4cea-947e-dfab47aea522' },
    ] }],
    [`${kind.one}FilesUnlinkRequest`, { summary: 'One file', description: `The documentation gives no example; one file of the attach example, for ${kind.nouns}.`, value: [
      { file_uuid: '50ca4b6b-0b88-4ece-9f89-d48961579ae0' },
    ] }],
  ];
});
