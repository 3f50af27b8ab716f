/** An error whose message is already written for a researcher. */
export class UserError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function notFound(what: string): UserError {
  return new UserError('not-found', `${what} was not found. It may have been removed from the archive.`);
}
