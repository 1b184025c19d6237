import { Dialog, DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { CountKeyPipe } from '../../core/i18n/format-pipes';
import { FocusArea, Id } from '../../domain/model';
import { AreaRow } from './plan-detail.selectors';
import { RemoveMode } from './plan-writes';

export interface RemoveAreaData {
  row: AreaRow;
  /** The plan's other focus areas, where its goals can go. */
  targets: FocusArea[];
}

/**
 * Removing a focus area says what happens to its goals: moved to another focus area, or deleted
 * with it (not when reports were written on them). Closes with the choice, or nothing when cancelled.
 */
@Component({
  selector: 'app-remove-area-dialog',
  imports: [TranslocoPipe, CountKeyPipe, MatButtonModule],
  templateUrl: './remove-area-dialog.html',
  styles: `
    fieldset {
      border: none;
      padding: 0;
    }
    legend {
      font-weight: 600;
      margin-bottom: 0.5rem;
    }
    .choice {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-bottom: 0.5rem;
    }
    .error {
      color: #b3261e;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RemoveAreaDialog {
  protected readonly data = inject<RemoveAreaData>(DIALOG_DATA);
  protected readonly ref = inject<DialogRef<RemoveMode>>(DialogRef);
  private readonly canDelete = !this.data.row.goals.some((g) => g.hasReports);
  protected readonly mode = signal<'move' | 'delete'>(
    this.data.targets.length > 0 || !this.canDelete ? 'move' : 'delete',
  );
  protected readonly target = signal<Id>(this.data.targets[0]?.id ?? '');
  protected readonly blocked = computed(() => {
    if (this.data.row.goals.length === 0) return false;
    return this.mode() === 'move' ? this.target() === '' : !this.canDelete;
  });

  protected confirm(): void {
    if (this.blocked()) return;
    this.ref.close(
      this.mode() === 'move' && this.data.row.goals.length > 0
        ? { mode: 'move', targetAreaId: this.target() }
        : { mode: 'delete' },
    );
  }
}

/** Asks what to do with the focus area's goals; emits the choice, or undefined when cancelled. */
export function askRemoveArea(dialog: Dialog, data: RemoveAreaData): Observable<RemoveMode | undefined> {
  return dialog.open<RemoveMode, RemoveAreaData>(RemoveAreaDialog, {
    data,
    role: 'alertdialog',
    ariaLabelledBy: 'remove-dialog-title',
    ariaDescribedBy: 'remove-dialog-text',
    autoFocus: 'first-heading',
    restoreFocus: true,
    panelClass: 'app-dialog',
  }).closed;
}
