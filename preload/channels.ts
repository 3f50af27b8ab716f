/** The only two IPC channels the app uses: one for calls, one for events. */
export const CALL_CHANNEL = 'testimony:call';
export const EVENT_CHANNEL = 'testimony:event';
/** A folder dropped on the window: the preload sends its path; the page never sees it. */
export const DROP_CHANNEL = 'testimony:open-dropped';
