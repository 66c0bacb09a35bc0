/**
 * A list of nominations or memoranda as the home page shows them: each item's reference (a link
 * to its page), its status and a line saying what it is; under a person's own, its status
 * timeline, and when an approver sent it back, their comment and the way to the edit form, right
 * there, so that what to do next is not a click away from what was asked.
 */
import { StatusTimeline, type Submission, type TimelineWords } from './status-timeline';

export type { Submission };

type ItemsProps = {
  items: readonly Submission[];
  /** The item's page (`/nominations/<id>`); its edit form is under it (`…/edit`). */
  pathOf: (item: Submission) => string;
  /** What the item is, in a line: "Aziza Karimova — Osh State University". */
  describe: (item: Submission) => string;
  /** The person's own submissions get their timeline and, sent back, the way to edit them. */
  mine: (item: Submission) => boolean;
  words: TimelineWords;
};

/** The list, named by its id (the heading above it says what it lists). */
export function SubmissionList({ id, ...props }: ItemsProps & { id?: string }) {
  return (
    <ul class="list" id={id}>
      <SubmissionItems {...props} />
    </ul>
  );
}

/** The list's items alone: for a page whose `<ul>` is already in its HTML. */
export function SubmissionItems({ items, pathOf, describe, mine, words }: ItemsProps) {
  return (
    <>
      {items.length ? (
        items.map((item) => (
          <li key={item.id}>
            <a href={pathOf(item)}>{item.reference}</a> <span class="badge">{words.label(item.status)}</span>
            <div class="muted">{describe(item)}</div>
            {mine(item) ? <StatusTimeline item={item} words={words} /> : null}
            {mine(item) && item.status === 'changes_requested' ? <SentBack item={item} path={pathOf(item)} words={words} /> : null}
          </li>
        ))
      ) : (
        <li class="muted">{words.t('home.noneYet')}</li>
      )}
    </>
  );
}

/** One's own item sent back for changes: the approver's comment, and the edit form's link. */
function SentBack({ item, path, words: w }: { item: Submission; path: string; words: TimelineWords }) {
  const last = item.review?.lastTransition;
  return (
    <>
      {last?.comment ? (
        <>
          <p class="muted">{w.t('edit.askedBy', { by: last.by?.name ?? w.t('common.anApprover'), date: w.when(last.at) })}</p>
          <blockquote class="pre">{last.comment}</blockquote>
        </>
      ) : null}
      <p>
        {/* The visible words first, then which item: several may be waiting at once. */}
        <a class="button" href={`${path}/edit`} aria-label={w.t('home.editResubmitOne', { reference: item.reference })}>
          {w.t('item.editResubmit')}
        </a>
      </p>
    </>
  );
}
