// Stand-in for '@mui/material/TextField' inside react-admin (see LegacyTextField.tsx).
export * from '@mui/material/TextField';
export { LegacyTextField as default } from './LegacyTextField';
