// Which seed documents (../shared/seeds) the spec covers, and how their invalid JSON is read.
// Every JSON example of a listed section must appear, as a value, among the spec's examples.
import type { SeedRange } from '../helpers/seed-blocks';

export interface SeedSection extends SeedRange {
  /** File name under shared/seeds. */
  file: string;
  /**
   * How examples are marked: `fenced` (```json blocks, the default) or `plain` (a bare JSON value
   * after a "Пример запроса" / "Пример ответа" heading; see plainJsonBlocks).
   */
  format?: 'fenced' | 'plain';
  /** Blocks (by zero-based index within the section) whose JSON is invalid: the repaired text. */
  repairs?: Record<number, string>;
  /** Blocks that are not JSON bodies (a request URL, a fragment), with the reason. */
  notABody?: Record<number, string>;
}

export const SEED_SECTIONS: SeedSection[] = [
  {
    file: '000_996eb4821a2e9d85.txt',
    repairs: {
      // The install example writes the user ID key unquoted (`504141: "1039"`), which is not JSON.
      2: '{"login": "example", "password": "eXaMp1E", "phones": {"504141": "1039"}, "script_path": "https://example.com/"}',
    },
  },
  {
    file: '001_160fec608420abac.txt',
    format: 'plain',
    // Custom fields and field groups; the rest of the page (how custom_fields_values are written) is another section.
    endBefore: 'Примеры заполнения разных типов полей через API',
    repairs: {
      // The create-fields response: a trailing comma after the last `required_statuses` item.
      3: `{
  "_total_items": 1,
  "_embedded": {
    "custom_fields": [
      {
        "name": "multi select", "type": "multiselect", "sort": 510, "settings": null,
        "is_predefined": false, "id": 4457223, "remind": null, "is_api_only": false,
        "enums": [
          { "value": "Значение 1", "sort": 1, "id": 3778801 },
          { "value": "Значение 2", "sort": 2, "id": 3778803 }
        ],
        "group_id": null,
        "required_statuses": [{ "status_id": 20540473, "pipeline_id": 16056 }],
        "_links": { "self": { "href": "https://example.amocrm.ru/api/v4/custom_fields/4457223/" } }
      }
    ]
  }
}`,
    },
  },
  {
    file: '002_6a36f4070b02dc5b.txt',
    notABody: { 0: 'the example request URL; its filters are the TasksFilter parameter example' },
  },
];
