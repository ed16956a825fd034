/** A gated child for test/build/gated-child.test.ts: prints before and after the gate opens. */
import { waitForGo } from '../../src/build/child-process';

console.log('före grinden');
await waitForGo();
console.log('efter grinden');
