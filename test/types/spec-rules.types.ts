// Compile-time tests for what the spec-wide interop rules changed in the generated types;
// checked by `tsc --noEmit`, never executed.
import type { components } from '../../generated/schema';

type Schemas = components['schemas'];
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const assert = <T extends true>(_: T) => _;

// Renamed schemas keep their old names as aliases (scripts/lib/renamed-components.json).
assert<Equal<Schemas['TasksFilter'], Schemas['TasksFilterFields']>>(true);
assert<Equal<Schemas['TasksOrder'], Schemas['TasksOrderFields']>>(true);

// `required` moved beside the properties it names: still required in the types.
export const task: Schemas['TaskCreate'] = { text: 'Call', complete_till: 1588885140 };
// @ts-expect-error a task to create needs `complete_till`
export const taskWithoutDeadline: Schemas['TaskCreate'] = { text: 'Call' };
// @ts-expect-error a field to create needs `name`
export const fieldWithoutName: Schemas['CustomFieldCreate'] = { type: 'text' };

// The keys an unknown event change may not have are `not: {}` in the spec and `never` here.
assert<Equal<NonNullable<Schemas['EventOtherChange']['lead_status']>, never>>(true);
