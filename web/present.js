/**
 * How an item reads to a person, shared by the approver's page (act.js) and the submitter's
 * pages (app.js): labels for the stored codes, dates, the submitted content as a definition
 * list, and the history. Everything a person typed goes in through textContent or a text node,
 * never as markup.
 */

export const LABELS = {
  nomination: 'Exchange nomination', memorandum: 'Memorandum',
  student: 'Student', academic_staff: 'Academic staff', administrative_staff: 'Administrative staff',
  bachelor: 'Bachelor', master: 'Master', doctoral: 'Doctoral', none: 'Not applicable',
  outgoing: 'Outgoing (our person goes to the partner)', incoming: 'Incoming (the partner’s person comes here)',
  bilateral: 'Bilateral mobility', erasmus_plus: 'Erasmus+', government_scholarship: 'Government scholarship', other: 'Other',
  semester_study: 'Semester study', full_year_study: 'Full-year study', short_term: 'Short-term',
  teaching: 'Teaching', training: 'Training', research: 'Research',
  first_semester: 'First semester', second_semester: 'Second semester', full_year: 'Full year', summer: 'Summer',
  memorandum_of_understanding: 'Memorandum of understanding', cooperation_agreement: 'Cooperation agreement',
  academic_mobility_agreement: 'Academic mobility agreement', erasmus_plus_iia: 'Erasmus+ inter-institutional agreement',
  double_degree_agreement: 'Double-degree agreement', research_agreement: 'Research / joint-laboratory agreement',
  student_exchange: 'Student exchange', staff_exchange: 'Staff exchange', joint_research: 'Joint research',
  joint_laboratories: 'Joint laboratories', double_diplomas: 'Double diplomas', conferences: 'Conferences', internships: 'Internships',
  student_studies: 'Student studies', student_traineeship: 'Student traineeship', staff_teaching: 'Staff teaching', staff_training: 'Staff training',
  draft: 'Draft', in_review: 'In review', changes_requested: 'Changes requested', approved: 'Approved', rejected: 'Rejected',
  withdrawn: 'Withdrawn', active: 'Active', expired: 'Expired', terminated: 'Terminated',
  accepted_by_partner: 'Accepted by the partner', declined_by_partner: 'Declined by the partner', completed: 'Completed',
  admin: 'Administrator', submitter: 'Submitter', head_of_department: 'Head of department', dean: 'Dean',
  international_office: 'International office', legal: 'Legal office', vice_rector: 'Vice-rector', rector: 'Rector',
};
const PAST = { approve: 'Approved', reject: 'Rejected', request_changes: 'Changes requested' };
export const OUTCOME = {
  recorded: 'the step waits for the other approvers', advanced: 'moved to the next step', approved: 'finally approved',
  rejected: 'rejected', changes_requested: 'sent back to the submitter',
};
export const label = (v) => LABELS[v] ?? String(v ?? '').replaceAll('_', ' ');
export const past = (d) => PAST[d] ?? label(d);

export function when(iso) {
  const d = new Date(iso);
  return iso && !Number.isNaN(d.getTime()) ? d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : String(iso ?? '');
}

export function displayName(type, code) {
  try { return new Intl.DisplayNames(undefined, { type }).of(code) || code; } catch { return code; }
}

export function el(tag, text, cls) {
  const node = Object.assign(document.createElement(tag), cls ? { className: cls } : {});
  if (text !== undefined) node.textContent = text;
  return node;
}

export function row(dl, term, value, cls) {
  if (value === undefined || value === null || value === '' || value === false) return;
  const dd = el('dd', undefined, cls);
  dd.append(value instanceof Node ? value : String(value)); // a string becomes a text node, never markup
  dl.append(el('dt', term), dd);
}

/**
 * The submitted content as a definition list. `names` turns ids into what people call them
 * where the page knows more than the ids: `faculty(id)`, `department(facultyId, id)` and
 * `agreement(id)` (a string or a Node, e.g. a link); without them the ids are shown.
 */
export function renderContent(dl, kind, c, partner, names = {}) {
  const faculty = (id) => (id && names.faculty?.(id)) || id;
  dl.replaceChildren();
  if (partner) row(dl, 'Partner', [partner.name, partner.city, partner.country && displayName('region', partner.country)].filter(Boolean).join(', '));
  else row(dl, 'Partner', c.partnerId);
  if (kind === 'nomination') {
    const n = c.nominee ?? {};
    row(dl, 'Nominee', n.name);
    row(dl, 'Nominee email', n.email);
    row(dl, 'Role', n.role && label(n.role));
    row(dl, 'Study level', n.studyLevel && label(n.studyLevel));
    row(dl, 'Faculty / department', [faculty(n.faculty), (n.department && names.department?.(n.faculty, n.department)) || n.department].filter(Boolean).join(' / '));
    row(dl, 'Direction', c.direction && label(c.direction));
    row(dl, 'Programme', c.programme && label(c.programme));
    row(dl, 'Mobility type', c.mobilityType && label(c.mobilityType));
    row(dl, 'Academic year', c.academicYear);
    row(dl, 'Period', c.period && label(c.period));
    if (c.language) row(dl, 'Language', `${displayName('language', c.language.code)} (${c.language.code}), level ${c.language.level}`);
    row(dl, 'Agreement', (c.agreementId && names.agreement?.(c.agreementId)) || c.agreementId);
    row(dl, 'Motivation', c.motivation, 'pre');
  } else {
    row(dl, 'Kind', c.kind && label(c.kind));
    row(dl, 'Scope', Array.isArray(c.scope) ? c.scope.map(label).join(', ') : undefined);
    row(dl, 'Starts', c.startDate);
    row(dl, 'Ends', c.endDate === null ? 'Open-ended' : c.endDate);
    if (c.coordinator) row(dl, 'Coordinator', `${c.coordinator.name} <${c.coordinator.email}>`);
    row(dl, 'Initiating faculty', faculty(c.initiatingFaculty));
    row(dl, 'Summary', c.summary, 'pre');
    const conditions = Array.isArray(c.cooperationConditions) ? c.cooperationConditions : [];
    if (conditions.length === 0) row(dl, 'Cooperation conditions', 'None specified');
    else {
      const ul = el('ul');
      for (const k of conditions) {
        const parts = [
          label(k.type),
          k.sender === 'home' ? 'we send' : 'the partner sends',
          `${k.mobilitiesPerYear} per year`,
          k.totalMonthsPerYear !== undefined && `${k.totalMonthsPerYear} months in total per year`,
          k.subjectAreas?.length && `ISCED-F ${k.subjectAreas.join(', ')}`,
          k.eqfLevels?.length && `EQF ${k.eqfLevels.join(', ')}`,
          k.languages?.length && `languages ${k.languages.map((l) => `${l.code} ${l.level}`).join(', ')}`,
          k.academicYears?.length && `years ${k.academicYears.join(', ')}`,
        ];
        ul.append(el('li', parts.filter(Boolean).join('; ')));
      }
      row(dl, 'Cooperation conditions', ul);
    }
  }
}

export function historyLine(e) {
  const who = e.actor?.name ?? '';
  // step.index counts from 0 (the server's array index); people count from 1.
  const step = e.step ? ` (step ${e.step.index + 1}, ${label(e.step.role)})` : '';
  const pending = Array.isArray(e.pending) && e.pending.length ? ` to ${e.pending.map((p) => p.name ?? p.email).join(', ')}` : '';
  switch (e.type) {
    case 'submitted': return `${who} submitted it`;
    case 'resubmitted': return `${who} resubmitted it (round ${e.round})`;
    case 'decided': return `${who}: ${past(e.decision)}${step}${e.outcome && OUTCOME[e.outcome] ? ` — ${OUTCOME[e.outcome]}` : ''}`;
    case 'withdrawn': return `${who} withdrew it`;
    case 'reminded': return `Reminder sent${pending}${step}`;
    case 'escalated': return `Escalated${step}`;
    case 'quota_overridden': return `${who} allowed approval beyond the agreement’s places`;
    case 'partner_responded': return `${who} recorded that the partner ${e.accepted ? 'accepted' : 'declined'} it`;
    case 'completed': return `${who} recorded the mobility as completed (${e.actualStartDate} – ${e.actualEndDate})`;
    case 'signed': return `${who} recorded the ${e.party === 'home' ? 'home' : 'partner'} signature (${e.signature?.signatoryName ?? ''}, ${e.signature?.date ?? ''})${e.activated ? ' — now in force' : ''}`;
    case 'activated': return 'Came into force';
    case 'expiry_reminder': return `Expiry reminder sent (${e.daysLeft} days left)`;
    case 'expired': return `Expired on ${e.endDate}`;
    case 'termination_recorded': return `${who} recorded a termination taking effect on ${e.effectiveDate}`;
    case 'terminated': return `Terminated with effect from ${e.effectiveDate}`;
    case 'renewed': return `${who} renewed it as ${e.renewalReference}`;
    case 'mail_undeliverable': return `Email to ${e.email} could not be delivered; the office was told`;
    default: return `${label(e.type)}${who ? ` — ${who}` : ''}`;
  }
}

export function renderHistory(ol, events) {
  ol.replaceChildren();
  if (!events?.length) ol.append(el('li', 'Nothing yet.', 'muted'));
  for (const e of events ?? []) {
    const li = el('li');
    li.append(el('div', when(e.at), 'muted'), el('div', historyLine(e)));
    const note = e.comment ?? e.reason;
    if (note) li.append(el('p', `“${note}”`, 'pre'));
    ol.append(li);
  }
}
