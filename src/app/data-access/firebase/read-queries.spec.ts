import { Member, Role } from '../../domain/model';
import { mergeById } from '../../domain/group-by';
import { readQueries, summaryQueries } from './read-queries';

function member(
  roles: Role[],
  departmentIds: string[] = [],
): Pick<Member, 'id' | 'orgId' | 'roles' | 'departmentIds' | 'active'> {
  return { id: 'm-test', orgId: 'halmstad', roles, departmentIds, active: true };
}

describe('readQueries (Firestore queries that the rules allow, for each role)', () => {
  const path = 'orgs/halmstad/reports';
  const cases: { name: string; run: () => unknown; expected: unknown }[] = [
    {
      name: 'a strategist reads all plans',
      run: () => readQueries('plans', {}, member(['strategist'])),
      expected: [{ path: 'orgs/halmstad/plans', filters: [] }],
    },
    {
      name: 'a committee member reads only adopted and archived plans',
      run: () => readQueries('plans', {}, member(['committee'])),
      expected: [{ path: 'orgs/halmstad/plans', filters: [['status', 'in', ['adopted', 'archived']]] }],
    },
    {
      name: 'goals of one plan, for anyone',
      run: () => readQueries('goals', { where: { planId: 'p1' } }, member(['committee'])),
      expected: [{ path: 'orgs/halmstad/goals', filters: [['planId', '==', 'p1']] }],
    },
    {
      name: 'a strategist reads one period’s reports in every state',
      run: () => readQueries('reports', { where: { periodId: 'per-1' } }, member(['strategist'])),
      expected: [{ path, filters: [['periodId', '==', 'per-1']] }],
    },
    {
      name: 'a committee member reads only submitted and approved reports',
      run: () => readQueries('reports', { where: { periodId: 'per-1' } }, member(['committee'])),
      expected: [
        {
          path,
          filters: [
            ['periodId', '==', 'per-1'],
            ['state', 'in', ['submitted', 'approved']],
          ],
        },
      ],
    },
    {
      name: 'a department head: everyone’s reported ones, and their own in the other states',
      run: () => readQueries('reports', {}, member(['reporter'], ['uaf', 'sof'])),
      expected: [
        { path, filters: [['state', 'in', ['submitted', 'approved']]] },
        {
          path,
          filters: [
            ['departmentId', 'in', ['uaf', 'sof']],
            ['state', 'in', ['draft', 'returned']],
          ],
        },
      ],
    },
    {
      name: 'a department head asking for their own department: all of it',
      run: () => readQueries('reports', { where: { departmentId: 'uaf' } }, member(['reporter'], ['uaf'])),
      expected: [{ path, filters: [['departmentId', '==', 'uaf']] }],
    },
    {
      name: 'a department head asking for another department: only what it reported',
      run: () => readQueries('reports', { where: { departmentId: 'sof' } }, member(['reporter'], ['uaf'])),
      expected: [
        {
          path,
          filters: [
            ['departmentId', '==', 'sof'],
            ['state', 'in', ['submitted', 'approved']],
          ],
        },
      ],
    },
    {
      name: 'a reporter role without departments reads like a committee member',
      run: () => readQueries('reports', {}, member(['reporter'], [])),
      expected: [{ path, filters: [['state', 'in', ['submitted', 'approved']]] }],
    },
  ];
  for (const c of cases) {
    it(c.name, () => expect(c.run()).toEqual(c.expected));
  }

  it('splits more than 30 own departments over several queries (Firestore’s `in` limit)', () => {
    const departments = Array.from({ length: 31 }, (_, i) => `d${i}`);
    const specs = readQueries('reports', {}, member(['reporter'], departments));
    expect(specs.length).toBe(3);
    expect((specs[1].filters[0][2] as string[]).length).toBe(30);
    expect(specs[2].filters[0][2]).toEqual(['d30']);
  });

  it('merges results that match several queries once, in id order', () => {
    expect(
      mergeById([
        [{ id: 'b' }, { id: 'a' }],
        [{ id: 'a' }, { id: 'c' }],
      ]),
    ).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
  });

  it('reads summaries by period: one document per plan and period, 30 periods a query', () => {
    const periods = Array.from({ length: 31 }, (_, i) => `p${i}`);
    expect(summaryQueries('halmstad', ['p1', 'p2'])).toEqual([
      { path: 'orgs/halmstad/summaries', filters: [['periodId', 'in', ['p1', 'p2']]] },
    ]);
    expect(summaryQueries('halmstad', periods).map((s) => (s.filters[0][2] as string[]).length)).toEqual([
      30, 1,
    ]);
    expect(summaryQueries('halmstad', [])).toEqual([]);
  });
});
