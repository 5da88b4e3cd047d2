import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { divisionHierarchy, readDivisionHierarchy } from './divisions';

/** A made-up division list in the package's csv layout: one province-level city, one province. */
function fixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-divisions-'));
  const files: Record<string, string[]> = {
    'provinces.csv': ['code,name', '91,"某市"', '92,"某省"'],
    'cities.csv': ['code,name,provinceCode', '9101,"市辖区",91', '9201,"甲市",92'],
    'areas.csv': [
      'code,name,cityCode,provinceCode',
      '910101,"东区",9101,91',
      '920101,"乙县",9201,92',
    ],
    'streets.csv': [
      'code,name,areaCode,provinceCode,cityCode',
      '910101001,"丙街道",910101,91,9101',
      '920101001,"丁镇",920101,92,9201',
    ],
  };
  for (const [name, lines] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
  }
  return dir;
}

const names = (divisions: { name: string }[]) => divisions.map((d) => d.name);

describe('the division hierarchy above villages', () => {
  const hierarchy = readDivisionHierarchy(fixture());

  it('gives a village its township, county, city and province from its code', () => {
    expect(names(hierarchy.ancestors('920101001201'))).toEqual(['丁镇', '乙县', '甲市', '某省']);
  });

  it('hangs what lies under a grouping row ("市辖区") on the province', () => {
    expect(names(hierarchy.ancestors('910101'))).toEqual(['某市']);
    expect(names(hierarchy.ancestors('910101001201'))).toEqual(['丙街道', '东区', '某市']);
  });

  it('gives no ancestors to a code outside the list', () => {
    expect(hierarchy.ancestors('930101001201')).toEqual([]);
    expect(hierarchy.ancestors('92')).toEqual([]);
    expect(hierarchy.ancestors('9')).toEqual([]);
  });

  it('reads the real list once, without the villages', () => {
    const real = divisionHierarchy();
    expect(real).toBe(divisionHierarchy());
    expect(real.size).toBeLessThan(50_000);
    // A district of a province-level city: its city row is a grouping, so the province.
    expect(real.ancestors('110101').map((d) => d.type)).toEqual(['Province']);
  });
});
