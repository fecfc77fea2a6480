import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Opening a dialog the way the coordinator does, for the checks that run with it open.

export type Words = { cs: string | RegExp; en: string | RegExp };

/**
 * One step towards a dialog, named in both languages: a button to press (the default), an item of the
 * menu just opened, a button of the dialog already open (a question asked over it), a link to follow,
 * or text to type into a field.
 */
export type Step = Words | { menuitem: Words } | { inDialog: Words } | { link: Words } | { type: string; into: Words };

/** What opens a dialog: one step, or several in a row. */
export type Opener = Step | Step[];

const steps = (opener: Opener): Step[] => (Array.isArray(opener) ? opener : [opener]);

/** What a step clicks: in the newest dialog for a step taken inside one, else on the page. */
function target(page: Page, lang: 'cs' | 'en', step: Exclude<Step, { type: string }>): Locator {
  const named = (words: Words) => ({ name: words[lang], exact: typeof words[lang] === 'string' });
  if ('menuitem' in step) return page.getByRole('menuitem', named(step.menuitem));
  if ('link' in step) return page.getByRole('link', named(step.link));
  if ('inDialog' in step) return page.getByRole('dialog').last().getByRole('button', named(step.inDialog));
  return page.getByRole('button', named(step)).first();
}

/**
 * Takes the opener's steps until its dialog (and only it more) is open; answers what the dialog is, for
 * the report, and the first thing clicked, where focus belongs once every dialog has closed.
 */
export async function openDialog(
  page: Page,
  lang: 'cs' | 'en',
  opener: Opener,
): Promise<{ what: string; from: Locator }> {
  const dialogs = page.getByRole('dialog');
  let before = 0;
  let what = '';
  let from: Locator | null = null;
  for (const step of steps(opener)) {
    if ('type' in step) {
      await page.getByRole('textbox', { name: step.into[lang], exact: true }).fill(step.type);
      continue;
    }
    if ('inDialog' in step) await expect.poll(() => dialogs.count()).toBeGreaterThan(0);
    before = await dialogs.count();
    const clicked = target(page, lang, step);
    await clicked.click();
    from ??= clicked;
    const words =
      'menuitem' in step ? step.menuitem : 'link' in step ? step.link : 'inDialog' in step ? step.inDialog : step;
    what = String(words[lang]);
  }
  await expect.poll(() => dialogs.count()).toBe(before + 1);
  if (!from) throw new Error(`${what}: an opener clicks something`);
  return { what, from };
}

/** Escape until no dialog is left (it first closes an open calendar or list inside one). */
export async function closeEach(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      await page.keyboard.press('Escape');
      return page.getByRole('dialog').count();
    })
    .toBe(0);
}

/** Empties what an opener typed, so the next page opens without asking to leave. */
export async function emptyTyped(page: Page, lang: 'cs' | 'en', opener: Opener): Promise<void> {
  for (const step of steps(opener)) {
    if ('type' in step) await page.getByRole('textbox', { name: step.into[lang], exact: true }).fill('');
  }
}
