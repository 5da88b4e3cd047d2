import { isCreditLine, isPhotoCredit, parseCredit } from './credits';

describe('credit lines', () => {
  it.each([
    '本报记者 朱一鸣 通讯员 苏晓',
    '（记者 孔令仪）',
    '拍友 齐远 摄',
    '青溪镇政府供图',
    '发布时间：2020-01-02 08:00',
    '2019年5月6日 来源：东江日报',
    '今日乡村记者 韦青',
    '（图片均由当事人提供）',
  ])('recognises %p', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    '记者走进青溪镇，看到家家户户门前都挂着红灯笼。',
    '记者手记',
    '青溪镇的新变化',
    '王某某：',
    '他说，这些照片都是村民提供的。',
  ])('does not take %p for a credit', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });

  it('tells photo credits from other credits', () => {
    expect(isPhotoCredit('本报记者 朱一鸣 摄')).toBe(true);
    expect(isPhotoCredit('青溪镇政府供图')).toBe(true);
    expect(isPhotoCredit('本报记者 朱一鸣')).toBe(false);
  });
});

describe('parseCredit', () => {
  it('gives each name the role before it', () => {
    expect(
      parseCredit('本报记者 朱一鸣 苏晓 通讯员 钱多多 共享联盟·东山街道 邓可').authors,
    ).toEqual([
      { name: '朱一鸣', role: '本报记者' },
      { name: '苏晓', role: '本报记者' },
      { name: '钱多多', role: '通讯员' },
      { name: '邓可', role: '共享联盟' },
    ]);
  });

  it('gives a task after names to those names, and starts afresh after it', () => {
    expect(parseCredit('（本报记者 朱一鸣 苏晓 整理 齐远 摄）').authors).toEqual([
      { name: '朱一鸣', role: '本报记者', task: '整理' },
      { name: '苏晓', role: '本报记者', task: '整理' },
      { name: '齐远', role: '摄' },
    ]);
  });

  it('reads labelled fields: date, source, author and editor', () => {
    expect(
      parseCredit('发布时间：2020-01-02 08:00:00 来源：东江日报 作者：记者 孔令仪 编辑：韦青'),
    ).toEqual({
      date: '2020-01-02',
      source: '东江日报',
      authors: [
        { name: '孔令仪', role: '记者' },
        { name: '韦青', role: '编辑' },
      ],
    });
  });

  it.each([
    ['2019年5月6日 来源：东江日报', '2019-05-06'],
    ['2019/5/6 来源：东江日报', '2019-05-06'],
    ['2019.05.06 来源：东江日报', '2019-05-06'],
  ])('writes the date of %p as ISO', (line, date) => {
    expect(parseCredit(line).date).toBe(date);
  });

  it('takes the title of a magazine as the source, and 本报 as no known source', () => {
    expect(parseCredit('来源：《乡土》杂志 作者：韦青').source).toBe('乡土');
    expect(parseCredit('来源：本报 作者：韦青').source).toBeUndefined();
  });

  it('ignores an affiliation prefix on the role', () => {
    expect(parseCredit('今日乡村记者 韦青 孔令仪').authors).toEqual([
      { name: '韦青', role: '记者' },
      { name: '孔令仪', role: '记者' },
    ]);
  });

  it('claims no person from an organisation credit', () => {
    expect(parseCredit('青溪镇政府供图').authors).toEqual([]);
  });
});
