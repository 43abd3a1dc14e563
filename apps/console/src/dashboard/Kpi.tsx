import { Card, CardContent, Typography } from '@mui/material';

export function Kpi({ label, value, hint, tone, testId }: { label: string; value: string; hint?: string; tone?: 'good' | 'bad'; testId?: string }) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Typography variant="caption" color="text.secondary">{label}</Typography>
        <Typography variant="h4" component="p" sx={{ color: tone === 'bad' ? 'error.main' : tone === 'good' ? 'success.main' : 'text.primary', fontWeight: 600 }}>
          {value}
        </Typography>
        {hint && <Typography variant="caption" color="text.secondary">{hint}</Typography>}
      </CardContent>
    </Card>
  );
}
