// How Word writes a list counter in each w:numFmt: the number a reader sees before an auto-numbered heading
// (一、 1、 （一）). Formats Word offers for Chinese text are written as Word writes them; the others fall back to
// their nearest plain form (a letter or Roman numeral), and formats with no sensible text form to decimal digits.

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Chinese counting (十, 十一, 二十, 一百零一, 一千…): below 10 000 with the units 十 百 千, then 万 groups. */
function chineseCounting(n: number, digits: string, units: string, zero: string, bareTen: boolean): string {
  if (n === 0) return zero;
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    const rest = low === 0 ? '' : (low < 1000 ? zero : '') + chineseCounting(low, digits, units, zero, false);
    return `${chineseCounting(high, digits, units, zero, bareTen)}万${rest}`;
  }
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    // 十一, not 一十一, when ten leads the number.
    if (!(bareTen && place === 1 && d === 1 && !out)) out += digits[d];
    if (place > 0) out += units[place - 1];
  }
  return out;
}

function letters(n: number, base: number): string {
  // A, B … Z, AA, BB …: Word repeats the letter (up to a sensible length: a list's start may say anything).
  if (n < 1 || n > 26 * 10) return String(n);
  const letter = String.fromCharCode(base + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const values: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of values) for (; n >= v; n -= v) out += s;
  return out;
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + d.charCodeAt(0) - 0x30));

/** One of a fixed set of enclosed characters for 1…size, else the plain number. */
const enclosed = (n: number, first: number, size: number) => (n >= 1 && n <= size ? String.fromCharCode(first + n - 1) : String(n));

/** The counter n in the format `numFmt`; `bullet` and `none` have no counter text (the level text is literal). */
export function formatCounter(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(String(n));
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n, CHINESE_DIGITS, '十百千', '〇', true);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'japaneseDigitalTenThousand':
      return chineseCounting(n, CHINESE_DIGITS, '十百千', '零', true);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCounting(n, LEGAL_DIGITS, '拾佰仟', '零', false);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/[0-9]/g, (d) => CHINESE_DIGITS[Number(d)]);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3280, 10);
    case 'upperLetter':
      return letters(n, 0x41);
    case 'lowerLetter':
      return letters(n, 0x61);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}
