// The seed-coverage test is only as good as its block finder: these pin down what it finds.
import { fencedJsonBlocks, plainJsonBlocks, sliceSeed } from '../helpers/seed-blocks';

const plainPage = [
  'Пример запроса',
  '',
  'В примере ниже обновим 2 поля.',
  '        ',
  '[',
  '    { "name": "a ] tricky } name \\" [", "sort": 1 }',
  ']',
  '        ',
  'Параметр Тип данных Описание',
  'id int [not JSON]',
  'Пример ответа',
  '',
  '{',
  '    "_embedded": { "custom_fields": [ { "id": 1 }, ] }',
  '}',
  'Примеры заполнения разных типов полей через API',
  'Пример ответа',
  '{ "outside": true }',
].join('\n');

describe('plainJsonBlocks', () => {
  it('takes the value after each heading, to its balanced end, ignoring brackets inside strings', () => {
    const { blocks, headings } = plainJsonBlocks(plainPage);
    expect(headings).toBe(3);
    expect(blocks).toHaveLength(3);
    expect(JSON.parse(blocks[0]!)).toEqual([{ name: 'a ] tricky } name " [', sort: 1 }]);
    expect(blocks[1]!.startsWith('{') && blocks[1]!.endsWith('}')).toBe(true);
    expect(() => JSON.parse(blocks[1]!)).toThrow(); // the trailing comma is kept for a repair to fix
  });

  it('ignores bracketed text that no example heading introduces', () => {
    expect(plainJsonBlocks('id int\n[not an example]\n{ "x": 1 }').blocks).toEqual([]);
  });

  it('fails loudly on a value that never closes', () => {
    expect(() => plainJsonBlocks('Пример ответа\n{\n  "a": [1, 2\n}')).toThrow(/unbalanced/);
  });
});

describe('sliceSeed', () => {
  it('keeps the lines before the end marker', () => {
    const text = sliceSeed(plainPage, { endBefore: 'Примеры заполнения' });
    expect(text).not.toContain('outside');
    expect(plainJsonBlocks(text).blocks).toHaveLength(2);
  });

  it('starts at the start marker', () => {
    expect(plainJsonBlocks(sliceSeed(plainPage, { startAt: 'Примеры заполнения' })).blocks).toEqual(['{ "outside": true }']);
  });

  it('rejects a marker that is not in the text instead of reading the whole file', () => {
    expect(() => sliceSeed(plainPage, { endBefore: 'No such heading' })).toThrow(/No such heading/);
  });
});

describe('fencedJsonBlocks', () => {
  it('reads ```json fences only', () => {
    expect(fencedJsonBlocks('```json\n{"a": 1}\n```\n```text\n{"b": 2}\n```')).toEqual(['{"a": 1}']);
  });
});
