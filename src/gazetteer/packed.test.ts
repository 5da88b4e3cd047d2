import { Gazetteer, packGazetteer, type Division } from './gazetteer';
import { deserializePacked, serializePacked } from './packed';

const divisions: Division[] = [
  { code: '91', name: '甲省', type: 'Province' },
  { code: '9101', name: '乙市', type: 'City', parent: '91' },
  { code: '910102', name: '丙山区', type: 'County', parent: '9101' },
  { code: '910103', name: '丁县', type: 'County', parent: '9101' },
  { code: '910102001', name: '丁县街道', type: 'Township', parent: '910102' },
];

describe('packed gazetteer', () => {
  const packed = packGazetteer(divisions);

  it.each([
    ['as packed', packed],
    ['read back from its bytes', deserializePacked(serializePacked(packed))],
  ])('answers like the list it was packed from (%s)', (_, form) => {
    const gazetteer = new Gazetteer(form);
    expect(gazetteer.size).toBe(5);
    expect(gazetteer.fullNames.get('丙山区')).toEqual([divisions[2]]);
    expect(gazetteer.fullNames.get('丙')).toEqual([]);
    expect(gazetteer.shortForms.get('乙市')).toEqual([]);
    expect(gazetteer.formerNames.get('丙山县').map((d) => d.code)).toEqual(['910102']);
    expect(gazetteer.ancestors('910102001').map((d) => d.name)).toEqual(['丙山区', '乙市', '甲省']);
    expect(gazetteer.get('0910102')).toBeUndefined();
    expect(gazetteer.names(['County'])).toEqual(['丙山区', '丁县']);
  });

  it('gives one object per division, however it is reached', () => {
    const gazetteer = new Gazetteer(packed);
    expect(gazetteer.fullNames.get('丙山区')[0]).toBe(gazetteer.get('910102'));
  });

  it('finds names in a text through the same filters', () => {
    const gazetteer = new Gazetteer(deserializePacked(serializePacked(packed)));
    const found = gazetteer.fullNames.findAt(
      '去丁县街道开会',
      1,
      { max: 12, min: 2 },
      (name) => name,
    );
    expect(found).toBe('丁县街道');
  });

  it('rejects a truncated buffer', () => {
    const bytes = serializePacked(packed);
    expect(() => deserializePacked(bytes.subarray(0, bytes.length - 64))).toThrow(/truncated/);
  });
});
