/** cypher/schema.cypher applies (and applies again) on a real Neo4j, and its constraints hold. */
import { Neo4jError } from 'neo4j-driver';
import { applySchema } from '../../src/neo4j/schema';
import { useNeo4j } from '../helpers/neo4j';
import { ENTITY_TYPES } from '../../src/types/graph';

/** Every entity label of the spec, plus Place, carries a name index. */
const NAMED_LABELS = ['Place', ...ENTITY_TYPES];
const KEYED_LABELS = [...NAMED_LABELS, 'Statistic', 'Community'];

describe('graph schema', () => {
  const driver = useNeo4j();

  it('applies twice without error', async () => {
    const first = await applySchema(driver());
    const second = await applySchema(driver());
    expect(second).toBe(first);
    expect(first).toBe(KEYED_LABELS.length + 1 + NAMED_LABELS.length);
  });

  it('creates a uniqueness constraint per label on its key property', async () => {
    const { records } = await driver().executeQuery(
      `SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
       WHERE type = 'UNIQUENESS'
       RETURN labelsOrTypes[0] AS label, properties[0] AS property`,
    );
    const keys = new Map(records.map((r) => [r.get('label') as string, r.get('property')]));
    for (const label of KEYED_LABELS) expect(keys.get(label)).toBe('key');
    expect(keys.get('Article')).toBe('id');
  });

  it('indexes the name of every entity label', async () => {
    const { records } = await driver().executeQuery(
      `SHOW INDEXES YIELD labelsOrTypes, properties, type
       WHERE type = 'RANGE' AND properties = ['name']
       RETURN labelsOrTypes[0] AS label`,
    );
    expect(records.map((r) => r.get('label')).sort()).toEqual([...NAMED_LABELS].sort());
  });

  it('refuses a second node with the same key', async () => {
    const create = `CREATE (:Village:Place {key: '330523001999', name: '青山村'})`;
    await driver().executeQuery(create);
    const again = driver().executeQuery(create);
    await expect(again).rejects.toThrow(Neo4jError);
    await expect(again).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });
});
