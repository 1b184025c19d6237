import { Page } from '@playwright/test';

/**
 * Every hint or error message on the page that covers another field or control (not its own),
 * as "message ⟂ what it covers"; empty when nothing overlaps. Screenshot-free: bounding boxes.
 */
export function overlappingMessages(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (r: DOMRect) => r.width > 0 && r.height > 0;
    const messages = [...document.querySelectorAll('mat-error, mat-hint, p.hint, p.help')];
    const controls = [
      ...document.querySelectorAll(
        'mat-form-field, mat-checkbox, mat-radio-group, input, textarea, select, button, .mat-mdc-select',
      ),
    ];
    const found: string[] = [];
    for (const message of messages) {
      const box = message.getBoundingClientRect();
      if (!visible(box)) continue;
      const own = message.closest('mat-form-field, mat-checkbox, .checkbox');
      for (const control of controls) {
        if (control.contains(message) || message.contains(control)) continue;
        if (own && (own === control || own.contains(control) || control.contains(own))) continue;
        const other = control.getBoundingClientRect();
        if (!visible(other)) continue;
        const x = Math.min(box.right, other.right) - Math.max(box.left, other.left);
        const y = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
        if (x > 1 && y > 1) {
          const name = (control.getAttribute('id') ?? control.textContent ?? '').trim().slice(0, 40);
          found.push(`${(message.textContent ?? '').trim().slice(0, 50)} ⟂ ${control.tagName} ${name}`);
        }
      }
    }
    return found;
  });
}
