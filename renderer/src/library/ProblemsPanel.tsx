import type { ArchiveProblem } from '../../../preload/api';

/** Files that could not be read: listed once each, so nothing is skipped silently. */
export function ProblemsPanel({ problems }: { problems: ArchiveProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <details className="problems" aria-label="Archive problems">
      <summary>
        Archive problems <span className="badge">{problems.length}</span>
      </summary>
      <p className="hint">These files were skipped or only partly read. Everything else is searchable.</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.reason}`}>
            <code>{problem.path}</code>
            <span>{problem.reason}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
