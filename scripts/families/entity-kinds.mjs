// The entity kinds that share notes, links, tags, files and subscriptions, as the families name
// them: `path` is the URL segment, `one`/`many` go into operationIds and component names.
export const ENTITY_KINDS = [
  { path: 'leads', one: 'Lead', many: 'Leads', noun: 'lead', nouns: 'leads', ru: 'сделки' },
  { path: 'contacts', one: 'Contact', many: 'Contacts', noun: 'contact', nouns: 'contacts', ru: 'контакты' },
  { path: 'companies', one: 'Company', many: 'Companies', noun: 'company', nouns: 'companies', ru: 'компании' },
  { path: 'customers', one: 'Customer', many: 'Customers', noun: 'customer', nouns: 'customers', ru: 'покупатели' },
];
