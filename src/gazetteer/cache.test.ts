import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cachedPack, ensurePack } from './cache';
import { packGazetteer } from './gazetteer';

describe('cachedPack', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-gazetteer-cache-'));
  const input = path.join(dir, 'list.csv');
  const cache = path.join(dir, 'cache');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pack = jest.fn(() => packGazetteer([{ code: '91', name: '甲省', type: 'Province' }]));

  it('packs once, then reads the pack back', () => {
    writeFileSync(input, 'one');
    const first = cachedPack([input], pack, cache);
    const second = cachedPack([input], pack, cache);
    expect(pack).toHaveBeenCalledTimes(1);
    expect(second.divisions.codes).toEqual(first.divisions.codes);
  });

  it('packs anew when an input changes', () => {
    writeFileSync(input, 'two, longer');
    utimesSync(input, new Date(), new Date(Date.now() + 5000));
    cachedPack([input], pack, cache);
    expect(pack).toHaveBeenCalledTimes(2);
  });

  it('packs ahead only what the cache lacks', () => {
    ensurePack([input], pack, cache);
    expect(pack).toHaveBeenCalledTimes(2);
    writeFileSync(input, 'three, longer still');
    ensurePack([input], pack, cache);
    expect(pack).toHaveBeenCalledTimes(3);
    cachedPack([input], pack, cache);
    expect(pack).toHaveBeenCalledTimes(3);
  });

  it('keeps the three newest packs', () => {
    for (const text of ['four', 'five!', 'six six']) {
      writeFileSync(input, text);
      cachedPack([input], pack, cache);
    }
    expect(readdirSync(cache).filter((name) => name.endsWith('.bin'))).toHaveLength(3);
  });
});
