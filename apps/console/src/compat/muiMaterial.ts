// Stand-in for '@mui/material' inside react-admin: everything as is, but the inputs understand the props react-admin
// 5.15 still passes the pre-v9 way (see LegacyTextField.tsx and legacySwitchBase.tsx).
export * from '@mui/material';
export { LegacyCheckbox as Checkbox, LegacyRadio as Radio, LegacySwitch as Switch } from './legacySwitchBase';
export { LegacyFormControlLabel as FormControlLabel } from './LegacyFormControlLabel';
export { LegacyTextField as TextField } from './LegacyTextField';
