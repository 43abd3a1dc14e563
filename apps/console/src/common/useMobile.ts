import { useMediaQuery, type Theme } from '@mui/material';

/** Phones (under 600 px): lists become cards, forms one column. */
export const useMobile = () => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
