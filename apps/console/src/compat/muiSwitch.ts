// Stand-in for '@mui/material/Switch' inside react-admin (see legacySwitchBase.tsx).
export * from '@mui/material/Switch';
export { LegacySwitch as default } from './legacySwitchBase';
