/** The only two IPC channels the app uses: one for calls, one for events. */
export const CALL_CHANNEL = 'testimony:call';
export const EVENT_CHANNEL = 'testimony:event';
