/**
 * The moment before the QR encoder's chunk has arrived (lib/qr-encoder.ts): a code is its blank
 * plate, hidden from assistive technology and without the code's test id, and becomes the code
 * in the commit after the chunk loads. A fresh module graph, so the setup file's load does not
 * apply here.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.resetModules());

describe('QrCode before the encoder has loaded', () => {
  it('draws the blank plate, then the code once the encoder arrives', async () => {
    vi.resetModules();
    const encoder = await import('../lib/qr-encoder');
    const { QrCode } = await import('./qr-code');
    const { render, actAsync } = await import('../test/render');
    expect(encoder.currentQrEncoder()).toBeNull();

    const props = {
      text: 'https://connect.nango.dev/?session_token=t',
      label: 'QR',
      className: 'q',
      testId: 'qr',
      size: 100,
    };
    // A render before the chunk has arrived (synchronous, so no effect has started the load).
    const before = renderToStaticMarkup(<QrCode {...props} />);
    expect(before).toContain('data-testid="qr-pending"');
    expect(before).toContain('aria-hidden="true"');
    expect(before).not.toContain('<path');
    expect(before).not.toContain('data-testid="qr"');
    expect(before).not.toContain('aria-label');

    const view = await render(<QrCode {...props} />);
    await actAsync(() => encoder.loadQrEncoder());
    const code = view.byTestId('qr');
    expect(code?.getAttribute('role')).toBe('img');
    expect(code?.getAttribute('aria-label')).toBe('QR');
    expect(code?.querySelector('path')?.getAttribute('d')).toMatch(/^M4 4h7/);
    expect(view.byTestId('qr-pending')).toBeNull();
    await view.unmount();
  });
});
