import { Alert, Box, Collapse, Link, List, ListItem, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { PriorityChip, StageChip } from '../../common/chips';
import { DateTimeText } from '../../common/DateTimeText';
import { SlaChip } from '../../common/SlaChip';
import { TranslatedValue } from '../../common/TranslatedValue';
import type { Lead } from '../../dataProvider/api';
import { Fact, Facts, Section } from './Section';
import { useExplain } from './useExplain';

/** The decision: stage, priority, SLA and owner, what to do next, and why (the policy's explanation). */
export function NextSteps({ lead }: { lead: Lead }) {
  const t = useTranslate();
  const [showWhy, setShowWhy] = useState(false);
  const c = lead.classification!;
  const explain = useExplain();
  const steps = c.nextSteps.map((step, i) => explain(step, c.nextStepCodes?.[i]));
  const why = c.explanation.map((line, i) => explain(line, c.explanationCodes?.[i]));
  return (
    <Section title={t('leadops.overview.classification')} testId="classification">
      <Facts columns={4}>
        <Fact label={t('resources.leads.fields.stage')} testId="lead-stage"><StageChip value={lead.stage ?? c.stage} /></Fact>
        <Fact label={t('resources.leads.fields.priority')} testId="lead-priority"><PriorityChip value={lead.priority ?? c.priority} /></Fact>
        <Fact label={t('leadops.overview.sla_target')}>
          {c.slaMinutes === null ? t('leadops.sla.none') : t('leadops.overview.sla_minutes', { smart_count: c.slaMinutes })}
        </Fact>
        <Fact label={t('resources.leads.fields.sla')} testId="lead-sla"><SlaChip lead={lead} /></Fact>
        <Fact label={t('resources.leads.fields.owner')} testId="lead-owner">{lead.owner?.displayName ?? t('leadops.lead.unassigned')}</Fact>
        <Fact label={t('leadops.overview.recommended_owner')}><TranslatedValue group="owner_role" value={c.recommendedOwner} /></Fact>
        <Fact label={t('resources.leads.fields.slaDueAt')}><DateTimeText value={lead.slaDueAt} /></Fact>
        <Fact label={t('resources.leads.fields.firstContactedAt')}><DateTimeText value={lead.firstContactedAt} /></Fact>
      </Facts>
      {c.classifier === 'llm' && c.rulesStage && c.rulesStage !== c.stage && (
        // The model decided; the rules would have set another stage. Worth a look before acting on it.
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="stage-disagreement" data-model-stage={c.stage} data-rules-stage={c.rulesStage}>
          {t('leadops.overview.stage_disagreement', { model: t(`leadops.stage.${c.stage}`), rules: t(`leadops.stage.${c.rulesStage}`) })}
        </Alert>
      )}
      <Typography variant="subtitle2" sx={{ mt: 2 }}>{t('leadops.overview.next_steps')}</Typography>
      <List dense disablePadding>
        {steps.map((step, i) => (
          <ListItem key={step} disableGutters sx={{ py: 0 }}>
            <Typography variant="body2">{i + 1}. {step}</Typography>
          </ListItem>
        ))}
      </List>
      <Box sx={{ mt: 1 }}>
        <Link component="button" type="button" variant="body2" onClick={() => setShowWhy((v) => !v)}>
          {t(showWhy ? 'leadops.overview.hide_why' : 'leadops.overview.show_why')}
        </Link>
        <Collapse in={showWhy}>
          <List dense disablePadding sx={{ mt: 1 }}>
            {why.map((line) => (
              <ListItem key={line} disableGutters sx={{ py: 0 }}>
                <Typography variant="body2" color="text.secondary">• {line}</Typography>
              </ListItem>
            ))}
          </List>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
            <Typography variant="caption" color="text.secondary">{t('leadops.overview.classifier', { name: c.classifier })}</Typography>
            <Typography variant="caption" color="text.secondary">{t('leadops.overview.policy_version', { version: c.policyVersion })}</Typography>
            {c.profileVersion !== null && <Typography variant="caption" color="text.secondary">{t('leadops.overview.profile_version', { version: c.profileVersion })}</Typography>}
            {c.fallbackReason && <Typography variant="caption" color="text.secondary">{t('leadops.overview.fallback', { reason: c.fallbackReason })}</Typography>}
          </Stack>
        </Collapse>
      </Box>
    </Section>
  );
}
