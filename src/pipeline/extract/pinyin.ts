/** Whether a word reads as Hanyu Pinyin (the romanised Chinese of most place names). */

// Every toneless Pinyin syllable (v and ü both stand for ü).
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can ' +
    'cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan ' +
    'chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di ' +
    'dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng ' +
    'fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha ' +
    'hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian ' +
    'jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku ' +
    'kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ' +
    'ling liu long lou lu luan lun luo lv lve lü lüe ma mai man mang mao me mei men meng mi mian ' +
    'miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie ' +
    'nin ning niu nong nou nu nuan nuo nv nve nü nüe o ou pa pai pan pang pao pei pen peng pi pian ' +
    'piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran ' +
    'rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha ' +
    'shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo ' +
    'si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu ' +
    'tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong ' +
    'xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan ' +
    'zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua ' +
    'zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);
const LONGEST = 6;

// English words that happen to split into Pinyin syllables and may be capitalised before a
// place word ("Human Resources Park", "Gene Town").
const ENGLISH = new Set(
  'a an and along among bang ban can change china mega dean gene hang he human lane lean line long man mean men mine nine ocean pan pin shine sun tan tea ten tie tune dune fan hen me ne'.split(
    ' ',
  ),
);

/** Number of Pinyin syllables `word` splits into (0 when it does not split). */
export function pinyinSyllables(word: string): number {
  const text = word.toLowerCase().replace(/[’']/g, "'");
  // Apostrophes mark syllable breaks ("Xi'an"): each part must split on its own.
  let total = 0;
  for (const part of text.split("'")) {
    const n = splitCount(part);
    if (n === 0) return 0;
    total += n;
  }
  return total;
}

function splitCount(text: string): number {
  if (text === '' || !/^[a-zü]+$/.test(text)) return 0;
  // best[i]: fewest syllables covering text[0, i); 0 = not coverable.
  const best = new Array<number>(text.length + 1).fill(0);
  best[0] = 0;
  const ok = new Array<boolean>(text.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= text.length; i++) {
    for (let len = 1; len <= Math.min(LONGEST, i); len++) {
      if (!ok[i - len] || !SYLLABLES.has(text.slice(i - len, i))) continue;
      const n = best[i - len] + 1;
      if (!ok[i] || n < best[i]) best[i] = n;
      ok[i] = true;
    }
  }
  return ok[text.length] ? best[text.length] : 0;
}

/** Whether a capitalised word is a Pinyin name ("Zhangjiang", "Wuxi", "Xi'an"), not English:
 *  two syllables or more (place names are written joined; "Long", "Sun" and "AI" are not). */
export function isPinyinName(word: string): boolean {
  if (!/^[A-ZÜ][a-zü']/.test(word) || !notEnglish(word)) return false;
  return word.split('-').every((part) => pinyinSyllables(part) >= 2);
}

/** Whether a lower-case word is a Pinyin name of two or more syllables ("jiangxia"). */
export function isLowerPinyin(word: string): boolean {
  if (!/^[a-z]/.test(word) || !notEnglish(word)) return false;
  return word.split('-').every((part) => pinyinSyllables(part) >= 2);
}

// English words that split into Pinyin mostly end in a consonant and a silent e ("Lake",
// "take", "made"); Pinyin names rarely do (those that do, such as Heze, are in the gazetteer).
function notEnglish(word: string): boolean {
  const lower = word.toLowerCase();
  return !ENGLISH.has(lower) && !/[aeiou][bcdgklmnprstvz]e$/.test(lower);
}
