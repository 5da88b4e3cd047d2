/**
 * Persons no post or role announces, on sentences written for these tests (none
 * from the sample or dev reports), one per shape, and words that must stay words.
 */
import { buildDocument } from '../ingest/build-document';
import type { DocumentGraph } from '../../types/graph';
import { extractDocument } from '.';

function graphOf(text: string): DocumentGraph {
  return extractDocument(buildDocument('sample.txt', Buffer.from(text, 'utf8')));
}

function persons(text: string): string[] {
  return graphOf(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('persons without an anchor', () => {
  it('reads a name before 说 or 表示', () => {
    expect(persons('谈起这些年的变化，鲁晓岚笑着说，日子越过越好。')).toEqual(['鲁晓岚']);
  });

  it('reads a name after an age', () => {
    expect(persons('今年63岁的裴金水当选为新一届村民代表。')).toContain('裴金水');
  });

  it('reads every name of a list joined by 、', () => {
    expect(persons('邹家明、潘雪琴、魏长河参加了当天的议事会。')).toEqual(
      expect.arrayContaining(['邹家明', '潘雪琴', '魏长河']),
    );
  });

  it('reads names of a byline run together where the original had spaces', () => {
    expect(persons('本报讯（通讯员 邵一鸣 顾红霞 汤亮）近日，镇里召开了会议。')).toEqual(
      expect.arrayContaining(['邵一鸣', '顾红霞', '汤亮']),
    );
  });

  it('reads a photo credit', () => {
    expect(persons('村民在晒场上翻晒稻谷。 俞晓峰 摄')).toContain('俞晓峰');
  });

  it('reads a name that a number is part of', () => {
    expect(persons('龚三根说，今年的收成不错。龚三根表示，明年还要扩大种植。')).toContain('龚三根');
  });

  it('reads a name that the text repeats, without any cue', () => {
    expect(
      persons('贺秋萍家的民宿开了三年。如今贺秋萍家每年接待游客上千人，贺秋萍很满足。'),
    ).toContain('贺秋萍');
  });

  it('takes the longer reading when every occurrence continues (严小梅边走边说)', () => {
    expect(persons('“快来看！”严小梅边走边喊。跟严小梅一起的还有几位邻居，严小梅说。')).toEqual([
      '严小梅',
    ]);
  });

  it('reads names from traditional script in simplified form', () => {
    expect(persons('東山鎮黨委書記嚴國華表示，要辦好民生實事。')).toContain('严国华');
  });

  it('takes 胡书记 and 老胡 for the one 胡 of the document, as aliases', () => {
    const g = graphOf('东山镇党委书记胡志刚来到村里。村民们都说胡书记办事实在，老胡说干就干。');
    const person = g.entities.find((e) => e.name === '胡志刚');
    expect(person?.aliases).toEqual(expect.arrayContaining(['胡书记', '老胡']));
    expect(g.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });

  it('leaves 王主任 alone where two persons are named 王', () => {
    const g = graphOf('王立平和王春燕都说，王主任很负责。');
    expect(g.entities.flatMap((e) => e.aliases ?? [])).not.toContain('王主任');
  });

  it('reads every name of a list whose spaces were lost, jieba knowing the names', () => {
    expect(persons('出席者：刘文武周超凡李永乐何美婷。')).toEqual(
      expect.arrayContaining(['刘文武', '周超凡', '李永乐', '何美婷']),
    );
  });

  it('reads a name that a weaker reading overlaps (学生王某某: not 生王)', () => {
    expect(persons('法学院学生王德林和社会学系学生黄秀芬说，活动很有意义。')).toEqual(
      expect.arrayContaining(['王德林', '黄秀芬']),
    );
  });

  it("reads a writer's signature in brackets that make up the line", () => {
    expect(persons('文章写得很实在。\n（河北某县纪委杨文方）\n下一篇')).toContain('杨文方');
  });

  it('reads the name at the head of a longer word jieba knows (某某某纪念馆)', () => {
    expect(persons('徐悲鸿纪念馆开放了。徐悲鸿纪念馆很大，徐悲鸿纪念馆的讲解员很热情。')).toContain(
      '徐悲鸿',
    );
  });

  it('reads a name jieba knows only at the head of a word named after the person', () => {
    expect(persons('参观徐悲鸿纪念馆的人很多。')).toContain('徐悲鸿');
  });

  it('reads a frequent word jieba tags as a name where 先生 or a post follows it', () => {
    expect(persons('会上，吴晗先生讲了话。')).toContain('吴晗');
  });

  it('does not read such a word as a name where nothing around it says so', () => {
    expect(persons('今年的苗木长势很好，丁香也开了。')).toEqual([]);
  });

  it('records the given name alone as an alias of the full name (某晓岚 … 晓岚同志说)', () => {
    const g = graphOf('在会上，郑晓岚作了发言。晓岚同志说，要把工作做实。');
    expect(g.entities.find((e) => e.name === '郑晓岚')?.aliases).toContain('晓岚');
  });

  it('reads a transliterated name joined by a middle dot', () => {
    expect(persons('阿列克谢·托马说，双方的合作会继续下去。')).toContain('阿列克谢·托马');
  });

  it('reads a transliterated name whole after a post, not its first characters', () => {
    const found = persons('协会主席阿列克谢·克罗夫特和他的同事参观了工厂。');
    expect(found).toContain('阿列克谢·克罗夫特');
    expect(found).not.toContain('阿列');
  });

  it('reads transliterations after posts that jieba cuts into pieces, up to a rank', () => {
    expect(persons('出席的有该国副部长卡诺维拉、空军司令贝洛克中将和国防部长诺瓦科夫等。')).toEqual(
      expect.arrayContaining(['卡诺维拉', '贝洛克', '诺瓦科夫']),
    );
  });

  it('does not read a word after a post as a transliteration', () => {
    expect(persons('部长会见了代表，司令部西侧有座楼。')).toEqual([]);
  });

  it('reads the names of a numbered list (①某某②某某, （１）某某（２）某某)', () => {
    expect(persons('评选结果：①裴金水②邹家明③潘雪琴')).toEqual(
      expect.arrayContaining(['裴金水', '邹家明', '潘雪琴']),
    );
    expect(persons('投票结果：（１）卡诺维拉（２）诺瓦科夫（３）贝洛克')).toEqual(
      expect.arrayContaining(['卡诺维拉', '诺瓦科夫', '贝洛克']),
    );
  });

  it('does not read an item of a list of places as a name, though jieba tags it one', () => {
    expect(persons('入选的地区：①阿塞拜疆②克里米亚③亚美尼亚')).toEqual([]);
  });

  it('reads a name before 报道 in a byline', () => {
    expect(persons('本报北京５月６日讯记者彭晓岚报道：会议今天开幕。')).toContain('彭晓岚');
  });

  it('reads every item of a list of names joined by 、, famous names jieba uses often included', () => {
    expect(persons('他偏爱（张衡、祝文远、曹植）的诗。')).toEqual(
      expect.arrayContaining(['张衡', '祝文远', '曹植']),
    );
  });

  it('reads a list of names that a verb follows', () => {
    expect(persons('会上，吴晗、裴金水、邹家明先后发言。')).toEqual(
      expect.arrayContaining(['吴晗', '裴金水', '邹家明']),
    );
  });

  it('does not read a list of words led by a surname character as names', () => {
    expect(persons('这里有高温、高湿、高盐的环境。')).toEqual([]);
  });

  it('reads a transliterated name after a foreign post', () => {
    expect(persons('该国外长希拉克今天抵达北京。')).toContain('希拉克');
  });

  it('ends a name before a verb that 了 follows (某某作了报告)', () => {
    const found = persons('会上，秘书长鲁远作了工作报告。');
    expect(found).toContain('鲁远');
    expect(found).not.toContain('鲁远作');
  });

  it('reads a name before a national post', () => {
    expect(persons('会上，杜文彬总理发表了讲话。')).toContain('杜文彬');
  });

  it.each([
    ['莫斯科', '代表团昨天抵达莫斯科，受到热烈欢迎。'],
    ['二十大', '学习党的二十大精神，大家都说很受鼓舞。'],
    ['从严治党', '全面从严治党永远在路上，他说。'],
    ['高水平', '高水平推进各项工作，他表示。'],
    ['楼栋', '社区建立了楼栋长制度。大家常在楼栋间走动，楼栋长很辛苦，楼栋长说。'],
    ['高兴', '大家都很高兴，说这是件好事。'],
    ['江山', '这片江山如此多娇，游客纷纷说好。'],
    ['常山', '常山的胡柚远近闻名，客商说品质好。'],
    ['金灿灿', '田里一片金灿灿的稻谷，农户们说今年丰收了。'],
    ['楼宇', '商务楼宇里的企业说服务很周到。'],
    ['田保姆', '“田保姆”为农服务队说干就干。'],
    ['向全体', '大会向全体代表致以问候，向全体代表表示感谢。'],
    ['和德育', '抓好党建和德育工作。和德育工作一样，和德育有关的活动也要办好。'],
  ])('does not read the word %s as a name', (word, text) => {
    expect(persons(text)).not.toContain(word);
  });

  it.each([
    ['温尼伯', '温尼伯机场今天恢复通航，温尼伯市民说航班准时。'],
    ['布里斯班', '（新华社布里斯班５月３日电）当地官员说，布里斯班表示欢迎。'],
    ['伊斯坦布尔', '多国代表在伊斯坦布尔签署了协定，伊斯坦布尔说。'],
    ['卡斯蒂利亚', '代表团在卡斯蒂利亚会见了当地官员，卡斯蒂利亚说。'],
  ])(
    'does not read the foreign city %s, which jieba tags as a name, where it stands as a place',
    (word, text) => {
      expect(persons(text)).not.toContain(word);
    },
  );

  it('still reads a name that 在 stands before when no place word follows', () => {
    expect(persons('在鲁晓岚的带领下，大家干劲十足，鲁晓岚说。')).toContain('鲁晓岚');
  });

  it('reads a name jieba lists whole even when its given characters make a rare word', () => {
    expect(persons('会上，吴经国、潘雪琴先后发言。')).toContain('吴经国');
  });

  it('does not read a frame of speech such as 边笑边 as a name', () => {
    expect(persons('老人边笑边说：“日子好了。”')).toEqual([]);
  });

  it('does not read a place without its suffix as a name', () => {
    expect(persons('金华的企业家们说，营商环境越来越好。')).not.toContain('金华');
  });
});
