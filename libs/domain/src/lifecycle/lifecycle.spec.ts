import { lifecycle, stageNeedsOwner, LEAD_STATUSES, SLA_STATES, LEAD_OUTCOMES, type LeadLifecycle, type Transition } from './index';

const lead = (over: Partial<LeadLifecycle> = {}): LeadLifecycle => ({ ...lifecycle.arrive(), ...over });
const ok = (t: Transition): LeadLifecycle => {
  if (!t.ok) throw new Error(`refused: ${t.refusal.message}`);
  return t.lead;
};
const refusal = (t: Transition) => {
  if (t.ok) throw new Error('expected a refusal');
  return t.refusal;
};
const closedLead = lead({ status: 'CLOSED', outcome: 'LOST', stage: 'SQL', slaState: 'MET' });
const assigned = lead({ status: 'ASSIGNED', stage: 'SQL', priority: 'P1', ownerId: 'rep-1', slaState: 'RUNNING' });

describe('lead lifecycle values', () => {
  it('lists each status, SLA state and outcome once, in the order the console shows them', () => {
    expect(LEAD_STATUSES).toEqual(['NEW', 'CLASSIFIED', 'QUEUED', 'ASSIGNED', 'CONTACTED', 'NURTURING', 'CLOSED']);
    expect(SLA_STATES).toEqual(['NONE', 'RUNNING', 'MET', 'BREACHED']);
    expect(LEAD_OUTCOMES).toEqual(['CONVERTED', 'LOST', 'DISQUALIFIED']);
  });

  it('sends SQL, MQL and REVIEW leads to a rep, never NURTURE, DISQUALIFIED or an unclassified lead', () => {
    expect(['SQL', 'MQL', 'REVIEW'].map(stageNeedsOwner)).toEqual([true, true, true]);
    expect(['NURTURE', 'DISQUALIFIED', null, 'sql', ''].map(stageNeedsOwner)).toEqual([false, false, false, false, false]);
  });
});

describe('arrive', () => {
  it('starts new, unclassified, unowned, without a clock', () => {
    expect(lifecycle.arrive()).toEqual({ status: 'NEW', slaState: 'NONE', outcome: null, stage: null, priority: null, ownerId: null, escalationLevel: 0, nurtureStep: null });
  });
});

describe('classify', () => {
  it('sets stage and priority and moves a new lead to CLASSIFIED', () => {
    expect(ok(lifecycle.classify(lead(), { stage: 'SQL', priority: 'P1' }))).toMatchObject({ status: 'CLASSIFIED', stage: 'SQL', priority: 'P1' });
  });
  it('keeps a later status on a reclassification', () => {
    expect(ok(lifecycle.classify(assigned, { stage: 'MQL', priority: 'P3' }))).toMatchObject({ status: 'ASSIGNED', stage: 'MQL', ownerId: 'rep-1' });
  });
  it('refuses a closed lead', () => {
    expect(refusal(lifecycle.classify(closedLead, { stage: 'SQL', priority: 'P1' }))).toEqual({ code: 'LEAD_CLOSED', message: 'Lead is closed' });
  });
});

describe('assign', () => {
  const classified = lead({ status: 'CLASSIFIED', stage: 'SQL', priority: 'P1' });
  it('gives the lead to the rep and starts the first-response clock', () => {
    expect(ok(lifecycle.assign(classified, { ownerId: 'rep-2', slaDueAt: '2026-12-04T18:00:00.000Z' }))).toMatchObject({ status: 'ASSIGNED', ownerId: 'rep-2', slaState: 'RUNNING' });
  });
  it('leaves the clock as it was without a due time', () => {
    expect(ok(lifecycle.assign(classified, { ownerId: 'rep-2', slaDueAt: null }))).toMatchObject({ status: 'ASSIGNED', slaState: 'NONE' });
  });
  it('keeps a contacted lead CONTACTED when it changes hands', () => {
    expect(ok(lifecycle.assign(lead({ status: 'CONTACTED', stage: 'SQL', slaState: 'MET', ownerId: 'rep-1' }), { ownerId: 'rep-2', slaDueAt: null }))).toMatchObject({ status: 'CONTACTED', ownerId: 'rep-2', slaState: 'MET' });
  });
  it('takes a queued lead out of the queue', () => {
    expect(ok(lifecycle.assign(lead({ status: 'QUEUED', stage: 'MQL' }), { ownerId: 'rep-3', slaDueAt: new Date() }))).toMatchObject({ status: 'ASSIGNED', ownerId: 'rep-3', slaState: 'RUNNING' });
  });
  it('refuses a closed lead', () => {
    expect(refusal(lifecycle.assign(closedLead, { ownerId: 'rep-2', slaDueAt: null })).code).toBe('LEAD_CLOSED');
  });
  it('refuses a stage that does not go to a rep', () => {
    expect(refusal(lifecycle.assign(lead({ status: 'CLASSIFIED', stage: 'NURTURE' }), { ownerId: 'rep-2', slaDueAt: null }))).toEqual({ code: 'STAGE_HAS_NO_OWNER', message: 'A NURTURE lead does not go to a rep' });
    expect(refusal(lifecycle.assign(lead(), { ownerId: 'rep-2', slaDueAt: null })).message).toBe('A unclassified lead does not go to a rep');
  });
  it('refuses an empty owner, naming the field', () => {
    expect(refusal(lifecycle.assign(classified, { ownerId: '', slaDueAt: null }))).toEqual({ code: 'BAD_VALUE', message: 'ownerId: a rep is required', field: 'ownerId' });
  });
});

describe('queue', () => {
  it('drops the owner and waits in the fallback queue', () => {
    expect(ok(lifecycle.queue(assigned))).toMatchObject({ status: 'QUEUED', ownerId: null });
  });
  it('refuses a closed lead', () => {
    expect(refusal(lifecycle.queue(closedLead)).code).toBe('LEAD_CLOSED');
  });
});

describe('breach', () => {
  it('marks a running clock breached', () => {
    expect(ok(lifecycle.breach(assigned))).toMatchObject({ slaState: 'BREACHED', status: 'ASSIGNED' });
  });
  it.each(['NONE', 'MET', 'BREACHED'] as const)('refuses a clock that is %s', (slaState) => {
    expect(refusal(lifecycle.breach(lead({ slaState })))).toEqual({ code: 'SLA_NOT_RUNNING', message: `The SLA is ${slaState.toLowerCase()}, not running` });
  });
});

describe('escalate', () => {
  it('raises the level', () => {
    expect(ok(lifecycle.escalate(assigned, 2)).escalationLevel).toBe(2);
  });
  it('never lowers it (a retried step)', () => {
    expect(ok(lifecycle.escalate(lead({ ...assigned, escalationLevel: 3 }), 1)).escalationLevel).toBe(3);
  });
  it('refuses a closed lead and a level that is not a whole number from 1', () => {
    expect(refusal(lifecycle.escalate(closedLead, 1)).code).toBe('LEAD_CLOSED');
    expect(refusal(lifecycle.escalate(assigned, 0))).toEqual({ code: 'BAD_VALUE', message: 'level: a whole number from 1', field: 'level' });
    expect(refusal(lifecycle.escalate(assigned, 1.5)).field).toBe('level');
  });
});

describe('contact', () => {
  it('meets a running clock and marks the lead contacted', () => {
    expect(ok(lifecycle.contact(assigned))).toMatchObject({ status: 'CONTACTED', slaState: 'MET' });
  });
  it('keeps a breached clock breached: a late contact is still late', () => {
    expect(ok(lifecycle.contact(lead({ ...assigned, slaState: 'BREACHED' })))).toMatchObject({ status: 'CONTACTED', slaState: 'BREACHED' });
  });
  it('refuses a closed lead', () => {
    expect(refusal(lifecycle.contact(closedLead))).toEqual({ code: 'LEAD_CLOSED', message: 'Lead is closed' });
  });
});

describe('nurture step', () => {
  it('moves a lead that never went to a rep to NURTURING on the first step', () => {
    expect(ok(lifecycle.nurtureStep(lead({ status: 'CLASSIFIED', stage: 'NURTURE' }), 0))).toMatchObject({ status: 'NURTURING', nurtureStep: 0 });
    expect(ok(lifecycle.nurtureStep(lead(), 0)).status).toBe('NURTURING');
  });
  it('keeps the status of a lead already with a rep', () => {
    expect(ok(lifecycle.nurtureStep(assigned, 0))).toMatchObject({ status: 'ASSIGNED', nurtureStep: 0 });
  });
  it('goes forward step by step', () => {
    expect(ok(lifecycle.nurtureStep(lead({ status: 'NURTURING', nurtureStep: 0 }), 1))).toMatchObject({ status: 'NURTURING', nurtureStep: 1 });
  });
  it('refuses a step already sent, a bad step and a closed lead', () => {
    expect(refusal(lifecycle.nurtureStep(lead({ status: 'NURTURING', nurtureStep: 1 }), 1))).toEqual({ code: 'STEP_ALREADY_SENT', message: 'Nurture step 1 was sent already', field: 'step' });
    expect(refusal(lifecycle.nurtureStep(lead(), -1)).field).toBe('step');
    expect(refusal(lifecycle.nurtureStep(closedLead, 0)).code).toBe('LEAD_CLOSED');
  });
});

describe('re-score', () => {
  it('changes stage and priority and nothing else', () => {
    const nurturing = lead({ status: 'NURTURING', stage: 'NURTURE', priority: 'P4', nurtureStep: 2 });
    expect(ok(lifecycle.rescore(nurturing, { stage: 'SQL', priority: 'P1' }))).toEqual({ ...nurturing, stage: 'SQL', priority: 'P1' });
  });
  it('refuses a closed lead', () => {
    expect(refusal(lifecycle.rescore(closedLead, { stage: 'SQL', priority: 'P1' })).code).toBe('LEAD_CLOSED');
  });
});

describe('close', () => {
  it('closes with the outcome and stops a running clock', () => {
    expect(ok(lifecycle.close(assigned, 'CONVERTED', null))).toMatchObject({ status: 'CLOSED', outcome: 'CONVERTED', slaState: 'NONE' });
  });
  it('keeps a met or breached clock for the record', () => {
    expect(ok(lifecycle.close(lead({ ...assigned, slaState: 'BREACHED' }), 'DISQUALIFIED', null)).slaState).toBe('BREACHED');
    expect(ok(lifecycle.close(lead({ ...assigned, slaState: 'MET' }), 'LOST', 'eligió a la competencia')).slaState).toBe('MET');
  });
  it('refuses a lead already closed', () => {
    expect(refusal(lifecycle.close(closedLead, 'CONVERTED', null))).toEqual({ code: 'LEAD_CLOSED', message: 'Lead is already closed' });
  });
  it('refuses LOST without a reason, naming the field', () => {
    expect(refusal(lifecycle.close(assigned, 'LOST', '   '))).toEqual({ code: 'REASON_REQUIRED', message: 'reason: say why the lead was lost', field: 'reason' });
    expect(refusal(lifecycle.close(assigned, 'LOST', null)).code).toBe('REASON_REQUIRED');
  });
  it('refuses a reason over 1000 characters', () => {
    expect(refusal(lifecycle.close(assigned, 'LOST', 'x'.repeat(1001)))).toEqual({ code: 'BAD_VALUE', message: 'reason: at most 1000 characters', field: 'reason' });
  });
});
