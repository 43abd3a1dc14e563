import { Box, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

/** react-admin's login, with the product's name and what it is for. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login sx={{ background: 'linear-gradient(160deg, #1a2a4f 0%, #0b1226 100%)' }}>
      <Box sx={{ textAlign: 'center', px: 2, pt: 1 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, color: 'primary.main' }}>LeadOps</Typography>
        <Typography variant="body2" color="text.secondary">{translate('leadops.login.tagline')}</Typography>
      </Box>
      <LoginForm />
    </Login>
  );
}
