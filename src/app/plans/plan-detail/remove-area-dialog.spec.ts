import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { TestBed } from '@angular/core/testing';
import { createTestFocusArea, createTestGoal } from '../../testing/builders';
import { provideTranslocoForTests } from '../../testing/transloco-testing';
import { AreaRow, GoalRow } from './plan-detail.selectors';
import { RemoveAreaData, RemoveAreaDialog } from './remove-area-dialog';

describe('RemoveAreaDialog (what happens to a removed focus area’s goals)', () => {
  const area = createTestFocusArea({ id: 'a1', title: 'Språk' });
  const other = createTestFocusArea({ id: 'a2', title: 'Arbete' });
  const goal = (hasReports: boolean) => ({ goal: createTestGoal(), hasReports }) as unknown as GoalRow;
  const row = (...goals: GoalRow[]): AreaRow => ({ area, goals });

  function open(data: RemoveAreaData) {
    const close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoForTests(),
        { provide: DIALOG_DATA, useValue: data },
        { provide: DialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(RemoveAreaDialog);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const radio = (id: string) => element.querySelector<HTMLInputElement>(`#${id}`);
    const confirm = () => element.querySelector<HTMLButtonElement>('button[mat-flat-button]')!;
    return { fixture, element, close, radio, confirm };
  }

  const cases: {
    name: string;
    data: RemoveAreaData;
    checked: 'remove-move' | 'remove-delete' | null;
    result: unknown;
  }[] = [
    {
      name: 'no goals: removed as it is',
      data: { row: row(), targets: [other] },
      checked: null,
      result: { mode: 'delete' },
    },
    {
      name: 'goals and another focus area: moved there by default',
      data: { row: row(goal(false), goal(true)), targets: [other] },
      checked: 'remove-move',
      result: { mode: 'move', targetAreaId: 'a2' },
    },
    {
      name: 'goals without reports and no other focus area: deleted with it',
      data: { row: row(goal(false)), targets: [] },
      checked: 'remove-delete',
      result: { mode: 'delete' },
    },
  ];
  for (const { name, data, checked, result } of cases) {
    it(name, () => {
      const { radio, confirm, close } = open(data);
      if (checked) expect(radio(checked)!.checked).toBeTrue();
      else expect(radio('remove-move')).toBeNull();
      confirm().click();
      expect(close).toHaveBeenCalledOnceWith(result);
    });
  }

  it('refuses to delete goals that have reports, and says why', () => {
    const { radio, confirm, close, fixture, element } = open({ row: row(goal(true)), targets: [] });
    expect(radio('remove-move')!.disabled).toBeTrue();
    radio('remove-delete')!.click();
    fixture.detectChanges();
    expect(confirm().disabled).toBeTrue();
    expect(element.querySelector('.error')?.textContent).toContain('rapporter');
    confirm().click();
    expect(close).not.toHaveBeenCalled();
  });
});
