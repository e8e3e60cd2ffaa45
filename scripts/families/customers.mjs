// The customers section's share of the sales-entity family (sales-entities/table.mjs).
import { entityPaths } from './sales-entities/table.mjs';

export const section = 'customers';
export const paths = () => entityPaths(section);
