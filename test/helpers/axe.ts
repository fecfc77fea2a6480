import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA: what the centre promises every coordinator. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

interface AxeNode {
  target: unknown[];
  html: string;
  any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string } }[];
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core in the page and answers one line per failing element: the
 * rule, where the element is, and for contrast the two colours and the ratio,
 * so a failure says what to change. Elements hidden behind an open dialog are
 * skipped by axe itself (they are inert).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(`typeof window.axe === 'object'`);
  // Evaluated rather than added as a script tag: the page's CSP refuses inline scripts, rightly.
  if (!loaded) await page.evaluate(`${axe.source}\n;undefined`);
  const violations = await page.evaluate<AxeViolation[]>(
    `window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(wcagTags)} }, resultTypes: ['violations'] })
      .then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, any: n.any })) })))`,
  );
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const contrast = node.any.find((check) => check.data?.contrastRatio !== undefined)?.data;
      const numbers = contrast
        ? ` (${contrast.fgColor} on ${contrast.bgColor}: ${contrast.contrastRatio}, needs ${contrast.expectedContrastRatio})`
        : '';
      return `${violation.id}${numbers}: ${node.target.join(' ')} ${node.html.slice(0, 160)}`;
    }),
  );
}
