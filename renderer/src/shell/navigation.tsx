import { createContext, useContext } from 'react';

/** What a feature may ask the shell to show. */
export type View =
  | { kind: 'home' }
  | { kind: 'results'; query?: string }
  | { kind: 'reader'; id: string; at?: number; end?: number }
  | { kind: 'feature'; id: string; param?: string };

export interface Navigation {
  view: View;
  go(view: View): void;
  /** Opens an interview in the reader, scrolled to a character offset when given. */
  openInterview(id: string, at?: number, end?: number): void;
  /** Runs a search as if typed in the search box. */
  search(query: string): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside the app shell');
  return navigation;
}
