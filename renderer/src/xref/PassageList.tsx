import type { PassageRef } from '../../../preload/api';
import { useNavigation } from '../shell/navigation';

/** Passages behind a count, each opening the reader at its place. */
export function PassageList({ label, passages }: { label: string; passages: PassageRef[] }) {
  const navigation = useNavigation();
  return (
    <ol className="passage-list" aria-label={label}>
      {passages.map((p) => (
        <li key={`${p.interviewId}:${p.start}`}>
          <button type="button" className="link-open" dir="auto" onClick={() => navigation.openInterview(p.interviewId, p.start, p.end)}>
            <span className="passage-title">{p.interviewTitle}</span>
            <span className="passage-text">{p.text.length > 300 ? `${p.text.slice(0, 300)}…` : p.text}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
