import { defaultTheme, type RaThemeOptions } from 'react-admin';

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#00695c' },
    secondary: { main: '#004d40' },
    background: { default: '#f5f7f7' },
  },
  shape: { borderRadius: 8 },
};
