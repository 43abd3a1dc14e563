// Stand-in for '@mui/material/FormControlLabel' inside react-admin (see LegacyFormControlLabel.tsx).
export * from '@mui/material/FormControlLabel';
export { LegacyFormControlLabel as default } from './LegacyFormControlLabel';
