import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, isTrustedSender } from '../../../main/electron/policy';

describe('the Electron host trust policy', () => {
  it('treats only app://testimony as the app', () => {
    expect(isAppUrl('app://testimony/index.html')).toBe(true);
    for (const url of ['https://testimony/index.html', 'app://evil/index.html', 'app://testimony.evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('accepts IPC only from our window’s top frame on the app origin', () => {
    const ok = { fromOurWindow: true, topFrame: true, url: 'app://testimony/index.html' };
    expect(isTrustedSender(ok)).toBe(true);
    expect(isTrustedSender({ ...ok, fromOurWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ok, topFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ok, url: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ ...ok, url: '' })).toBe(false);
  });

  it('lets the renderer load nothing remote', () => {
    expect(isAllowedRequest('app://testimony/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    for (const url of ['https://fonts.example/font.woff2', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'blob:https://evil.example/x']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});
