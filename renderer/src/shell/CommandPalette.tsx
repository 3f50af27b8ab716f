import { useMemo, useState, type KeyboardEvent } from 'react';
import { displayShortcut, type Command } from './commands';
import { Dialog } from './Dialog';

/** Every command by name: type to filter, arrows to choose, Enter to run. */
export function CommandPalette({ commands, onClose }: { commands: readonly Command[]; onClose(): void }) {
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => {
    const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return commands.filter((c) => words.every((w) => c.label.toLocaleLowerCase().includes(w)));
  }, [commands, filter]);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  function run(command: Command | undefined): void {
    if (!command) return;
    onClose();
    command.run();
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(1, shown.length));
    else if (event.key === 'ArrowUp') setActive((current - 1 + shown.length) % Math.max(1, shown.length));
    else if (event.key === 'Enter') run(shown[current]);
    else return;
    event.preventDefault();
  }

  return (
    <Dialog label="Command palette" onClose={onClose}>
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={shown[current] ? `command-${shown[current].id}` : undefined}
        aria-label="Type a command"
        placeholder="Type a command…"
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {shown.map((command, index) => (
          <li key={command.id} id={`command-${command.id}`} role="option" aria-selected={index === current} className={index === current ? 'palette-item active' : 'palette-item'} onClick={() => run(command)} onMouseEnter={() => setActive(index)}>
            <span>{command.label}</span>
            {command.shortcut && <kbd>{displayShortcut(command.shortcut)}</kbd>}
          </li>
        ))}
        {shown.length === 0 && <li className="palette-empty">No command matches.</li>}
      </ul>
    </Dialog>
  );
}
