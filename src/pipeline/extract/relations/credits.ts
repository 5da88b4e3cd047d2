/**
 * The persons a document credits for reporting it: named in a byline, after a
 * byline role (记者 甲 乙, 作者：丙) or before 摄 in a photo credit, or read as
 * authors by the ingest stage. They report figures and hold none.
 */
import type { Entity } from '../../../types/graph';
import type { RelationContext } from './context';
import type { BylineLexicon } from './bylines';
import { roleBefore } from './bylines';

/** A photographer's credit follows the name (记者 甲 摄); 供图 may name an interviewee. */
const PHOTO_CREDIT = /^\s*摄/;

export function creditedPersons(
  ctx: RelationContext,
  lexicon: Pick<BylineLexicon, 'bylineRoles'>,
): Set<Entity> {
  const { text } = ctx.doc;
  const authors = new Set(ctx.doc.meta.authors.map((a) => a.name));
  const credited = new Set<Entity>();
  for (const m of ctx.mentions) {
    if (m.entity.type !== 'Person') continue;
    if (
      authors.has(m.entity.name) ||
      ctx.sentence(m.sentence)?.kind === 'byline' ||
      PHOTO_CREDIT.test(text.slice(m.end, m.end + 3)) ||
      roleBefore(ctx, m, { bylineRoles: lexicon.bylineRoles, outletSuffixes: [] })
    )
      credited.add(m.entity);
  }
  return credited;
}
