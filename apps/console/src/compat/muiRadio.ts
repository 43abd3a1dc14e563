// Stand-in for '@mui/material/Radio' inside react-admin (see legacySwitchBase.tsx).
export * from '@mui/material/Radio';
export { LegacyRadio as default } from './legacySwitchBase';
