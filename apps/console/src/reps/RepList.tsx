import { Chip, Stack } from '@mui/material';
import { DataTable, List, SimpleList, useTranslate } from 'react-admin';
import { useMobile } from '../common/useMobile';
import type { Rep } from '../dataProvider/api';

const Column = DataTable.Col<Rep>;

const Tags = ({ values }: { values: string[] }) => (
  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
    {values.map((v) => <Chip key={v} size="small" label={v} variant="outlined" />)}
  </Stack>
);

function Availability({ rep }: { rep: Rep }) {
  const t = useTranslate();
  const today = new Date().toISOString().slice(0, 10);
  if (!rep.active) return <Chip size="small" label={t('leadops.reps.inactive')} />;
  if (rep.outOfOffice?.some((r) => today >= r.from && today <= r.to)) return <Chip size="small" color="warning" label={t('leadops.reps.out_of_office')} />;
  if (typeof rep.openLeads === 'number' && rep.openLeads >= rep.capacity) return <Chip size="small" color="error" label={t('leadops.reps.at_capacity')} />;
  return <Chip size="small" color="success" label={t('leadops.reps.available')} />;
}

/** Reps and what routing knows about them: load against capacity, skills, languages, territories, availability. */
export function RepList() {
  const isMobile = useMobile();
  return (
    <List title="leadops.menu.reps" sort={{ field: 'displayName', order: 'ASC' }} perPage={50} exporter={false} actions={false}>
      {isMobile ? (
        <SimpleList<Rep>
          primaryText={(r) => r.displayName}
          secondaryText={(r) => `${r.openLeads ?? 0}/${r.capacity} · ${[...r.languages, ...r.territories].join(', ')}`}
          tertiaryText={(r) => <Availability rep={r} />}
          linkType="edit"
        />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false} size="small">
          <Column source="displayName" />
          <Column source="email" />
          <Column label="resources.reps.fields.load" render={(r) => `${r.openLeads ?? 0} / ${r.capacity}`} disableSort />
          <Column source="routingWeight" />
          <Column source="skills" disableSort render={(r) => <Tags values={r.skills} />} />
          <Column source="languages" disableSort render={(r) => <Tags values={r.languages} />} />
          <Column source="territories" disableSort render={(r) => <Tags values={r.territories} />} />
          <Column label="resources.reps.fields.availability" disableSort render={(r) => <Availability rep={r} />} />
        </DataTable>
      )}
    </List>
  );
}
