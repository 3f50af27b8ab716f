/** An import or export problem whose message is written for the researcher; nothing was changed. */
export class ExchangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExchangeError';
  }
}
