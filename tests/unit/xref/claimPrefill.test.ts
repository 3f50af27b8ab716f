import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribution, claimPrefill } from '../../../main/xref/claimPrefill';

const archive = (name: string) => readFileSync(resolve(__dirname, '../../../archive', name), 'utf8');
/** The prefill for a selection given by its text, inside the real file. */
const prefillOf = (text: string, selected: string) => {
  const start = text.indexOf(selected);
  expect(start, selected).toBeGreaterThanOrEqual(0);
  return claimPrefill(text, start, start + selected.length);
};

describe('claim entry starts from the figure the selection is about and who the sentence says gives it', () => {
  const seed = archive('firuzmand-interview-2008.txt');
  const persian = archive('goftegu-arbil-1386-fa.md');
  const tavakoli = archive('former-member-turkish-border-2008.md');

  it('takes the count, not a year, a day or the full stop after it', () => {
    expect(prefillOf(seed, 'gives their number at 110.')).toEqual({ value: '110', source: 'The press office of the US forces' });
    expect(prefillOf(tavakoli, 'By the end of December 2007 we counted 64 people')).toEqual({ value: '64', unit: 'people' });
    // "۱۳۸۶" is a Jalali year; "۹۵ نفر" the count of people.
    expect(prefillOf(persian, 'ولی تا آخر بهمن ۱۳۸۶، طبق فهرستی که یکی از دوستانم از داخل کمپ تلفنی برایم خواند، فقط ۹۵ نفر مانده بودند')).toMatchObject({ value: '۹۵', unit: 'نفر' });
    expect(claimPrefill('On 26 January 2008 there were 110.', 0, 34).value).toBe('110');
  });

  it('names the source the sentence attributes the figure to, and none where it names no one', () => {
    expect(prefillOf(seed, 'this number had reduced to 50 last week')).toMatchObject({ value: '50', source: 'Javad Firuzmand' });
    expect(attribution('In January I think the press office said 110, and ARIA had said 208.')).toBe('the press office');
    expect(attribution('According to this society 208 MKO dissidents were staying in the US camp.')).toBeUndefined();
    expect(attribution('We counted 64 people.')).toBeUndefined();
    expect(prefillOf(tavakoli, 'we counted 64 people').source).toBeUndefined();
  });
});
