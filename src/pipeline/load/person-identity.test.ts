import { moveStatements } from './person-identity';

describe('moveStatements', () => {
  const moves = [
    { article: 'a', from: 'Person:甲', to: 'Person:甲#2' },
    { article: 'b', from: 'Person:甲', to: 'Person:甲#2' },
  ];

  it('sends only the statements of the parts the persons moved from hold', () => {
    const statements = moveStatements(moves, new Set(['HOLDS_POSITION', 'HAS_STATISTIC']));
    expect(statements.map((s) => s.name)).toEqual([
      "moved persons' HOLDS_POSITION relationships",
      "moved persons' statistics",
    ]);
    expect(statements[0].rows).toEqual([
      { from: 'Person:甲', to: 'Person:甲#2', articles: ['a', 'b'] },
    ]);
  });

  it('sends none when the persons hold nothing but their mentions', () => {
    expect(moveStatements(moves, new Set())).toEqual([]);
  });
});
