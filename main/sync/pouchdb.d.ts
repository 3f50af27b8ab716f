// pouchdb-node's own types (@types/pouchdb-core) pull the DOM library into the Node build, which
// breaks Buffer's types everywhere; these are the calls the sync uses.
declare module 'pouchdb-node' {
  namespace PouchDB {
    interface Meta { _id: string; _rev: string; _deleted?: boolean }
    type ExistingDoc<T> = T & Meta;
    interface ReplicationResult { docs_written: number; doc_write_failures: number }
    interface Replication extends Promise<ReplicationResult> {
      on(event: 'denied', listener: (error: unknown) => void): this;
    }
    interface Database<T> {
      info(): Promise<{ doc_count: number; update_seq: number | string }>;
      bulkDocs(docs: unknown[], options: { new_edits: false }): Promise<unknown[]>;
      get(id: string, options: { open_revs: 'all' }): Promise<({ ok: ExistingDoc<T> } | { missing: string })[]>;
      allDocs(options: { keys: string[] }): Promise<{ rows: ({ id: string; value: { rev: string; deleted?: boolean } } | { key: string; error: string })[] }>;
      changes(options: { since: number; include_docs: true; style: 'all_docs' }): Promise<{ results: { id: string; doc?: ExistingDoc<T>; changes: { rev: string }[] }[] }>;
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
  }
  interface PouchDBStatic {
    new <T>(name: string, options?: { auto_compaction?: boolean; skip_setup?: boolean; auth?: { username: string; password: string } }): PouchDB.Database<T>;
    replicate<T>(from: PouchDB.Database<T>, to: PouchDB.Database<T>, options?: { batch_size?: number; retry?: boolean; filter?: (doc: { _id: string }) => boolean }): PouchDB.Replication;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}
