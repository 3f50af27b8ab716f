import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptableDrop, devOverrides, viewMenuRoles } from '../../../main/electron/policy';

describe('the packaged app, as the Electron host decides it (pure policy, no Electron here)', () => {
  it('ignores TESTIMONY_USER_DATA and TESTIMONY_ARCHIVE in a packaged build', () => {
    const env = { TESTIMONY_USER_DATA: '/tmp/evil', TESTIMONY_ARCHIVE: '/etc' };
    expect(devOverrides(true, env)).toEqual({});
    expect(devOverrides(false, env)).toEqual({ userData: '/tmp/evil', archive: '/etc' });
    expect(devOverrides(false, { TESTIMONY_ARCHIVE: '' })).toEqual({ userData: undefined, archive: undefined });
  });

  it('offers reload and DevTools only in a development build', () => {
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(viewMenuRoles(true)).not.toContain(role);
      expect(viewMenuRoles(false)).toContain(role);
    }
    expect(viewMenuRoles(true)).toContain('togglefullscreen');
  });

  it('acts on a dropped path only when it is an absolute OS path', () => {
    expect(acceptableDrop('/home/ada/interviews', isAbsolute)).toBe(true);
    for (const bad of ['', 'relative/folder', '/x\0/y', '/'.repeat(5000), 42, null, { path: '/x' }]) expect(acceptableDrop(bad, isAbsolute), String(bad)).toBe(false);
  });
});
