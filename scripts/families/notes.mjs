// Notes (events-and-notes.md, "Примечания"): for each of leads, contacts, companies and
// customers, the notes of the kind (list, add, edit in a batch), of one entity (list, add, edit
// in a batch), and one note (get by ID in both path forms, edit on its own path): 9 operations x
// 4 kinds in 20 path files. The kinds differ only by name, so paths and examples come from here.
import { blocks, refFrom } from './lib.mjs';
import { ENTITY_KINDS } from './entity-kinds.mjs';

export const section = 'notes';
const ref = refFrom(section);
const { responses, hal, jsonBody, batch } = blocks(ref);
const tags = ['Notes'];
const READ = '**Who may call it:** all users of the account; what is returned depends on the user\'s rights to the entity.';
const WRITE = '**Who may call it:** all users of the account; whether it succeeds depends on the user\'s rights to the entity.';
const COMMON = [401, 402, 403, 429];
const EMPTY = 'When nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему запросу ничего не найдено", sent with HTTP 204).';

const xContext = () => ref('parameters', 'XContextUserId');

function ofKind(kind) {
  return [`/api/v4/${kind.path}/notes`, {
    parameters: [xContext()],
    get: {
      operationId: `list${kind.many}Notes`,
      summary: `List ${kind.noun} notes`,
      description: `Returns the notes of ${kind.nouns} (список примечаний по типу сущности), a page at a time, filtered and sorted. ${EMPTY} ${READ}`,
      tags,
      parameters: [ref('parameters', 'Page'), ref('parameters', 'Limit'), ref('parameters', 'NotesFilter'), ref('parameters', 'NotesOrder')],
      responses: responses([204, ...COMMON], { 200: hal('A page of notes.', 'NoteCollection', [`${kind.many}NotesListResponse`]) }),
    },
    post: {
      operationId: `create${kind.many}Notes`,
      summary: `Add notes to ${kind.nouns}`,
      description: `Adds notes to ${kind.nouns} in a batch (добавление примечаний); each names its ${kind.noun} in \`entity_id\` and carries its \`note_type\` and \`params\`. ${WRITE}`,
      tags,
      requestBody: jsonBody(batch('NoteCreate'), [`${kind.many}NotesCreateRequest`]),
      responses: responses([400, ...COMMON], { 200: hal('The notes added, in the order sent.', 'NoteCreatedCollection', [`${kind.many}NotesCreateResponse`]) }),
    },
    patch: {
      operationId: `update${kind.many}Notes`,
      summary: `Edit ${kind.noun} notes`,
      description: [
        `Changes notes of ${kind.nouns} in a batch (редактирование примечаний): an array of notes, each by \`id\` with its \`note_type\` and \`params\`.`,
        'The documentation\'s success text ("Списки были успешно изменены") is copied from the catalogs page; the answer is the changed notes.',
        WRITE,
      ].join(' '),
      tags,
      requestBody: jsonBody(batch('NoteBatchUpdate'), [`${kind.many}NotesUpdateRequest`]),
      responses: responses([400, ...COMMON], { 200: hal('The notes changed, in the order sent.', 'NoteUpdatedCollection', [`${kind.many}NotesUpdateResponse`]) }),
    },
  }];
}

function ofEntity(kind) {
  return [`/api/v4/${kind.path}/{entity_id}/notes`, {
    parameters: [xContext(), ref('parameters', 'EntityId')],
    get: {
      operationId: `list${kind.one}Notes`,
      summary: `List the notes of a ${kind.noun}`,
      description: `Returns the notes of one ${kind.noun} (список примечаний по ID сущности), a page at a time. ${EMPTY} ${READ}`,
      tags,
      parameters: [ref('parameters', 'Page'), ref('parameters', 'Limit'), ref('parameters', 'EntityNotesFilter'), ref('parameters', 'NotesOrder')],
      responses: responses([204, ...COMMON], { 200: hal('A page of notes.', 'NoteCollection', [`${kind.one}NotesListResponse`]) }),
    },
    post: {
      operationId: `create${kind.one}Notes`,
      summary: `Add notes to a ${kind.noun}`,
      description: `Adds notes to one ${kind.noun} in a batch; the ${kind.noun} is the path's, so no \`entity_id\` is sent. ${WRITE}`,
      tags,
      requestBody: jsonBody(batch('EntityNoteCreate'), [`${kind.one}NotesCreateRequest`]),
      responses: responses([400, ...COMMON], { 200: hal('The notes added, in the order sent.', 'NoteCreatedCollection', [`${kind.one}NotesCreateResponse`]) }),
    },
    patch: {
      operationId: `update${kind.one}Notes`,
      summary: `Edit notes of a ${kind.noun}`,
      description: `Changes notes of one ${kind.noun} in a batch, each by \`id\`. ${WRITE}`,
      tags,
      requestBody: jsonBody(batch('NoteBatchUpdate'), [`${kind.many}NotesUpdateRequest`]),
      responses: responses([400, ...COMMON], { 200: hal('The notes changed, in the order sent.', 'NoteUpdatedCollection', [`${kind.many}NotesUpdateResponse`]) }),
    },
  }];
}

function noteById(kind) {
  return [`/api/v4/${kind.path}/notes/{id}`, {
    parameters: [xContext(), ref('parameters', 'NoteId')],
    get: {
      operationId: `get${kind.one}NoteById`,
      summary: `Get a ${kind.noun} note by ID`,
      description: `Returns one note of a ${kind.noun} by its ID alone (получение примечания по ID). The documentation describes no edit on this path; edit a note through \`/api/v4/${kind.path}/{entity_id}/notes/{id}\`. ${READ}`,
      tags,
      responses: responses(COMMON, { 200: hal('The note.', 'Note', [`${kind.one}NoteGetResponse`]) }),
    },
  }];
}

function entityNote(kind) {
  return [`/api/v4/${kind.path}/{entity_id}/notes/{id}`, {
    parameters: [xContext(), ref('parameters', 'EntityId'), ref('parameters', 'NoteId')],
    get: {
      operationId: `get${kind.one}Note`,
      summary: `Get a note of a ${kind.noun}`,
      description: `Returns one note of a ${kind.noun} by the ${kind.noun}'s ID and the note's (получение примечания по ID). ${READ}`,
      tags,
      responses: responses(COMMON, { 200: hal('The note.', 'Note', [`${kind.one}NoteGetResponse`]) }),
    },
    patch: {
      operationId: `update${kind.one}Note`,
      summary: `Edit a note of a ${kind.noun}`,
      description: `Changes one note: the body is the note model itself (its \`note_type\` and \`params\`), not an array. ${WRITE}`,
      tags,
      requestBody: jsonBody(ref('schemas', 'NoteUpdate'), [`${kind.one}NoteUpdateRequest`]),
      responses: responses([400, ...COMMON], { 200: hal('The note changed.', 'NoteUpdated', [`${kind.one}NoteUpdateResponse`]) }),
    },
  }];
}

export const paths = () => ENTITY_KINDS.flatMap((kind) => [ofKind(kind), ofEntity(kind), noteById(kind), entityNote(kind)]);

// The documentation's examples are for leads; the other kinds get the same with their own URLs.
const host = 'https://example.amocrm.ru/api/v4';
const self = (href) => ({ self: { href } });
const note = (kind, n) => ({
  id: n.id, entity_id: n.entity_id, created_by: n.by, updated_by: n.by, created_at: n.created, updated_at: n.updated,
  responsible_user_id: 939801, group_id: 0, note_type: n.type, params: n.params, account_id: 17079858,
  _links: self(`${host}/${kind.path}/${n.entity_id}/notes/${n.id}`),
});
const common = (id, entity, by, created, updated, text) => ({ id, entity_id: entity, by, created, updated, type: 'common', params: { text } });
const ATTACHMENT = {
  id: 42709842, entity_id: 26053794, by: 939801, created: 1548280113, updated: 1548280115, type: 'attachment',
  params: {
    is_drive_attachment: true, text: 'Снимок экрана 2022-12-12 в 20.11.45 (1).jpg', original_name: 'Снимок экрана 2022-12-12 в 20.11.45 (1).jpg',
    file_uuid: '6905db7c-3a29-4d30-8953-bac68c05e8e8', version_uuid: '4e316440-4122-4cad-b121-9709882b4cc1', file_name: 'Snimok_ekrana_2022-12-12_v_20.11.45_1_.jpg',
  },
};
const CALL = { uniq: '8f52d38a-5fb3-406d-93a3-a4832dc28f8b', duration: 60, source: 'onlinePBX', link: 'https://example.com', phone: '+79999999999' };

function exampleSet(kind) {
  const leads = kind.path === 'leads';
  const said = (extra = '') => (leads ? `The documentation's example${extra}.` : `The documentation's leads example${extra}, for ${kind.nouns}.`);
  const filter = 'filter%5Bid%5D%5B0%5D=42709325&filter%5Bid%5D%5B1%5D=42709842';
  const created = [76787983, 76787985, 76787987];
  return [
    [`${kind.many}NotesListResponse`, { summary: 'A text note and a file', description: said(), value: {
      _page: 1,
      _links: { ...self(`${host}/${kind.path}/notes?${filter}&page=1&limit=50`), next: { href: `${host}/${kind.path}/notes?${filter}&page=2&limit=50` } },
      _embedded: { notes: [note(kind, common(42709325, 26050861, 940088, 1540407495, 1540408317, 'Текст примечания')), note(kind, ATTACHMENT)] },
    } }],
    [`${kind.one}NotesListResponse`, { summary: 'Two text notes of one entity', description: said(), value: {
      _page: 1,
      _links: { ...self(`${host}/${kind.path}/26050861/notes?limit=2&page=1`), next: { href: `${host}/${kind.path}/26050861/notes?limit=2&page=2` } },
      _embedded: { notes: [
        note(kind, common(42709325, 26050861, 940088, 1540407495, 1540408317, 'Текст примечания 2')),
        note(kind, common(42736075, 26050861, 939801, 1587555198, 1587555199, 'Текст примечания')),
      ] },
    } }],
    [`${kind.one}NoteGetResponse`, { summary: 'A text note', description: said(),
      value: note(kind, common(42709325, 26050861, 940088, 1540407495, 1540408317, 'Текст примечания')) }],
    [`${kind.many}NotesCreateRequest`, { summary: 'Two calls and a geolocation', description: said(', with a latitude that exists (the documentation\'s 91.423146 is beyond 90)'), value: [
      { entity_id: 167353, note_type: 'call_in', responsible_user_id: 8238874, params: CALL },
      { entity_id: 167353, note_type: 'call_out', responsible_user_id: 8238874, params: CALL },
      { entity_id: 167353, note_type: 'geolocation', responsible_user_id: 8238874, params: {
        text: 'Примечание с геолокацией', address: 'ул. Пушкина, дом Колотушкина, квартира Вольнова', longitude: '53.714816', latitude: '41.423146' } },
    ] }],
    [`${kind.many}NotesCreateResponse`, { summary: 'Three notes added', description: said(' (it lists a fourth note the request did not send, and an `http://` self link; both dropped here)'), value: {
      _links: self(`${host}/${kind.path}/notes`),
      _embedded: { notes: created.map((id, i) => ({ id, entity_id: 167353, request_id: String(i), _links: self(`${host}/${kind.path}/167353/notes/${id}`) })) },
    } }],
    [`${kind.one}NotesCreateRequest`, { summary: 'Calls shown in Analytics', description: said(' for calls that the "Analytics" section counts for a user: `created_by` equals `responsible_user_id`'), value: [
      { note_type: 'call_in', created_by: 32321, responsible_user_id: 32321, params: CALL },
      { note_type: 'call_out', created_by: 32321, responsible_user_id: 32321, params: CALL },
    ] }],
    [`${kind.one}NotesCreateResponse`, { summary: 'Two notes added', description: said(), value: {
      _links: self(`${host}/${kind.path}/167353/notes`),
      _embedded: { notes: created.slice(0, 2).map((id, i) => ({ id, entity_id: 167353, request_id: String(i), _links: self(`${host}/${kind.path}/167353/notes/${id}`) })) },
    } }],
    [`${kind.many}NotesUpdateRequest`, { summary: 'Two SMS notes', description: said(), value: [
      { id: 76610421, note_type: 'sms_in', params: { text: 'Новое входящие SMS', phone: '+79999999999' } },
      { id: 76610423, note_type: 'sms_out', params: { text: 'Новое исходящие SMS', phone: '+79999999999' } },
    ] }],
    [`${kind.many}NotesUpdateResponse`, { summary: 'Two notes changed', description: said(), value: {
      _links: self(`${host}/${kind.path}/notes`),
      _embedded: { notes: [76610421, 76610423].map((id) => ({ id, entity_id: 167353, updated_at: 1588841241, _links: self(`${host}/${kind.path}/167353/notes/${id}`) })) },
    } }],
    [`${kind.one}NoteUpdateRequest`, { summary: 'A text note', description: `One note as a model (the single-note form of the batch edit), for ${kind.nouns}.`,
      value: { note_type: 'common', params: { text: 'Новый текст примечания' } } }],
    [`${kind.one}NoteUpdateResponse`, { summary: 'The note changed', description: `The batch edit's answer for one note, for ${kind.nouns}.`,
      value: { id: 76610421, entity_id: 167353, updated_at: 1588841241, _links: self(`${host}/${kind.path}/167353/notes/76610421`) } }],
  ];
}

export const examples = () => ENTITY_KINDS.flatMap(exampleSet);
