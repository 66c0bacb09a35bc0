/** The home page's memorandum form filled in a browser from the schema's example, for the e2e tests that propose one. */
import type { Page } from 'playwright-core';
import { memorandumBody } from './harness';

type Example = { partnerId: string; kind: string; scope: string[]; startDate: string; endDate: string; coordinator: { name: string; email: string }; initiatingFaculty: string; summary: string; researchAreas?: string[]; jointLaboratories?: string[] };

/** The memorandum's fields other than the conditions. */
export async function fillMemorandum(page: Page): Promise<void> {
  const m = memorandumBody() as Example;
  await page.locator('#m-partner').selectOption(m.partnerId);
  await page.locator('#m-kind').selectOption(m.kind);
  for (const s of m.scope) await page.locator(`#memorandum-form input[name=scope][value=${s}]`).check();
  await page.locator('#m-start').fill(m.startDate);
  await page.locator('#m-end').fill(m.endDate);
  await page.locator('#m-coord-name').fill(m.coordinator.name);
  await page.locator('#m-coord-email').fill(m.coordinator.email);
  await page.locator('#m-faculty').selectOption(m.initiatingFaculty);
  await page.locator('#m-summary').fill(m.summary);
  // Lists as a person types them: separated by semicolons.
  if (m.researchAreas) await page.locator('#m-research').fill(m.researchAreas.join('; '));
  if (m.jointLaboratories) await page.locator('#m-labs').fill(m.jointLaboratories.join('; '));
}
