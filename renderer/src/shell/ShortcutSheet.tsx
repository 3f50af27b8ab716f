import { displayShortcut, type Command } from './commands';
import { contextKeys } from './contextKeys';
import { Dialog } from './Dialog';

/** The cheat sheet: every shortcut in one place, the app's own and those that work in one place only. */
export function ShortcutSheet({ commands, onClose }: { commands: readonly Command[]; onClose(): void }) {
  return (
    <Dialog label="Keyboard shortcuts" onClose={onClose}>
      <h2 className="dialog-title">Keyboard shortcuts</h2>
      <table className="shortcut-table" aria-label="Everywhere">
        <tbody>
          {commands.filter((c) => c.shortcut).map((command) => (
            <tr key={command.id} data-shortcut={command.shortcut} data-scope="app">
              <th scope="row">{command.label}</th>
              <td><kbd>{displayShortcut(command.shortcut ?? '')}</kbd></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="dialog-subtitle">In one place</h3>
      <table className="shortcut-table" aria-label="In one place">
        <tbody>
          {contextKeys.map((key) => (
            <tr key={key.id} data-shortcut={key.shortcut} data-scope={key.where}>
              <th scope="row">{key.label} <span className="muted">({key.where})</span></th>
              <td><kbd>{displayShortcut(key.shortcut)}</kbd></td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Copy, paste, select all and undo in text fields are the browser’s own. Tab moves between controls, Enter opens, Escape closes dialogs.</p>
      <button type="button" onClick={onClose} autoFocus>Close</button>
    </Dialog>
  );
}
