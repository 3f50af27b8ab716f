import { describe, expect, it } from 'vitest';
import { capitalisedRuns } from '../../../main/xref/runs';

const runsOf = (text: string) => capitalisedRuns(text).map((r) => [r.text, r.start, r.initial]);

// The runs the plain `matchAll` over the run pattern found, before the pattern was tried only at capitals.
describe('capitalised runs', () => {
  it('finds runs at capitals outside ASCII and after digits as the pattern does everywhere', () => {
    expect(runsOf('McDonald met Émile Zoë-Ann in São Paulo. 3M and X1 Corp; Ölüdeniz, ÇAKIR Ltd')).toEqual([
      ['McDonald', 0, true],
      ['Émile Zoë', 13, false],
      ['Ann', 23, false],
      ['São Paulo', 30, false],
      ['X1 Corp', 48, false],
      ['Ölüdeniz', 57, false],
      ['ÇAKIR Ltd', 67, false],
    ]);
    expect(runsOf('𝐀lpha Beta 𝐁eta. \u{10400}Deseret Name and Ǆemal Ⅻ Roman')).toEqual([
      ['𝐀lpha Beta 𝐁eta', 0, false],
      ['\u{10400}Deseret Name', 19, false],
      ['Ǆemal', 38, false],
      ['Roman', 46, false],
    ]);
    expect(runsOf('iPhone by Apple, at the Iran-Iraq border with al-Khalis. Mr. W.C. Parson Allen of St. Louis')).toEqual([
      ['Apple', 10, false],
      ['Iran', 24, false],
      ['Iraq', 29, false],
      ['Khalis', 49, false],
      ['Mr', 57, true],
      ['W.C. Parson Allen of St. Louis', 61, false],
    ]);
  });
});
