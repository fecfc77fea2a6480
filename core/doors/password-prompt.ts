import readline from 'node:readline';
import { type Locale, translate } from '../contract/i18n.js';
import type { CliKeys } from './cli-vault.js';

/**
 * How the command line gets the password: SHIFTBOOK_PASSWORD (scripts, tests),
 * else asked on the terminal without echo (a new one twice); null when there is
 * neither, so the door says what is missing instead of waiting for input.
 */
export function passwordFromEnvironment(env: NodeJS.ProcessEnv): CliKeys['password'] {
  return async (purpose: 'unlock' | 'new', locale: Locale) => {
    const given = env.SHIFTBOOK_PASSWORD;
    if (given !== undefined) return { password: given, again: given };
    if (!process.stdin.isTTY) return null;
    const password = await ask(`${translate(locale, purpose === 'new' ? 'fields.newPassword' : 'fields.password')}: `);
    if (purpose === 'unlock') return { password, again: password };
    // Both as typed: the lock refuses two different ones at their field.
    return { password, again: await ask(`${translate(locale, 'fields.passwordAgain')}: `) };
  };
}

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stderr.write(question);
    // The typed characters are not echoed.
    output._writeToOutput = () => {};
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
