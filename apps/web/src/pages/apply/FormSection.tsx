import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled group of fields of the application form. */
export const FormSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 1 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, color: 'primary.dark', mt: 1, mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};
