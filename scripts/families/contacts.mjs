// The contacts section's share of the sales-entity family (sales-entities/table.mjs).
import { entityPaths } from './sales-entities/table.mjs';

export const section = 'contacts';
export const paths = () => entityPaths(section);
