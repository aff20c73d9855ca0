import type { ReactNode } from 'react';
import { Box, Card, CardContent, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslate } from 'react-admin';

interface PublicLayoutProps {
  title: string;
  children: ReactNode;
  /** Adds a "back to login" link under the card. */
  backToLogin?: boolean;
  /** A wider card on larger screens (long forms); a phone uses its whole width either way. */
  wide?: boolean;
}

/** Centered card used by the pages a person sees without a session. */
export const PublicLayout = ({ title, children, backToLogin, wide }: PublicLayoutProps) => {
  const translate = useTranslate();
  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: { xs: 'flex-start', sm: 'center' },
        justifyContent: 'center',
        p: 2,
        background: 'linear-gradient(160deg, #e0f2f1 0%, #b2dfdb 45%, #80cbc4 100%)',
      }}
    >
      <Box sx={{ width: '100%', maxWidth: wide ? 640 : 420, mt: { xs: 4, sm: 0 } }}>
        <Typography variant="overline" component="p" sx={{ textAlign: 'center', color: 'primary.dark', letterSpacing: 2 }}>
          {translate('app.title')}
        </Typography>
        <Card elevation={3}>
          <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
            <Typography variant="h5" component="h1" gutterBottom>
              {translate(title)}
            </Typography>
            {children}
          </CardContent>
        </Card>
        {backToLogin && (
          <Typography sx={{ textAlign: 'center', mt: 2 }}>
            <Link component={RouterLink} to="/login">
              {translate('app.public.back_to_login')}
            </Link>
          </Typography>
        )}
      </Box>
    </Box>
  );
};
