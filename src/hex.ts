// Lower-case hex of bytes, the one way this package writes digests, signatures and random IDs.
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
