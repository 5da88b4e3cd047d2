import { findYears } from './years';

describe('findYears', () => {
  it('reads years written with 年, in ranges and in ISO dates', () => {
    const text = '规划纲要（2018—2022年）于2019年出台，发布时间：2023-05-07 09:00';
    expect(findYears(text).map((y) => y.year)).toEqual(['2018', '2022', '2019', '2023']);
  });

  it('ignores counts and codes that only look like years', () => {
    expect(findYears('党员2128名，编号20211234，共1999户')).toEqual([]);
  });
});
