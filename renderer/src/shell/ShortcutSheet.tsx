import { displayShortcut, type Command } from './commands';
import { Dialog } from './Dialog';

/** The cheat sheet: every shortcut in one place. */
export function ShortcutSheet({ commands, onClose }: { commands: readonly Command[]; onClose(): void }) {
  return (
    <Dialog label="Keyboard shortcuts" onClose={onClose}>
      <h2 className="dialog-title">Keyboard shortcuts</h2>
      <table className="shortcut-table">
        <tbody>
          {commands.filter((c) => c.shortcut).map((command) => (
            <tr key={command.id}>
              <th scope="row">{command.label}</th>
              <td><kbd>{displayShortcut(command.shortcut ?? '')}</kbd></td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Every view is reachable by keyboard: Tab moves between controls, Enter opens, Escape closes dialogs.</p>
      <button type="button" onClick={onClose} autoFocus>Close</button>
    </Dialog>
  );
}
