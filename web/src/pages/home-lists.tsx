/**
 * The home page's lists of nominations and memoranda, drawn by Preact (components/submission-list.tsx)
 * into the page's `<ul>`s while the rest of the form page is still built by hand (pages/app.ts).
 * Loaded beside the lists' data, not before the form's scripts: Preact is not yet part of the
 * form page's first scripts, which have a 45 KB budget. Drawn again, whole, on a language switch.
 */
import { render } from 'preact';
import { SubmissionItems } from '../components/submission-list';
import type { Submission, TimelineWords } from '../components/status-timeline';

export type HomeLists = {
  nominations: readonly Submission[];
  agreements: readonly Submission[];
  pathOf: (item: Submission) => string;
  describe: (item: Submission) => string;
  mine: (item: Submission) => boolean;
  words: TimelineWords;
};

/** Draws both lists into their `<ul>`s (`nominations`, `agreements`). */
export function showLists(slots: { nominations: HTMLElement; agreements: HTMLElement }, { nominations, agreements, ...shared }: HomeLists): void {
  render(<SubmissionItems items={nominations} {...shared} />, slots.nominations);
  render(<SubmissionItems items={agreements} {...shared} />, slots.agreements);
}
