/**
 * Bylines: a journalist, editor or photographer of a named outlet holds that role
 * at the outlet. The role is the byline word written before the name, other
 * names of the same credit in between (记者 甲 乙, 通讯员/丙). The outlet is the
 * one written right before the role (某省日报记者 甲), else the one whose dateline
 * or source label opens the same line (某某网讯（记者甲）, 来源：某某 编辑：乙), else
 * the document's own: its source, or the first outlet it names. "本报" names the
 * document's own outlet, so it counts only when the document says what that is.
 */
import type { Entity, Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { relationBetween } from './context';
import { OutletFinder } from '../outlets';

export interface BylineLexicon {
  /** Byline roles, longest first (本报记者, 通讯员, 编辑). */
  bylineRoles: string[];
  /** How outlets' names end (日报, 网, 社). */
  outletSuffixes: string[];
}

/** Words that say "this outlet" in front of a role (本报记者). */
const OWN_OUTLET = /^(本报|本刊|本台|本网)/;
/** What may stand between a role and its names, and between two names. */
const CREDIT_GAP = /[\s、/／:：]/;
/** Roles that follow the name (甲 摄) rather than precede it. */
const TRAILING_ROLES = new Set(['摄', '整理', '供图']);

/** The byline role before `person`, across the credit's other names; and where it starts. */
export function roleBefore(ctx: RelationContext, person: Mention, lexicon: BylineLexicon) {
  const { text } = ctx.doc;
  let at = person.start;
  for (;;) {
    while (at > 0 && CREDIT_GAP.test(text[at - 1]) && text[at - 1] !== '\n') at--;
    const role = lexicon.bylineRoles.find((r) => !TRAILING_ROLES.has(r) && text.endsWith(r, at));
    if (role) return { role, start: at - role.length };
    const name = ctx.mentions.find((m) => m.end === at && m.entity.type === 'Person');
    if (!name) return undefined;
    at = name.start;
  }
}

const outletFinders = new WeakMap<BylineLexicon, OutletFinder>();

/** The lexicon's outlet finder, built once: its patterns are long alternations of the lists. */
function outletFinderOf(lexicon: BylineLexicon): OutletFinder {
  let finder = outletFinders.get(lexicon);
  if (!finder) {
    finder = new OutletFinder(lexicon.outletSuffixes, lexicon.bylineRoles);
    outletFinders.set(lexicon, finder);
  }
  return finder;
}

export function findBylinePosts(ctx: RelationContext, lexicon: BylineLexicon): Relation[] {
  const { text, meta } = ctx.doc;
  // The organizations the text shows as outlets (a dateline, a masthead), and the source.
  const names = new Set(
    outletFinderOf(lexicon)
      .find(text)
      .map((o) => o.name),
  );
  const isOrganization = (m: Mention) => m.entity.type === 'Organization';
  const outlets = ctx.mentions.filter((m) => isOrganization(m) && names.has(m.entity.name));
  // A source that is a code (sp20241128) names no outlet.
  const source = /\p{Script=Han}/u.test(meta.source ?? '')
    ? ctx.mentions.find((m) => isOrganization(m) && m.entity.name === meta.source)
    : undefined;
  const own = source ?? outlets[0];
  const relations: Relation[] = [];
  for (const person of ctx.mentions) {
    if (person.entity.type !== 'Person') continue;
    const credit = roleBefore(ctx, person, lexicon);
    if (!credit) continue;
    const lineStart = text.lastIndexOf('\n', credit.start) + 1;
    const named = outlets.filter((m) => m.start >= lineStart && m.end <= credit.start).pop();
    const outlet = named ?? own;
    const title = credit.role.replace(OWN_OUTLET, '');
    if (!outlet || !title) continue;
    relations.push(
      relationBetween(ctx, 'HOLDS_POSITION', person, outlet, { title }, [
        { start: credit.start, end: person.end },
      ]),
    );
  }
  return [...relations, ...fromAuthors(ctx, own?.entity)];
}

/** Authors the ingest stage read from the header and footer, at the document's outlet. */
function fromAuthors(ctx: RelationContext, outlet: Entity | undefined): Relation[] {
  if (!outlet) return [];
  const relations: Relation[] = [];
  for (const author of ctx.doc.meta.authors) {
    const person = ctx.graph.entities.find((e) => e.type === 'Person' && e.name === author.name);
    const title = author.role.replace(OWN_OUTLET, '');
    if (!person || !title) continue;
    const mention = person.mentions?.[0];
    relations.push({
      type: 'HOLDS_POSITION',
      head: person.name,
      tail: outlet.name,
      title,
      ...(mention ? { evidence: [ctx.evidence(mention.textStart, mention.textEnd)] } : {}),
    });
  }
  return relations;
}
