/** visualDiff from @web/test-runner-visual-regression, typed: its types point at a file it does not ship. */
import * as visualRegression from '@web/test-runner-visual-regression';

export const { visualDiff } = visualRegression as unknown as { visualDiff(element: Node, name: string): Promise<void> };
