/** Email texts in English. */
import { linkRequestWords, type Words } from './words';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A request through a personal link: `noun`, what waits; `asked`, what is asked of the reader. */
const linkRequest = linkRequestWords<{ noun: string; asked: string }>({
  subject: (n, a, r) => `${r > 0 ? `Reminder ${r}: your ${n.asked}` : `Your ${n.asked}`} is needed: ${n.noun} ${a.reference}`,
  heading: (n, r) => (r > 0 ? `Reminder ${r}: the ${n.noun} still waits for your ${n.asked}` : `A ${n.noun} waits for your ${n.asked}`),
  personal: (d) => `This link is personal — please do not forward it. It expires on ${d}.`,
});

export const en: Words = {
  footer: 'Sent automatically by Hamkor, the international office’s system for agreements and exchange nominations.',
  linkFallback: 'If the button does not work, open this address:',
  signin: {
    subject: 'Your sign-in link for Hamkor',
    heading: 'Sign in to Hamkor',
    body: (m) => `Press the button to sign in. The link works once and expires in ${plural(m, 'minute', 'minutes')}.`,
    button: 'Sign in',
    ignore: 'If you did not ask to sign in, ignore this email. Please do not forward it: whoever opens the link is signed in as you.',
  },
  action: {
    subject: (a, r) => `${r > 0 ? `Reminder ${r}: action` : 'Action'} needed: ${a.reference} — ${a.kind}`,
    heading: (r) => (r > 0 ? `Reminder ${r}: your decision is still needed` : 'Your decision is needed'),
    body: (a, role) => `${a.kind} ${a.reference} “${a.title}”, submitted by ${a.submitter}, is waiting for your decision. Approval step: ${role}.`,
    due: (d) => `Please decide by ${d}.`,
    button: 'Review and decide',
    safe: (b) =>
      `The link opens a page that shows what you are asked to decide; nothing is decided until you press a button there (${b.approve}, ${b.reject} or ${b.changes}).`,
    personal: (d) => `This link is personal — please do not forward it. It expires on ${d}.`,
  },
  receipt: {
    subject: (a, again) => `${again ? 'Resubmitted' : 'Received'}: ${a.reference} — ${a.kind}`,
    heading: (a, again) => (again ? `Your ${a.kindLower} has been resubmitted` : `We have received your ${a.kindLower}`),
    body: (a, role, again) =>
      again
        ? `Your corrected ${a.kindLower} ${a.reference} “${a.title}” has been sent for approval again, starting from the first step: ${role}. Links sent in the previous round no longer work. We will email you when a decision is made.`
        : `Your ${a.kindLower} “${a.title}” is registered as ${a.reference} and has been sent for approval. First step: ${role}. We will email you when a decision is made.`,
    button: 'View in Hamkor',
  },
  final: {
    subject: (a, ok) => `${ok ? 'Approved' : 'Rejected'}: ${a.reference} — ${a.kind}`,
    heading: (a, ok) => `Your ${a.kindLower} has been ${ok ? 'approved' : 'rejected'}`,
    body: (a, ok, by) =>
      ok
        ? `${a.kind} ${a.reference} “${a.title}” has passed every approval step. The final approval was given by ${by}.`
        : `${a.kind} ${a.reference} “${a.title}” has been rejected by ${by}.`,
    comment: 'Comment:',
    reason: 'Reason:',
    button: 'View in Hamkor',
  },
  nominee: {
    subject: (a) => `Your exchange nomination has been approved: ${a.reference}`,
    heading: 'Your nomination has been approved',
    greeting: (name) => `Dear ${name},`,
    body: (a) =>
      `The university has approved your nomination ${a.reference} (“${a.title}”). It will now be sent to the partner university, and the international office will contact you about the next steps.`,
    noReply: 'You do not need to reply to this email.',
  },
  changes: {
    subject: (a) => `Changes requested: ${a.reference} — ${a.kind}`,
    heading: (a) => `Your ${a.kindLower} needs changes`,
    body: (a, by) => `${by} has sent ${a.kindLower} ${a.reference} “${a.title}” back to you with this comment:`,
    next: 'Make the changes and resubmit it; approval will then start again from the first step.',
    button: 'Edit and resubmit',
  },
  withdrawn: {
    subject: (a) => `Withdrawn: ${a.reference} — ${a.kind}`,
    heading: 'Your decision is no longer needed',
    body: (a, by) => `${by} has withdrawn ${a.kindLower} ${a.reference} “${a.title}”.`,
    reason: 'Reason:',
    noAction: 'There is nothing for you to decide any more, and the link you received for it no longer works.',
  },
  escalation: {
    subject: (a) => `Overdue approval: ${a.reference} — ${a.kind}`,
    heading: 'An approval is overdue',
    body: (a, role, n) =>
      `${a.kind} ${a.reference} “${a.title}”, submitted by ${a.submitter}, has waited at the step “${role}” past its due date. ${plural(n, 'reminder was', 'reminders were')} sent without a decision.`,
    due: (d) => `The decision was due by ${d}.`,
    pending: 'Still to decide:',
    followUp: 'Please follow up with the approvers listed above.',
    button: 'Open in Hamkor',
  },
  approverMissing: {
    subject: (a) => `No approver: ${a.reference} — ${a.kind}`,
    heading: 'A step has nobody to decide it',
    body: (a) => `${a.kind} ${a.reference} “${a.title}”, submitted by ${a.submitter}, is in review, but nobody holds the role one of its steps needs any more:`,
    step: (n, role, active) => `Step ${n}, “${role}”: ${active ? 'the item is waiting at this step now' : 'the item will wait here when it reaches it'}.`,
    next: 'Nothing is skipped: the item waits. Give the role to someone under People, and they will be sent the link to decide.',
    button: 'Open in Hamkor',
  },
  agreement: {
    subject: (a, what) =>
      ({
        activated: `In force: ${a.reference} — ${a.title}`,
        expiry_reminder: `Ending soon: ${a.reference} — ${a.title}`,
        expired: `Expired: ${a.reference} — ${a.title}`,
        termination_scheduled: `Termination recorded: ${a.reference} — ${a.title}`,
        terminated: `Terminated: ${a.reference} — ${a.title}`,
        amended: `New version in force: ${a.reference} — ${a.title}`,
      })[what],
    heading: (what) =>
      ({
        activated: 'The agreement is in force',
        expiry_reminder: 'The agreement ends soon',
        expired: 'The agreement has expired',
        termination_scheduled: 'The agreement will be terminated',
        terminated: 'The agreement has been terminated',
        amended: 'A new version of the agreement is in force',
      })[what],
    body: (a, what, d) =>
      ({
        activated: `Both sides have signed ${a.reference} “${a.title}”, and it is now in force. Nominations can draw on its places.`,
        expiry_reminder: `${a.reference} “${a.title}” ends on ${d.endDate} (${plural(d.daysLeft ?? 0, 'day', 'days')} from today).`,
        expired: `${a.reference} “${a.title}” ended on ${d.endDate}. New nominations can no longer draw on it.`,
        termination_scheduled: `A termination of ${a.reference} “${a.title}” has been recorded. It takes effect on ${d.effectiveDate}.`,
        terminated: `${a.reference} “${a.title}” has been terminated with effect from ${d.effectiveDate}.`,
        amended: `Version ${d.version ?? ''} of ${a.reference} “${a.title}” is now in force. Open it in Hamkor to see what changed.`,
      })[what],
    reason: 'Reason:',
    renewHint: 'If the cooperation should go on, renew the agreement in Hamkor: the renewal is pre-filled from this one and goes through the approval chain.',
    button: 'Open in Hamkor',
  },
  mobility: {
    subject: (a, what) => ({ accepted: `Accepted by the partner: ${a.reference}`, declined: `Declined by the partner: ${a.reference}`, completed: `Mobility completed: ${a.reference}` })[what],
    heading: (what) => ({ accepted: 'The partner university has accepted the nomination', declined: 'The partner university has declined the nomination', completed: 'The mobility is complete' })[what],
    body: (a, what) =>
      ({
        accepted: `The partner university has accepted nomination ${a.reference} (“${a.title}”). The international office will be in touch about the next steps.`,
        declined: `The partner university has declined nomination ${a.reference} (“${a.title}”).`,
        completed: `The international office has recorded mobility ${a.reference} (“${a.title}”) as completed. Thank you.`,
      })[what],
    reason: 'The partner’s reason:',
  },
  room: {
    subject: (a) => `A room is given: ${a.reference}`,
    heading: 'The incoming student has a room',
    body: (a, r) => `The international office has given the student of nomination ${a.reference} (“${a.title}”) room ${r.room} in ${r.residence}, from ${r.from} to ${r.to}. The invitation letter names it.`,
  },
  roomCancelled: {
    subject: (a) => `Room cancelled: ${a.reference}`,
    heading: 'The incoming student’s room is cancelled',
    body: (a, r) =>
      `The international office has cancelled room ${r.room} in ${r.residence}, given to the student of nomination ${a.reference} (“${a.title}”) from ${r.from} to ${r.to}. The student has no room now until the office gives another.`,
  },
  roomReleased: {
    subject: (a) => `Room free again: ${a.reference}`,
    heading: 'An incoming student’s room is free again',
    body: (a, r, why) => `Room ${r.room} in ${r.residence}, given to the student of nomination ${a.reference} (“${a.title}”) from ${r.from} to ${r.to}, is free again: ${why}.`,
    why: {
      withdrawn: (by) => `${by} withdrew the nomination`,
      declined_by_partner: (by) => `the partner declined the student (answered by ${by})`,
      rejected: (by) => `${by} rejected the nomination`,
    },
  },
  studyPlan: {
    subject: (a, v, r) => `${r > 0 ? `Reminder ${r}: study plan` : 'Study plan'} to approve: ${a.reference} (version ${v})`,
    heading: (r) => (r > 0 ? `Reminder ${r}: the study plan still waits for your approval` : 'An incoming student’s study plan waits for your approval'),
    body: (a, v) => `Version ${v} of the study plan of ${a.kindLower} ${a.reference} “${a.title}” is sent to you as the coordinator of the host faculty. Please approve it, or request changes with a comment.`,
    button: 'Review the study plan',
    safe: 'The link opens a page that shows the study plan; nothing is recorded until you press Approve or Request changes there.',
    personal: (d) => `This link is personal — please do not forward it. It expires on ${d}.`,
  },
  studyPlanAnswer: {
    subject: (a, ok) => `${ok ? 'Study plan approved' : 'Changes requested to the study plan'}: ${a.reference}`,
    heading: (ok) => (ok ? 'The study plan is approved' : 'The coordinator asks for changes to the study plan'),
    body: (a, v, ok, by) => `${by} ${ok ? 'approved' : 'asked for changes to'} version ${v} of the study plan of ${a.kindLower} ${a.reference} “${a.title}”.`,
    comment: 'The coordinator’s comment:',
    button: 'Open the nomination',
  },
  partner: linkRequest(
    { noun: 'nomination', asked: 'answer' },
    {
      body: (a) =>
        `Nomination ${a.reference} “${a.title}” has been approved by the sending university and is now sent to you, as your university’s coordinator. Please accept or decline it (a decline needs a reason).`,
      button: 'Review and answer',
      safe: 'The link opens a page that shows the nomination; nothing is recorded until you press Accept or Decline there.',
    },
  ),
  studyPlanSilent: {
    subject: (a) => `No answer from the faculty coordinator: study plan of ${a.reference}`,
    heading: 'The faculty coordinator has not answered the study plan',
    body: (a, v, c, n) =>
      `Version ${v} of the study plan of nomination ${a.reference} “${a.title}” was sent to the host faculty’s coordinator ${c} for approval. ${plural(n, 'reminder was', 'reminders were')} sent, and no answer has come; no more reminders will be sent.`,
    followUp: 'Please write to the coordinator yourself, or send the plan again (a fresh link) once they are ready.',
    button: 'Open in Hamkor',
  },
  partnerSilent: {
    subject: (a) => `No answer from the partner: ${a.reference}`,
    heading: 'The partner has not answered',
    body: (a, contact, n) =>
      `Nomination ${a.reference} “${a.title}” was sent to the partner’s coordinator ${contact} for their answer. ${plural(n, 'reminder was', 'reminders were')} sent, and no answer has come; no more reminders will be sent.`,
    followUp: 'Please write to the partner yourself and record their answer in Hamkor.',
    button: 'Open in Hamkor',
  },
  signatory: linkRequest(
    { noun: 'memorandum', asked: 'approval' },
    {
      body: (a) =>
        `Memorandum ${a.reference} “${a.title}” has been approved by our university and is sent to you, as the signatory of your university. Please read the exact text, then approve it (with your name and position) or ask for changes. Once approved, you can upload the signed copy through the same link.`,
      button: 'Read the text and answer',
      safe: 'The link opens a page that shows the text; nothing is recorded until you press Approve or Ask for changes there.',
    },
  ),
  signatoryNews: {
    subject: (a, w) => `${{ approved: 'The partner approved the text', changes_requested: 'The partner asks for changes', signed: 'The partner’s signed copy is in', unanswered: 'No answer from the partner’s signatory' }[w]}: ${a.reference}`,
    heading: (w) => ({ approved: 'The partner’s signatory approved the text', changes_requested: 'The partner’s signatory asks for changes', signed: 'The partner uploaded its signed copy', unanswered: 'The partner’s signatory has not answered' })[w],
    body: (a, w, who) =>
      ({
        approved: `${who} approved the text of memorandum ${a.reference} “${a.title}”; the receipt is on the agreement. The partner can now upload its signed copy.`,
        changes_requested: `${who} asked for changes to memorandum ${a.reference} “${a.title}”. Change the memorandum, then send it to the partner again: the old link stops working.`,
        signed: `${who} uploaded the signed copy of memorandum ${a.reference} “${a.title}”; the partner’s signature is recorded from it.`,
        unanswered: `Memorandum ${a.reference} “${a.title}” was sent to the partner’s signatory ${who}, and no answer has come after every reminder; no more reminders will be sent.`,
      })[w],
    comment: 'Their comment:',
    button: 'Open in Hamkor',
  },
  activityKinds: {
    conference: 'Conference',
    webinar: 'Webinar',
    guest_lecture: 'Guest lecture',
    summer_school: 'Summer school',
    grant_project: 'Grant project',
    joint_research_project: 'Joint research project',
    joint_laboratory: 'Joint laboratory',
    delegation_visit: 'Delegation visit',
    other: 'Other',
  },
  activityProposed: {
    subject: (x, again) => `${again ? 'Proposed again' : 'Activity to confirm'}: ${x.kind} “${x.title}”`,
    heading: (again) => (again ? 'An activity is proposed again for your confirmation' : 'An activity waits for your confirmation'),
    body: (x, by, c, again) =>
      `${by} has ${again ? 'edited and proposed again' : 'proposed'} the ${x.kindLower} “${x.title}” (${x.faculty}, ${x.dates}). Activities that faculty members record count in the reports only once ${c === 'dean' ? 'the faculty’s dean' : 'the international office'} confirms them.`,
    next: 'Open the activities page to confirm it, or to return it to the faculty with a comment.',
    button: 'Open the activities page',
  },
  activityDecided: {
    subject: (x, ok) => `${ok ? 'Confirmed' : 'Returned'}: ${x.kind} “${x.title}”`,
    heading: (ok) => (ok ? 'Your activity is confirmed' : 'Your activity is returned for changes'),
    body: (x, ok, by) => `${by} ${ok ? 'confirmed' : 'returned'} the ${x.kindLower} “${x.title}” (${x.faculty}, ${x.dates})${ok ? '' : ' for changes'}.`,
    comment: 'Comment:',
    next: (ok) => (ok ? 'It now counts in the office’s reports.' : 'Edit it on the activities page: once saved, it is proposed for confirmation again.'),
    button: 'Open the activities page',
  },
  activityCancelled: {
    subject: (x) => `Cancelled, nothing to confirm: ${x.kind} “${x.title}”`,
    heading: 'An activity you were asked to confirm is cancelled',
    body: (x, by) => `${by} cancelled the ${x.kindLower} “${x.title}” (${x.faculty}, ${x.dates}) while it waited for your confirmation.`,
    reason: 'Their reason:',
    next: 'There is nothing to confirm: it no longer waits on the activities page, and the reports do not count it.',
    button: 'Open the activities page',
  },
  undeliverable: {
    subject: (email, a) => `Undeliverable: email to ${email}${a ? ` about ${a.reference}` : ''}`,
    heading: 'An email could not be delivered',
    body: (email, cause, a) => {
      const about = a ? ` about ${a.kindLower} ${a.reference} “${a.title}”` : '';
      return cause === 'bounce'
        ? `The mail server of ${email} permanently refused an email from Hamkor${about}.`
        : `${email} marked an email from Hamkor${about} as spam, so email to this address cannot be relied on.`;
    },
    detail: 'What the mail server said:',
    waiting: (role) => `The item is waiting for this person’s decision at the step “${role}”. Please reach them another way (by phone or in person), or give the role to someone else.`,
    notWaiting: 'Nothing is waiting for this person’s decision now. Please check their address in the directory.',
    partnerWaiting: 'This is the partner’s coordinator, whose answer the nomination waits for. Please reach the partner another way and record their answer in Hamkor, or correct the contact’s address on the partner.',
    signatoryWaiting: 'This is the partner’s signatory, whose approval of the memorandum’s text is awaited. Please correct the contact’s address on the partner and send the text again from the agreement’s page, or reach the partner another way and record the partner’s signature by hand.',
    button: 'Open in Hamkor',
    activity: {
      subject: (email, x) => `Undeliverable: email to ${email} about the ${x.kindLower} “${x.title}”`,
      body: (email, cause, x) =>
        cause === 'bounce'
          ? `The mail server of ${email} permanently refused an email from Hamkor about the ${x.kindLower} “${x.title}” (${x.faculty}, ${x.dates}).`
          : `${email} marked an email from Hamkor about the ${x.kindLower} “${x.title}” (${x.faculty}, ${x.dates}) as spam, so email to this address cannot be relied on.`,
      waiting: 'The activity is still waiting for this person’s confirmation. Please reach them another way, or have another confirmer confirm or return it on the activities page.',
    },
  },
};
