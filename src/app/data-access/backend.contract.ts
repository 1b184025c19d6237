import { ContractBackend, contractContext } from './contract/context.contract';
import { sessionAndReadingContract } from './contract/session-and-reading.contract';
import { sharedGoalsContract } from './contract/shared-goals.contract';
import { workflowContract } from './contract/workflow.contract';
import { writingContract } from './contract/writing.contract';
import { publishingContract } from './contract/publishing.contract';
import { DemoSeed } from './local/demo-seed';

export type { ContractBackend } from './contract/context.contract';

/**
 * The contract every adapter of the port must honour. An adapter's spec calls this with a
 * factory that returns a fresh backend holding `seed`; the Firebase adapter runs the same suite
 * against the emulators.
 */
export interface ContractFixture {
  backend: ContractBackend;
  seed: DemoSeed;
  dispose(): Promise<void>;
}

export function backendContract(name: string, create: () => Promise<ContractFixture>): void {
  describe(`Backend contract: ${name}`, () => {
    let fixture: ContractFixture | undefined;

    beforeEach(async () => {
      fixture = await create();
    });
    afterEach(async () => {
      // Nothing to clean up when the suite was skipped before its fixture was made.
      await fixture?.backend.signOut();
      await fixture?.dispose();
      fixture = undefined;
    });

    const c = contractContext(() => fixture!);
    sessionAndReadingContract(c);
    writingContract(c);
    workflowContract(c);
    sharedGoalsContract(c);
    publishingContract(c);
  });
}
