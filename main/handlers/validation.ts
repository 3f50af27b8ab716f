import type { z } from 'zod';
import { plural } from '../../preload/contract/plural';

type Issue = z.core.$ZodIssue;

/** "interviewId" → "interview id", so a field reads as words. */
function fieldName(path: readonly PropertyKey[]): string | null {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string');
  return key ? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : null;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** Long text is measured in MB or KB, short text in characters. */
function size(chars: number, large: boolean): string {
  if (!large) return plural(chars, 'character');
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.round(chars / 1000))} KB`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'text' : typeof value === 'object' ? 'a set of fields' : `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', boolean: 'yes or no', object: 'a set of fields', array: 'a list' };

/** One sentence for a researcher (or a script's author) from the first problem zod found. */
export function describeIssue(issue: Issue | undefined, input: unknown): string {
  if (!issue) return 'That request was not understood.';
  const field = fieldName(issue.path);
  const the = field ? `The ${field}` : 'The request';
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string' && typeof value === 'string') {
        const large = limit >= 100_000;
        return `This ${field ?? 'text'} is too long (${size(value.length, large)}; the limit is ${size(limit, large)}).`;
      }
      if (issue.origin === 'string') return `This ${field ?? 'text'} is too long (the limit is ${size(limit, limit >= 100_000)}).`;
      if (issue.origin === 'array' && Array.isArray(value)) return `${the} has too many items (${value.length.toLocaleString('en')}; the limit is ${limit.toLocaleString('en')}).`;
      return `${the} must be at most ${limit.toLocaleString('en')}.`;
    }
    case 'too_small': {
      const least = Number(issue.minimum);
      if (issue.origin === 'string') return least <= 1 ? `${the} is empty: please fill it in.` : `${the} is too short (at least ${plural(least, 'character')}).`;
      if (issue.origin === 'array') return `${the} needs at least ${plural(least, 'item')}.`;
      return `${the} must be at least ${least.toLocaleString('en')}.`;
    }
    case 'invalid_type':
      if (value === undefined) return field ? `${the} is missing.` : 'That request is empty.';
      return `${the} should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}.`;
    case 'unrecognized_keys':
      return `That request has ${issue.keys.length === 1 ? 'a field' : 'fields'} Testimony does not know: ${issue.keys.map((k) => `“${k}”`).join(', ')}.`;
    case 'invalid_value':
      return `${the} must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return `${the} is not a valid ${issue.format}.`;
    default:
      return `That request was not understood${field ? ` (${field})` : ''}: ${issue.message}.`;
  }
}
