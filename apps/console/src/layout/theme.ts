import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** The brief's dark blue header and side bar, with readable chips on a light background. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#1a2a4f' },
    secondary: { main: '#6a1b9a' },
    background: { default: '#f4f6fa' },
  },
  shape: { borderRadius: 8 },
  // A narrower side bar leaves the lead list room for the brief's columns plus priority, owner and SLA at 1280 px.
  sidebar: { width: 220, closedWidth: 50 },
};
