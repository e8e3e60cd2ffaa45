// Which seed documents (../shared/seeds) the spec covers, and how their invalid JSON is read.
// Every ```json block of a listed seed must appear, as a value, among the spec's examples.
export interface SeedSection {
  /** File name under shared/seeds. */
  file: string;
  /** Blocks (by zero-based index among the ```json blocks) whose JSON is invalid: the repaired text. */
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
    file: '002_6a36f4070b02dc5b.txt',
    notABody: { 0: 'the example request URL; its filters are the TasksFilter parameter example' },
  },
];
