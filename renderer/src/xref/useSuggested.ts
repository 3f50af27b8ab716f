import { useState } from 'react';

/**
 * A form field the engine may suggest a value for after the form is shown (the claim prefill
 * answers later on a busy host): the suggestion shows until the researcher types, and from then
 * on their text stays, whatever arrives.
 */
export function useSuggested(suggested: string | undefined): [string, (value: string) => void] {
  const [typed, setTyped] = useState<string | undefined>(undefined);
  return [typed ?? suggested ?? '', setTyped];
}
