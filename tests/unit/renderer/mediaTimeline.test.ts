import { describe, expect, it } from 'vitest';
import { nextSpeed, passageAtTime, timeAtOffset } from '../../../renderer/src/media/timeline';

const passages = [
  { start: 0, end: 10 },
  { start: 12, end: 20, time: 0.6 },
  { start: 22, end: 30, time: 7.9 },
  { start: 32, end: 40 },
  { start: 42, end: 50, time: 17.8 },
];

describe('the player and the text', () => {
  it('marks the passage whose time has come, none before the first', () => {
    expect(passageAtTime(passages, 0)).toBe(-1);
    expect(passageAtTime(passages, 0.6)).toBe(1);
    expect(passageAtTime(passages, 7.89)).toBe(1);
    expect(passageAtTime(passages, 7.9)).toBe(2);
    expect(passageAtTime(passages, 100)).toBe(4);
  });

  it('finds when a text offset is spoken: its passage, or the last timed one before it', () => {
    expect(timeAtOffset(passages, 5)).toBeUndefined();
    expect(timeAtOffset(passages, 25)).toBe(7.9);
    expect(timeAtOffset(passages, 35)).toBe(7.9);
    expect(timeAtOffset(passages, 45)).toBe(17.8);
  });

  it('steps the speed through 0.5–2× and stops at the ends', () => {
    expect(nextSpeed(1, 1)).toBe(1.25);
    expect(nextSpeed(1, -1)).toBe(0.75);
    expect(nextSpeed(2, 1)).toBe(2);
    expect(nextSpeed(0.5, -1)).toBe(0.5);
    expect(nextSpeed(1.1, 1)).toBe(1.25);
    expect(nextSpeed(1.1, -1)).toBe(1);
  });
});
