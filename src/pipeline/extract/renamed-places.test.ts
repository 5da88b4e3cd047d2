/**
 * Renamed divisions: an older report's 某某县 or 某某市 that is today's 某某区 (or
 * a county that became a county-level city) links to today's unit where a place
 * that contains it is named too; the old form stays as an alias and a former name.
 */
import { formerFormsOf, loadGazetteer } from '../../gazetteer/gazetteer';
import type { NormalizedDocument } from '../../types/document';
import { extractDocument, loadResources } from './index';

const resources = loadResources();

function doc(text: string): NormalizedDocument {
  return {
    id: 'renamed',
    name: 'renamed',
    file: 'renamed.txt',
    contentHash: '',
    encoding: 'UTF-8',
    script: 'simplified',
    meta: { authors: [] },
    original: text,
    text,
    offsets: [[0, 0, text.length, text.length]],
    sentences: [{ index: 0, start: 0, end: text.length, kind: 'body' }],
    cleaning: {},
  };
}

const counties = (text: string) =>
  extractDocument(doc(text), resources)
    .entities.filter((e) => e.type === 'County')
    .map((e) => ({ name: e.name, adminCode: e.adminCode, formerNames: e.formerNames }));

describe('renamed divisions', () => {
  it('derives former forms from the suffix alone', () => {
    expect(formerFormsOf('某某区', 'County')).toEqual(['某某县', '某某市']);
    expect(formerFormsOf('某某市', 'County')).toEqual(['某某县']);
    expect(formerFormsOf('某某县', 'County')).toEqual([]);
    expect(formerFormsOf('某某市', 'City')).toEqual([]);
    expect(formerFormsOf('城区', 'County')).toEqual([]);
  });

  it('keeps a current name out of the former names', () => {
    const gazetteer = loadGazetteer();
    for (const name of ['奉化市', '萧山市', '吴江市']) {
      expect(gazetteer.fullNames.get(name)).toEqual([]);
      expect(gazetteer.formerNames.get(name).map((d) => d.type)).toEqual(['County']);
    }
  });

  it('links a former county-level city to the district it became when its city is named', () => {
    expect(counties('1998年秋，宁波市奉化市的一个山村通了公路。')).toEqual([
      { name: '奉化区', adminCode: '330213', formerNames: ['奉化市'] },
    ]);
    expect(counties('那时的苏州吴江市，丝绸厂遍地。')).toEqual([
      { name: '吴江区', adminCode: '320509', formerNames: ['吴江市'] },
    ]);
  });

  it('leaves a former name alone when no place that contains it is named', () => {
    expect(counties('奉化市的一个山村通了公路。')).toEqual([]);
  });

  it('reads a current name as it is', () => {
    expect(counties('宁波市奉化区的一个山村通了公路。')).toEqual([
      { name: '奉化区', adminCode: '330213', formerNames: undefined },
    ]);
  });
});
