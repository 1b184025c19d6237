import { Draft, Member, Period, Plan, Report } from '../../domain/model';
import { Adapter, ExportPort, RecordsPort, Session, SessionPort } from '../backend';
import { DemoSeed } from '../local/demo-seed';

/** The jobs every adapter has, and a way to sign in as a seeded person (each fixture has one). */
export type ContractBackend = SessionPort &
  RecordsPort &
  ExportPort & { signInAs(memberId: string): Promise<Session>; adapter(): Adapter };

/** What each part of the contract works with: the fresh backend of the test, and its seed. */
export interface ContractContext {
  readonly backend: ContractBackend;
  readonly seed: DemoSeed;
  /** The seeded person with only this role. */
  person(role: 'admin' | 'strategist' | 'committee'): Member;
  openPeriod(): Period;
  closedPeriod(): Period;
  /** A department head of this department only. */
  reporterOf(departmentId: string): Member;
  reportIn(periodId: string, state: Report['state']): Report;
  newPlan(overrides?: Partial<Plan>): Draft<Plan>;
}

/** The context over the fixture's current backend and seed (both new for every test). */
export function contractContext(
  current: () => { backend: ContractBackend; seed: DemoSeed },
): ContractContext {
  const seed = () => current().seed;
  return {
    get backend() {
      return current().backend;
    },
    get seed() {
      return seed();
    },
    person: (role) => seed().members.find((m) => m.roles.length === 1 && m.roles[0] === role)!,
    openPeriod: () => seed().periods.find((p) => p.state === 'open')!,
    closedPeriod: () => seed().periods.find((p) => p.state === 'closed')!,
    reporterOf: (departmentId) =>
      seed().members.find(
        (m) =>
          m.roles.includes('reporter') &&
          m.departmentIds.includes(departmentId) &&
          m.departmentIds.length === 1,
      )!,
    reportIn: (periodId, state) => seed().reports.find((r) => r.periodId === periodId && r.state === state)!,
    newPlan: (overrides = {}) => ({
      title: 'Handlingsplan för trygghet',
      theme: 'other',
      validFrom: 2026,
      validTo: 2028,
      decisionRef: 'KS 2026/00099',
      adoptedOn: null,
      status: 'draft',
      description: '',
      ...overrides,
    }),
  };
}
