// Types for scripts/lib/mask-secrets.cjs (used by test/contract/mask-secrets.test.ts).
import type { Transform } from 'node:stream';
export const MASK: string;
export function leafStrings(value: unknown): string[];
export function createMasker(secrets: string[]): Transform;
