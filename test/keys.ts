/**
 * Real key presses in Chromium, Firefox and WebKit, with sendKeys' payload: { type }, { press },
 * { down } or { up }. Runs scripts/keys-plugin.js on the test server.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type KeysPayload = { type: string } | { press: string } | { down: string } | { up: string };

export async function sendKeys(payload: KeysPayload): Promise<void> {
  await executeServerCommand('keys', payload);
}
