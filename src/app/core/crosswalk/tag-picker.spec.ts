import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatChipGridHarness, MatChipInputHarness } from '@angular/material/chips/testing';
import { provideTranslocoForTests } from '../../testing/transloco-testing';
import { CrosswalkNamesService } from './crosswalk-names';
import { TagPicker } from './tag-picker';

@Component({
  imports: [ReactiveFormsModule, TagPicker],
  template: `<app-tag-picker [formControl]="tags" inputId="tags" label="CEMR-artiklar och Agenda 2030" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly tags = new FormControl<string[]>(['cemr:11'], { nonNullable: true });
}

describe('TagPicker (a searchable multi-select of CEMR articles and Agenda 2030 targets)', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideTranslocoForTests()] });
    const fixture = TestBed.createComponent(Host);
    await TestBed.inject(CrosswalkNamesService).load();
    fixture.detectChanges();
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return {
      host: fixture.componentInstance,
      grid: await loader.getHarness(MatChipGridHarness),
      search: await loader.getHarness(MatAutocompleteHarness),
      input: await loader.getHarness(MatChipInputHarness),
    };
  }

  it('shows the chosen tags as chips with their number and name', async () => {
    const { grid } = await render();
    const rows = await grid.getRows();
    expect(await Promise.all(rows.map((r) => r.getText()))).toEqual([
      jasmine.stringContaining('Artikel 11: Arbetsgivarrollen'),
    ]);
  });

  it('suggests by words of the name, accents aside, grouped by framework', async () => {
    const { search, host } = await render();
    await search.enterText('vald mot kvinnor');
    const options = await search.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual([
      'Delmål 5.2: Avskaffa våld mot och utnyttjande av kvinnor och flickor',
    ]);
    await options[0].click();
    expect(host.tags.value).toEqual(['cemr:11', 'sdg:5.2']);
  });

  it('takes a number typed in full on Enter, and leaves an ambiguous one to the list', async () => {
    const { input, host } = await render();
    await input.setValue('5.5');
    await input.sendSeparatorKey(TestKey.ENTER);
    expect(host.tags.value).toEqual(['cemr:11', 'sdg:5.5']);
    // "10" is both article 10 and goal 10: nothing is guessed.
    await input.setValue('10');
    await input.sendSeparatorKey(TestKey.ENTER);
    expect(host.tags.value).toEqual(['cemr:11', 'sdg:5.5']);
  });

  it('removes a chip with its remove button (named for what it removes)', async () => {
    const { grid, host } = await render();
    const [row] = await grid.getRows();
    await row.remove();
    expect(host.tags.value).toEqual([]);
  });
});
