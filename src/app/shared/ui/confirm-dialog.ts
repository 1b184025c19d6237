import { Dialog, DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { map, Observable } from 'rxjs';

/** What a confirmation says, already translated: the question and its two answers. */
export interface ConfirmData {
  text: string;
  confirm: string;
  cancel: string;
}

/**
 * A question before something that cannot be undone at once (closing a period …), in the CDK
 * dialog: focus moves into it and is trapped there, Escape cancels, and focus returns to the button
 * that asked.
 */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatButtonModule],
  template: `
    <p id="confirm-dialog-text">{{ data.text }}</p>
    <div class="actions">
      <button mat-flat-button type="button" (click)="ref.close(true)">{{ data.confirm }}</button>
      <button mat-button type="button" (click)="ref.close(false)">{{ data.cancel }}</button>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(DIALOG_DATA);
  protected readonly ref = inject<DialogRef<boolean>>(DialogRef);
}

/** Asks; emits true once when confirmed, false when cancelled or dismissed. */
export function confirm(dialog: Dialog, data: ConfirmData): Observable<boolean> {
  return dialog
    .open<boolean, ConfirmData>(ConfirmDialog, {
      data,
      role: 'alertdialog',
      ariaLabelledBy: 'confirm-dialog-text',
      // The first button: the question is read as the dialog's name.
      autoFocus: 'first-tabbable',
      restoreFocus: true,
      panelClass: 'app-dialog',
    })
    .closed.pipe(map((answer) => answer === true));
}
