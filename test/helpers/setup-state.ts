/**
 * What Jest's global setup tells its global teardown. Jest runs both in its main
 * process, where `globalThis` is shared between them (and not with the tests).
 */
export const setupState = globalThis as typeof globalThis & { kgNeo4jStartedByTests?: boolean };
