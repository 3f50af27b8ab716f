import { useState, type FormEvent } from 'react';
import type { SyncStatus } from '../../../preload/api';
import { request } from '../api/client';
import { plural } from '../../../preload/contract/plural';
import { ErrorMessage } from '../shared/Messages';

/** The project's address, your name, the password, continuous sync, and the status in words. */
export function SyncPanel({ status, onChanged }: { status: SyncStatus; onChanged(status: SyncStatus): void }) {
  const [name, setName] = useState(status.name ?? '');
  const [remote, setRemote] = useState(status.remote ?? '');
  const [user, setUser] = useState(status.user ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<string | null>(null);

  const run = async (work: () => Promise<void>): Promise<void> => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      onChanged(await request('sync.configure', { name, remote, user, ...(password ? { password } : {}) }));
      if (status.canSavePassword) setPassword('');
    });
  };
  const syncNow = () => void run(async () => {
    setReport(null);
    const out = await request('sync.now', password ? { password } : {});
    onChanged(out.status);
    setReport(`Shared ${plural(out.pushed, 'change')}, received ${plural(out.pulled, 'change')}.`);
  });
  const toggleContinuous = (continuous: boolean) => void run(async () => onChanged(await request('sync.configure', { continuous })));

  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Team project</h2>
      <p role="status" className={`sync-status sync-${status.state}`}>{status.message}</p>
      <form className="sync-form" onSubmit={save}>
        <label>Your name (on what you make) <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} /></label>
        <label>Project address <input value={remote} onChange={(e) => setRemote(e.target.value)} placeholder="https://couch.example.org/oral-history" /></label>
        <label>User name <input value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" /></label>
        <label>Password <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password"
          placeholder={status.passwordSaved ? 'kept by this computer' : status.canSavePassword ? '' : 'used for this session only'} /></label>
        <div className="row">
          <button type="submit" className="secondary">Save settings</button>
          <button type="button" onClick={syncNow} disabled={status.state === 'syncing' || !status.remote}>Sync now</button>
          <label className="inline"><input type="checkbox" checked={status.continuous} onChange={(e) => toggleContinuous(e.target.checked)} /> Sync continuously</label>
        </div>
      </form>
      {report && <p>{report}</p>}
      {error && <ErrorMessage message={error} />}
    </section>
  );
}
