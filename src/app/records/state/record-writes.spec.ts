import { RecordEditorPageActions } from './record-editor.actions';
import { backTo, recordWrite, savedMessage } from './record-writes';

describe('record writes (what the record editor’s save becomes)', () => {
  const saved = (overrides: Partial<Parameters<typeof RecordEditorPageActions.recordSaved>[0]> = {}) =>
    RecordEditorPageActions.recordSaved({
      kind: 'goals',
      id: null,
      expectedVersion: 0,
      record: { title: 'Fler i arbete' },
      title: 'Fler i arbete',
      backUrl: '/plans/plan-1',
      ...overrides,
    });

  it('a new record is created; a changed one updated at the version it was read', () => {
    expect(recordWrite(saved()) as unknown).toEqual({
      op: 'create',
      kind: 'goals',
      draft: { title: 'Fler i arbete' },
    });
    expect(recordWrite(saved({ id: 'g1', expectedVersion: 4 })) as unknown).toEqual({
      op: 'update',
      kind: 'goals',
      id: 'g1',
      expectedVersion: 4,
      patch: { title: 'Fler i arbete' },
    });
  });

  it('a new goal opens the plan at it; anything else goes back where it came from', () => {
    expect(backTo(saved())).toBe('/plans/plan-1#goal-:created');
    expect(backTo(saved({ id: 'g1' }))).toBe('/plans/plan-1');
    expect(backTo(saved({ kind: 'indicators' }))).toBe('/plans/plan-1');
  });

  const people: [string, Record<string, unknown>, 'demo' | 'account' | null, string][] = [
    ['an active person with a role, embedded demo', { active: true, roles: ['reporter'] }, 'demo', 'demo'],
    ['an active person with a role, accounts', { active: true, roles: ['reporter'] }, 'account', 'access'],
    ['an inactive person', { active: false, roles: ['reporter'] }, 'account', 'inactive'],
    ['a person without a role', { active: true, roles: [] }, 'demo', 'inactive'],
  ];
  for (const [name, record, signIn, outcome] of people) {
    it(`saving ${name} says what it means for them: ${outcome}`, () => {
      expect(savedMessage(saved({ kind: 'members', record, title: 'Anna' }), signIn)).toEqual({
        key: `editor.memberSaved.${outcome}`,
        params: { title: 'Anna' },
      });
    });
  }

  it('any other record: saved, with its title', () => {
    expect(savedMessage(saved(), 'demo')).toEqual({
      key: 'editor.saved',
      params: { title: 'Fler i arbete' },
    });
  });
});
