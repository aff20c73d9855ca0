import type { ReactNode } from 'react';
import { Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}

/** One section of the placement board: a titled card with its count, or a sentence when there is nothing. */
export const BoardSection = ({ id, title, count, empty, children }: Props) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2, minWidth: 0 }}>
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate(title, { count })}
      </Typography>
      {count === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate(empty)}
        </Typography>
      ) : (
        children
      )}
    </Paper>
  );
};
